package coder

import (
	"slices"
	"strings"

	"dyad"
	"dyad/actor"
)

// nominal is an event named by a noun: "Israel's recognition of
// Somaliland", "the expulsion of 23 Russian diplomats from London",
// "talks between Russia and Ukraine".
type nominal struct {
	code    string
	targets []string // prepositions that introduce the target
	from    bool     // a "from" place is the source ("expulsion ... from London")
	// mutual acts are done by each party to the other: "talks between
	// Arnor and Gondor", "Arnorian-Gondorian talks" are an event in
	// each direction. One party with a target ("Arnor's talks with
	// Gondor", "Arnor held talks with Gondor") acts alone.
	mutual bool
	// performed nouns name an event only when a verb performs them
	// ("signed an agreement with", "the deal was sealed"): a mere
	// mention of an agreement or a threat ("under the 2015 deal with
	// Gondor", "a threat to Gondor") asserts no act.
	performed bool
	// plural nouns are event nouns only in the plural ("talks", not "a
	// talk").
	plural bool
	// states takes only a state as target: a withdrawal from a state is
	// a retreat, one from an organisation ("Britain's withdrawal from
	// the EU") is none.
	states bool
}

// nominals are the event nouns dyad codes, by lemma. The table is the
// whole of the noun vocabulary: a noun not here names no event. Codes
// follow the CAMEO codebook; where a noun may name acts of several
// specific codes, the root's general code stands ("aid" is 070).
var nominals = map[string]nominal{
	"RECOGNITION": {code: "054", targets: []string{"OF", "TO"}},
	"EXPULSION":   {code: "166", targets: []string{"OF"}, from: true},
	"SANCTION":    {code: "163", targets: []string{"ON", "AGAINST"}},
	"EMBARGO":     {code: "163", targets: []string{"ON", "AGAINST"}},
	"TARIFF":      {code: "163", targets: []string{"ON", "AGAINST"}},
	"BOYCOTT":     {code: "163", targets: []string{"OF", "AGAINST"}},
	"BLOCKADE":    {code: "191", targets: []string{"OF", "ON", "AGAINST"}},
	"VISIT":       {code: "042", targets: []string{"TO"}},
	"WAR":         {code: "190", targets: []string{"IN", "ON", "AGAINST", "WITH"}},
	"ATTACK":      {code: "190", targets: []string{"ON", "AGAINST", "IN"}},
	"STRIKE":      {code: "190", targets: []string{"ON", "AGAINST"}},
	"OFFENSIVE":   {code: "190", targets: []string{"ON", "AGAINST", "IN"}},
	"INVASION":    {code: "190", targets: []string{"OF"}},
	"BOMBARDMENT": {code: "190", targets: []string{"OF", "ON"}},
	"SHELLING":    {code: "190", targets: []string{"OF", "ON"}},
	"ONSLAUGHT":   {code: "190", targets: []string{"ON", "AGAINST", "IN"}},
	"ASSAULT":     {code: "190", targets: []string{"ON", "AGAINST", "IN"}},
	"GENOCIDE":    {code: "190", targets: []string{"IN", "AGAINST"}},
	"INCURSION":   {code: "190", targets: []string{"INTO", "IN"}},
	"BOMBING":     {code: "195", targets: []string{"OF", "ON", "IN"}},
	"AIRSTRIKE":   {code: "195", targets: []string{"ON", "AGAINST", "IN"}},

	// Consultation and negotiation.
	"TALK":         {code: "046", targets: []string{"WITH"}, mutual: true, plural: true},
	"NEGOTIATION":  {code: "046", targets: []string{"WITH"}, mutual: true},
	"MEETING":      {code: "040", targets: []string{"WITH"}, mutual: true},
	"SUMMIT":       {code: "040", targets: []string{"WITH"}, mutual: true},
	"CONSULTATION": {code: "040", targets: []string{"WITH"}, mutual: true},
	"CONVERSATION": {code: "041", targets: []string{"WITH"}, mutual: true},
	"DIALOGUE":     {code: "040", targets: []string{"WITH"}, mutual: true},
	"CALL":         {code: "041", targets: []string{"WITH"}, mutual: true}, // only a telephone call: see phoneCall

	// Agreements, signed or reached.
	"AGREEMENT": {code: "057", targets: []string{"WITH"}, mutual: true, performed: true},
	"DEAL":      {code: "057", targets: []string{"WITH"}, mutual: true, performed: true},
	"TREATY":    {code: "057", targets: []string{"WITH"}, mutual: true, performed: true},
	"ACCORD":    {code: "057", targets: []string{"WITH"}, mutual: true, performed: true},
	"PACT":      {code: "057", targets: []string{"WITH"}, mutual: true, performed: true},
	"CEASEFIRE": {code: "0871", targets: []string{"WITH"}, mutual: true},
	"TRUCE":     {code: "0871", targets: []string{"WITH"}, mutual: true},

	// Statements.
	"CONDEMNATION": {code: "111", targets: []string{"OF"}},
	"DENUNCIATION": {code: "111", targets: []string{"OF"}},
	"CRITICISM":    {code: "111", targets: []string{"OF"}},
	"ACCUSATION":   {code: "112", targets: []string{"AGAINST"}},
	"ALLEGATION":   {code: "112", targets: []string{"AGAINST"}},
	"OBJECTION":    {code: "110", targets: []string{"TO"}},
	"PROTEST":      {code: "114", targets: []string{"TO", "WITH"}, performed: true},
	"REBUKE":       {code: "111", targets: []string{"OF", "TO"}},
	"REJECTION":    {code: "120", targets: []string{"OF"}},
	"PRAISE":       {code: "051", targets: []string{"FOR", "OF"}},
	"ENDORSEMENT":  {code: "051", targets: []string{"OF"}},
	"BACKING":      {code: "051", targets: []string{"FOR", "OF"}},
	"SUPPORT":      {code: "051", targets: []string{"FOR"}},
	"APOLOGY":      {code: "055", targets: []string{"TO"}},
	"APPEAL":       {code: "020", targets: []string{"TO"}},
	"INVITATION":   {code: "036", targets: []string{"TO"}},
	"THREAT":       {code: "130", targets: []string{"AGAINST"}},

	// Material acts.
	"AID":        {code: "070", targets: []string{"TO", "FOR"}},
	"ASSISTANCE": {code: "070", targets: []string{"TO", "FOR"}},
	"WITHDRAWAL": {code: "0874", targets: []string{"FROM"}, states: true},
	"ARREST":     {code: "173", targets: []string{"OF"}},
}

