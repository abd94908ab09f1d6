package coder

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"dyad/dict"
)

const newsActors = testActors + `
ARNORIAN_ [ARN]
GONDORIAN_ [GON]
ROHIRRIC_ [ROH]
BREE_ [ERI]
ARNOR_COUNCIL_ [IGOARN]
`

const newsAgents = `
OFFICIAL [~GOV]
ENVOY [~DIP]
KING [~GOV]
TROOPS [~MIL]
ARMY [~MIL]
ARTILLERY [~MIL]
`

const newsVerbs = `
--- MEET [040] ---
MEET
- * (AT) [036:036]

--- HOLD [---] ---
HOLD
- * TALKS [040]
- * DRILLS [150]

--- SPEAK [010] ---
SPEAK
- * (BY PHONE) [041:041]

--- DEPLOY [---] ---
DEPLOY
- * TROOPS [150]

--- SEND [---] ---
SEND
- * TROOPS [062]

--- CALL [041:041] ---
CALL
- * (ON) [020]

--- THREATEN [130] ---
THREATEN

--- IMPOSE [---] ---
IMPOSE
APPROVE
- * SANCTIONS [163]

--- REFUSE [---] ---
REFUSE
DECLINE

--- VISIT [042:043] ---
VISIT

--- URGE [020] ---
URGE

--- ALLOW [---] ---
ALLOW
- * AID [070]

--- FIRE [---] ---
FIRE
- * SHELLS [195]

--- RECALL [161] ---
RECALL

--- RECOGNISE [054] ---
RECOGNISE

--- SIGN [057] ---
SIGN

--- CONDEMN [111] ---
CONDEMN

--- DISCUSS [040:040] ---
DISCUSS

--- EXPEL [166] ---
EXPEL

--- ACCUSE [112] ---
ACCUSE
`

// newsCoder codes with NewsOptions over the actors, agents and verbs of
// the news rules below.
func newsCoder(t testing.TB) *Coder {
	t.Helper()
	set := dictSet(t, []dictText{{newsActors, dict.ActorsFile}, {newsAgents, dict.AgentsFile}, {newsVerbs, dict.VerbsFile}})
	return New(set, NewsOptions())
}

