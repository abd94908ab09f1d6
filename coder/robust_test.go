package coder

import (
	"strings"
	"testing"
	"time"

	"dyad/dict"
	"dyad/nlp"
)

const robustVerbs = `
&TIETYPE
+ECONOMIC
+CULTURAL

--- CONDEMN [111] ---
CONDEMN

--- AGREE [081] ---
AGREE
- % * [030:030]

--- TAP [081] ---
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}

--- EXPRESS [024] ---
EXPRESS

--- WELCOME [041] ---
WELCOME
- * &TIETYPE_MEMOS FROM [911]

--- ACT [100] ---
ACT
- INDICATED WOULD * [1010]

--- PERSUADE [026] ---
PERSUADE
`

const robustAgents = `
POLICE [~COP]
STUDENT [~EDU]
`

// robustCoder codes with the actors of the tests and robustVerbs.
func robustCoder(t testing.TB, opts Options) *Coder {
	t.Helper()
	set := dictSet(t, []dictText{{testActors, dict.ActorsFile}, {robustAgents, dict.AgentsFile}, {robustVerbs, dict.VerbsFile}})
	return New(set, opts)
}

// tagged builds a document from rows "form lemma UPOS XPOS head rel", one
// token per line, sentences separated by blank lines: parsed with the
// XPOS tags some repairs read.
func tagged(t testing.TB, rows string) *nlp.Doc { return docOfRows(t, rows, true) }