// relationActs act on diplomatic relations, named by the noun's "of"
// phrase: "the restoration of ties between Arnor and Gondor", "Arnor's
// severing of relations with Gondor". The parties are the "between"
// phrase (each way) or the possessor and the "with" phrase, of the act
// or of the relations.
var relationActs = map[string]string{
	"RESTORATION": "054", "RESUMPTION": "054", "ESTABLISHMENT": "054", "NORMALIZATION": "054",
	"NORMALISATION": "054", "SEVERING": "161", "SEVERANCE": "161", "RUPTURE": "161",
	"BREAK": "161", "BREAKING": "161", "DOWNGRADING": "161", "DOWNGRADE": "161", "SUSPENSION": "161",
}

// doVerbs perform the act their object names: "announced their formal
// recognition of Palestine" is the subject's recognition, "held talks
// with Gondor" the subject's talks, "the deal was signed by Arnor" Arnor's.
var doVerbs = map[string]bool{
	"ANNOUNCE": true, "DECLARE": true, "EXTEND": true, "GRANT": true, "CONFIRM": true, "GIVE": true,
	"OFFER": true, "FORMALIZE": true, "FORMALISE": true, "ACCORD": true, "MAKE": true, "COMPLETE": true,
	"IMPOSE": true, "PAY": true, "ORDER": true, "CARRY": true, "PROCLAIM": true,
	"HOLD": true, "HAVE": true, "CONDUCT": true, "SIGN": true, "INK": true, "SEAL": true, "REACH": true,
	"STRIKE": true, "CONCLUDE": true, "VOICE": true, "EXPRESS": true, "ISSUE": true, "LODGE": true,
	"LEVEL": true, "LAUNCH": true, "WAGE": true, "MOUNT": true, "STAGE": true, "SEND": true,
	"PROVIDE": true, "DELIVER": true, "SUPPLY": true, "SLAP": true, "OPEN": true,
	"BEGIN": true, "START": true, "ENTER": true, "RENEW": true, "REITERATE": true,
}

// holdVerbs perform some event nouns but only hold or propose an
// agreement: "has an agreement with Gondor", "offered a deal".
var holdVerbs = map[string]bool{"HAVE": true, "OFFER": true, "GIVE": true, "ORDER": true}

