package actor

import (
	"strings"
	"testing"
	"time"

	"dyad/nlp"
)

func TestFindStemsAndPlaces(t *testing.T) {
	ix := testIndex(t)
	date := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want []string
	}{
		// A stem matches a name's inflection, not another word.
		{"Gondorians cheered.", []string{"GON:Gondorians"}},
		{"A gondorish mood prevailed.", nil},
		// "X-based" is where something is, not who acts.
		{"A Russia-based think tank spoke to Afghanistan.", []string{"AFG:Afghanistan"}},
		{"Russia-born writers met Afghan officials.", []string{"AFG:Afghan"}},
		// A prefix agent before an actor, and a role after both.
		{"An aid group Gondor ambassador spoke.", []string{"NGOGONDIP:aid group Gondor ambassador"}},
		{"The aid group Gondor spoke.", []string{"NGOGON:aid group Gondor"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range ix.Find(sentence(tt.text), tt.text, date) {
			got = append(got, m.Code+":"+m.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestPeople(t *testing.T) {
	ix := testIndex(t)
	date := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text []string // sentences
		want []string // sentence:code:text of the mentions People adds
	}{
		{"title before the name", []string{
			"Russia's foreign minister Olga Varenko arrived.",
			"Varenko met Afghan officials and Varenko's aides.",
		}, []string{"1:RUSGOV:Varenko", "1:RUSGOV:Varenko"}},
		{"title in apposition after", []string{
			"The Afghan ambassador, Omar Rahimi, arrived.",
			"Later Omar Rahimi spoke.",
		}, []string{"1:AFGDIP:Omar Rahimi"}},
		{"title in apposition before", []string{
			"Omar Rahimi, the Afghan ambassador, arrived.",
			"Rahimi spoke.",
		}, []string{"1:AFGDIP:Rahimi"}},
		{"a longer name is someone else", []string{
			"Russia's foreign minister Olga Varenko arrived.",
			"Varenko Petrov spoke.",
		}, nil},
		{"two titles for one surname", []string{
			"Russia's foreign minister Olga Varenko arrived.",
			"The Afghan ambassador Ivan Varenko arrived.",
			"Varenko spoke.",
		}, nil},
		{"no title", []string{
			"Olga Varenko arrived.",
			"Varenko spoke.",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := peopleAdded(t, ix, tt.text, date); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSplitPossessive(t *testing.T) {
	tests := []struct{ in, want string }{
		{"PEOPLE'S REPUBLIC OF CHINA", "PEOPLE 'S REPUBLIC OF CHINA"},
		{"GONDOR'S", ""},
		{"MINAS TIRITH", ""},
	}
	for _, tt := range tests {
		got := strings.Join(splitPossessive(strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("splitPossessive(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPeopleAsTitle(t *testing.T) {
	ix := testIndex(t)
	date := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)
	// "Omar Rahimi presented his credentials, as Afghan ambassador. Rahimi met officials."
	text := "Omar Rahimi presented his credentials, as Afghan ambassador. Rahimi met officials."
	doc := nlp.Tokenize(text)
	if len(doc.Sentences) != 2 {
		t.Fatalf("%d sentences", len(doc.Sentences))
	}
	// Heads (1-based) and relations of the first sentence, as a parser
	// that hangs "as" loosely might give them.
	rows := []struct {
		upos string
		head int
		rel  string
	}{
		{"PROPN", 3, "nsubj"}, {"PROPN", 1, "flat"}, {"VERB", 0, "root"}, {"PRON", 5, "nmod:poss"},
		{"NOUN", 3, "obj"}, {"PUNCT", 7, "punct"}, {"SCONJ", 5, "advmod"}, {"ADJ", 9, "amod"},
		{"NOUN", 7, "appos"}, {"PUNCT", 3, "punct"},
	}
	s0 := &doc.Sentences[0]
	if len(s0.Tokens) != len(rows) {
		t.Fatalf("%d tokens", len(s0.Tokens))
	}
	for i, r := range rows {
		s0.Tokens[i].UPOS, s0.Tokens[i].Head, s0.Tokens[i].Rel = r.upos, r.head, r.rel
	}
	for k := range doc.Sentences[1].Tokens {
		doc.Sentences[1].Tokens[k].UPOS = "PROPN"
	}
	keys := [][]string{Keys(&doc.Sentences[0]), Keys(&doc.Sentences[1])}
	ms := [][]Mention{ix.FindKeys(&doc.Sentences[0], keys[0], text, date), ix.FindKeys(&doc.Sentences[1], keys[1], text, date)}
	People(doc.Sentences, keys, ms, text)
	var got []string
	for _, m := range ms[1] {
		got = append(got, m.Code+":"+m.Text)
	}
	if want := "AFGDIP:Rahimi"; len(got) == 0 || got[0] != want {
		t.Errorf("got %q, want %q first", got, want)
	}
}

func TestSupplementDemonyms(t *testing.T) {
	s, err := Supplement()
	if err != nil {
		t.Fatal(err)
	}
	ix := New(s)
	date := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, want string }{
		{"The Lao ambassador spoke.", "LAODIP:Lao ambassador"},
		{"Cars are slow in the lao language.", ""},
	} {
		var got []string
		for _, m := range ix.Find(sentence(tt.text), tt.text, date) {
			got = append(got, m.Code+":"+m.Text)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// peopleAdded runs People over the sentences, tagged crudely (capitalised
// words as proper nouns), and returns the mentions it adds as
// "sentence:code:text".
func peopleAdded(t *testing.T, ix *Index, sents []string, date time.Time) []string {
	t.Helper()
	text := strings.Join(sents, " ")
	doc := nlp.Tokenize(text)
	if len(doc.Sentences) != len(sents) {
		t.Fatalf("%d sentences", len(doc.Sentences))
	}
	keys := make([][]string, len(doc.Sentences))
	ms := make([][]Mention, len(doc.Sentences))
	before := make([]map[[2]int]bool, len(doc.Sentences))
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		for k := range s.Tokens {
			if tk := &s.Tokens[k]; tk.Form != "" && tk.Form[0] >= 'A' && tk.Form[0] <= 'Z' {
				tk.UPOS = "PROPN"
			} else {
				tk.UPOS = "NOUN"
			}
		}
		keys[i] = Keys(s)
		ms[i] = ix.FindKeys(s, keys[i], text, date)
		before[i] = map[[2]int]bool{}
		for _, m := range ms[i] {
			before[i][m.Tok] = true
		}
	}
	People(doc.Sentences, keys, ms, text)
	var got []string
	for i := range ms {
		for _, m := range ms[i] {
			if !before[i][m.Tok] {
				got = append(got, string(rune('0'+i))+":"+m.Code+":"+m.Text)
			}
		}
	}
	return got
}