// TestNewsRules covers the argument, modality and pattern rules for news
// prose, on parses as dyad's parser gives them (errors included). want
// lists every event of the last sentence of rows.
func TestNewsRules(t *testing.T) {
	c := newsCoder(t)
	tests := []struct {
		name string
		rows string
		want []string
	}{
		{"drills held near a state are aimed at it", `
Arnor Arnor PROPN NNP 2 nsubj
held hold VERB VBD 0 root
drills drill NOUN NNS 2 obj
near near ADP IN 5 case
Rohan Rohan PROPN NNP 3 nmod
. . PUNCT . 2 punct`, []string{"ARN 150 ROH asserted"}},
		{"a place is no party to a meeting; roles listed before a plural role hold for each", `
Arnorian Arnorian ADJ JJ 4 amod
and and CCONJ CC 3 cc
Gondorian Gondorian ADJ JJ 1 conj
officials official NOUN NNS 5 nsubj
met meet VERB VBD 0 root
in in ADP IN 7 case
Bree Bree PROPN NNP 5 obl
on on ADP IN 9 case
Monday Monday PROPN NNP 5 obl
. . PUNCT . 5 punct`, []string{"ARNGOV 040 GONGOV asserted", "GONGOV 040 ARNGOV asserted"}},
		{"a list of three before a plural role, its first read as a modifier", `
Arnorian Arnorian ADJ JJ 6 amod
, , PUNCT , 3 punct
Rohirric Rohirric ADJ JJ 6 amod
and and CCONJ CC 5 cc
Gondorian Gondorian ADJ JJ 3 conj
envoys envoy NOUN NNS 7 nsubj
met meet VERB VBD 0 root
. . PUNCT . 7 punct`, []string{"ARNDIP 040 GONDIP asserted", "ARNDIP 040 ROHDIP asserted", "GONDIP 040 ARNDIP asserted",
			"GONDIP 040 ROHDIP asserted", "ROHDIP 040 ARNDIP asserted", "ROHDIP 040 GONDIP asserted"}},
		{"the host of a summit is no party to a meeting on its sidelines", `
Arnorian Arnorian ADJ JJ 4 amod
and and CCONJ CC 3 cc
Gondorian Gondorian ADJ JJ 1 conj
envoys envoy NOUN NNS 5 nsubj
met meet VERB VBD 0 root
on on ADP IN 8 case
the the DET DT 8 det
sidelines sideline NOUN NNS 5 obl
of of ADP IN 13 case
the the DET DT 13 det
Arnor Arnor PROPN NNP 12 compound
Council Council PROPN NNP 13 compound
summit summit NOUN NN 8 nmod
. . PUNCT . 5 punct`, []string{"ARNDIP 040 GONDIP asserted", "GONDIP 040 ARNDIP asserted"}},
		{"talks held in a place, the verb read as a modifier", `
Arnorian Arnorian ADJ JJ 4 amod
and and CCONJ CC 3 cc
Gondorian Gondorian ADJ JJ 1 conj
officials official NOUN NNS 0 root
held hold VERB VBN 6 amod
talks talk NOUN NNS 4 obj
in in ADP IN 8 case
Bree Bree PROPN NNP 6 nmod
. . PUNCT . 4 punct`, []string{"ARN 040 GONGOV asserted", "GONGOV 040 ARN asserted"}},
		{"an adverbial clause whose subjects were read as a phrase", `
Pressure pressure NOUN NN 4 nsubj
on on ADP IN 3 case
Rohan Rohan PROPN NNP 1 nmod
grew grow VERB VBD 0 root
as as ADP IN 6 case
Spain Spain PROPN NNP 4 obl
and and CCONJ CC 8 cc
Ireland Ireland PROPN NNP 6 conj
recognised recognise VERB VBD 4 advcl
Gondor Gondor PROPN NNP 9 obj
. . PUNCT . 4 punct`, []string{"ESP 054 GON asserted", "IRL 054 GON asserted"}},
		{"the place of talks held by one side is no target", `
The the DET DT 3 det
Gondorian Gondorian ADJ JJ 3 amod
envoy envoy NOUN NN 4 nsubj
held hold VERB VBD 0 root
talks talk NOUN NNS 4 obj
in in ADP IN 7 case
Bree Bree PROPN NNP 5 nmod
. . PUNCT . 4 punct`, nil},
		{"the place of a role partner stands for its state", `
Arnor Arnor PROPN NNP 2 nsubj
held hold VERB VBD 0 root
talks talk NOUN NNS 2 obj
with with ADP IN 5 case
officials official NOUN NNS 3 nmod
in in ADP IN 7 case
Bree Bree PROPN NNP 2 obl
. . PUNCT . 2 punct`, []string{"ARN 040 ERI asserted"}},
		{"a role object leaves the target to a phrase of place", `
Arnor Arnor PROPN NNP 2 nsubj
deployed deploy VERB VBD 0 root
troops troops NOUN NNS 2 obj
near near ADP IN 5 case
Rohan Rohan PROPN NNP 2 obl
. . PUNCT . 2 punct`, []string{"ARN 150 ROH asserted"}},
		{"troops sent into a state are no aid to it", `
Arnor Arnor PROPN NNP 2 nsubj
sent send VERB VBD 0 root
troops troops NOUN NNS 2 obj
into into ADP IN 5 case
Rohan Rohan PROPN NNP 2 obl
. . PUNCT . 2 punct`, nil},
		{"troops sent to a state are", `
Arnor Arnor PROPN NNP 2 nsubj
sent send VERB VBD 0 root
troops troops NOUN NNS 2 obj
to to ADP IN 5 case
Rohan Rohan PROPN NNP 2 obl
. . PUNCT . 2 punct`, []string{"ARN 062 ROH asserted"}},
		{"a date is no prepositional phrase of a pattern", `
Arnor Arnor PROPN NNP 2 nsubj
called call VERB VBD 0 root
Gondor Gondor PROPN NNP 2 obj
on on ADP IN 5 case
Monday Monday PROPN NNP 2 obl
. . PUNCT . 2 punct`, []string{"ARN 041 GON asserted", "GON 041 ARN asserted"}},
		{"calling on a state still appeals to it", `
Arnor Arnor PROPN NNP 2 nsubj
called call VERB VBD 0 root
on on ADP IN 4 case
Gondor Gondor PROPN NNP 2 obl
. . PUNCT . 2 punct`, []string{"ARN 020 GON asserted"}},
		{"a main verb read as a modifier, a time expression after its actor", `
Arnor Arnor PROPN NNP 5 nsubj
last last ADJ JJ 3 amod
week week NOUN NN 4 obl:unmarked
imposed impose VERB VBN 5 amod
sanctions sanction NOUN NNS 0 root
on on ADP IN 7 case
Gondor Gondor PROPN NNP 5 nmod
. . PUNCT . 5 punct`, []string{"ARN 163 GON asserted"}},
		{"a role that qualifies a noun gives way to the state after it", `
Arnor Arnor PROPN NNP 3 nmod:poss
's 's PART POS 1 case
army army NOUN NN 6 compound
fired fire VERB VBN 6 amod
artillery artillery NOUN NN 6 compound
shells shell NOUN NNS 0 root
into into ADP IN 8 case
Gondor Gondor PROPN NNP 6 nmod
. . PUNCT . 6 punct`, []string{"ARNMIL 195 GON asserted"}},
		{"a threat to act is a threat", `
Arnor Arnor PROPN NNP 2 nsubj
threatened threaten VERB VBD 0 root
to to PART TO 4 mark
impose impose VERB VB 2 xcomp
sanctions sanction NOUN NNS 4 obj
on on ADP IN 7 case
Gondor Gondor PROPN NNP 4 obl
. . PUNCT . 2 punct`, []string{"ARN 1312 GON asserted", "ARN 163 GON future"}},
		{"a vow of force is a threat", `
Arnor Arnor PROPN NNP 2 nsubj
vowed vow VERB VBD 0 root
to to PART TO 4 mark
fire fire VERB VB 2 xcomp
shells shell NOUN NNS 4 obj
at at ADP IN 7 case
Gondor Gondor PROPN NNP 4 obl
. . PUNCT . 2 punct`, []string{"ARN 1384 GON asserted", "ARN 195 GON future"}},
		{"a vow of aid is an intent", `
Arnor Arnor PROPN NNP 2 nsubj
pledged pledge VERB VBD 0 root
to to PART TO 4 mark
allow allow VERB VB 2 xcomp
aid aid NOUN NN 4 obj
into into ADP IN 7 case
Gondor Gondor PROPN NNP 5 nmod
. . PUNCT . 2 punct`, []string{"ARN 033 GON asserted", "ARN 070 GON future"}},
		{"a threat denied is no threat", `
Arnor Arnor PROPN NNP 4 nsubj
did do AUX VBD 4 aux
not not PART RB 4 advmod
threaten threaten VERB VB 0 root
to to PART TO 6 mark
fire fire VERB VB 4 xcomp
shells shell NOUN NNS 6 obj
at at ADP IN 9 case
Gondor Gondor PROPN NNP 6 obl
. . PUNCT . 4 punct`, []string{"ARN 1384 GON negated", "ARN 195 GON negated"}},
		{"a refusal to meet rejects the meeting", `
Arnor Arnor PROPN NNP 2 nsubj
refused refuse VERB VBD 0 root
to to PART TO 4 mark
meet meet VERB VB 2 xcomp
Gondor Gondor PROPN NNP 4 obj
. . PUNCT . 2 punct`, []string{"ARN 040 GON negated", "ARN 125 GON asserted"}},
		{"a refusal read as an adverbial clause", `
Arnor Arnor PROPN NNP 2 nsubj
declined decline VERB VBD 0 root
to to PART TO 4 mark
meet meet VERB VB 2 advcl
Gondor Gondor PROPN NNP 4 obj
. . PUNCT . 2 punct`, []string{"ARN 040 GON negated", "ARN 125 GON asserted"}},
		{"what a state is urged to do, read as an adverbial clause, is not done", `
Arnor Arnor PROPN NNP 2 nsubj
urged urge VERB VBD 0 root
Gondor Gondor PROPN NNP 2 obj
to to PART TO 5 mark
cease cease VERB VB 2 advcl
fire fire NOUN NN 5 obj
and and CCONJ CC 8 cc
allow allow VERB VB 5 conj
aid aid NOUN NN 8 obj
into into ADP IN 11 case
Rohan Rohan PROPN NNP 9 nmod
. . PUNCT . 2 punct`, []string{"ARN 020 GON asserted", "GON 070 ROH hypothetical"}},
		{"a companion is not visited", `
The the DET DT 3 det
Arnorian Arnorian ADJ JJ 3 amod
king king NOUN NN 4 nsubj
visited visit VERB VBD 0 root
the the DET DT 6 det
cathedral cathedral NOUN NN 4 obj
with with ADP IN 10 case
the the DET DT 10 det
Gondorian Gondorian ADJ JJ 10 amod
king king NOUN NN 4 obl
. . PUNCT . 4 punct`, nil},
		{"a state named as the topic of a reason is no target", `
Arnor Arnor PROPN NNP 2 nsubj
approved approve VERB VBD 0 root
sanctions sanction NOUN NNS 2 obj
over over ADP IN 7 case
the the DET DT 7 det
Rohan Rohan PROPN NNP 7 compound
war war NOUN NN 2 obl
. . PUNCT . 2 punct`, nil},
		{"a subject with a preposition of its own is none", `
Including include VERB VBG 4 case
Rohan Rohan PROPN NNP 4 nmod:poss
's 's PART POS 2 case
king king NOUN NN 7 nsubj
, , PUNCT , 4 punct
Arnor Arnor PROPN NNP 7 nsubj
condemned condemn VERB VBD 0 root
Gondor Gondor PROPN NNP 7 obj
. . PUNCT . 7 punct`, []string{"ARN 111 GON asserted"}},
		{"a conjunction read as a preposition leaves a subject", `
Rohan Rohan PROPN NNP 2 nsubj
protested protest VERB VBD 0 root
after after ADP IN 4 case
Arnor Arnor PROPN NNP 5 nsubj
condemned condemn VERB VBD 2 advcl
Gondor Gondor PROPN NNP 5 obj
. . PUNCT . 2 punct`, []string{"ARN 111 GON asserted"}},
		{"what pressure is put on does not act", `
Arnor Arnor PROPN NNP 4 nsubj
steps step NOUN NNS 1 flat
up up ADP RP 4 advmod
pressure pressure NOUN NN 8 nsubj
on on ADP IN 6 case
Rohan Rohan PROPN NNP 4 nmod
, , PUNCT , 4 punct
approves approve VERB VBZ 0 root
sanctions sanction NOUN NNS 8 obj
on on ADP IN 11 case
Gondor Gondor PROPN NNP 9 nmod
. . PUNCT . 8 punct`, nil},
		{"speaking by phone is mutual", `
Arnor Arnor PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Gondor Gondor PROPN NNP 1 conj
spoke speak VERB VBD 0 root
by by ADP IN 6 case
phone phone NOUN NN 4 obl
. . PUNCT . 4 punct`, []string{"ARN 041 GON asserted", "GON 041 ARN asserted"}},
		{"speaking out is not", `
Arnor Arnor PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Gondor Gondor PROPN NNP 1 conj
spoke speak VERB VBD 0 root
out out ADP RP 4 compound:prt
. . PUNCT . 4 punct`, nil},
		{"the act noun before a misattached to-clause acts", `
Arnor Arnor PROPN NNP 2 nsubj
recalled recall VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
envoy envoy NOUN NN 2 obj
over over ADP IN 8 case
the the DET DT 8 det
Gondor Gondor PROPN NNP 8 compound
decision decision NOUN NN 2 obl
to to PART TO 10 mark
recognise recognise VERB VB 2 advcl
Rohan Rohan PROPN NNP 10 obj
. . PUNCT . 2 punct`, []string{"GON 054 ROH asserted"}},
		{"an act named as a reason is taken for granted", `
Arnor Arnor PROPN NNP 2 nsubj
approved approve VERB VBD 0 root
sanctions sanction NOUN NNS 2 obj
aimed aim VERB VBN 3 acl
at at SCONJ IN 6 mark
increasing increase VERB VBG 4 advcl
pressure pressure NOUN NN 6 obj
on on ADP IN 9 case
Gondor Gondor PROPN NNP 6 obl
for for ADP IN 12 case
its its PRON PRP$ 12 nmod:poss
war war NOUN NN 6 obl
in in ADP IN 14 case
Rohan Rohan PROPN NNP 12 nmod
. . PUNCT . 2 punct`, []string{"ARN 163 GON asserted", "GON 190 ROH asserted"}},
		{"what is discussed is no party to the talks", `
Arnor Arnor PROPN NNP 2 nsubj
discussed discuss VERB VBD 0 root
Rohan Rohan PROPN NNP 2 obj
with with ADP IN 5 case
Gondor Gondor PROPN NNP 2 obl
. . PUNCT . 2 punct`, []string{"ARN 040 GON asserted", "GON 040 ARN asserted"}},
		{"a pronoun object stands for the target above", `
Rohan Rohan PROPN NNP 2 nsubj
said say VERB VBD 0 root
Rohan Rohan PROPN NNP 5 nsubj
would would AUX MD 5 aux
stay stay VERB VB 2 ccomp
calm calm ADJ JJ 5 xcomp
. . PUNCT . 2 punct

Arnor Arnor PROPN NNP 2 nsubj
expelled expel VERB VBD 0 root
two two NUM CD 5 nummod
Gondorian Gondorian ADJ JJ 5 amod
envoys envoy NOUN NNS 2 obj
, , PUNCT , 7 punct
accusing accuse VERB VBG 2 advcl
them they PRON PRP 7 obj
of of ADP IN 10 case
spying spying NOUN NN 7 obl
. . PUNCT . 2 punct`, []string{"ARN 112 GONDIP asserted", "ARN 166 GONDIP asserted"}},
		{"a participle with an agent is passive", `
The the DET DT 3 det
Gondorian Gondorian ADJ JJ 3 amod
envoys envoy NOUN NNS 7 nsubj
expelled expel VERB VBN 3 acl
by by ADP IN 6 case
Arnor Arnor PROPN NNP 4 obl:agent
left leave VERB VBD 0 root
. . PUNCT . 7 punct`, []string{"ARN 166 GONDIP asserted"}},
		{"a passive's subject matches a pattern's object", `
Sanctions sanction NOUN NNS 5 nsubj:pass
against against ADP IN 3 case
Rohan Rohan PROPN NNP 1 nmod
were be AUX VBD 5 aux:pass
approved approve VERB VBN 0 root
by by ADP IN 7 case
Arnor Arnor PROPN NNP 5 obl:agent
. . PUNCT . 5 punct`, []string{"ARN 163 ROH asserted"}},
		{"a meeting that took place is no intent to meet", `
Arnor Arnor PROPN NNP 2 nsubj
met meet VERB VBD 0 root
Gondor Gondor PROPN NNP 2 obj
at at ADP IN 6 case
the the DET DT 6 det
summit summit NOUN NN 2 obl
. . PUNCT . 2 punct`, []string{"ARN 040 GON asserted", "GON 040 ARN asserted"}},
		{"a meeting to come is", `
Arnor Arnor PROPN NNP 3 nsubj
will will AUX MD 3 aux
meet meet VERB VB 0 root
Gondor Gondor PROPN NNP 3 obj
at at ADP IN 7 case
the the DET DT 7 det
summit summit NOUN NN 3 obl
. . PUNCT . 3 punct`, []string{"ARN 036 GON asserted"}},
		{"an onslaught is an attack", `
Rohan Rohan PROPN NNP 3 nmod:poss
's 's PART POS 1 case
onslaught onslaught NOUN NN 6 nsubj
on on ADP IN 5 case
Gondor Gondor PROPN NNP 3 nmod
continued continue VERB VBD 0 root
. . PUNCT . 6 punct`, []string{"ROH 190 GON asserted"}},
		{"the two leaders are the last two who met", `
The the DET DT 3 det
Arnorian Arnorian ADJ JJ 3 amod
king king NOUN NN 4 nsubj
met meet VERB VBD 0 root
the the DET DT 7 det
Gondorian Gondorian ADJ JJ 7 amod
king king NOUN NN 4 obj
. . PUNCT . 4 punct

Spain Spain PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Norway Norway PROPN NNP 1 conj
condemned condemn VERB VBD 0 root
the the DET DT 6 det
meeting meeting NOUN NN 4 obj
. . PUNCT . 4 punct

The the DET DT 3 det
two two NUM CD 3 nummod
leaders leader NOUN NNS 4 nsubj
signed sign VERB VBD 0 root
a a DET DT 6 det
pact pact NOUN NN 4 obj
. . PUNCT . 4 punct`, []string{"ARNGOV 057 GONGOV asserted", "GONGOV 057 ARNGOV asserted"}},
	}
	date := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tagged(t, tt.rows)
			last := len(doc.Sentences) - 1
			var got []string
			for _, e := range c.CodeDoc(doc, date) {
				if e.Sentence == last {
					got = append(got, fmt.Sprintf("%s %s %s %s", e.Source.Code, e.Code, e.Target.Code, e.Modality))
				}
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

// TestThreatAndRefusalCodes checks the codes of threatening and refusing
// an act.
func TestThreatAndRefusalCodes(t *testing.T) {
	for _, tt := range []struct {
		code, threat, refusal string
	}{
		{"163", "1312", ""},
		{"161", "1313", ""},
		{"190", "1384", ""},
		{"040", "", "125"},
		{"057", "", "127"},
		{"054", "", "120"},
		{"010", "", ""},
	} {
		if got := threatCode(tt.code); got != tt.threat {
			t.Errorf("threatCode(%s) = %q, want %q", tt.code, got, tt.threat)
		}
		if got := refusalCode(tt.code); got != tt.refusal {
			t.Errorf("refusalCode(%s) = %q, want %q", tt.code, got, tt.refusal)
		}
	}
}
