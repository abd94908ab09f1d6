package dict

import (
	"reflect"
	"strings"
	"testing"
)

const verbSnippet = `# test dictionary
&CURRENCY
+DOLLAR
+KRONER_
+SWISS FRANCS
+URBAN_CENTER

&AUXVERB1_
+WAS

&TESTSYN3
+(TO THE END)
+&CURRENCY

---  GRANT   [070]  ---
GRANT
GIVE {GAVE GIVEN GIVING }  # jw  11/14/91
CONTRIBUTE [071] ;tony  3/12/91
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
RE_+ARREST
+ANGERED_BY {}
- * &CURRENCY [0331] # -PAS 12.01.12
- $ * (TO +) [042:043]
- &MILITARY * {ARMS SHIPMENT} [072]
- * (OF {BANNED PARTIES}) % ^ [:173]
- * DEBT_RELIEF AID_ [0331]
- *SCEPTICAL NEW_&CURRENCY_FUND [012]
* (TO QUESTION) [110]

--- SAY ---
SAY {SAID SAYING}
- * [010]
- * NOTHING
- NO VERB MARKER [010]

~ a (a b ATTACK) SAY = a b 015
`

func TestReadVerbs(t *testing.T) {
	v, warns, err := ReadVerbs(strings.NewReader(verbSnippet), "test.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkWarnings(t, warns, []string{
		"28: pattern without leading '-'",
		"33: pattern without a code",
		"34: pattern without the verb marker",
	})

	// Synsets.
	if len(v.Synsets) != 3 {
		t.Fatalf("%d synsets", len(v.Synsets))
	}
	cur := v.Synsets["&CURRENCY"]
	var members []string
	for _, m := range cur.Members {
		members = append(members, formatElems(m.Elems))
	}
	if want := []string{"DOLLAR", "KRONER", "SWISS FRANCS", "{URBAN CENTER}"}; !reflect.DeepEqual(members, want) {
		t.Errorf("&CURRENCY members %q, want %q", members, want)
	}
	if cur.NoPlural || !cur.Members[1].NoPlural || cur.Members[0].NoPlural {
		t.Errorf("&CURRENCY plural flags wrong: %+v", cur)
	}
	if w, ok := cur.Members[3].Words(); !ok || !reflect.DeepEqual(w, []string{"URBAN", "CENTER"}) {
		t.Errorf("Words() = %q, %v", w, ok)
	}
	if aux := v.Synsets["&AUXVERB1"]; aux == nil || !aux.NoPlural {
		t.Errorf("&AUXVERB1_ = %+v", aux)
	}
	ts := v.Synsets["&TESTSYN3"]
	if got := formatElems(ts.Members[0].Elems) + "|" + formatElems(ts.Members[1].Elems); got != "(TO THE END)|&CURRENCY" {
		t.Errorf("&TESTSYN3 = %s", got)
	}
	if _, ok := ts.Members[0].Words(); ok {
		t.Error("a prepositional member has Words")
	}

	// Blocks and verbs.
	if len(v.Blocks) != 2 {
		t.Fatalf("%d blocks", len(v.Blocks))
	}
	b := v.Blocks[0]
	if b.Name != "GRANT" || b.Code != "070" || b.Line != 15 {
		t.Errorf("block %q [%s] line %d", b.Name, b.Code, b.Line)
	}
	if say := v.Blocks[1]; say.Name != "SAY" || say.Code != "---" {
		t.Errorf("block %q [%s]", say.Name, say.Code)
	}
	verbs := []struct {
		words []string
		head  int
		code  string
		infl  [][]string
	}{
		{[]string{"GRANT"}, 0, "", [][]string{{"GRANT"}, {"GRANTS"}, {"GRANTED"}, {"GRANTING"}}},
		{[]string{"GIVE"}, 0, "", [][]string{{"GIVE"}, {"GAVE"}, {"GIVEN"}, {"GIVING"}}},
		{[]string{"CONTRIBUTE"}, 0, "071", [][]string{{"CONTRIBUTE"}, {"CONTRIBUTES"}, {"CONTRIBUTED"}, {"CONTRIBUTING"}}},
		{[]string{"ASK", "FOR"}, 0, "020", [][]string{{"ASK", "FOR"}, {"ASKED", "FOR"}, {"ASKING", "FOR"}, {"ASKS", "FOR"}}},
		{[]string{"RE", "ARREST"}, 1, "", [][]string{{"RE", "ARREST"}, {"RE", "ARRESTS"}, {"RE", "ARRESTED"}, {"RE", "ARRESTING"}}},
		{[]string{"ANGERED", "BY"}, 0, "", [][]string{{"ANGERED", "BY"}}},
	}
	if len(b.Verbs) != len(verbs) {
		t.Fatalf("%d verbs, want %d", len(b.Verbs), len(verbs))
	}
	for i, w := range verbs {
		got := b.Verbs[i]
		if !reflect.DeepEqual(got.Words, w.words) || got.Head != w.head || got.Code != w.code {
			t.Errorf("verb %d = %+v, want %q head %d code %q", i, got, w.words, w.head, w.code)
		}
		if infl := got.Inflections(); !reflect.DeepEqual(infl, w.infl) {
			t.Errorf("%q.Inflections() = %q, want %q", w.words, infl, w.infl)
		}
	}

	// Patterns, in the dictionary's notation and element by element.
	pats := []string{
		"- * &CURRENCY [0331]",
		"- $ * (TO +) [042:043]",
		"- &MILITARY * {ARMS SHIPMENT} [072]",
		"- * (OF {BANNED PARTIES}) % ^ [:173]",
		"- * {DEBT RELIEF} AID [0331]",
		"- * SCEPTICAL {NEW &CURRENCY FUND} [012]",
		"- * (TO QUESTION) [110]",
	}
	if len(b.Patterns) != len(pats) {
		t.Fatalf("%d patterns, want %d", len(b.Patterns), len(pats))
	}
	for i, want := range pats {
		if got := b.Patterns[i].String(); got != want {
			t.Errorf("pattern %d = %s, want %s", i, got, want)
		}
	}
	p := b.Patterns[1]
	wantP := Pattern{
		Before: []Element{{Kind: Source}},
		After:  []Element{{Kind: Prep, Text: "TO", Elems: []Element{{Kind: Target}}}},
		Code:   "042:043",
		Line:   23,
	}
	if !reflect.DeepEqual(p, wantP) {
		t.Errorf("pattern = %+v, want %+v", p, wantP)
	}
	p = b.Patterns[3]
	if k := []Kind{p.After[0].Kind, p.After[0].Elems[0].Kind, p.After[1].Kind, p.After[2].Kind}; !reflect.DeepEqual(k, []Kind{Prep, NounPhrase, Compound, Skip}) {
		t.Errorf("kinds %v", k)
	}
	if got := v.Blocks[1].Patterns; len(got) != 1 || got[0].Before != nil || got[0].After != nil {
		t.Errorf("bare pattern = %+v", got)
	}

	// Transformations.
	if want := []Transformation{{"a (a b ATTACK) SAY", "a b 015", 36}}; !reflect.DeepEqual(v.Transformations, want) {
		t.Errorf("transformations %+v", v.Transformations)
	}
}

