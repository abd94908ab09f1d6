package coder

import (
	"strings"
	"testing"
	"time"
)

// TestHedgesAndOwners covers hedged reports (not asserted, unlike
// attributed ones), an intent that is its subject's alone, "their" on an
// event noun as the plural subject above, and a phrase of an event noun
// that the parser hung on the verb. want lists every event of rows.
func TestHedgesAndOwners(t *testing.T) {
	c := newsCoder(t)
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"a hedging adverb makes a report hypothetical", `
Arnor Arnor PROPN NNP 3 nsubj
reportedly reportedly ADV RB 3 advmod
condemned condemn VERB VBD 0 root
Rohan Rohan PROPN NNP 3 obj
. . PUNCT . 3 punct`, []string{"ARN 111 ROH hypothetical"}},
		{"what reports suggest is not asserted", `
Reports report NOUN NNS 2 nsubj
suggested suggest VERB VBD 0 root
that that SCONJ IN 5 mark
Arnor Arnor PROPN NNP 5 nsubj
condemned condemn VERB VBD 2 ccomp
Rohan Rohan PROPN NNP 5 obj
. . PUNCT . 2 punct`, []string{"ARN 111 ROH hypothetical"}},
		{"what a state is said to have done is hearsay", `
Arnor Arnor PROPN NNP 3 nsubj:pass
is be AUX VBZ 3 aux:pass
said say VERB VBN 0 root
to to PART TO 6 mark
have have AUX VB 6 aux
condemned condemn VERB VBN 3 xcomp
Rohan Rohan PROPN NNP 6 obj
. . PUNCT . 3 punct`, []string{"ARN 111 ROH hypothetical"}},
		{"unconfirmed reports assert nothing", `
Unconfirmed unconfirmed ADJ JJ 2 amod
reports report NOUN NNS 3 nsubj
said say VERB VBD 0 root
Arnor Arnor PROPN NNP 5 nsubj
condemned condemn VERB VBD 3 ccomp
Rohan Rohan PROPN NNP 5 obj
. . PUNCT . 3 punct`, []string{"ARN 111 ROH hypothetical"}},
		{"a report according to its source is asserted", `
According accord VERB VBG 3 case
to to ADP IN 1 fixed
reports report NOUN NNS 6 obl
, , PUNCT , 6 punct
Arnor Arnor PROPN NNP 6 nsubj
condemned condemn VERB VBD 0 root
Rohan Rohan PROPN NNP 6 obj
. . PUNCT . 6 punct`, []string{"ARN 111 ROH asserted"}},
		{"a named source outweighs a hedging adverb", `
Reportedly reportedly ADV RB 4 advmod
, , PUNCT , 1 punct
Arnor Arnor PROPN NNP 4 nsubj
condemned condemn VERB VBD 0 root
Rohan Rohan PROPN NNP 4 obj
, , PUNCT , 4 punct
according accord VERB VBG 9 case
to to ADP IN 7 fixed
Gondor Gondor PROPN NNP 4 obl
. . PUNCT . 4 punct`, []string{"ARN 111 ROH asserted"}},
		{"what a state says another did is asserted", `
Gondor Gondor PROPN NNP 2 nsubj
said say VERB VBD 0 root
that that SCONJ IN 5 mark
Arnor Arnor PROPN NNP 5 nsubj
condemned condemn VERB VBD 2 ccomp
Rohan Rohan PROPN NNP 5 obj
. . PUNCT . 2 punct`, []string{"ARN 111 ROH asserted"}},
		{"their talks are those of the plural subject above", `
Arnor Arnor PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Gondor Gondor PROPN NNP 1 conj
said say VERB VBD 0 root
their their PRON PRP$ 6 nmod:poss
talks talk NOUN NNS 9 nsubj
had have AUX VBD 9 aux
been be AUX VBN 9 cop
fruitful fruitful ADJ JJ 4 ccomp
. . PUNCT . 4 punct`, []string{"ARN 046 GON asserted", "GON 046 ARN asserted"}},
		{"an event noun takes its phrase hung on the verb", `
Arnor Arnor PROPN NNP 2 nsubj
rejected reject VERB VBD 0 root
Gondor Gondor PROPN NNP 5 nmod:poss
's 's PART POS 3 case
accusations accusation NOUN NNS 2 obj
against against ADP IN 7 case
Rohan Rohan PROPN NNP 2 obl
. . PUNCT . 2 punct`, []string{"GON 112 ROH asserted"}},
		{"an object read as a second subject of a reporting clause", `
Arnor Arnor PROPN NNP 3 nsubj
will will AUX MD 3 aux
recognise recognise VERB VB 0 root
Gondor Gondor PROPN NNP 8 nsubj
, , PUNCT , 7 punct
the the DET DT 7 det
government government NOUN NN 8 nsubj
said say VERB VBD 3 parataxis
. . PUNCT . 3 punct`, []string{"ARN 032 GON asserted", "ARN 054 GON future"}},
		{"an alleged act is hearsay", `
Rohan Rohan PROPN NNP 4 nmod:poss
's 's PART POS 1 case
alleged alleged ADJ JJ 4 amod
attack attack NOUN NN 7 nsubj
on on ADP IN 6 case
Arnor Arnor PROPN NNP 4 nmod
ended end VERB VBD 0 root
. . PUNCT . 7 punct`, []string{"ROH 190 ARN hypothetical"}},
		{"a verb after and read as an adjective of its object", `
Arnor Arnor PROPN NNP 2 nsubj
expelled expel VERB VBD 0 root
envoys envoy NOUN NNS 2 obj
from from ADP IN 5 case
Rohan Rohan PROPN NNP 3 nmod
and and CCONJ CC 8 cc
condemned condemned ADJ JJ 8 amod
Gondor Gondor PROPN NNP 5 conj
. . PUNCT . 2 punct`, []string{"ARN 111 GON asserted", "ARN 166 ROHDIP asserted"}},
		{"another state's word on a state's plans is no intent of it", `
Gondor Gondor PROPN NNP 2 nsubj
said say VERB VBD 0 root
that that SCONJ IN 6 mark
Arnor Arnor PROPN NNP 6 nsubj
will will AUX MD 6 aux
recognise recognise VERB VB 2 ccomp
Rohan Rohan PROPN NNP 6 obj
. . PUNCT . 2 punct`, []string{"ARN 054 ROH future"}},
		{"a state's word on its own plans is its intent", `
Arnor Arnor PROPN NNP 2 nsubj
said say VERB VBD 0 root
that that SCONJ IN 6 mark
Arnor Arnor PROPN NNP 6 nsubj
will will AUX MD 6 aux
recognise recognise VERB VB 2 ccomp
Rohan Rohan PROPN NNP 6 obj
. . PUNCT . 2 punct`, []string{"ARN 032 ROH asserted", "ARN 054 ROH future"}},
		{"aid offered, its phrase hung on the verb, is yet to be given", `
Arnor Arnor PROPN NNP 2 nsubj
offered offer VERB VBD 0 root
aid aid NOUN NN 2 obj
to to ADP IN 5 case
Rohan Rohan PROPN NNP 2 obl
. . PUNCT . 2 punct`, []string{"ARN 070 ROH hypothetical"}},
		{"a by agent hung on the object a passive keeps", `
Arnor Arnor PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
sent send VERB VBN 0 root
troops troops NOUN NNS 3 obj
by by ADP IN 6 case
Gondor Gondor PROPN NNP 4 nmod
. . PUNCT . 3 punct`, []string{"GON 062 ARN asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(c.CodeDoc(tagged(t, tt.rows), date))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