// relationVerbs act on relations named as their passive subject
// without an agent: "relations between Arnor and Gondor were restored"
// is an act of each. (With an agent or a subject, the verb patterns
// code them.)
var relationVerbs = map[string]string{
	"RESTORE": "054", "ESTABLISH": "054", "RESUME": "054", "NORMALIZE": "054", "NORMALISE": "054",
	"SEVER": "161", "BREAK": "161", "CUT": "161", "DOWNGRADE": "161", "SUSPEND": "161",
}

// proposeVerbs put forward a mutual act that the other party has yet to
// take up: "offered talks", "proposed a ceasefire".
var proposeVerbs = map[string]bool{"OFFER": true, "PROPOSE": true, "SUGGEST": true}

// sceneCases introduce talks or a meeting as the scene of what the
// clause's subject does there: "at a meeting with", "during talks with".
var sceneCases = map[string]bool{"AT": true, "DURING": true, "AFTER": true, "FOLLOWING": true}

// undoVerbs, governing an event noun as object or subject, say that the
// event did not take place: "cancelled the talks", "the visit was
// postponed", "talks were suspended" (and, with their particles,
// "called off", "ruled out", "broke off").
var undoVerbs = map[string]bool{
	"CANCEL": true, "POSTPONE": true, "DELAY": true, "SCRAP": true, "SHELVE": true, "AVOID": true,
	"SUSPEND": true, "HALT": true,
}

// refuseVerbs say that a mutual act did not take place ("rejected talks
// with Gondor", "declined a meeting"), but presuppose a statement
// ("rejected Gondor's accusations" were made) or an attack.
var refuseVerbs = map[string]bool{"REJECT": true, "REFUSE": true, "DECLINE": true, "DENY": true}

// undone reports whether verb h undoes the event noun it governs.
func undone(t *tree, h int, mutual bool) bool {
	lem := t.lemmas[h]
	if undoVerbs[lem] || (mutual && refuseVerbs[lem]) {
		return true
	}
	if lem != "CALL" && lem != "RULE" && lem != "BREAK" {
		return false
	}
	for _, k := range t.kids[h] {
		if t.rel(k) == "compound:prt" && (t.keys[k] == "OFF" || (t.keys[k] == "OUT" && lem != "BREAK")) {
			return true
		}
	}
	return false
}

// hypoNouns make the event noun they govern hypothetical: "calls for
// talks", "the prospect of a deal".
var hypoNouns = map[string]bool{
	"CALL": true, "DEMAND": true, "APPEAL": true, "HOPE": true, "PROSPECT": true, "POSSIBILITY": true,
	"CHANCE": true, "REQUEST": true, "PUSH": true, "PRESSURE": true, "EFFORT": true, "IDEA": true,
	"QUESTION": true, "RISK": true, "FEAR": true, "CONDITION": true, "PRECONDITION": true,
	"POTENTIAL": true, "URGE": true, "WISH": true, "DESIRE": true, "NEED": true, "INVITATION": true,
	"TALK": true, "NEGOTIATION": true, "DISCUSSION": true, "PROPOSAL": true,
}

// stageNouns name a stage of the event noun of their "of" phrase and
// pass on the modality of what governs them: "called for a resumption of
// talks", "hopes for a new round of negotiations".
var stageNouns = map[string]bool{
	"RESUMPTION": true, "ROUND": true, "START": true, "OPENING": true, "SIGNING": true,
	"CONCLUSION": true, "RESTORATION": true, "ESTABLISHMENT": true, "NORMALIZATION": true,
	"NORMALISATION": true,
}

// seekVerbs make an event noun they govern as object or prepositional
// phrase hypothetical: "hopes for a deal", "demanded an apology",
// "advocated for a ceasefire", "is negotiating a deal" ("call" only with
// "for": "called the invasion a crime" presupposes the invasion).
var seekVerbs = map[string]bool{
	"HOPE": true, "WANT": true, "WISH": true, "DEMAND": true, "URGE": true, "ASK": true, "PRESS": true,
	"PUSH": true, "APPEAL": true, "SEEK": true, "ADVOCATE": true, "LOBBY": true, "CAMPAIGN": true,
	"NEED": true, "STRIVE": true, "WORK": true, "AWAIT": true, "WAIT": true, "PURSUE": true,
	"RECOMMEND": true, "SUGGEST": true, "PROPOSE": true, "DESIRE": true, "TALK": true,
	"NEGOTIATE": true, "DISCUSS": true, "CONSIDER": true, "MULL": true, "WEIGH": true,
	"CONTEMPLATE": true, "DEBATE": true, "EXPLORE": true, "ENCOURAGE": true, "REQUEST": true,
	"REQUIRE": true,
}