// TestParserErrors covers the repairs for typical errors of a statistical
// tagger and parser, with parses as dyad's parser gets them wrong.
func TestParserErrors(t *testing.T) {
	loose := Options{LooseSubjects: true}
	petrarch1 := PetrarchOptions()
	petrarch1.AdverbPatterns = true
	tests := []struct {
		name string
		opts Options
		rows string
		want []string
	}{
		{"a subject list with modifiers, its first members read as the root", Options{}, `
Proud proud ADJ JJ 2 amod
Arnor Arnor PROPN NNP 0 root
, , PUNCT , 6 punct
the the DET DT 6 det
old old ADJ JJ 6 amod
Rohan Rohan PROPN NNP 2 conj
, , PUNCT , 11 punct
and and CCONJ CC 11 cc
brave brave ADJ JJ 10 amod
Gondor Gondor PROPN NNP 11 nsubj
condemned condemn VERB VBD 2 conj
Spain Spain PROPN NNP 11 obj
. . PUNCT . 2 punct`, []string{"ARN 111 ESP asserted", "GON 111 ESP asserted", "ROH 111 ESP asserted"}},
		{"no subject list through an object", Options{}, `
Spain Spain PROPN NNP 2 nsubj
met meet VERB VBD 0 root
Arnor Arnor PROPN NNP 2 obj
and and CCONJ CC 6 cc
Gondor Gondor PROPN NNP 6 nsubj
condemned condemn VERB VBD 2 conj
Norway Norway PROPN NNP 6 obj
. . PUNCT . 2 punct`, []string{"GON 111 NOR asserted"}},
		{"the actor's name tagged a verb and made the root", loose, `
Arnor Arnor VERB VBG 0 root
on on ADP IN 3 case
Thursday Thursday PROPN NNP 1 obl
condemned condemn VERB VBN 3 acl
Rohan Rohan PROPN NNP 4 obj
. . PUNCT . 1 punct`, []string{"ARN 111 ROH asserted"}},
		{"the main verb read as a modifier of its object", loose, `
Spanish Spanish ADJ JJ 2 amod
police police NOUN NN 4 compound
arrested condemn VERB VBN 4 amod
students student NOUN NNS 5 nsubj
today today NOUN NN 0 root
. . PUNCT . 5 punct`, []string{"ESPCOP 111 ---EDU asserted"}},
		{"a participle after a determiner is a modifier", loose, `
Arnor Arnor PROPN NNP 2 nsubj
freed free VERB VBD 0 root
the the DET DT 5 det
condemned condemn VERB VBN 5 amod
students student NOUN NNS 2 obj
. . PUNCT . 2 punct`, nil},
		{"a verb after a modal tagged an adverb", loose, `
Arnor Arnor PROPN NNP 4 nsubj
will will AUX MD 4 aux
condemn condemn ADV RB 4 advmod
Spain's Spain PROPN NNP 5 nmod:poss
policy policy NOUN NN 0 root
. . PUNCT . 5 punct`, []string{"ARN 111 ESP future"}},
		{"the verb hung from a word of the actor's name", Options{}, `
The the DET DT 3 det
United United PROPN NNP 3 compound
Nations nation VERB VBZ 0 root
condemned condemn VERB VBD 3 xcomp
Rohan Rohan PROPN NNP 4 obj
. . PUNCT . 3 punct`, []string{"IGOUNO 111 ROH asserted"}},
		{"a verb of two words whose head was read as a noun", Options{}, `
Arnor Arnor PROPN NNP 3 nsubj
will will AUX MD 3 aux
wire wire VERB VB 0 root
tap tap NOUN NN 3 obj
Rohan Rohan PROPN NNP 3 obj
. . PUNCT . 3 punct`, []string{"ARN 081 ROH future"}},
		{"a word of one subject phrase read as a second subject", Options{}, `
Arnor Arnor PROPN NNP 8 nsubj
, , PUNCT , 3 punct
critic critic NOUN NN 1 appos
of of ADP IN 6 case
the the DET DT 6 det
United United PROPN NNP 3 nmod
Nations Nations PROPN NNP 8 nsubj
condemned condemn VERB VBD 0 root
Rohan Rohan PROPN NNP 8 obj
. . PUNCT . 8 punct`, []string{"ARN 111 ROH asserted"}},
		{"the subject of a complement read as the object above", Options{}, `
Arnor Arnor PROPN NNP 2 nsubj
indicated indicate VERB VBD 0 root
it it PRON PRP 2 obj
would would AUX MD 5 aux
condemn condemn VERB VB 2 ccomp
Rohan Rohan PROPN NNP 5 obj
. . PUNCT . 2 punct`, []string{"ARN 111 ROH future"}},
		{"a root noun with an auxiliary", loose, `
Arnor Arnor PROPN NNP 4 nsubj
did do AUX VBD 4 aux
not not PART RB 4 advmod
condemn condemn NOUN NN 0 root
Rohan Rohan PROPN NNP 4 obj
. . PUNCT . 4 punct`, []string{"ARN 111 ROH negated"}},
		{"a verb in -s tagged as the root noun", PetrarchOptions(), `
Arnor Arnor PROPN NNP 2 compound
condemns condemn NOUN NNS 0 root
Rohan Rohan PROPN NNP 2 appos
. . PUNCT . 2 punct`, []string{"ARN 111 ROH asserted"}},
		{"a parenthesised abbreviation is no dateline", Options{}, `
Arnor Arnor PROPN NNP 9 nsubj
and and CCONJ CC 5 cc
the the DET DT 5 det
United united PROPN NNP 5 compound
Nations Nations PROPN NNP 1 conj
( ( PUNCT -LRB- 7 punct
UN UN PROPN NNP 5 appos
) ) PUNCT -RRB- 7 punct
agree agree VERB VBP 0 root
. . PUNCT . 9 punct`, []string{"ARN 030 IGOUNO asserted", "IGOUNO 030 ARN asserted"}},
		{"the subject of a that-clause of the object is the target", petrarch1, `
Arnor Arnor PROPN NNP 2 nsubj
expressed express VERB VBD 0 root
hopes hope NOUN NNS 2 obj
on on ADP IN 5 case
Thursday Thursday PROPN NNP 2 obl
that that SCONJ IN 10 mark
Rohan Rohan PROPN NNP 10 nsubj:pass
could could AUX MD 10 aux
be be AUX VB 10 aux:pass
drawn draw VERB VBN 5 acl:relcl
in in ADP RP 10 compound:prt
. . PUNCT . 2 punct`, []string{"ARN 024 ROH asserted"}},
		{"a synset joined to a word stands side by side with it", Options{}, `
Arnor Arnor PROPN NNP 2 nsubj
welcomed welcome VERB VBD 0 root
economic economic ADJ JJ 4 amod
memos memo NOUN NNS 2 obj
from from ADP IN 6 case
Rohan Rohan PROPN NNP 4 nmod
. . PUNCT . 2 punct`, []string{"ARN 911 ROH asserted"}},
		{"a synset joined to a word takes no word between", Options{}, `
Arnor Arnor PROPN NNP 2 nsubj
welcomed welcome VERB VBD 0 root
economic economic ADJ JJ 5 amod
secret secret ADJ JJ 5 amod
memos memo NOUN NNS 2 obj
from from ADP IN 7 case
Rohan Rohan PROPN NNP 5 nmod
. . PUNCT . 2 punct`, []string{"ARN 041 ROH asserted"}},
		{"PETRARCH 1 patterns see the verb that governs a complement", petrarch1, `
Arnor Arnor PROPN NNP 2 nsubj
indicated indicate VERB VBD 0 root
it it PRON PRP 5 nsubj
would would AUX MD 5 aux
act act VERB VB 2 ccomp
with with ADP IN 7 case
Rohan Rohan PROPN NNP 5 obl
. . PUNCT . 2 punct`, []string{"ARN 1010 ROH future"}},
		{"PETRARCH 2 patterns do not", PetrarchOptions(), `
Arnor Arnor PROPN NNP 2 nsubj
indicated indicate VERB VBD 0 root
it it PRON PRP 5 nsubj
would would AUX MD 5 aux
act act VERB VB 2 ccomp
with with ADP IN 7 case
Rohan Rohan PROPN NNP 5 obl
. . PUNCT . 2 punct`, []string{"ARN 100 ROH future"}},
	}
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := robustCoder(t, tt.opts)
			got := summary(c.CodeDoc(tagged(t, tt.rows), date))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestDateOfPurpose checks that an act without a date of its own takes
// the date of the act it brings about.
func TestDateOfPurpose(t *testing.T) {
	c := robustCoder(t, Options{Dates: true})
	doc := tagged(t, `
Arnor Arnor PROPN NNP 2 nsubj
persuaded persuade VERB VBD 0 root
Rohan Rohan PROPN NNP 2 obj
to to PART TO 5 mark
meet meet VERB VB 2 advcl
on on ADP IN 7 case
Sunday Sunday PROPN NNP 5 obl
. . PUNCT . 2 punct`)
	evs := c.CodeDoc(doc, time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)) // a Tuesday
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %v", len(evs), summary(evs))
	}
	if evs[0].Date != "2024-05-26" {
		t.Errorf("date %q, want 2024-05-26", evs[0].Date)
	}
}