func TestSplitCode(t *testing.T) {
	tests := []struct{ in, fwd, rev string }{
		{"042:043", "042", "043"},
		{":173", "", "173"},
		{"050:050", "050", "050"},
		{"0331", "0331", ""},
		{"---", "---", ""},
	}
	for _, tt := range tests {
		if f, r := SplitCode(tt.in); f != tt.fwd || r != tt.rev {
			t.Errorf("SplitCode(%q) = %q, %q", tt.in, f, r)
		}
	}
}

func TestPatternProblems(t *testing.T) {
	tests := []struct{ in, warn string }{
		{"--- B [010] ---\n- * (TO {X) [010]\n", "2: unbalanced bracket: missing '}'"},
		{"--- B [010] ---\n- * X) [010]\n", "2: unbalanced ')'"},
		{"--- B [010] ---\n- * * X [010]\n", "2: more than one verb marker"},
		{"--- B [010] ---\n- (TO *) [010]\n", "2: verb marker '*' inside brackets"},
		{"--- B [010] ---\n- * () [010]\n", "2: prepositional phrase without a preposition"},
		{"- * X [010]\n", "1: pattern outside a verb block"},
		{"SAY\n", "1: verb outside a verb block"},
		{"--- B [010] ---\n- * X [010] [020]\n", "2: pattern with 2 codes"},
		{"--- B [010] ---\nCLEAR_UP\n", "2: multi-word verb CLEAR_UP without '+'"},
		{"&\n+X\n", "1: synset without a name"},
		{"&A\n+X\n&A\n+Y\n", "3: synset &A already defined on line 1"},
		{"~ a b\n", "1: transformation without '='"},
		{"--- [010] ---\n", "1: verb block without a name"},
	}
	for _, tt := range tests {
		_, warns, err := ReadVerbs(strings.NewReader(tt.in), "v.txt")
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, w := range warns {
			found = found || strings.Contains(w.String(), "v.txt:"+tt.warn)
		}
		if !found {
			t.Errorf("ReadVerbs(%q): warnings\n%s want %q", tt.in, formatProblems(warns), tt.warn)
		}
	}
}

func TestRegularForms(t *testing.T) {
	tests := map[string][]string{
		"ACCUSE": {"ACCUSES", "ACCUSED", "ACCUSING"},
		"CARRY":  {"CARRIES", "CARRIED", "CARRYING"},
		"PLAY":   {"PLAYS", "PLAYED", "PLAYING"},
		"PUSH":   {"PUSHES", "PUSHED", "PUSHING"},
		"SEE":    {"SEES", "SEED", "SEEING"},
		"VISIT":  {"VISITS", "VISITED", "VISITING"},
	}
	for in, want := range tests {
		if got := regularForms(in); !reflect.DeepEqual(got, want) {
			t.Errorf("regularForms(%q) = %q, want %q", in, got, want)
		}
	}
}
