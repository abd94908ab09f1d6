package coder

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/dict"
	"dyad/nlp"
	"dyad/nlp/conllu"
)

const testActors = `
SPAIN_ [ESP]
+SPANISH_
IRELAND_ [IRL]
NORWAY_ [NOR]
PALESTINE_ [PSE]
ARNOR_ [ARN]
GONDOR_ [GON]
ROHAN_ [ROH]
UNITED_NATIONS_ [IGOUNO]
`

const testAgents = `
GOVERNMENT [~GOV]
AMBASSADOR [~DIP]
`

const testVerbs = `
&TIES
+TIES
+RELATIONS

--- RECOGNIZE [054] ---
RECOGNIZE
RECOGNISE
- * EFFORT [051]

--- VISIT [042:043] ---
VISIT

--- ESTABLISH [---] ---
ESTABLISH
RESTORE
- * {DIPLOMATIC &TIES} [054]

--- SEVER [161] ---
SEVER
CUT {CUTS CUTTING}
- * &TIES (WITH +) [161]

--- AGREE [030] ---
AGREE

--- SAY [010] ---
SAY {SAYS SAID SAYING}

--- CONDEMN [111] ---
CONDEMN
`

const testDiscards = `
FOOTBALL
`

// dictText is the text of one dictionary file of a test and its kind.
type dictText struct {
	text string
	kind dict.FileKind
}

// dictSet reads the dictionaries of a test into one set.
func dictSet(t testing.TB, files []dictText) *dict.Set {
	t.Helper()
	set := &dict.Set{}
	for _, f := range files {
		if err := set.ReadFile(strings.NewReader(f.text), "test", f.kind); err != nil {
			t.Fatal(err)
		}
	}
	return set
}

func testCoder(t testing.TB, opts Options) *Coder {
	t.Helper()
	set := dictSet(t, []dictText{{testActors, dict.ActorsFile}, {testAgents, dict.AgentsFile}, {testVerbs, dict.VerbsFile}, {testDiscards, dict.DiscardsFile}})
	return New(set, opts)
}

// parsed builds a document from rows "form lemma UPOS head rel", one
// token per line, sentences separated by blank lines.
func parsed(t testing.TB, rows string) *nlp.Doc { return docOfRows(t, rows, false) }

// docOfRows builds a document from rows of tokens, one per line, sentences
// separated by blank lines: "form lemma UPOS head rel", or with xpos
// "form lemma UPOS XPOS head rel".
func docOfRows(t testing.TB, rows string, xpos bool) *nlp.Doc {
	t.Helper()
	var b strings.Builder
	id := 0
	for _, line := range strings.Split(strings.TrimSpace(rows), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			b.WriteString("\n")
			id = 0
			continue
		}
		if !xpos && len(f) == 5 {
			f = []string{f[0], f[1], f[2], "_", f[3], f[4]}
		}
		if len(f) != 6 {
			t.Fatalf("bad row %q", line)
		}
		id++
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", id, f[0], f[1], f[2], f[3], f[4], f[5])
	}
	b.WriteString("\n")
	sents, err := conllu.ReadAll(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return conllu.ToDoc(sents)
}

func summary(evs []dyad.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, fmt.Sprintf("%s %s %s %s", e.Source.Code, e.Code, e.Target.Code, e.Modality))
	}
	slices.Sort(out)
	return out
}