// material reports whether code is of material cooperation: roots 06
// to 08 (aid, cooperation, concessions).
func material(code string) bool {
	return strings.HasPrefix(code, "06") || strings.HasPrefix(code, "07") || strings.HasPrefix(code, "08")
}

// hedgeAdjectives present the act their noun names as hearsay: "the
// alleged attack on Gondor", "reported talks with Rohan".
var hedgeAdjectives = map[string]bool{
	"ALLEGED": true, "REPORTED": true, "PURPORTED": true, "SUPPOSED": true, "RUMOURED": true,
	"RUMORED": true, "SUSPECTED": true, "UNCONFIRMED": true, "PRESUMED": true,
}

// backVerbs make a mutual act they govern hypothetical ("supports talks
// between Arnor and Gondor"); other acts they presuppose.
var backVerbs = map[string]bool{"SUPPORT": true, "BACK": true, "FAVOR": true, "FAVOUR": true, "ENDORSE": true}

// codeNominals codes the event nouns of the sentence. The source is the
// noun's possessor or "by" phrase, or the subject of a verb that performs
// it; the target its "of" (or "to", "on") phrase; a mutual act's
// "between" phrase gives both. The modality is nominalModality's. An
// event the sentence already codes by a verb with the same root is not
// coded again ("held talks with Gondor" is the verb's meeting).
func (c *Coder) codeNominals(st *sent, evs []coded) []coded {
	t := st.t
	if !t.parsed {
		return evs
	}
	verbal := len(evs)
	for n := range t.toks {
		if code := relationVerb(t, n); code != "" && t.isVerb(n) && t.passive(n) && !hasAgent(t, n) {
			evs = st.codeRelationPassive(n, code, verbal, evs)
			continue
		}
		if _, ok := removalVerbs[t.lemmas[n]]; ok && t.isVerb(n) && t.passive(n) && !hasAgent(t, n) {
			evs = st.codeRemovalPassive(n, verbal, evs)
			continue
		}
		if t.toks[n].UPOS != "NOUN" {
			continue
		}
		nom, ok := nominals[t.lemmas[n]]
		if !ok {
			code, ok := relationActs[t.lemmas[n]]
			if !ok {
				continue
			}
			rel := relationsOf(t, n)
			if rel < 0 {
				continue
			}
			nom = nominal{code: code, targets: []string{"WITH"}, mutual: true}
			srcs, tgts := st.nominalParties(n, nom)
			if s2, t2 := st.nominalParties(rel, nom); len(srcs)+len(tgts) == 0 {
				srcs, tgts = s2, t2
			} else if len(tgts) == 0 {
				tgts = t2
			}
			evs = st.addNominal(n, nom, srcs, tgts, verbal, evs)
			continue
		}
		if nom.plural && t.toks[n].XPOS != "NNS" {
			continue
		}
		if t.lemmas[n] == "CALL" && !phoneCall(t, n) {
			continue
		}
		if nom.performed && !performed(t, n) {
			continue
		}
		srcs, tgts := st.nominalParties(n, nom)
		evs = st.addNominal(n, nom, srcs, tgts, verbal, evs)
	}
	return evs
}

// stemOf returns the lemma of token i, or for a participle that the
// tagger read as an adjective ("postponed", "planned") the verb's stem
// when a table of this file knows it.
func stemOf(t *tree, i int) string {
	k := t.keys[i]
	if !strings.HasSuffix(k, "ED") {
		return t.lemmas[i]
	}
	for _, s := range []string{k[:len(k)-1], k[:len(k)-2], k[:len(k)-3]} {
		if undoVerbs[s] || futureVerbs[s] || seekVerbs[s] || s == "SCHEDULE" {
			return s
		}
	}
	return t.lemmas[i]
}

// relationVerb returns the code of token v as one of relationVerbs, by
// lemma or, when the lemmatiser clipped it ("resumed" as "resum"), by
// its participle's stem, or "".
func relationVerb(t *tree, v int) string {
	if code, ok := relationVerbs[t.lemmas[v]]; ok {
		return code
	}
	if k := t.keys[v]; strings.HasSuffix(k, "ED") {
		if code, ok := relationVerbs[k[:len(k)-1]]; ok {
			return code
		}
		return relationVerbs[k[:len(k)-2]]
	}
	return ""
}

