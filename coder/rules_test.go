package coder

import (
	"slices"
	"strings"
	"testing"
	"time"

	"dyad/dict"
)

// ruleCoder is testCoder with a person, a compound pattern and the
// agents of the rules below.
func ruleCoder(t testing.TB, opts Options) *Coder {
	t.Helper()
	set := dictSet(t, []dictText{{testActors + "EOMUND [EOM]\n", dict.ActorsFile}, {testAgents + "OFFICIAL [~GOV]\nLAWMAKER [~LEG]\n", dict.AgentsFile}, {testVerbs + "\n--- PLEDGE [030] ---\nPLEDGE\n- % * [050]\n\n--- HOST [043:042] ---\nHOST\n- WILL * [036:036]\n\n--- EXTEND [---] ---\nEXTEND\n- * RECOGNITION [054]\n\n--- DECRY [111] ---\nDECRY\n- HEAVILY * [122]\n", dict.VerbsFile}})
	return New(set, opts)
}

func TestRules(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		rows string
		want []string
	}{
		{"those joined share the act", Options{}, `
Arnor Arnor PROPN 2 nsubj
joined join VERB 0 root
Rohan Rohan PROPN 2 obj
and and CCONJ 5 cc
Gondor Gondor PROPN 3 conj
in in SCONJ 7 mark
recognising recognise VERB 2 advcl
Palestine Palestine PROPN 7 obj
. . PUNCT 2 punct`, []string{"ARN 054 PSE asserted", "GON 054 PSE asserted", "ROH 054 PSE asserted"}},
		{"joining a list", Options{}, `
Spain Spain PROPN 2 nsubj
recognised recognise VERB 0 root
Palestine Palestine PROPN 2 obj
, , PUNCT 5 punct
joining join VERB 2 advcl
Ireland Ireland PROPN 5 obj
and and CCONJ 8 cc
Norway Norway PROPN 6 conj
. . PUNCT 2 punct`, []string{"ESP 054 PSE asserted", "IRL 054 PSE asserted", "NOR 054 PSE asserted"}},
		{"an accusation is no assertion", Options{}, `
Arnor Arnor PROPN 2 nsubj
accused accuse VERB 0 root
Rohan Rohan PROPN 2 obj
of of SCONJ 5 mark
condemning condemn VERB 3 acl
Gondor Gondor PROPN 5 obj
. . PUNCT 2 punct`, []string{"ROH 111 GON hypothetical"}},
		{"calling a state a friend praises it", Options{}, `
Arnor Arnor PROPN 2 nsubj
called call VERB 0 root
Rohan Rohan PROPN 2 obj
a a DET 6 det
loyal loyal ADJ 6 amod
friend friend NOUN 2 obj
. . PUNCT 2 punct`, []string{"ARN 051 ROH asserted"}},
		{"calling a state a threat criticises it", Options{}, `
Arnor Arnor PROPN 2 nsubj
described describe VERB 0 root
Rohan Rohan PROPN 2 obj
as as ADP 6 case
a a DET 6 det
threat threat NOUN 2 obl
. . PUNCT 2 punct`, []string{"ARN 111 ROH asserted"}},
		{"a name for a state", Options{}, `
Arnor Arnor PROPN 2 nsubj
called call VERB 0 root
this this PRON 2 obj
a a DET 6 det
great great ADJ 6 amod
day day NOUN 2 obj
for for ADP 8 case
Rohan Rohan PROPN 6 nmod
. . PUNCT 2 punct`, []string{"ARN 051 ROH asserted"}},
		{"a name without tone is no event", Options{}, `
Arnor Arnor PROPN 2 nsubj
called call VERB 0 root
Rohan Rohan PROPN 2 obj
a a DET 5 det
neighbour neighbour NOUN 2 obj
. . PUNCT 2 punct`, nil},
		{"a compound subject led by no actor", Options{}, `
The the DET 2 det
lions lion NOUN 5 nsubj
and and CCONJ 4 cc
Gondor Gondor PROPN 2 conj
condemned condemn VERB 0 root
Rohan Rohan PROPN 5 obj
. . PUNCT 5 punct`, []string{"GON 111 ROH asserted"}},
		{"roles conjoined before a list of states", Options{}, `
Lawmakers lawmaker NOUN 8 nsubj
and and CCONJ 3 cc
officials official NOUN 1 conj
in in ADP 5 case
Arnor Arnor PROPN 1 nmod
and and CCONJ 7 cc
Gondor Gondor PROPN 5 conj
condemned condemn VERB 0 root
Rohan Rohan PROPN 8 obj
. . PUNCT 8 punct`, []string{"ARNGOV 111 ROH asserted", "ARNLEG 111 ROH asserted", "GONGOV 111 ROH asserted", "GONLEG 111 ROH asserted"}},
		{"a title with a state names the office", Options{}, `
Rohan Rohan PROPN 4 nmod:poss
's 's PART 1 case
new new ADJ 4 amod
ambassador ambassador NOUN 5 compound
Eomund Eomund PROPN 6 nsubj
condemned condemn VERB 0 root
Gondor Gondor PROPN 6 obj
. . PUNCT 6 punct`, []string{"ROHDIP 111 GON asserted"}},
		{"compound element needs a compound", Options{}, `
Arnor Arnor PROPN 2 nsubj
pledged pledge VERB 0 root
with with ADP 4 case
Rohan Rohan PROPN 2 obl
. . PUNCT 2 punct`, []string{"ARN 030 ROH asserted"}},
		{"compound element with a compound", Options{}, `
Arnor Arnor PROPN 4 nsubj
and and CCONJ 3 cc
Gondor Gondor PROPN 1 conj
pledged pledge VERB 0 root
with with ADP 6 case
Rohan Rohan PROPN 4 obl
. . PUNCT 4 punct`, []string{"ARN 050 ROH asserted", "GON 050 ROH asserted"}},
		{"passive source, PETRARCH", PetrarchOptions(), `
Rohan Rohan PROPN 3 nsubj:pass
was be AUX 3 aux:pass
condemned condemn VERB 0 root
over over ADP 6 case
its its PRON 6 nmod:poss
dispute dispute NOUN 3 obl
with with ADP 8 case
Gondor Gondor PROPN 6 nmod
. . PUNCT 3 punct`, []string{"GON 111 ROH asserted"}},
		{"passive source, news", Options{}, `
Rohan Rohan PROPN 3 nsubj:pass
was be AUX 3 aux:pass
condemned condemn VERB 0 root
over over ADP 6 case
its its PRON 6 nmod:poss
dispute dispute NOUN 3 obl
with with ADP 8 case
Gondor Gondor PROPN 6 nmod
. . PUNCT 3 punct`, nil},
		{"deep target, PETRARCH", PetrarchOptions(), `
Arnor Arnor PROPN 2 nsubj
condemned condemn VERB 0 root
an a DET 4 det
attack attack NOUN 2 obj
against against ADP 6 case
besieged besiege VERB 4 nmod
Gondor Gondor PROPN 6 obj
. . PUNCT 2 punct`, []string{"ARN 111 GON asserted"}},
		{"deep target stops at another clause", PetrarchOptions(), `
Arnor Arnor PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
attack attack NOUN 2 obj
, , PUNCT 9 punct
a a DET 8 det
Gondor Gondor PROPN 8 compound
official official NOUN 9 nsubj
said say VERB 2 parataxis
. . PUNCT 2 punct`, nil},
		{"a complement after a coded verb is absorbed, PETRARCH", PetrarchOptions(), `
Arnor Arnor PROPN 2 nsubj
said say VERB 0 root
that that SCONJ 5 mark
Rohan Rohan PROPN 5 nsubj
condemned condemn VERB 2 ccomp
Gondor Gondor PROPN 5 obj
. . PUNCT 2 punct`, []string{"ARN 010 ROH asserted"}},
		{"a report after what it reports neither absorbs nor targets it, PETRARCH", PetrarchOptions(), `
Rohan Rohan PROPN 2 nsubj
condemned condemn VERB 6 ccomp
Gondor Gondor PROPN 2 obj
, , PUNCT 2 punct
Arnor Arnor PROPN 6 nsubj
said say VERB 0 root
. . PUNCT 6 punct`, []string{"ROH 111 GON asserted"}},
		{"joined in V-ing read as a modifier of the last state", Options{Intent: true}, `
Arnor Arnor PROPN 2 nsubj
joined join VERB 0 root
Rohan Rohan PROPN 2 obj
and and CCONJ 5 cc
Gondor Gondor PROPN 3 conj
in in SCONJ 7 mark
announcing announce VERB 5 acl
plans plan NOUN 7 obj
to to PART 10 mark
recognise recognise VERB 7 advcl
Palestine Palestine PROPN 10 obj
. . PUNCT 2 punct`, []string{"ARN 054 PSE future", "ARN 032 PSE asserted", "GON 054 PSE future", "GON 032 PSE asserted",
			"ROH 054 PSE future", "ROH 032 PSE asserted"}},
		{"a purpose clause is intended, not done", Options{}, `
Arnor Arnor PROPN 2 nsubj
backed back VERB 0 root
a a DET 4 det
motion motion NOUN 2 obj
to to PART 6 mark
recognise recognise VERB 2 advcl
Gondor Gondor PROPN 6 obj
. . PUNCT 2 punct`, []string{"ARN 054 GON future"}},
		{"an agent attached to another phrase", Options{}, `
The the DET 3 det
Rohan Rohan PROPN 3 compound
move move NOUN 5 nsubj:pass
was be AUX 5 aux:pass
condemned condemn VERB 0 root
at at ADP 8 case
the the DET 8 det
time time NOUN 5 obl
by by ADP 10 case
Gondor Gondor PROPN 8 nmod
. . PUNCT 5 punct`, []string{"GON 111 ROH asserted"}},
		{"the host of talks is no target of them", Options{}, `
Arnor Arnor PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 6 det
Arnor Arnor PROPN 6 compound
format format NOUN 6 compound
talks talk NOUN 2 obj
on on ADP 8 case
Rohan Rohan PROPN 6 nmod
. . PUNCT 2 punct`, []string{"ARN 111 ROH asserted"}},
		{"a place in the object is no target", Options{ImplicitTargets: true}, `
Arnor Arnor PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
deaths death NOUN 2 obj
of of ADP 6 case
civilians civilian NOUN 4 nmod
in in ADP 8 case
Rohan Rohan PROPN 6 nmod
. . PUNCT 2 punct`, nil},
		{"a main verb parsed without its subject", Options{LooseSubjects: true, ImplicitTargets: true}, `
Later later ADV 5 advmod
, , PUNCT 5 punct
Spain Spain PROPN 1 dep
and and CCONJ 5 cc
Norway Norway PROPN 3 conj
, , PUNCT 7 punct
said say VERB 0 root
both both DET 9 det
countries country NOUN 11 nsubj
would would AUX 11 aux
recognise recognise VERB 7 ccomp
Palestine Palestine PROPN 11 obj
. . PUNCT 7 punct`, []string{"ESP 054 PSE future", "NOR 054 PSE future"}},
		{"the last members of a subject list attached elsewhere", Options{}, `
Spain Spain PROPN 6 nsubj
, , PUNCT 3 punct
Ireland Ireland PROPN 1 conj
and and CCONJ 5 cc
Norway Norway PROPN 3 nmod
recognised recognise VERB 0 root
Palestine Palestine PROPN 6 obj
. . PUNCT 6 punct`, []string{"ESP 054 PSE asserted", "IRL 054 PSE asserted", "NOR 054 PSE asserted"}},
		{"no list member after a preposition", Options{}, `
The the DET 2 det
ambassador ambassador NOUN 5 nsubj
to to ADP 4 case
Rohan Rohan PROPN 2 nmod
condemned condemn VERB 0 root
Gondor Gondor PROPN 5 obj
. . PUNCT 5 punct`, []string{"---DIP 111 GON asserted"}},
		{"countries made precise by a list", Options{}, `
Arnor Arnor PROPN 2 nsubj
condemned condemn VERB 0 root
countries country NOUN 2 obj
that that PRON 5 nsubj
recognised recognise VERB 3 acl:relcl
Palestine Palestine PROPN 5 obj
, , PUNCT 8 punct
including include VERB 9 case
Rohan Rohan PROPN 5 obl
and and CCONJ 11 cc
Gondor Gondor PROPN 9 conj
. . PUNCT 2 punct`, []string{"ARN 111 GON asserted", "ARN 111 ROH asserted", "GON 054 PSE asserted", "ROH 054 PSE asserted"}},
		{"what others expect is no intent", Options{Intent: true}, `
Arnor Arnor PROPN 4 nsubj:pass
is be AUX 4 aux
also also ADV 4 advmod
expected expect VERB 0 root
to to PART 6 mark
recognise recognise VERB 4 xcomp
Gondor Gondor PROPN 6 obj
. . PUNCT 4 punct`, []string{"ARN 054 GON future"}},
		{"an intent coded for the future is asserted", Options{Intent: true}, `
Arnor Arnor PROPN 3 nsubj
will will AUX 3 aux
host host VERB 0 root
Rohan Rohan PROPN 3 obj
. . PUNCT 3 punct`, []string{"ARN 036 ROH asserted"}},
		{"the act noun's possessor acts when the clause hangs elsewhere", Options{}, `
Gondor Gondor PROPN 3 nmod:poss
's 's PART 1 case
decision decision NOUN 0 root
earlier early ADV 3 advmod
to to PART 6 mark
recognise recognise VERB 4 xcomp
Rohan Rohan PROPN 6 obj
. . PUNCT 3 punct`, []string{"GON 054 ROH asserted"}},
		{"a statement during a meeting is a meeting", Options{}, `
Arnor Arnor PROPN 2 nsubj
said say VERB 0 root
to to ADP 4 case
Rohan Rohan PROPN 2 obl
during during ADP 7 case
a a DET 7 det
meeting meeting NOUN 2 obl
. . PUNCT 2 punct`, []string{"ARN 040 ROH asserted"}},
		{"an adverbial passive is not done by the main subject", Options{}, `
Arnor Arnor PROPN 2 nsubj
condemned condemn VERB 0 root
Rohan Rohan PROPN 2 obj
after after SCONJ 8 mark
a a DET 6 det
hobbit hobbit NOUN 8 nsubj:pass
was be AUX 8 aux:pass
condemned condemn VERB 2 advcl
in in ADP 10 case
Gondor Gondor PROPN 8 obl
. . PUNCT 2 punct`, []string{"ARN 111 ROH asserted"}},
		{"no adverb pattern, PETRARCH 2", PetrarchOptions(), `
Arnor Arnor PROPN 3 nsubj
heavily heavily ADV 3 advmod
decried decry VERB 0 root
Rohan Rohan PROPN 3 obj
. . PUNCT 3 punct`, []string{"ARN 111 ROH asserted"}},
		{"adverb patterns, PETRARCH 1", Options{ClauseTargets: true, AdverbPatterns: true}, `
Arnor Arnor PROPN 3 nsubj
heavily heavily ADV 3 advmod
decried decry VERB 0 root
Rohan Rohan PROPN 3 obj
. . PUNCT 3 punct`, []string{"ARN 122 ROH asserted"}},
		{"a thing does not condemn, its issuer does", Options{}, `
Arnor Arnor PROPN 2 nsubj
issued issue VERB 0 root
a a DET 4 det
statement statement NOUN 2 obj
condemning condemn VERB 4 acl
Rohan Rohan PROPN 5 obj
. . PUNCT 2 punct`, []string{"ARN 111 ROH asserted"}},
		{"a condemnation is not aimed at the place of what it condemns", Options{ImplicitTargets: true}, `
Arnor Arnor PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
deaths death NOUN 2 obj
in in ADP 6 case
Rohan Rohan PROPN 2 obl
. . PUNCT 2 punct`, nil},
	}
	date := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ruleCoder(t, tt.opts)
			got := summary(c.CodeDoc(parsed(t, tt.rows), date))
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

