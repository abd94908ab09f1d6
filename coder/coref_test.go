package coder

import (
	"strings"
	"testing"
	"time"
)

func TestPairCoreference(t *testing.T) {
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"the states of a compound subject", `
Arnor Arnor PROPN 4 nsubj
and and CCONJ 3 cc
Rohan Rohan PROPN 1 conj
met meet VERB 0 root
. . PUNCT 4 punct

Both both DET 2 det
countries country NOUN 3 nsubj
agreed agree VERB 0 root
. . PUNCT 3 punct`, []string{"ARN 030 ROH asserted", "ROH 030 ARN asserted"}},
		{"the source and target of an event", `
Arnor Arnor PROPN 2 nsubj
cut cut VERB 0 root
ties tie NOUN 2 obj
with with ADP 5 case
Rohan Rohan PROPN 2 obl
. . PUNCT 2 punct

The the DET 3 det
two two NUM 3 nummod
nations nation NOUN 4 nsubj
agreed agree VERB 0 root
. . PUNCT 4 punct`, []string{"ARN 030 ROH asserted", "ARN 161 ROH asserted", "ROH 030 ARN asserted"}},
		{"the latest pair, as governments", `
Arnor Arnor PROPN 4 nsubj
and and CCONJ 3 cc
Rohan Rohan PROPN 1 conj
met meet VERB 0 root
. . PUNCT 4 punct

Spain Spain PROPN 2 nsubj
cut cut VERB 0 root
ties tie NOUN 2 obj
with with ADP 5 case
Gondor Gondor PROPN 2 obl
. . PUNCT 2 punct

Both both DET 2 det
governments government NOUN 3 nsubj
agreed agree VERB 0 root
. . PUNCT 3 punct`, []string{"ESP 161 GON asserted", "ESPGOV 030 GONGOV asserted", "GONGOV 030 ESPGOV asserted"}},
		{"the compound subject of a later clause", `
Arnor Arnor PROPN 2 nsubj
cut cut VERB 0 root
ties tie NOUN 2 obj
with with ADP 5 case
Rohan Rohan PROPN 2 obl
, , PUNCT 11 punct
while while SCONJ 11 mark
Spain Spain PROPN 11 nsubj
and and CCONJ 10 cc
Norway Norway PROPN 8 conj
waited wait VERB 2 advcl
. . PUNCT 2 punct

Both both DET 2 det
countries country NOUN 3 nsubj
condemned condemn VERB 0 root
Gondor Gondor PROPN 3 obj
. . PUNCT 3 punct`, []string{"ARN 161 ROH asserted", "ESP 111 GON asserted", "NOR 111 GON asserted"}},
		{"two countries without the refer to none", `
Arnor Arnor PROPN 4 nsubj
and and CCONJ 3 cc
Rohan Rohan PROPN 1 conj
met meet VERB 0 root
. . PUNCT 4 punct

Two two NUM 2 nummod
countries country NOUN 3 nsubj
agreed agree VERB 0 root
. . PUNCT 3 punct`, nil},
		{"an object pair the source is not one of", `
Arnor Arnor PROPN 4 nsubj
and and CCONJ 3 cc
Rohan Rohan PROPN 1 conj
met meet VERB 0 root
. . PUNCT 4 punct

Spain Spain PROPN 2 nsubj
cut cut VERB 0 root
ties tie NOUN 2 obj
with with ADP 5 case
Arnor Arnor PROPN 2 obl
. . PUNCT 2 punct

Spain Spain PROPN 2 nsubj
condemned condemn VERB 0 root
both both DET 4 det
sides side NOUN 2 obj
. . PUNCT 2 punct`, []string{"ESP 111 ARN asserted", "ESP 111 ROH asserted", "ESP 161 ARN asserted"}},
		{"a verb read as a modifier of the pair", `
Arnor Arnor PROPN 4 nsubj
and and CCONJ 3 cc
Rohan Rohan PROPN 1 conj
met meet VERB 0 root
. . PUNCT 4 punct

The the DET 3 det
two two NUM 3 nummod
sides side NOUN 0 root
agreed agree VERB 3 acl
. . PUNCT 3 punct`, []string{"ARN 030 ROH asserted", "ROH 030 ARN asserted"}},
		{"a pair made of the pair names no new one", `
Arnor Arnor PROPN 4 nsubj
and and CCONJ 3 cc
Rohan Rohan PROPN 1 conj
met meet VERB 0 root
. . PUNCT 4 punct

Spain Spain PROPN 2 nsubj
condemned condemn VERB 0 root
both both DET 4 det
countries country NOUN 2 obj
. . PUNCT 2 punct

Both both DET 2 det
countries country NOUN 3 nsubj
agreed agree VERB 0 root
. . PUNCT 3 punct`, []string{"ARN 030 ROH asserted", "ESP 111 ARN asserted", "ESP 111 ROH asserted", "ROH 030 ARN asserted"}},
	}
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testCoder(t, Options{Coreference: true})
			got := summary(c.CodeDoc(parsed(t, tt.rows), date))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestPairSkipsNominals checks that an act named by a noun in passing
// ("for its war in Norway") does not make the pair "the two leaders"
// refers to.
func TestPairSkipsNominals(t *testing.T) {
	c := testCoder(t, Options{Coreference: true, Nominals: true})
	doc := parsed(t, `
Spain Spain PROPN 2 nsubj
condemned condemn VERB 0 root
Gondor Gondor PROPN 2 obj
for for ADP 6 case
its its PRON 6 nmod:poss
war war NOUN 2 obl
in in ADP 8 case
Norway Norway PROPN 6 nmod
. . PUNCT 2 punct

The the DET 3 det
two two NUM 3 nummod
leaders leader NOUN 4 nsubj
agreed agree VERB 0 root
. . PUNCT 4 punct`)
	got := summary(c.CodeDoc(doc, time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)))
	want := []string{"ESP 111 GON asserted", "ESP 190 NOR asserted", "ESPGOV 030 GONGOV asserted", "GONGOV 030 ESPGOV asserted"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestPairNoImplicitTarget checks that a pair acting together does not
// take one of its own states as the implicit target of a condemnation.
func TestPairNoImplicitTarget(t *testing.T) {
	c := testCoder(t, NewsOptions())
	doc := parsed(t, `
Spain Spain PROPN 4 nsubj
and and CCONJ 3 cc
Norway Norway PROPN 1 conj
met meet VERB 0 root
. . PUNCT 4 punct

Both both DET 2 det
governments government NOUN 3 nsubj
condemned condemn VERB 0 root
the the DET 5 det
attack attack NOUN 3 obj
. . PUNCT 3 punct`)
	if got := summary(c.CodeDoc(doc, time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC))); len(got) > 0 {
		t.Errorf("got %q, want no events", got)
	}
}