// codeRelationPassive codes passive verb v that acts on the relations
// between two parties without saying who acted: "ties between Arnor and
// Gondor were restored" is an act of each on the other.
func (st *sent) codeRelationPassive(v int, code string, verbal int, evs []coded) []coded {
	t := st.t
	for _, k := range t.kids[v] {
		if t.rel(k) != "nsubj:pass" {
			continue
		}
		switch t.lemmas[k] {
		case "RELATION", "TIE", "RELATIONS", "TIES":
		default:
			continue
		}
		nom := nominal{code: code, mutual: true}
		var between []int
		for _, j := range t.kids[k] {
			if t.isOblique(j) && t.caseOf(j) == "BETWEEN" {
				between = st.actorsOf(j, between)
			}
		}
		if len(between) < 2 {
			between = st.relationParties(v, k, verbal, evs)
		}
		if len(between) > 1 {
			evs = st.addNominal(v, nom, between, between, verbal, evs)
			for i := verbal; i < len(evs); i++ {
				if evs[i].verb == v {
					evs[i].modality = modality(t, v)
					evs[i].hearsay = true
				}
			}
		}
	}
	return evs
}

// removalVerbs remove a state's people from another without naming who
// acts in the passive, which the "from" phrase then tells: "Russian
// diplomats were expelled from Gondor" is Gondor's expulsion of Russian
// diplomats (166; of other people 174), "Arnor's ambassador was
// recalled from Gondor" Arnor's recall (161). The value says whether
// the "from" state acts (expel) or the people's own state (recall).
var removalVerbs = map[string]bool{"EXPEL": true, "DEPORT": true, "RECALL": false, "WITHDRAW": false}

// codeRemovalPassive codes agentless passive removal verb v: its subject
// is a role of a state, its "from" phrase names another.
func (st *sent) codeRemovalPassive(v, verbal int, evs []coded) []coded {
	t := st.t
	var people, from []int
	for _, k := range t.kids[v] {
		switch {
		case t.rel(k) == "nsubj:pass":
			people = st.actorsOf(k, people)
		case t.isOblique(k) && t.caseOf(k) == "FROM":
			from = st.actorsOf(k, from)
		}
	}
	host := removalVerbs[t.lemmas[v]]
	for _, p := range people {
		m := st.ms[p]
		if m.Country == "" || m.Agent == "" {
			continue // a state itself, or no state's people
		}
		code := "161"
		if host {
			code = "174"
			if m.Agent == "DIP" {
				code = "166"
			}
		} else if m.Agent != "DIP" {
			continue // "troops were withdrawn from": no break of relations
		}
		for _, f := range from {
			src, tgt := f, p
			if !host {
				src, tgt = p, f
			}
			evs = st.addNominal(v, nominal{code: code}, []int{src}, []int{tgt}, verbal, evs)
		}
	}
	for i := verbal; i < len(evs); i++ {
		if evs[i].verb == v {
			evs[i].modality = modality(t, v)
			evs[i].hearsay = true
		}
	}
	return evs
}

// relationParties returns the parties of bare relations (token k) that
// verb v acts on: those of the event of the clause v is conjoined with
// ("Chad cut ties with Laos in 2009, but relations were restored in
// 2015"), else, in a sentence that names no state, the pair of states
// of an earlier sentence ("Relations were restored in 2015").
func (st *sent) relationParties(v, k, verbal int, evs []coded) []int {
	t := st.t
	if h := t.head[v]; h >= 0 && t.base(v) == "conj" {
		for _, e := range evs[:verbal] {
			if e.verb == h && !e.implicit {
				return []int{e.src, e.tgt}
			}
		}
		return nil
	}
	for _, m := range st.ms {
		if m.Country != "" {
			return nil
		}
	}
	return st.pairOf(k, nil)
}

// mutualSubject reports whether a subject of verb v is a mutual event
// noun: "talks between Arnor and Gondor resumed in Bree".
func mutualSubject(t *tree, v int) bool {
	for _, k := range t.kids[v] {
		if r := t.rel(k); r == "nsubj" || r == "nsubj:pass" {
			if nom, ok := nominals[t.lemmas[k]]; ok && nom.mutual {
				return true
			}
		}
	}
	return false
}

