package coder

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"dyad/dict"
)

// framesVerbs adds verbs whose frames change what they code in news.
const framesVerbs = `
--- WARN [130] ---
WARN

--- TELL [010] ---
TELL

--- WITHDRAW [---] ---
WITHDRAW
- * TROOPS [0874]

--- PROTEST [140] ---
PROTEST

--- TARGET [190] ---
TARGET
`

// TestNewsFrames covers warnings and orders whose complement is not yet
// done, talks suspended, protests by governments and aims that are no
// attack. want lists every event of rows.
func TestNewsFrames(t *testing.T) {
	set := dictSet(t, []dictText{{newsActors, dict.ActorsFile}, {newsAgents, dict.AgentsFile}, {newsVerbs + framesVerbs, dict.VerbsFile}})
	c := New(set, NewsOptions())
	date := time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"what a state is warned against is not done", `
Arnor Arnor PROPN NNP 2 nsubj
warned warn VERB VBD 0 root
Gondor Gondor PROPN NNP 2 obj
against against ADP IN 5 mark
sending send VERB VBG 2 advcl
troops troops NOUN NNS 5 obj
to to ADP IN 8 case
Rohan Rohan PROPN NNP 5 obl
. . PUNCT . 2 punct`, []string{"ARN 130 GON asserted", "ARN 062 ROH hypothetical"}},
		{"telling a state to act is a demand and the act is not done", `
Arnor Arnor PROPN NNP 2 nsubj
told tell VERB VBD 0 root
Gondor Gondor PROPN NNP 2 iobj
to to PART TO 5 mark
withdraw withdraw VERB VB 2 xcomp
its its PRON PRP$ 7 nmod:poss
troops troops NOUN NNS 5 obj
from from ADP IN 9 case
Rohan Rohan PROPN NNP 5 obl
. . PUNCT . 2 punct`, []string{"ARN 100 GON asserted", "GON 0874 ROHMIL hypothetical"}},
		{"talks suspended did not take place", `
Talks talk NOUN NNS 7 nsubj
between between ADP IN 3 case
Arnor Arnor PROPN NNP 1 nmod
and and CCONJ CC 5 cc
Gondor Gondor PROPN NNP 3 conj
were be AUX VBD 7 cop
suspended suspended ADJ JJ 0 root
. . PUNCT . 7 punct`, []string{"ARN 046 GON negated", "GON 046 ARN negated"}},
		{"talks broken off did not take place", `
Talks talk NOUN NNS 7 nsubj:pass
between between ADP IN 3 case
Arnor Arnor PROPN NNP 1 nmod
and and CCONJ CC 5 cc
Gondor Gondor PROPN NNP 3 conj
were be AUX VBD 7 aux:pass
broken break VERB VBN 0 root
off off ADP RP 7 compound:prt
. . PUNCT . 7 punct`, []string{"ARN 046 GON negated", "GON 046 ARN negated"}},
		{"a state that protests complains officially", `
Arnor Arnor PROPN NNP 2 nsubj
protested protest VERB VBD 0 root
against against ADP IN 4 case
Gondor Gondor PROPN NNP 2 obl
. . PUNCT . 2 punct`, []string{"ARN 114 GON asserted"}},
		{"officials who protest complain officially", `
Arnorian Arnorian ADJ JJ 2 amod
officials official NOUN NNS 3 nsubj
protested protest VERB VBD 0 root
against against ADP IN 5 case
Gondor Gondor PROPN NNP 3 obl
. . PUNCT . 3 punct`, []string{"ARNGOV 114 GON asserted"}},
		{"people who protest demonstrate", `
Arnorian Arnorian ADJ JJ 2 amod
crowds crowd NOUN NNS 3 nsubj
protested protest VERB VBD 0 root
against against ADP IN 5 case
Gondor Gondor PROPN NNP 3 obl
. . PUNCT . 3 punct`, []string{"ARN 140 GON asserted"}},
		{"aiming at a state to win votes is no attack", `
Arnor Arnor PROPN NNP 2 nsubj
targeted target VERB VBD 0 root
Gondor Gondor PROPN NNP 2 obj
to to PART TO 5 mark
win win VERB VB 2 advcl
votes vote NOUN NNS 5 obj
. . PUNCT . 2 punct`, nil},
		{"force aimed at a state is an attack", `
Arnorian Arnorian ADJ JJ 2 amod
artillery artillery NOUN NN 3 nsubj
targeted target VERB VBD 0 root
Gondor Gondor PROPN NNP 3 obj
to to PART TO 6 mark
win win VERB VB 3 advcl
ground ground NOUN NN 6 obj
. . PUNCT . 3 punct`, []string{"ARNMIL 190 GON asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tagged(t, tt.rows)
			var got []string
			for _, e := range c.CodeDoc(doc, date) {
				got = append(got, fmt.Sprintf("%s %s %s %s", e.Source.Code, e.Code, e.Target.Code, e.Modality))
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}