func TestCodeDoc(t *testing.T) {
	c := testCoder(t, Options{Intent: true})
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"compound subject", `
Spain Spain PROPN 6 nsubj
, , PUNCT 3 punct
Ireland Ireland PROPN 1 conj
and and CCONJ 5 cc
Norway Norway PROPN 1 conj
recognised recognise VERB 0 root
Palestine Palestine PROPN 6 obj
. . PUNCT 6 punct`, []string{"ESP 054 PSE asserted", "IRL 054 PSE asserted", "NOR 054 PSE asserted"}},
		{"passive with by", `
Palestine Palestine PROPN 3 nsubj:pass
was be AUX 3 aux:pass
recognised recognise VERB 0 root
by by ADP 5 case
Spain Spain PROPN 3 obl:agent
. . PUNCT 3 punct`, []string{"ESP 054 PSE asserted"}},
		{"UD v1 labels", `
Palestine Palestine PROPN 3 nsubjpass
was be AUX 3 auxpass
recognised recognise VERB 0 root
by by ADP 5 case
Spain Spain PROPN 3 nmod
. . PUNCT 3 punct`, []string{"ESP 054 PSE asserted"}},
		{"xcomp passes the subject down", `
Arnor Arnor PROPN 2 nsubj
plans plan VERB 0 root
to to PART 4 mark
recognise recognise VERB 2 xcomp
Gondor Gondor PROPN 4 obj
. . PUNCT 2 punct`, []string{"ARN 054 GON future", "ARN 032 GON asserted"}},
		{"negation", `
Arnor Arnor PROPN 4 nsubj
has have AUX 4 aux
not not PART 4 advmod
recognised recognise VERB 0 root
Gondor Gondor PROPN 4 obj
. . PUNCT 4 punct`, []string{"ARN 054 GON negated"}},
		{"modal", `
Arnor Arnor PROPN 3 nsubj
could could AUX 3 aux
recognise recognise VERB 0 root
Gondor Gondor PROPN 3 obj
. . PUNCT 3 punct`, []string{"ARN 054 GON hypothetical"}},
		{"said it would", `
Arnor Arnor PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
recognise recognise VERB 2 ccomp
Gondor Gondor PROPN 5 obj
. . PUNCT 2 punct`, []string{"ARN 054 GON future", "ARN 032 GON asserted"}},
		{"pattern with a prepositional target", `
Rohan Rohan PROPN 2 nsubj
cut cut VERB 0 root
ties tie NOUN 2 obj
with with ADP 5 case
Arnor Arnor PROPN 2 obl
. . PUNCT 2 punct`, []string{"ROH 161 ARN asserted"}},
		{"synset in a noun phrase", `
Rohan Rohan PROPN 2 nsubj
restored restore VERB 0 root
diplomatic diplomatic ADJ 4 amod
relations relation NOUN 2 obj
with with ADP 6 case
Arnor Arnor PROPN 2 obl
. . PUNCT 2 punct`, []string{"ROH 054 ARN asserted"}},
		{"paired code", `
The the DET 3 det
Spanish Spanish ADJ 3 amod
ambassador ambassador NOUN 4 nsubj
visited visit VERB 0 root
Norway Norway PROPN 4 obj
. . PUNCT 4 punct`, []string{"ESPDIP 042 NOR asserted", "NOR 043 ESPDIP asserted"}},
		{"role with a country in a modifier", `
The the DET 2 det
government government NOUN 5 nsubj
of of ADP 4 case
Norway Norway PROPN 2 nmod
condemned condemn VERB 0 root
Arnor Arnor PROPN 5 obj
. . PUNCT 5 punct`, []string{"NORGOV 111 ARN asserted"}},
		{"pattern code replaces the default", `
Gondor Gondor PROPN 2 nsubj
recognised recognise VERB 0 root
the the DET 4 det
effort effort NOUN 2 obj
of of ADP 6 case
Rohan Rohan PROPN 4 nmod
. . PUNCT 2 punct`, []string{"GON 051 ROH asserted"}},
		{"discard", `
Spain Spain PROPN 2 nsubj
condemned condemn VERB 0 root
Norway Norway PROPN 5 nmod:poss
's 's PART 3 case
football football NOUN 2 obj
team team NOUN 5 compound
. . PUNCT 2 punct`, nil},
		{"no target", `
Spain Spain PROPN 2 nsubj
agreed agree VERB 0 root
. . PUNCT 2 punct`, nil},
		{"agreed to is asserted", `
Arnor Arnor PROPN 2 nsubj
agreed agree VERB 0 root
to to PART 4 mark
recognise recognise VERB 2 xcomp
Gondor Gondor PROPN 4 obj
. . PUNCT 2 punct`, []string{"ARN 054 GON asserted"}},
	}
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parsed(t, tt.rows)
			evs := c.CodeDoc(doc, date)
			got := summary(evs)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("got  %q\nwant %q", got, want)
			}
			for _, e := range evs {
				if e.Span[0] < 0 || e.Span[1] > len(doc.Text) || e.Span[0] >= e.Span[1] {
					t.Errorf("bad span %v", e.Span)
				}
				if e.Date != "2024-05-28" || e.DatePrecision != dyad.PrecisionPublished {
					t.Errorf("date %q %q", e.Date, e.DatePrecision)
				}
				if e.Evidence != doc.SentenceText(e.Sentence) {
					t.Errorf("evidence %q", e.Evidence)
				}
				if e.Attribution == nil {
					t.Errorf("attribution is nil, want []")
				}
			}
		})
	}
}