// nominalParties returns the sources and targets of event noun n.
func (st *sent) nominalParties(n int, nom nominal) (srcs, tgts []int) {
	t := st.t
	var between []int
	kids, h := t.kids[n], t.head[n]
	if h >= 0 && t.rel(n) == "compound" && t.toks[h].UPOS == "NOUN" && n < h {
		// "the sanctions regime against Gondor", "the aid package to
		// Rohan": the phrases of the noun the event noun qualifies.
		kids = append(slices.Clip(kids), t.kids[h]...)
		n, h = h, t.head[h]
	}
	if k := strandedPhrase(t, n, nom); k >= 0 {
		kids = append(slices.Clip(kids), k)
	}
	for _, k := range kids {
		if k == n {
			continue
		}
		r, cs := t.rel(k), t.caseOf(k)
		switch {
		case r == "nmod:poss" && st.at[k] < 0 && (t.keys[k] == "ITS" || t.keys[k] == "THEIR"):
			// "Russia is seeking munitions for its war": the subject of
			// the verb; "pressure on Russia for its war": the actor of
			// the noun; else the nearest state named before. "Their"
			// stands first for a plural subject of a clause above ("X
			// and Y said their talks ...").
			if ps := st.pluralOwner(n); t.keys[k] == "THEIR" && len(ps) > 1 {
				srcs = append(srcs, ps...)
			} else if h := t.head[n]; h >= 0 && t.isVerb(h) {
				srcs = append(srcs, st.sources(h)...)
			} else if h >= 0 {
				if m, _ := st.findMention(h, 0); m >= 0 && st.ms[m].Country != "" {
					srcs = append(srcs, m)
				}
			}
			if len(srcs) == 0 {
				if m := nearestBefore(st, k); m >= 0 {
					srcs = append(srcs, m)
				}
			}
		case nom.mutual && t.isOblique(k) && cs == "BETWEEN":
			between = st.actorsOf(k, between)
		case r == "nmod:poss" || (t.isOblique(k) && cs == "BY") || (nom.from && cs == "FROM") ||
			((r == "amod" || r == "compound") && st.at[k] >= 0):
			srcs = st.actorsOf(k, srcs)
		case t.isOblique(k) && contains(nom.targets, cs):
			tgts = st.actorsOf(k, tgts)
			if nom.from {
				// "the expulsion of Russian diplomats from London"
				for _, j := range t.kids[k] {
					if t.isOblique(j) && t.caseOf(j) == "FROM" {
						if m, _ := st.actorAt(j); m >= 0 {
							srcs = append(srcs, m)
						}
					}
				}
			}
		}
	}
	if len(between) > 1 && len(srcs) == 0 && len(tgts) == 0 {
		// "talks between Arnor and Gondor": each with the other.
		return between, between
	}
	if len(srcs) == 0 && h >= 0 && doVerbs[t.lemmas[h]] && (t.rel(n) == "obj" || (t.rel(n) == "nsubj:pass" && hasAgent(t, h))) {
		srcs = st.sources(h)
	}
	if len(srcs) == 0 && len(tgts) > 0 && nom.mutual && h >= 0 && t.isVerb(h) && t.isOblique(n) && sceneCases[t.caseOf(n)] {
		// "At a meeting with Gondor, Arnor's minister praised ...":
		// who acts at talks takes part in them.
		srcs = st.sources(h)
	}
	if nom.mutual && len(tgts) == 0 && len(srcs) > 1 {
		// "Arnorian-Gondorian talks"
		tgts = srcs
	}
	return srcs, tgts
}