func TestImplicitTargetsFromTheArticle(t *testing.T) {
	c := ruleCoder(t, NewsOptions())
	// Gondor is named most, but Rohan is the state turned against, and
	// Palestine the one recognised.
	doc := parsed(t, `
Arnor Arnor PROPN 2 nsubj
cut cut VERB 0 root
ties tie NOUN 2 obj
with with ADP 5 case
Rohan Rohan PROPN 2 obl
. . PUNCT 2 punct

Spain Spain PROPN 2 nsubj
recognised recognise VERB 0 root
Palestine Palestine PROPN 2 obj
in in ADP 5 case
Gondor Gondor PROPN 2 obl
. . PUNCT 2 punct

Gondor Gondor PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
attack attack NOUN 2 obj
. . PUNCT 2 punct

Ireland Ireland PROPN 2 nsubj
extended extend VERB 0 root
recognition recognition NOUN 2 obj
. . PUNCT 2 punct`)
	got := summary(c.CodeDoc(doc, time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)))
	want := []string{"ARN 161 ROH asserted", "ESP 054 PSE asserted", "GON 111 ROH asserted", "IRL 054 PSE asserted"}
	slices.Sort(want)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestPeopleInNews(t *testing.T) {
	c := ruleCoder(t, Options{Coreference: true})
	doc := parsed(t, `
Rohan Rohan PROPN 3 nmod:poss
's 's PART 1 case
ambassador ambassador NOUN 6 nsubj
Hama Hama PROPN 3 flat
Ferro Ferro PROPN 3 flat
arrived arrive VERB 0 root
. . PUNCT 6 punct

Ferro Ferro PROPN 2 nsubj
visited visit VERB 0 root
Arnor Arnor PROPN 2 obj
. . PUNCT 2 punct`)
	got := summary(c.CodeDoc(doc, time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)))
	want := []string{"ARN 043 ROHDIP asserted", "ROHDIP 042 ARN asserted"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestSupplementRules(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"an opinion is no act", `
Chile Chile PROPN 2 nsubj
considers consider VERB 0 root
Peru Peru PROPN 2 obj
as as ADP 6 case
a a DET 6 det
rival rival NOUN 2 obl
. . PUNCT 2 punct`, nil},
		{"raising concerns criticises", `
Chile Chile PROPN 2 nsubj
raised raise VERB 0 root
concerns concern NOUN 2 obj
about about ADP 5 case
Peru Peru PROPN 3 nmod
. . PUNCT 2 punct`, []string{"CHL 111 PER asserted"}},
		{"refusing a visa rejects", `
Peru Peru PROPN 3 nsubj:pass
was be AUX 3 aux:pass
denied deny VERB 0 root
a a DET 5 det
visa visa NOUN 3 obj
by by ADP 7 case
Chile Chile PROPN 3 obl:agent
. . PUNCT 3 punct`, []string{"CHL 120 PER asserted"}},
		{"a verb tagged as a noun", `
Chile Chile PROPN 2 compound
breaks break NOUN 0 root
diplomatic diplomatic ADJ 4 amod
relations relation NOUN 2 nmod
with with ADP 6 case
Peru Peru PROPN 4 nmod
. . PUNCT 2 punct`, []string{"CHL 161 PER asserted"}},
		{"restricting supplies is a blockade", `
Chile Chile PROPN 2 nsubj
restricted restrict VERB 0 root
supplies supply NOUN 2 obj
to to ADP 5 case
Peru Peru PROPN 2 obl
. . PUNCT 2 punct`, []string{"CHL 191 PER asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(c.CodeDoc(parsed(t, tt.rows), time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
