package coder

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"dyad/dict"
)

// TestNominalEvents covers events named by nouns under NewsOptions: the
// parties of mutual acts ("talks between"), performed nouns ("signed an
// agreement"), acts on relations ("the restoration of ties") and the
// modality of what governs the noun. want lists every event of rows.
func TestNominalEvents(t *testing.T) {
	c := newsCoder(t)
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"talks between two states are each one's", `
Talks talk NOUN NNS 6 nsubj
between between ADP IN 3 case
Arnor Arnor PROPN NNP 1 nmod
and and CCONJ CC 5 cc
Gondor Gondor PROPN NNP 3 conj
resumed resume VERB VBD 0 root
on on ADP IN 8 case
Monday Monday PROPN NNP 6 obl
. . PUNCT . 6 punct`, []string{"ARN 046 GON asserted", "GON 046 ARN asserted"}},
		{"a ceasefire hoped for is hypothetical", `
Arnor Arnor PROPN NNP 2 nsubj
hopes hope VERB VBZ 0 root
for for ADP IN 5 case
a a DET DT 5 det
ceasefire ceasefire NOUN NN 2 obl
between between ADP IN 7 case
Gondor Gondor PROPN NNP 5 nmod
and and CCONJ CC 9 cc
Rohan Rohan PROPN NNP 7 conj
. . PUNCT . 2 punct`, []string{"GON 0871 ROH hypothetical", "ROH 0871 GON hypothetical"}},
		{"no talks are negated", `
No no DET DT 2 det
talks talk NOUN NNS 8 nsubj:pass
between between ADP IN 4 case
Arnor Arnor PROPN NNP 2 nmod
and and CCONJ CC 6 cc
Gondor Gondor PROPN NNP 4 conj
are be AUX VBP 8 aux:pass
planned plan VERB VBN 0 root
. . PUNCT . 8 punct`, []string{"ARN 046 GON negated", "GON 046 ARN negated"}},
		{"talks that are planned are future", `
Talks talk NOUN NNS 7 nsubj:pass
between between ADP IN 3 case
Arnor Arnor PROPN NNP 1 nmod
and and CCONJ CC 5 cc
Gondor Gondor PROPN NNP 3 conj
are be AUX VBP 7 aux:pass
planned plan VERB VBN 0 root
. . PUNCT . 7 punct`, []string{"ARN 046 GON future", "GON 046 ARN future"}},
		{"a possessor condemns the of phrase", `
Gondor Gondor PROPN NNP 3 nmod:poss
's 's PART POS 1 case
condemnation condemnation NOUN NN 6 nsubj
of of ADP IN 5 case
Rohan Rohan PROPN NNP 3 nmod
drew draw VERB VBD 0 root
praise praise NOUN NN 6 obj
. . PUNCT . 6 punct`, []string{"GON 111 ROH asserted"}},
		{"an agreement signed between two states", `
An a DET DT 2 det
agreement agreement NOUN NN 8 nsubj:pass
between between ADP IN 4 case
Arnor Arnor PROPN NNP 2 nmod
and and CCONJ CC 6 cc
Gondor Gondor PROPN NNP 4 conj
was be AUX VBD 8 aux:pass
signed sign VERB VBN 0 root
in in ADP IN 10 case
Bree Bree PROPN NNP 8 obl
. . PUNCT . 8 punct`, []string{"ARN 057 GON asserted", "GON 057 ARN asserted"}},
		{"an agreement merely mentioned is no act", `
Arnor Arnor PROPN NNP 2 nsubj
mentioned mention VERB VBD 0 root
the the DET DT 4 det
agreement agreement NOUN NN 2 obj
between between ADP IN 6 case
Gondor Gondor PROPN NNP 4 nmod
and and CCONJ CC 8 cc
Rohan Rohan PROPN NNP 6 conj
. . PUNCT . 2 punct`, nil},
		{"the restoration of ties between two states", `
The the DET DT 2 det
restoration restoration NOUN NN 9 nsubj
of of ADP IN 4 case
ties tie NOUN NNS 2 nmod
between between ADP IN 6 case
Arnor Arnor PROPN NNP 4 nmod
and and CCONJ CC 8 cc
Rohan Rohan PROPN NNP 6 conj
surprised surprise VERB VBD 0 root
analysts analyst NOUN NNS 9 obj
. . PUNCT . 9 punct`, []string{"ARN 054 ROH asserted", "ROH 054 ARN asserted"}},
		{"a possessor severs ties with the with phrase", `
Arnor Arnor PROPN NNP 3 nmod:poss
's 's PART POS 1 case
severing severing NOUN NN 8 nsubj
of of ADP IN 5 case
ties tie NOUN NNS 3 nmod
with with ADP IN 7 case
Gondor Gondor PROPN NNP 5 nmod
angered anger VERB VBD 0 root
Rohan Rohan PROPN NNP 8 obj
. . PUNCT . 8 punct`, []string{"ARN 161 GON asserted"}},
		{"talks a verb codes are not coded again", `
Gondor Gondor PROPN NNP 2 nsubj
held hold VERB VBD 0 root
talks talk NOUN NNS 2 obj
with with ADP IN 5 case
Rohan Rohan PROPN NNP 3 nmod
. . PUNCT . 2 punct`, []string{"GON 040 ROH asserted"}},
		{"the subject of a verb that performs the noun acts", `
Arnor Arnor PROPN NNP 2 nsubj
sent send VERB VBD 0 root
aid aid NOUN NN 2 obj
to to ADP IN 5 case
Gondor Gondor PROPN NNP 3 nmod
. . PUNCT . 2 punct`, []string{"ARN 070 GON asserted"}},
		{"talks cancelled did not take place", `
Arnor Arnor PROPN NNP 2 nsubj
cancelled cancel VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
talks talk NOUN NNS 2 obj
with with ADP IN 6 case
Gondor Gondor PROPN NNP 4 nmod
. . PUNCT . 2 punct`, []string{"ARN 046 GON negated"}},
		{"a phone call between two states", `
A a DET DT 3 det
phone phone NOUN NN 3 compound
call call NOUN NN 8 nsubj
between between ADP IN 5 case
Arnor Arnor PROPN NNP 3 nmod
and and CCONJ CC 7 cc
Gondor Gondor PROPN NNP 5 conj
took take VERB VBD 0 root
place place NOUN NN 8 obj
. . PUNCT . 8 punct`, []string{"ARN 041 GON asserted", "GON 041 ARN asserted"}},
		{"a call for talks is no phone call, and the talks are hypothetical", `
Arnor Arnor PROPN NNP 2 nsubj
renewed renew VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
calls call NOUN NNS 2 obj
for for ADP IN 7 case
a a DET DT 7 det
resumption resumption NOUN NN 4 nmod
of of ADP IN 9 case
talks talk NOUN NNS 7 nmod
between between ADP IN 11 case
Gondor Gondor PROPN NNP 9 nmod
and and CCONJ CC 13 cc
Rohan Rohan PROPN NNP 11 conj
. . PUNCT . 2 punct`, []string{"GON 046 ROH hypothetical", "ROH 046 GON hypothetical"}},
		{"a reason beside the object is taken for granted", `
Arnor Arnor PROPN NNP 3 nsubj
is be AUX VBZ 3 aux
seeking seek VERB VBG 0 root
arms arm NOUN NNS 3 obj
from from ADP IN 6 case
Gondor Gondor PROPN NNP 3 obl
for for ADP IN 9 case
its its PRON PRP$ 9 nmod:poss
war war NOUN NN 3 obl
in in ADP IN 11 case
Rohan Rohan PROPN NNP 9 nmod
. . PUNCT . 3 punct`, []string{"ARN 190 ROH asserted"}},
		{"relations between two states restored in the passive", `
Relations relation NOUN NNS 7 nsubj:pass
between between ADP IN 3 case
Arnor Arnor PROPN NNP 1 nmod
and and CCONJ CC 5 cc
Gondor Gondor PROPN NNP 3 conj
were be AUX VBD 7 aux:pass
restored restore VERB VBN 0 root
. . PUNCT . 7 punct`, []string{"ARN 054 GON asserted", "GON 054 ARN asserted"}},
		{"bare relations restored take the parties of the conjoined clause", `
Arnor Arnor PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
Gondor Gondor PROPN NNP 2 obj
, , PUNCT , 8 punct
but but CCONJ CC 8 cc
relations relation NOUN NNS 8 nsubj:pass
were be AUX VBD 8 aux:pass
resumed resum VERB VBN 2 conj
. . PUNCT . 2 punct`, []string{"ARN 054 GON asserted", "ARN 111 GON asserted", "GON 054 ARN asserted"}},
		{"an event noun that qualifies another takes its phrases", `
Rohan Rohan PROPN NNP 4 nmod:poss
's 's PART POS 1 case
sanctions sanction NOUN NNS 4 compound
regime regime NOUN NN 7 nsubj
against against ADP IN 6 case
Gondor Gondor PROPN NNP 4 nmod
remains remain VERB VBZ 0 root
. . PUNCT . 7 punct`, []string{"ROH 163 GON asserted"}},
		{"an agreement a state has is no signing", `
Arnor Arnor PROPN NNP 2 nsubj
has have VERB VBZ 0 root
an a DET DT 4 det
agreement agreement NOUN NN 2 obj
with with ADP IN 6 case
Gondor Gondor PROPN NNP 4 nmod
. . PUNCT . 2 punct`, nil},
		{"who acts at a meeting takes part in it", `
At at ADP IN 3 case
a a DET DT 3 det
meeting meeting NOUN NN 8 obl
with with ADP IN 5 case
Gondor Gondor PROPN NNP 3 nmod
, , PUNCT , 3 punct
Arnor Arnor PROPN NNP 8 nsubj
praised praise VERB VBD 0 root
the the DET DT 10 det
plan plan NOUN NN 8 obj
. . PUNCT . 8 punct`, []string{"ARN 040 GON asserted"}},
		{"talks offered are hypothetical", `
Arnor Arnor PROPN NNP 3 nsubj
has have AUX VBZ 3 aux
offered offer VERB VBN 0 root
talks talk NOUN NNS 3 obj
with with ADP IN 6 case
Gondor Gondor PROPN NNP 4 nmod
. . PUNCT . 3 punct`, []string{"ARN 046 GON hypothetical"}},
		{"diplomats expelled from a state without an agent", `
Two two NUM CD 3 nummod
Gondorian Gondorian ADJ JJ 3 amod
envoys envoy NOUN NNS 5 nsubj:pass
were be AUX VBD 5 aux:pass
expelled expel VERB VBN 0 root
from from ADP IN 7 case
Arnor Arnor PROPN NNP 5 obl
. . PUNCT . 5 punct`, []string{"ARN 166 GONDIP asserted"}},
		{"an envoy recalled from a state without an agent", `
The the DET DT 3 det
Gondorian Gondorian ADJ JJ 3 amod
envoy envoy NOUN NN 5 nsubj:pass
was be AUX VBD 5 aux:pass
recalled recall VERB VBN 0 root
from from ADP IN 7 case
Arnor Arnor PROPN NNP 5 obl
. . PUNCT . 5 punct`, []string{"GONDIP 161 ARN asserted"}},
		{"troops withdrawn are no recall", `
Gondorian Gondorian ADJ JJ 2 amod
troops troops NOUN NNS 4 nsubj:pass
were be AUX VBD 4 aux:pass
withdrawn withdraw VERB VBN 0 root
from from ADP IN 6 case
Arnor Arnor PROPN NNP 4 obl
. . PUNCT . 4 punct`, nil},
		{"a withdrawal from a state is a retreat", `
Gondor Gondor PROPN NNP 3 nmod:poss
's 's PART POS 1 case
withdrawal withdrawal NOUN NN 6 nsubj
from from ADP IN 5 case
Rohan Rohan PROPN NNP 3 nmod
ended end VERB VBD 0 root
. . PUNCT . 6 punct`, []string{"GON 0874 ROH asserted"}},
		{"a withdrawal from an organisation is none", `
Gondor Gondor PROPN NNP 3 nmod:poss
's 's PART POS 1 case
withdrawal withdrawal NOUN NN 8 nsubj
from from ADP IN 7 case
the the DET DT 7 det
Arnor Arnor PROPN NNP 7 compound
Council Council PROPN NNP 3 nmod
ended end VERB VBD 0 root
. . PUNCT . 8 punct`, nil},
		{"rejected accusations were made", `
Gondor Gondor PROPN NNP 2 nsubj
rejected reject VERB VBD 0 root
Rohan Rohan PROPN NNP 5 nmod:poss
's 's PART POS 3 case
accusations accusation NOUN NNS 2 obj
against against ADP IN 7 case
Arnor Arnor PROPN NNP 5 nmod
. . PUNCT . 2 punct`, []string{"ROH 112 ARN asserted"}},
		{"rejected talks did not take place", `
Gondor Gondor PROPN NNP 2 nsubj
rejected reject VERB VBD 0 root
Rohan Rohan PROPN NNP 5 nmod:poss
's 's PART POS 3 case
talks talk NOUN NNS 2 obj
with with ADP IN 7 case
Arnor Arnor PROPN NNP 5 nmod
. . PUNCT . 2 punct`, []string{"ROH 046 ARN negated"}},
		{"talks ruled out will not take place", `
Arnor Arnor PROPN NNP 2 nsubj
ruled rule VERB VBD 0 root
out out ADP RP 2 compound:prt
its its PRON PRP$ 5 nmod:poss
talks talk NOUN NNS 2 obj
with with ADP IN 7 case
Gondor Gondor PROPN NNP 5 nmod
. . PUNCT . 2 punct`, []string{"ARN 046 GON negated"}},
		{"what a state calls a crime is presupposed", `
Gondor Gondor PROPN NNP 2 nsubj
called call VERB VBD 0 root
Rohan Rohan PROPN NNP 5 nmod:poss
's 's PART POS 3 case
attack attack NOUN NN 2 obj
on on ADP IN 7 case
Arnor Arnor PROPN NNP 5 nmod
a a DET DT 9 det
crime crime NOUN NN 2 xcomp
. . PUNCT . 2 punct`, []string{"GON 111 ROH asserted", "ROH 190 ARN asserted"}},
		{"a talk in the singular is no negotiation", `
Arnor Arnor PROPN NNP 3 nmod:poss
's 's PART POS 1 case
talk talk NOUN NN 4 nsubj
ended end VERB VBD 0 root
. . PUNCT . 4 punct`, nil},
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