// addNominal appends the events of noun n from srcs to tgts, unless one
// of the first verbal events already codes the pair with the same root.
func (st *sent) addNominal(n int, nom nominal, srcs, tgts []int, verbal int, evs []coded) []coded {
	srcs, tgts = collapse(st, srcs), collapse(st, tgts)
	if len(srcs) == 0 || len(tgts) == 0 {
		return evs
	}
	mod := nominalModality(st.t, n, nom.mutual)
	if h := st.t.head[n]; (nom.mutual || material(nom.code)) && h >= 0 && st.t.rel(n) == "obj" && proposeVerbs[st.t.lemmas[h]] {
		// "offered talks with Gondor", "offered aid to Rohan": talks
		// or aid to be, if accepted.
		mod = dyad.ModalityHypothetical
	}
	for _, s := range srcs {
		for _, g := range tgts {
			sc, gc := st.ms[s].Country, st.ms[g].Country
			if sc == "" || gc == "" || sc == gc || (nom.states && strings.HasPrefix(st.ms[g].Code, "IGO")) {
				continue
			}
			dup := false
			for i, e := range evs[:verbal] {
				if st.ms[e.src].Country == sc && st.ms[e.tgt].Country == gc && e.code[:2] == nom.code[:2] {
					if e.verb == n && mod != dyad.ModalityAsserted && e.modality == dyad.ModalityAsserted {
						// The noun coded as a verb by the shallow
						// fallback ("the visit was postponed"): the
						// noun's modality.
						evs[i].modality = mod
					}
					dup = true
					break
				}
			}
			if !dup {
				// A future named by a noun ("talks are planned") says
				// nothing of who intends it: no statement of intent.
				evs = append(evs, coded{verb: n, src: s, tgt: g, code: nom.code, modality: mod, nominal: true,
					hearsay: mod == dyad.ModalityFuture})
			}
		}
	}
	return evs
}

// nominalModality returns the modality of event noun n: negated by its
// own "no" ("no talks are planned") or by a verb that undoes it
// ("cancelled the talks"); hypothetical or future when what governs it
// asks for, hopes for or plans it ("called for talks", "calls for a
// ceasefire", "the talks are planned"); else the modality of the verb
// that governs it. A noun that names a reason is taken for granted ("to
// punish Rohan for its war in Gondor"). Nouns between the event noun
// and its verb pass the modality on ("called for a resumption of
// talks").
func nominalModality(t *tree, n int, mutual bool) dyad.Modality {
	for _, k := range t.kids[n] {
		if t.keys[k] == "NO" || (t.keys[k] == "NEITHER" && t.base(k) == "det") {
			return dyad.ModalityNegated
		}
	}
	for _, k := range t.kids[n] {
		if (t.base(k) == "amod" || t.base(k) == "acl") && hedgeAdjectives[t.keys[k]] {
			// "the alleged attack", "reported talks": hearsay.
			return dyad.ModalityHypothetical
		}
	}
	for c, depth := n, 0; depth < 4; depth++ {
		h := t.head[c]
		if h < 0 {
			break
		}
		cs, lem := t.caseOf(c), t.lemmas[h]
		if cs == "WITHOUT" {
			return dyad.ModalityNegated
		}
		if !t.isVerb(h) && t.base(c) == "nsubj" && t.toks[h].UPOS == "ADJ" && strings.HasSuffix(t.keys[h], "ED") {
			// "the visit was postponed", "talks are planned", the
			// participle read as an adjective (but "the embargo is
			// likely to be lifted" presupposes the embargo).
			switch p := stemOf(t, h); {
			case undoVerbs[p]:
				return dyad.ModalityNegated
			case futureVerbs[p] || p == "SCHEDULE":
				return dyad.ModalityFuture
			case seekVerbs[p]:
				return dyad.ModalityHypothetical
			}
			return modality(t, h)
		}
		if !t.isVerb(h) {
			switch {
			case t.base(c) == "compound" && c == n:
				// "no sanctions regime": the phrase's head speaks for it.
				for _, k := range t.kids[h] {
					if t.keys[k] == "NO" {
						return dyad.ModalityNegated
					}
				}
			case t.base(c) != "nmod" && t.base(c) != "obl":
				return dyad.ModalityAsserted
			case hypoNouns[lem] || (accuseVerbs[lem] && cs == "OF"):
				return dyad.ModalityHypothetical
			case futureNouns[lem]:
				return dyad.ModalityFuture
			case !stageNouns[lem]:
				// "military cooperation, including in Russia's war":
				// what the noun's own verb says is of the cooperation.
				return dyad.ModalityAsserted
			}
			c = h
			continue
		}
		r := t.rel(c)
		arg := r == "obj" || r == "nsubj:pass" || r == "nsubj"
		switch {
		case reasonPreps[cs] && hasObj(t, h):
			// A reason beside the verb's object, taken for granted:
			// "is seeking munitions for its war".
			return dyad.ModalityAsserted
		case arg && r != "nsubj" && undone(t, h, mutual):
			return dyad.ModalityNegated
		case (r == "obj" || r == "nsubj:pass") && futureVerbs[lem] && !doVerbs[lem]:
			return dyad.ModalityFuture
		case (r == "obj" || t.isOblique(c)) && (seekVerbs[lem] || (mutual && backVerbs[lem])):
			return dyad.ModalityHypothetical
		case lem == "CALL" && cs == "FOR":
			return dyad.ModalityHypothetical
		case accuseVerbs[lem] && cs == "OF":
			return dyad.ModalityHypothetical
		case reasonPreps[cs]:
			// Not a reason, which is taken for granted whatever the
			// verb's modality: "to increase pressure on Russia for its
			// war in Ukraine".
			return dyad.ModalityAsserted
		}
		return modality(t, h)
	}
	return dyad.ModalityAsserted
}