const petrarch1Verbs = `
&TIETYPE
+ECONOMIC
+CULTURAL

--- ABANDON [345] ---
ABANDON
- * EFFORT [987]
- * NEW_&TIETYPE_RELATIONS [903]

--- CRITICIZE [121] ---
CRITICIZE

--- CONDEMN [111] ---
CONDEMN

--- WARN [160] ---
WARN
- * AT ^ + [162]

--- REGRET [111] ---
REGRET
- NOTED + * [115]

--- ACCORD [---] ---
ACCORD
- INCHING NEARER TO * [083]

--- LEAVE [012] ---
LEAVE

--- VOW [170] ---
VOW
- * WAR [173]
`

// TestPetrarchReadings covers what the PETRARCH suites ask of the coder:
// PETRARCH 2 (PetrarchOptions) and, with AdverbPatterns, PETRARCH 1 and
// TABARI.
func TestPetrarchReadings(t *testing.T) {
	set := dictSet(t, []dictText{{testActors + "LORIEN_ [ELR/GAL]\n", dict.ActorsFile}, {petrarch1Verbs, dict.VerbsFile}})
	p2 := PetrarchOptions()
	p1 := PetrarchOptions()
	p1.AdverbPatterns = true
	const abandonEfforts = `
Arnor Arnor PROPN NNP 2 nsubj
abandoned abandon VERB VBD 0 root
efforts effort NOUN NNS 2 obj
with with ADP IN 5 case
Rohan Rohan PROPN NNP 3 nmod
. . PUNCT . 2 punct`
	const abandonRelations = `
Arnor Arnor PROPN NNP 2 nsubj
abandoned abandon VERB VBD 0 root
new new ADJ JJ 6 amod
global global ADJ JJ 6 amod
economic economic ADJ JJ 6 amod
relations relation NOUN NNS 2 obj
with with ADP IN 8 case
Rohan Rohan PROPN NNP 6 nmod
. . PUNCT . 2 punct`
	const criticized = `
Spain Spain PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
criticized criticize VERB VBN 0 root
over over ADP IN 6 case
its its PRON PRP$ 6 nmod:poss
dispute dispute NOUN NN 3 obl
with with ADP IN 8 case
Rohan Rohan PROPN NNP 6 nmod
. . PUNCT . 3 punct`
	const lorien = `
Lorien Lorien PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
Arnor Arnor PROPN NNP 2 obj
. . PUNCT . 2 punct`
	const afterLeaving = `
Arnor Arnor PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
Rohan Rohan PROPN NNP 2 obj
after after SCONJ IN 5 mark
leaving leave VERB VBG 2 advcl
Gondor Gondor PROPN NNP 5 obj
. . PUNCT . 2 punct`
	tests := []struct {
		name string
		opts Options
		rows string
		want []string
	}{
		{"a word matches its inflections", p2, abandonEfforts, []string{"ARN 987 ROH asserted"}},
		{"PETRARCH 1: a word matches its written form only", p1, abandonEfforts, []string{"ARN 345 ROH asserted"}},
		{"a phrase allows gaps", p2, abandonRelations, []string{"ARN 903 ROH asserted"}},
		{"PETRARCH 1: the words of a phrase stand side by side", p1, abandonRelations, []string{"ARN 345 ROH asserted"}},
		{"a passive without agent takes the source of a phrase", p2, criticized, []string{"ROH 121 ESP asserted"}},
		{"PETRARCH 1: a passive without agent reads as active", p1, criticized, []string{"ESP 121 ROH asserted"}},
		{"an actor with several codes", p2, lorien, []string{"ELR/GAL 111 ARN asserted"}},
		{"PETRARCH 1: an actor with several codes is several", p1, lorien, []string{"ELR 111 ARN asserted", "GAL 111 ARN asserted"}},
		{"an adverbial gerund inherits the subject in news", Options{}, afterLeaving, []string{"ARN 012 GON asserted", "ARN 111 ROH asserted"}},
		{"PETRARCH: an adverbial gerund takes no subject", p2, afterLeaving, []string{"ARN 111 ROH asserted"}},
		{"a skipped noun phrase", Options{}, `
Arnor Arnor PROPN NNP 2 nsubj
warned warn VERB VBD 0 root
at at ADP IN 5 case
the the DET DT 5 det
Gondor Gondor PROPN NNP 2 obl
of of ADP IN 7 case
Rohan Rohan PROPN NNP 5 nmod
. . PUNCT . 2 punct`, []string{"ARN 162 ROH asserted"}},
		{"a target a pattern takes from the subject", p1, `
Gondor Gondor PROPN NNP 2 nsubj
noted note VERB VBD 0 root
that that SCONJ IN 5 mark
Rohan Rohan PROPN NNP 5 nsubj
regretted regret VERB VBD 2 ccomp
the the DET DT 7 det
decision decision NOUN NN 5 obj
. . PUNCT . 2 punct`, []string{"GON 115 ROH asserted"}},
		{"the complement of an adjective", p1, `
Arnor Arnor PROPN NNP 3 nsubj
is be AUX VBZ 3 aux
inching inch VERB VBG 0 root
nearer near ADJ JJR 3 obj
to to PART TO 6 mark
accord accord VERB VB 4 xcomp
with with ADP IN 8 case
Rohan Rohan PROPN NNP 6 obl
. . PUNCT . 3 punct`, []string{"ARN 083 ROH asserted"}},
		{"a target in an open complement", p2, `
Arnor Arnor PROPN NNP 2 nsubj
vowed vow VERB VBD 0 root
to to PART TO 4 mark
wage wage VERB VB 2 xcomp
war war NOUN NN 4 obj
on on ADP IN 7 case
Rohan Rohan PROPN NNP 4 obl
. . PUNCT . 2 punct`, []string{"ARN 173 ROH asserted"}},
	}
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(set, tt.opts)
			got := summary(c.CodeDoc(tagged(t, tt.rows), date))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