// TestTimeDiscards checks that under Dates a discard phrase that is a
// year codes the sentence with the year as its date, and that without
// Dates the sentence is skipped as PETRARCH skips it.
func TestTimeDiscards(t *testing.T) {
	set := dictSet(t, []dictText{{testActors, dict.ActorsFile}, {testVerbs, dict.VerbsFile}, {"2009\nYEARS AGO\nFOOTBALL\n", dict.DiscardsFile}})
	rows := `
In in ADP IN 2 case
2009 2009 NUM CD 5 obl
, , PUNCT , 2 punct
Arnor Arnor PROPN NNP 5 nsubj
recognised recognise VERB VBD 0 root
Gondor Gondor PROPN NNP 5 obj
. . PUNCT . 5 punct`
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		dates bool
		want  []string
	}{{true, []string{"ARN 054 GON asserted 2009"}}, {false, nil}} {
		c := New(set, Options{Dates: tt.dates})
		var got []string
		for _, e := range c.CodeDoc(tagged(t, rows), date) {
			got = append(got, fmt.Sprintf("%s %s %s %s %s", e.Source.Code, e.Code, e.Target.Code, e.Modality, e.Date))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Dates %v: got %q, want %q", tt.dates, got, tt.want)
		}
	}
	for _, x := range []struct {
		words []string
		want  bool
	}{{[]string{"2009"}, true}, {[]string{"YEARS", "AGO"}, true}, {[]string{"FOOTBALL"}, false}, {[]string{"THIRD", "ROUND"}, false}} {
		if got := timeDiscard(dict.Discard{Words: x.words}); got != x.want {
			t.Errorf("timeDiscard(%q) = %v, want %v", x.words, got, x.want)
		}
	}
}