// performed reports whether event noun n is done by the verb that
// governs it: its object or passive subject ("signed a deal", "the
// treaty was signed"), or a clause that modifies it ("the pact signed
// on Monday").
func performed(t *tree, n int) bool {
	if h := t.head[n]; h >= 0 && doVerbs[t.lemmas[h]] && !holdVerbs[t.lemmas[h]] {
		if r := t.rel(n); r == "obj" || r == "nsubj:pass" {
			return true
		}
	}
	for _, k := range t.kids[n] {
		if t.base(k) == "acl" && doVerbs[t.lemmas[k]] && t.toks[k].XPOS == "VBN" {
			return true
		}
	}
	return false
}

// phoneCall reports whether the noun "call" at n is a telephone call
// ("a phone call with", "their telephone call"), not an appeal.
func phoneCall(t *tree, n int) bool {
	for _, k := range t.kids[n] {
		switch t.lemmas[k] {
		case "PHONE", "TELEPHONE", "VIDEO":
			return true
		}
	}
	return false
}

// relationsOf returns the "of" phrase of act noun n that names
// diplomatic relations ("the restoration of ties"), or -1.
func relationsOf(t *tree, n int) int {
	for _, k := range t.kids[n] {
		if t.isOblique(k) && t.caseOf(k) == "OF" {
			switch t.lemmas[k] {
			case "RELATION", "TIE", "RELATIONS", "TIES":
				return k
			}
		}
	}
	return -1
}

// strandedPhrase returns the prepositional phrase that the parser hung on
// the verb whose object event noun n is, right after the object, when the
// noun takes its preposition and has no such phrase of its own ("rejected
// Arnor's accusations against Gondor", "against" hung on "rejected"), or
// -1.
func strandedPhrase(t *tree, n int, nom nominal) int {
	h := t.head[n]
	if h < 0 || t.rel(n) != "obj" || !t.isVerb(h) {
		return -1
	}
	end := n
	for _, d := range t.subtree(n, nil, nil) {
		end = max(end, d)
	}
	for _, k := range t.kids[n] {
		if t.isOblique(k) && contains(nom.targets, t.caseOf(k)) {
			return -1
		}
	}
	for _, k := range t.kids[h] {
		if k <= end || !t.isOblique(k) || !contains(nom.targets, t.caseOf(k)) {
			continue
		}
		if first := slices.Min(t.subtree(k, nil, nil)); first == end+1 {
			return k
		}
	}
	return -1
}

// pluralOwner returns the actors of the nearest subject of several
// states that governs noun n: the subject of the verb the noun depends on,
// or, when the noun is itself a subject, of the clause above ("Arnor and
// Gondor said their talks had been fruitful", "the two sides said their
// agreement ..."), or nil.
func (st *sent) pluralOwner(n int) []int {
	t := st.t
	for depth, c := 0, n; depth < 4; depth++ {
		p := t.head[c]
		if p < 0 {
			return nil
		}
		if t.base(c) != "nsubj" && t.base(c) != "csubj" && (t.isVerb(p) || t.base(c) == "ccomp") {
			if ps := st.sources(p); len(ps) > 1 {
				var states []string
				for _, m := range ps {
					if cc := st.ms[m].Country; cc != "" && !slices.Contains(states, cc) {
						states = append(states, cc)
					}
				}
				if len(states) > 1 {
					return ps
				}
			}
			if t.isVerb(p) && t.base(c) != "ccomp" && t.base(c) != "conj" {
				return nil
			}
		}
		c = p
	}
	return nil
}

// nearestBefore returns the named mention with a country that ends
// nearest before token k, or -1.
func nearestBefore(st *sent, k int) int {
	best, end := -1, -1
	for i, m := range st.ms {
		if m.Kind == actor.Named && m.Country != "" && m.Tok[1] <= k && m.Tok[1] > end {
			best, end = i, m.Tok[1]
		}
	}
	return best
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