func TestUnparsed(t *testing.T) {
	c := testCoder(t, Options{})
	text := "Spain, Ireland and Norway recognised Palestine on Tuesday."
	doc := nlp.Tokenize(text)
	got := summary(c.CodeDoc(doc, time.Time{}))
	want := []string{"ESP 054 PSE asserted", "IRL 054 PSE asserted", "NOR 054 PSE asserted"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestInternational(t *testing.T) {
	tests := []struct {
		src, tgt string
		want     bool
	}{
		{"RUS", "AFG", true},
		{"RUS", "RUS", false},
		{"IGOUNO", "RUS", true},
		{"", "RUS", false},
		{"ARN", "GON", false}, // not states
	}
	for _, tt := range tests {
		e := &dyad.Event{Source: dyad.Actor{Country: tt.src}, Target: dyad.Actor{Country: tt.tgt}}
		if got := International(e); got != tt.want {
			t.Errorf("International(%s, %s) = %v", tt.src, tt.tgt, got)
		}
	}
}

func TestDefault(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := nlp.Tokenize("Spain recognised Palestine.")
	got := summary(c.CodeDoc(doc, time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)))
	if len(got) != 1 || got[0] != "ESP 054 PSE asserted" {
		t.Errorf("got %q", got)
	}
}

func TestNewsOptions(t *testing.T) {
	c := testCoder(t, NewsOptions())
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"switch of recognition", `
Rohan Rohan PROPN 3 nsubj
has have AUX 3 aux
switched switch VERB 0 root
its its PRON 6 nmod:poss
diplomatic diplomatic ADJ 6 amod
recognition recognition NOUN 3 obj
from from ADP 8 case
Gondor Gondor PROPN 3 obl
to to ADP 10 case
Arnor Arnor PROPN 3 obl
. . PUNCT 3 punct`, []string{"ROH 054 ARN asserted", "ROH 161 GON asserted"}},
		{"implicit target of a break", `
Spain Spain PROPN 2 nsubj
condemned condemn VERB 0 root
Norway Norway PROPN 2 obj
. . PUNCT 2 punct

Ireland Ireland PROPN 2 nsubj
cut cut VERB 0 root
ties tie NOUN 2 obj
on on ADP 5 case
Monday Monday PROPN 2 obl
. . PUNCT 2 punct

Norway Norway PROPN 2 nsubj
regretted regret VERB 0 root
. . PUNCT 2 punct`, []string{"ESP 111 NOR asserted", "IRL 161 NOR asserted"}},
		{"pronoun subject", `
Spain Spain PROPN 2 nsubj
condemned condemn VERB 0 root
Rohan Rohan PROPN 2 obj
. . PUNCT 2 punct

It it PRON 2 nsubj
recognised recognise VERB 0 root
Palestine Palestine PROPN 2 obj
. . PUNCT 2 punct`, []string{"ESP 111 ROH asserted", "ESP 054 PSE asserted"}},
	}
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(c.CodeDoc(parsed(t, tt.rows), date))
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

func TestEventDate(t *testing.T) {
	c := testCoder(t, Options{Dates: true})
	doc := parsed(t, `
Spain Spain PROPN 2 nsubj
recognised recognise VERB 0 root
Palestine Palestine PROPN 2 obj
on on ADP 5 case
Thursday Thursday PROPN 2 obl
. . PUNCT 2 punct`)
	evs := c.CodeDoc(doc, time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)) // a Friday
	if len(evs) != 1 || evs[0].Date != "2025-07-03" || evs[0].DatePrecision != dyad.PrecisionDay {
		t.Errorf("got %+v", evs)
	}
}

func TestSupplement(t *testing.T) {
	s, err := Supplement()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range s.Warnings {
		t.Errorf("supplement: %v", w)
	}
	if len(s.Verbs.Blocks) < 10 {
		t.Errorf("%d blocks", len(s.Verbs.Blocks))
	}
}