// TestNominalSubjects covers event nouns as subjects: the place of talks
// that resume is no party to them, and a visit postponed (the participle
// read as an adjective) did not take place.
func TestNominalSubjects(t *testing.T) {
	set := dictSet(t, []dictText{{newsActors, dict.ActorsFile}, {newsAgents, dict.AgentsFile}, {newsVerbs + "\n--- RESUME [---] ---\nRESUME\n- TALKS * [046:046]\n", dict.VerbsFile}})
	c := New(set, NewsOptions())
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"talks resumed in a place", `
Talks talk NOUN NNS 6 nsubj
between between ADP IN 3 case
Arnor Arnor PROPN NNP 1 nmod
and and CCONJ CC 5 cc
Gondor Gondor PROPN NNP 3 conj
resumed resum VERB VBD 0 root
in in ADP IN 8 case
Rohan Rohan PROPN NNP 6 obl
. . PUNCT . 6 punct`, []string{"ARN 046 GON asserted", "GON 046 ARN asserted"}},
		{"a visit postponed", `
Arnor Arnor PROPN NNP 3 nmod:poss
's 's PART POS 1 case
visit visit NOUN NN 7 nsubj
to to ADP IN 5 case
Gondor Gondor PROPN NNP 3 nmod
was be AUX VBD 7 cop
postponed postponed ADJ JJ 0 root
. . PUNCT . 7 punct`, []string{"ARN 042 GON negated"}},
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

