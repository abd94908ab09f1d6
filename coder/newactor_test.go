package coder

import (
	"slices"
	"testing"
	"time"
)

// The PETRARCH suites' <Config> options: require_dyad = false
// (MissingActors) and new_actor_length (NewActorLength).
func TestConfigOptions(t *testing.T) {
	// "The government said on Monday.": a source without target.
	const saidAlone = `
The the DET 2 det
government government NOUN 3 nsubj
said say VERB 0 root
on on ADP 5 case
Monday Monday PROPN 3 obl
. . PUNCT 3 punct`
	// "Arnor condemned the river pirates.": a target no dictionary knows.
	const unknownTarget = `
Arnor Arnor PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 5 det
river river NOUN 5 compound
pirates pirate NOUN 2 obj
. . PUNCT 2 punct`
	// "The old harbour guild of the north condemned Rohan.": a subject
	// of seven words.
	const longSubject = `
The the DET 4 det
old old ADJ 4 amod
harbour harbour NOUN 4 compound
guild guild NOUN 8 nsubj
of of ADP 7 case
the the DET 7 det
north north NOUN 4 nmod
condemned condemn VERB 0 root
Rohan Rohan PROPN 8 obj
. . PUNCT 8 punct`
	// "Gondor's fleet and river guard condemned Rohan.": an actor and an
	// unknown phrase conjoined; the parser split "river guard" in two.
	const conjoined = `
Gondor Gondor PROPN 3 nmod:poss
's 's PART 1 case
fleet fleet NOUN 7 nsubj
and and CCONJ 5 cc
river river NOUN 3 conj
guard guard NOUN 7 nsubj
condemned condemn VERB 0 root
Rohan Rohan PROPN 7 obj
. . PUNCT 7 punct`
	// "Arnor visited the pass.": a paired code needs both actors.
	const pairedAlone = `
Arnor Arnor PROPN 2 nsubj
visited visit VERB 0 root
the the DET 4 det
pass pass NOUN 2 obj
. . PUNCT 2 punct`
	// "Arnor and Rohan condemned.": a compound subject without target
	// keeps coding the joint act.
	const jointAct = `
Arnor Arnor PROPN 4 nsubj
and and CCONJ 3 cc
Rohan Rohan PROPN 1 conj
condemned condemn VERB 0 root
. . PUNCT 4 punct`
	tests := []struct {
		name    string
		missing bool
		length  int
		rows    string
		want    []string
	}{
		{"one actor dropped by default", false, 0, saidAlone, nil},
		{"missing target", true, 0, saidAlone, []string{"---GOV 010 --- asserted"}},
		{"missing source", true, 0, `
It it PRON 2 nsubj
condemned condemn VERB 0 root
Gondor Gondor PROPN 2 obj
. . PUNCT 2 punct`, []string{"--- 111 GON asserted"}},
		{"unknown target dropped by default", false, 0, unknownTarget, nil},
		{"new actor as target", false, 4, unknownTarget, []string{`ARN 111 "THE RIVER PIRATES" asserted`}},
		{"new actor too long", false, 2, unknownTarget, nil},
		{"new actor too long, missing kept", true, 2, unknownTarget, []string{"ARN 111 --- asserted"}},
		{"long subject", false, 4, longSubject, nil},
		{"long subject fits", false, 7, longSubject, []string{`"THE OLD HARBOUR GUILD OF THE NORTH" 111 ROH asserted`}},
		{"conjoined new actor", false, 4, conjoined, []string{`"RIVER GUARD" 111 ROH asserted`, "GON 111 ROH asserted"}},
		{"paired code needs both", true, 0, pairedAlone, nil},
		{"paired code with a new actor", false, 2, pairedAlone, []string{`"THE PASS" 043 ARN asserted`, `ARN 042 "THE PASS" asserted`}},
		{"joint act kept", true, 0, jointAct, []string{"ARN 111 ROH asserted", "ROH 111 ARN asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := PetrarchOptions()
			opts.MissingActors, opts.NewActorLength = tt.missing, tt.length
			c := testCoder(t, opts)
			got := summary(c.CodeDoc(parsed(t, tt.rows), time.Time{}))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// News coding never sets the suites' options.
func TestNewsOptionsNoConfig(t *testing.T) {
	o := NewsOptions()
	if o.MissingActors || o.NewActorLength != 0 {
		t.Errorf("NewsOptions = %+v", o)
	}
	p := PetrarchOptions()
	if p.MissingActors || p.NewActorLength != 0 {
		t.Errorf("PetrarchOptions = %+v", p)
	}
}