// TestIntransitiveBreakNoImplicitTarget checks that a verb of code 16x
// without an object ("Rohan seceded") takes no target from the article,
// while one with an object ("Rohan cut ties") does.
func TestIntransitiveBreakNoImplicitTarget(t *testing.T) {
	set := dictSet(t, []dictText{{newsActors, dict.ActorsFile}, {newsVerbs + "\n--- SECEDE [161] ---\nSECEDE\n\n--- CUT [---] ---\nCUT\n- * TIES [161]\n", dict.VerbsFile}})
	c := New(set, NewsOptions())
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	lead := `
Arnor Arnor PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
Gondor Gondor PROPN NNP 2 obj
. . PUNCT . 2 punct

`
	for _, tt := range []struct {
		rows string
		want []string
	}{
		{lead + `Rohan Rohan PROPN NNP 2 nsubj
seceded secede VERB VBD 0 root
. . PUNCT . 2 punct`, nil},
		{lead + `Rohan Rohan PROPN NNP 2 nsubj
cut cut VERB VBD 0 root
ties tie NOUN NNS 2 obj
. . PUNCT . 2 punct`, []string{"ROH 161 GON asserted"}},
	} {
		var got []string
		for _, e := range c.CodeDoc(tagged(t, tt.rows), date) {
			if e.Sentence == 1 {
				got = append(got, fmt.Sprintf("%s %s %s %s", e.Source.Code, e.Code, e.Target.Code, e.Modality))
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

// TestTheCountry checks that "the country" as the subject of a main
// clause is the state last named as a subject, but not in a report
// ("..., the ministry said"), where it is as often the one accused.
func TestTheCountry(t *testing.T) {
	c := newsCoder(t)
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	lead := `
Arnor Arnor PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
Gondor Gondor PROPN NNP 2 obj
. . PUNCT . 2 punct

`
	for _, tt := range []struct {
		rows string
		want []string
	}{
		{lead + `The the DET DT 2 det
country country NOUN NN 3 nsubj
recognised recognise VERB VBD 0 root
Rohan Rohan PROPN NNP 3 obj
. . PUNCT . 3 punct`, []string{"ARN 054 ROH asserted"}},
		{lead + `The the DET DT 2 det
country country NOUN NN 3 nsubj
recognised recognise VERB VBD 0 root
Rohan Rohan PROPN NNP 3 obj
, , PUNCT , 3 punct
the the DET DT 7 det
ministry ministry NOUN NN 8 nsubj
said say VERB VBD 3 parataxis
. . PUNCT . 3 punct`, nil},
		{lead + `The the DET DT 3 det
first first ADJ JJ 3 amod
country country NOUN NN 4 nsubj
recognised recognise VERB VBD 0 root
Rohan Rohan PROPN NNP 4 obj
. . PUNCT . 4 punct`, nil},
	} {
		var got []string
		for _, e := range c.CodeDoc(tagged(t, tt.rows), date) {
			if e.Sentence == 1 {
				got = append(got, fmt.Sprintf("%s %s %s %s", e.Source.Code, e.Code, e.Target.Code, e.Modality))
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}
