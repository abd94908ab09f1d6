package coder

import (
	"slices"
	"strings"
	"time"

	"dyad/actor"
	"dyad/timex"
)

// sent holds what coding one sentence needs: its tree, its mentions (to
// which mentions combined across the tree are appended) and a map from
// tokens to mentions.
type sent struct {
	t     *tree
	ms    []actor.Mention
	at    []int // token -> mention index or -1
	text  string
	srcs  map[int][]int     // memo of sources per predicate
	prev  []actor.Mention   // the subject of the last sentences, for pronouns; nil without coreference
	pairs [][]actor.Mention // the two states of the sentences that had two, latest last, for "both countries"
	refs  map[int]bool      // the mentions that stand for a pair of an earlier sentence
	// hosted are the mentions of places that stand for the state of a
	// role ("talks with officials in Kabul"; see hosts).
	hosted map[int]bool
	// posture are the mentions of states that a role object was sent
	// against or placed near ("deployed troops near Rohan"): no partner
	// of a cooperative act.
	posture map[int]bool
	when    []bool // tokens of time expressions ("on Monday"); see timeTok
	// shallow lets a main verb the parser left without a subject take
	// the actors listed just before it (Options.LooseSubjects).
	shallow bool
	// petrarch gives an adverbial gerund no subject from the clause
	// above, as PETRARCH does (Options.ClauseTargets).
	petrarch bool
}

func newSent(t *tree, ms []actor.Mention, text string) *sent {
	s := &sent{t: t, ms: ms, at: make([]int, len(t.toks)), text: text}
	for i := range s.at {
		s.at[i] = -1
	}
	for mi, m := range ms {
		for k := m.Tok[0]; k < m.Tok[1] && k < len(s.at); k++ {
			s.at[k] = mi
		}
	}
	return s
}

// modifierRels are the relations through which a noun phrase's head
// reaches the actor it is about: "the Afghan government", "Russia's
// decision", "the ambassador of Russia".
func (s *sent) modifier(k int, role string) bool {
	switch s.t.rel(k) {
	case "compound", "flat", "flat:name", "name", "amod", "nmod:poss", "appos", "det:poss", "nmod:npmod", "nmod:desc", "nmod:unmarked":
		return true
	case "nmod", "obl", "nmod:of":
		switch s.t.caseOf(k) {
		case "OF", "FROM", "":
			return true
		case "IN":
			return role != "DIP"
		case "SINCE", "DURING", "AFTER", "BEFORE", "UNTIL", "DESPITE", "AMID", "AMIDST", "ACCORDING", "LIKE",
			"UNLIKE", "EXCEPT", "BESIDES", "INCLUDING", "THAN", "AS", "BECAUSE", "WHILE", "WITHOUT", "VIA":
			return false
		default:
			return role == ""
		}
	}
	return false
}

// actorOf returns the mention that token d stands for, or -1: the mention
// covering d, or one among its modifiers. A role combines with a named
// modifier ("government" + "of Gondor").
func (s *sent) actorOf(d int) int {
	m, _ := s.actorAt(d)
	return m
}

// actorAt is actorOf that also returns the token where the named part was
// found, so that the nouns conjoined with it can be visited too.
func (s *sent) actorAt(d int) (int, int) {
	if !s.t.parsed {
		return s.at[d], d
	}
	if m := s.at[d]; m >= 0 {
		if s.ms[m].Kind != actor.Role {
			if s.ms[m].Sector == "" {
				// "Bree President Romendacil": the name's title carries the sector.
				for _, k := range s.t.kids[d] {
					switch s.t.base(k) {
					case "compound", "flat", "name", "appos", "amod", "nmod":
						n := s.at[k]
						if n >= 0 && n != m && s.ms[n].Kind == actor.Named &&
							s.ms[n].Sector != "" && s.ms[n].Country == s.ms[m].Country {
							return n, d
						}
						// "Ithilen's minister Calimehtar": a title with a
						// state of its own names the person's office.
						if n >= 0 && n != m && s.ms[n].Kind == actor.Named && s.ms[n].Agent != "" && s.ms[n].Country != "" && s.t.base(k) == "compound" {
							return n, d // matched as one: "Rohan's new ambassador"
						}
						if n >= 0 && n != m && s.ms[n].Kind == actor.Role && s.t.base(k) == "compound" {
							if g, _ := s.findNamed(k, s.ms[n].Agent, 0, n); g >= 0 && g != m {
								return s.combine(g, n), d
							}
						}
					}
				}
			}
			return m, d
		}
		if n, k := s.findNamed(d, s.ms[m].Agent, 0, m); n >= 0 {
			return s.combine(n, m), k
		}
		return m, d
	}
	return s.findMention(d, 0)
}

// combine appends the mention of named holding role and returns its index.
func (s *sent) combine(named, role int) int {
	s.ms = append(s.ms, actor.Combine(s.ms[named], s.ms[role], s.text))
	return len(s.ms) - 1
}

// findNamed looks for a named mention among the modifiers of d.
func (s *sent) findNamed(d int, role string, depth, self int) (int, int) {
	if depth > 2 {
		return -1, -1
	}
	for _, k := range s.t.kids[d] {
		if !s.modifier(k, role) {
			continue
		}
		if m := s.at[k]; m >= 0 && m != self && s.ms[m].Kind == actor.Named {
			return m, k
		}
		if m, kk := s.findNamed(k, role, depth+1, self); m >= 0 {
			return m, kk
		}
	}
	return -1, -1
}

// findMention looks for any mention among the modifiers of d, preferring
// named ones.
func (s *sent) findMention(d, depth int) (int, int) {
	if depth > 2 {
		return -1, -1
	}
	role, rk := -1, -1
	for _, k := range s.t.kids[d] {
		if !s.modifier(k, "") {
			continue
		}
		if s.t.isOblique(k) {
			switch s.t.caseOf(k) {
			case "IN", "AT", "NEAR", "INSIDE":
				// "the deaths of civilians in Gaza": where, not whom.
				continue
			}
			if occasionTopic(s.t, k) {
				continue // "a conference on Lebanon": what, not whom
			}
		}
		if m := s.at[k]; m >= 0 {
			if s.ms[m].Kind == actor.Named {
				return m, k
			}
			if role < 0 {
				role, rk = s.actorAt(k)
			}
			continue
		}
		if m, kk := s.findMention(k, depth+1); m >= 0 {
			if s.ms[m].Kind == actor.Named {
				return m, kk
			}
			if role < 0 {
				role, rk = m, kk
			}
		}
	}
	return role, rk
}

// actorsOf returns the mentions of token d and of the nouns conjoined with
// it ("Spain, Ireland and Norway"), or with the noun that named its actor
// ("ties with Mordor, Rohan and Arnor", "lawmakers in Arnor and Gondor").
// A conjoined role without a country of its own takes that of the first
// conjunct ("Danish media and government").
func (s *sent) actorsOf(d int, out []int) []int {
	first := len(out)
	m, k := s.actorAt(d)
	if m >= 0 {
		out = appendUniq(out, m)
	}
	if !s.t.parsed {
		return out
	}
	// Nouns conjoined with the one that named the actor, in a modifier.
	if m >= 0 && k != d && k >= 0 {
		role := -1
		if r := s.at[d]; r >= 0 && s.ms[r].Kind == actor.Role {
			role = r
		}
		for _, c := range s.conjuncts(k) {
			n := s.at[c]
			if n < 0 || s.ms[n].Kind != actor.Named {
				n = s.actorOf(c)
			}
			if n < 0 {
				continue
			}
			if role >= 0 && s.ms[n].Kind == actor.Named && s.ms[n].Agent == "" {
				n = s.combine(n, role)
			}
			out = appendUniq(out, n)
		}
	}
	// "the ambassadors of Arnor, Osgiliath and Gondor", matched as one
	// mention "ambassadors of Arnor": the other states hold the role too;
	// so do those listed before it ("Arnorian and Gondorian envoys",
	// matched as "Gondorian envoys"; "Arnorian, Rohirric and Gondorian
	// envoys", the first read as another modifier of the role).
	if m >= 0 && k == d && s.ms[m].Agent != "" && s.ms[m].Tok[1]-s.ms[m].Tok[0] > 1 {
		mm := s.ms[m]
		for j := mm.Tok[0]; j < mm.Tok[1]; j++ {
			if j == d {
				continue
			}
			for _, c := range s.listedWith(j, mm.Tok) {
				n := s.actorOf(c)
				if n < 0 || s.ms[n].Kind != actor.Named || s.ms[n].Agent != "" {
					continue
				}
				role := actor.Mention{Kind: actor.Role, Agent: mm.Agent, Code: "---" + mm.Agent, Tok: s.ms[n].Tok, Span: s.ms[n].Span, Text: s.ms[n].Text}
				s.ms = append(s.ms, actor.Combine(s.ms[n], role, s.text))
				out = appendUniq(out, len(s.ms)-1)
			}
		}
	}
	if m < 0 && collectives[s.t.lemmas[d]] {
		// "thanked the countries that recognised it, including Spain".
		for _, n := range s.including(d) {
			out = appendUniq(out, n)
		}
	}
	if m < 0 && s.t.toks[d].UPOS != "PROPN" {
		// "letters to 192 countries ... and Britain": a list of actors
		// starts with one.
		return out
	}
	named := len(out)
	for _, c := range s.conjuncts(d) {
		n := s.actorOf(c)
		if n < 0 {
			continue
		}
		if s.ms[n].Kind == actor.Role && first < len(out) {
			// "Lawmakers and officials in Arnor and Gondor": the role
			// holds for each state named with the first conjunct.
			role := s.ms[n]
			seen := map[string]bool{}
			for _, b := range out[first:named] {
				base := s.ms[b]
				if base.Kind != actor.Named || base.Country == "" || seen[base.Country] {
					continue
				}
				seen[base.Country] = true
				s.ms = append(s.ms, withRole(base, role, s.text))
				out = appendUniq(out, len(s.ms)-1)
			}
			if len(seen) > 0 {
				continue
			}
		}
		out = appendUniq(out, n)
	}
	return out
}

// conjuncts returns the nominal conjuncts of d, recursively. An apposition
// naming another actor counts as one, since parsers often read a list of
// states as appositions.
func (s *sent) conjuncts(d int) []int {
	var out []int
	for _, k := range s.t.kids[d] {
		switch s.t.base(k) {
		case "conj":
			if s.t.isVerb(k) {
				continue
			}
		case "appos":
			m, n := s.at[d], s.at[k]
			if m < 0 || n < 0 || s.ms[m].Kind != actor.Named || s.ms[n].Kind != actor.Named || s.ms[m].Country == s.ms[n].Country {
				continue
			}
		default:
			continue
		}
		out = append(out, k)
		out = append(out, s.conjuncts(k)...)
	}
	return out
}

// listedWith returns the nominal conjuncts of token j, and when j is
// itself a conjunct of a word before the words tok, that word and its
// other conjuncts: the members of a list that j ends.
func (s *sent) listedWith(j int, tok [2]int) []int {
	t := s.t
	first := j
	for depth := 0; depth < 8 && t.base(first) == "conj" && !t.isVerb(first); depth++ {
		h := t.head[first]
		if h < 0 || h >= first {
			break
		}
		first = h
	}
	if first == j {
		return s.conjuncts(j)
	}
	var out []int
	if first < tok[0] {
		out = append(out, first)
	}
	for _, c := range s.conjuncts(first) {
		if c < tok[0] || c >= tok[1] {
			out = append(out, c)
		}
	}
	// "French, German and British leaders", "French" read as a modifier
	// of the role beside the list.
	if h := t.head[first]; h >= 0 && t.base(first) == "amod" {
		for _, c := range t.kids[h] {
			if c < first && t.base(c) == "amod" && s.at[c] >= 0 {
				out = append(out, c)
			}
		}
	}
	return out
}

// withRole gives base's country (without base's own role) the role of r.
func withRole(base, r actor.Mention, text string) actor.Mention {
	named := base
	if base.Agent != "" && strings.HasSuffix(base.Code, base.Agent) {
		named.Code = strings.TrimSuffix(base.Code, base.Agent)
	}
	named.Country, named.Sector = actor.Split(named.Code)
	named.Agent = ""
	m := actor.Combine(named, r, text)
	m.Tok, m.Span, m.Text = r.Tok, r.Span, r.Text
	return m
}

func appendUniq(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// pronoun reports whether token i is a pronoun that takes its referent
// from the clause above it.
func (s *sent) pronoun(i int) bool {
	switch s.t.keys[i] {
	case "IT", "THEY", "HE", "SHE", "WE", "WHICH", "WHO", "THAT", "ITS", "THEIR":
		return true
	}
	return false
}

// eventNouns name an act whose actor may stand before them as a modifier:
// "the U.S. decision to recognise Kosovo".
var eventNouns = map[string]bool{
	"DECISION": true, "MOVE": true, "PLAN": true, "BID": true, "ATTEMPT": true, "EFFORT": true,
	"ANNOUNCEMENT": true, "PLEDGE": true, "PROMISE": true, "THREAT": true, "REFUSAL": true, "OFFER": true,
	"INTENTION": true, "READINESS": true, "CALL": true, "DEMAND": true, "PROPOSAL": true, "STEP": true,
}

// copulaLike verbs predicate their complement of their subject.
var copulaLike = map[string]bool{"BECOME": true, "REMAIN": true, "BE": true, "SEEM": true}

// objectControl verbs pass their object, not their subject, to an xcomp:
// "urged Gondor to ...".
var objectControl = map[string]bool{
	"URGE": true, "ASK": true, "PERSUADE": true, "CALL": true, "INVITE": true, "ENCOURAGE": true,
	"PRESS": true, "FORCE": true, "ALLOW": true, "PERMIT": true, "REQUEST": true, "TELL": true,
	"PUSH": true, "COMPEL": true, "WARN": true, "ORDER": true, "INSTRUCT": true,
	"PROMPT": true, "LEAD": true, "CAUSE": true, "DRIVE": true, "SPUR": true, "INDUCE": true,
	"TRIGGER": true, "INSPIRE": true, "CONVINCE": true,
}

// sources returns the source mentions of predicate v: its subject, or in
// the passive its "by" agent, or the subject handed down from the clause
// that governs it.
func (s *sent) sources(v int) []int {
	if r, ok := s.srcs[v]; ok {
		return r
	}
	if s.srcs == nil {
		s.srcs = map[int][]int{}
	}
	s.srcs[v] = nil // guards against cycles
	var out []int
	t := s.t
	pass := t.passive(v)
	subjPron, pairSubj := -1, -1
	agents := t.kids[v]
	if pass && !hasAgent(t, v) {
		// "was welcomed at the time by Beijing": an agent misattached
		// to another phrase of the clause, or to the object a passive
		// keeps ("was denied a visa by the US authorities").
		agents = nil
		for _, k := range t.kids[v] {
			if t.isOblique(k) || t.rel(k) == "obj" {
				for _, j := range t.kids[k] {
					if t.isOblique(j) && t.caseOf(j) == "BY" && (t.toks[j].UPOS == "PROPN" || s.at[j] >= 0) {
						agents = append(agents, j)
					}
				}
			}
		}
	}
	for _, k := range agents {
		r := t.rel(k)
		switch {
		case !pass && (r == "nsubj" || r == "nsubj:xsubj"):
		case pass && (r == "obl:agent" || r == "nmod:agent" || (t.isOblique(k) && t.caseOf(k) == "BY")):
		default:
			continue
		}
		if !pass && (s.insideSubject(v, k) || s.prepPhrase(k)) {
			// Not a subject with a preposition of its own: "...,
			// including Gondor's king, the council approved".
			continue
		}
		n := len(out)
		out = s.actorsOf(k, out)
		if s.at[k] < 0 && len(out) > n {
			// "Pressure on Gondor mounts": an act's target is not its
			// actor.
			out = append(out[:n], slices.DeleteFunc(out[n:], func(m int) bool { return s.aimedAt(k, m) })...)
		}
		if !pass && pairNoun(t, k) && stateless(s, out[n:]) {
			// "Both governments agreed": the states of an earlier
			// clause or sentence, below.
			out, pairSubj = out[:n], k
		}
		if len(out) == n && s.pronoun(k) {
			subjPron = k
		}
		if len(out) == n && t.parsed && s.at[k] < 0 {
			// "The lions and Gondor welcomed ...": a compound subject
			// whose first member is no actor.
			for _, c := range s.conjuncts(k) {
				if m := s.actorOf(c); m >= 0 && s.ms[m].Kind == actor.Named {
					out = appendUniq(out, m)
				}
			}
		}
	}
	hasSubj := false
	for _, k := range t.kids[v] {
		if b := t.base(k); b == "nsubj" || b == "csubj" {
			hasSubj = true
		}
	}
	if len(out) > 0 && !pass {
		out = s.listBefore(v, out)
	}
	if len(out) == 0 && !hasSubj && markOf(t, v) == "TO" {
		out = s.deciders(v)
	}
	if len(out) == 0 && (subjPron >= 0 || !hasSubj || pass) {
		// A passive relative clause is about its noun's patient ("the
		// treaty that was signed"), not its agent.
		// Nor is an adverbial passive with a patient of its own ("after a
		// hobbit was seen on the pass") done by the main clause's subject.
		if !(pass && strings.HasPrefix(t.rel(v), "acl")) && !(pass && t.base(v) == "advcl" && t.hasKidRel(v, "nsubj:pass")) {
			out = s.inherited(v, subjPron >= 0)
		}
	}
	if len(out) == 0 && !pass && !hasSubj && s.shallow && (t.head[v] < 0 || t.base(v) == "advcl") {
		// "Shortly after ..., Spain's prime minister and Norway's foreign
		// minister said ...", parsed without a subject: the actors listed
		// just before the verb; so too in an adverbial clause that takes
		// none from above ("grew as Spain and Ireland recognised ...",
		// the list read as a phrase of the main clause).
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if m := s.at[k]; m >= 0 {
				if out = linearList(s, k, -1); t.head[v] >= 0 && !s.afterSubordinator(out) {
					out = nil // "showed Mrs Hassan asking for ...": an object above
				}
				break
			}
			if t.keys[k] != "," && t.base(k) != "advmod" && t.base(k) != "aux" {
				break
			}
		}
	}
	if len(out) == 0 && !pass && !hasSubj && s.shallow && t.base(v) == "acl" && s.verbless() {
		// "Pyongyang on Thursday fired shells at Seoul", parsed with
		// the actor (tagged a verb) as root and the verb as its
		// modifier: the actors just before the verb.
		for k := v - 1; k >= 0 && k >= v-8; k-- {
			if m := s.at[k]; m >= 0 {
				out = linearList(s, k, -1)
				break
			}
			if clauseBreak(t.keys[k]) || t.keys[k] == "," || (t.isVerb(k) && t.head[k] >= 0) {
				break
			}
		}
	}
	if len(out) == 0 && !pass {
		// "X and Y said both countries would ...": the pair above.
		for _, k := range t.kids[v] {
			if t.rel(k) == "nsubj" && pairNoun(t, k) {
				if p := t.head[v]; p >= 0 && (t.base(v) == "ccomp" || t.base(v) == "xcomp") {
					if up := s.sources(p); len(up) >= 2 {
						out = up
					}
				}
			}
		}
	}
	if len(out) == 0 && pairSubj >= 0 {
		// "Chad and Laos signed a deal. Both countries agreed ...".
		out = s.pairOf(pairSubj, nil)
	}
	if len(out) == 0 && len(s.prev) > 0 {
		for _, k := range t.kids[v] {
			if r := t.rel(k); (r == "nsubj" && !pass) && personal[t.keys[k]] && (len(s.prev) == 1 || t.keys[k] == "THEY") {
				for _, m := range s.prev {
					s.ms = append(s.ms, m)
					out = append(out, len(s.ms)-1)
				}
				break
			}
		}
	}
	s.srcs[v] = out
	return out
}

// joinVerbs make their objects partners in the act of their subject:
// "X joined Y in recognising Z", "X recognised Z, joining Y".
var joinVerbs = map[string]bool{"JOIN": true}

// joined appends to srcs the actors that verb j (a joinVerb) names as its
// object.
func (s *sent) joined(j int, srcs []int) []int {
	out := append([]int(nil), srcs...)
	for _, k := range s.t.kids[j] {
		if s.t.rel(k) == "obj" {
			out = s.actorsOf(k, out)
		}
	}
	return out
}

// joinsAct reports whether v is a joinVerb that joins its object in an
// act named elsewhere: "joined Y in recognising Z", "..., joining Y".
func (s *sent) joinsAct(v int) bool {
	t := s.t
	if !joinVerbs[t.lemmas[v]] || !hasObj(t, v) {
		return false
	}
	if (t.base(v) == "advcl" || t.base(v) == "conj") && !hasSubject(t, v) && strings.HasSuffix(t.keys[v], "ING") {
		return true
	}
	for _, k := range t.kids[v] {
		if t.rel(k) == "obj" {
			for _, j := range t.subtree(k, nil, nil) {
				if s.joinAbove(j) == v {
					return true
				}
			}
		}
		switch t.base(k) {
		case "xcomp", "advcl":
			if t.isVerb(k) {
				return true
			}
		case "obl", "nmod":
			// "joined Y in announcing plans": the gerund may hang off the noun.
			if t.caseOf(k) == "IN" && (t.isVerb(k) || hasVerbKid(t, k)) {
				return true
			}
		}
	}
	return false
}

// joinAbove returns the joinVerb whose object phrase an "in V-ing"
// clause v hangs from ("joined Canada and France in announcing"), or -1.
func (s *sent) joinAbove(v int) int {
	t := s.t
	if markOf(t, v) != "IN" || t.base(v) != "acl" {
		return -1
	}
	c := t.head[v]
	for depth := 0; c >= 0 && depth < 4; depth++ {
		p := t.head[c]
		if p < 0 {
			return -1
		}
		if t.isVerb(p) {
			if joinVerbs[t.lemmas[p]] && t.rel(c) == "obj" && !t.passive(p) {
				return p
			}
			return -1
		}
		switch t.base(c) {
		case "conj", "appos":
		default:
			return -1
		}
		c = p
	}
	return -1
}

func hasVerbKid(t *tree, k int) bool {
	for _, j := range t.kids[k] {
		if t.isVerb(j) && strings.HasSuffix(t.keys[j], "ING") {
			return true
		}
	}
	return false
}

// joining returns the actors that an adverbial "joining Y" of verb v adds
// to its sources: "Malta recognised Palestine, joining Spain and Norway".
func (s *sent) joining(v int, srcs []int) []int {
	t := s.t
	for _, k := range t.kids[v] {
		if (t.base(k) == "advcl" || t.base(k) == "conj") && joinVerbs[t.lemmas[k]] && !hasSubject(t, k) &&
			strings.HasSuffix(t.keys[k], "ING") {
			srcs = s.joined(k, srcs)
		}
	}
	return srcs
}

// deciders returns the actor of the act noun nearest above a "to" clause
// without a subject, when the parser hung the clause elsewhere: "France's
// decision earlier in the day to recognise Palestine".
func (s *sent) deciders(v int) []int {
	t := s.t
	for c, depth := t.head[v], 0; c >= 0 && depth < 3; c, depth = t.head[c], depth+1 {
		if t.isVerb(c) {
			// "withdrew its envoy over the Rohan decision to recognise
			// Gondor", the clause hung from the verb: the act noun
			// just before it.
			if c = nounComplemented(t, v); c < 0 {
				return nil
			}
		}
		if !eventNouns[t.lemmas[c]] {
			continue
		}
		var out []int
		for _, k := range t.kids[c] {
			if r := t.rel(k); r == "nmod:poss" || ((r == "compound" || r == "amod") && s.at[k] >= 0) {
				out = s.actorsOf(k, out)
			}
		}
		return out
	}
	return nil
}

// nounComplemented returns the act noun ("decision", "plan") that stands
// just before the "to" of clause v when the parser hung the clause from
// the verb above instead of from the noun, or -1.
func nounComplemented(t *tree, v int) int {
	p := t.head[v]
	if p < 0 || markOf(t, v) != "TO" || (t.base(v) != "advcl" && t.base(v) != "xcomp") {
		return -1
	}
	first := v
	for _, k := range t.kids[v] {
		first = min(first, k)
	}
	n := first - 1
	if n <= p || !eventNouns[t.lemmas[n]] || t.head[n] != p {
		return -1
	}
	return n
}

// listBefore adds to the subjects out of verb v the actors of a list
// that ends just before it ("A, B and C announced"), when the parser
// attached its last members elsewhere. Only lists joined by "and" count,
// and no member after a preposition ("the envoy to Rohan said").
func (s *sent) listBefore(v int, out []int) []int {
	t := s.t
	k := v - 1
	if k < 1 || s.at[k] < 0 {
		return out
	}
	last := s.at[k]
	attached := false // the parser made the last member a subject of v
	for _, m := range out {
		if m == last || s.ms[m].Tok == s.ms[last].Tok {
			attached = true
		}
	}
	// Walk back over mentions separated by commas and "and", or side by
	// side ("Canadian Prime Minister Mark Carney").
	var list []int
walk:
	for j := k; j >= 0; {
		m := s.at[j]
		if m < 0 {
			switch t.keys[j] {
			case ",", "AND", "THE":
				j--
				continue
			}
			if u := t.toks[j].UPOS; (u == "ADJ" || u == "DET") && j > 0 {
				// "Evil Mordor, the awful Fornost, and good Gondor":
				// the modifiers of a member.
				j--
				continue
			}
			break walk
		}
		list = appendUniq(list, m)
		j = s.ms[m].Tok[0] - 1
	}
	countries := map[string]bool{}
	for _, m := range list {
		if s.ms[m].Country != "" {
			countries[s.ms[m].Country] = true
		}
	}
	if len(countries) < 2 {
		return out
	}
	start := s.ms[list[len(list)-1]].Tok[0]
	and := false
	for j := start; j < v; j++ {
		and = and || t.keys[j] == "AND"
	}
	if !and {
		return out
	}
	for _, m := range list {
		a := s.ms[m].Tok[0] - 1
		for a >= 0 && (t.toks[a].UPOS == "ADJ" || t.toks[a].UPOS == "DET") {
			a--
		}
		if a >= 0 && t.toks[a].UPOS == "ADP" {
			return out
		}
		if attached && !slices.Contains(out, m) && !listHead(t, s.ms[m].Tok) {
			// "Evil Mordor, the awful Fornost, and good Gondor
			// welcomed", the first members read as the root: the list
			// is the subject. Not "met Modi and China agreed".
			return out
		}
	}
	for _, m := range list {
		if s.ms[m].Country == "" || slices.ContainsFunc(out, func(o int) bool { return s.ms[o].Tok == s.ms[m].Tok }) {
			continue
		}
		out = appendUniq(out, m)
	}
	return out
}

// listHead reports whether the words tok of a mention hang from the rest
// of the sentence as the head of a list may: as the root, a conjunct, an
// apposition or a subject, not as an object or a prepositional phrase.
func listHead(t *tree, tok [2]int) bool {
	for k := tok[0]; k < tok[1] && k < len(t.head); k++ {
		if h := t.head[k]; h >= tok[0] && h < tok[1] {
			continue
		}
		switch t.base(k) {
		case "root", "conj", "appos", "list", "dep", "nsubj", "parataxis":
		default:
			return false
		}
	}
	return true
}

// insideSubject reports whether subject k of verb v names an actor that
// begins inside the phrase of an earlier subject of v: the parser took a
// word of one subject phrase for a second subject ("Gollum, centre of a
// row between Radagast the Brown, called ...", "Brown" a subject).
func (s *sent) insideSubject(v, k int) bool {
	t := s.t
	m := s.at[k]
	if m < 0 {
		return false
	}
	for _, j := range t.kids[v] {
		if j >= k || t.rel(j) != "nsubj" || s.at[j] == m {
			continue
		}
		lo, hi := j, j
		for _, x := range t.subtree(j, nil, nil) {
			lo, hi = min(lo, x), max(hi, x)
		}
		if a := s.ms[m].Tok[0]; a > lo && a <= hi {
			return true
		}
	}
	return false
}

// objectSubject reports whether the complement v without a subject has
// it as the object of the verb above ("indicated it should have acted",
// "it" read as the object of "indicated"): a personal pronoun just
// before the complement's words.
func (s *sent) objectSubject(v int) bool {
	t := s.t
	p := t.head[v]
	first := v
	for _, k := range t.subtree(v, nil, nil) {
		first = min(first, k)
	}
	for _, k := range t.kids[p] {
		if t.rel(k) == "obj" && k == first-1 && personal[t.keys[k]] {
			return true
		}
	}
	return false
}

// verbless reports whether the parser made an actor's name the root of
// the sentence ("Pyongyang", perhaps tagged a verb), so that the main
// verb hangs below it.
func (s *sent) verbless() bool {
	for k, h := range s.t.head {
		if h < 0 {
			return s.at[k] >= 0
		}
	}
	return false
}

// hasAgent reports whether passive verb v has a "by" agent of its own.
func hasAgent(t *tree, v int) bool {
	for _, k := range t.kids[v] {
		if r := t.rel(k); r == "obl:agent" || r == "nmod:agent" || (t.isOblique(k) && t.caseOf(k) == "BY") {
			return true
		}
	}
	return false
}

// personal pronouns refer back to the subject of an earlier sentence.
var personal = map[string]bool{"IT": true, "THEY": true, "HE": true, "SHE": true, "WE": true}

// pairOf appends the mentions of the pair of states remembered from an
// earlier sentence for the noun phrase at token k ("both countries", "the
// two governments") and returns their indices: the latest pair that
// includes none of the states of mentions not (for leaders, presidents
// and ministers, the latest such pair of persons or governments), else
// the latest. States
// stand for themselves; governments, leaders and ministers for the
// government of each.
func (s *sent) pairOf(k int, not []int) []int {
	if len(s.pairs) == 0 {
		return nil
	}
	pair := s.pairs[len(s.pairs)-1]
	ok := func(p []actor.Mention) bool {
		return !slices.ContainsFunc(p, func(m actor.Mention) bool {
			return slices.ContainsFunc(not, func(n int) bool { return s.ms[n].Country == m.Country })
		})
	}
	found := false
	switch s.t.lemmas[k] {
	case "LEADER", "PRESIDENT", "MINISTER":
		// "The two leaders": the last two persons or governments that
		// made a pair ("Putin met Kim"), not the states named since
		// ("Japan and Korea were worried").
		for i := len(s.pairs) - 1; i >= 0 && !found; i-- {
			if ok(s.pairs[i]) && !slices.ContainsFunc(s.pairs[i], func(m actor.Mention) bool { return m.Sector == "" }) {
				pair, found = s.pairs[i], true
			}
		}
	}
	for i := len(s.pairs) - 1; i >= 0 && !found; i-- {
		if ok(s.pairs[i]) {
			pair, found = s.pairs[i], true
		}
	}
	var out []int
	for _, m := range pair {
		switch s.t.lemmas[k] {
		case "COUNTRY", "NATION", "STATE", "CAPITAL", "NEIGHBOUR", "NEIGHBOR":
			// The states, whoever spoke for them before.
			m.Code, m.Sector, m.Agent = m.Country, "", ""
		case "GOVERNMENT", "LEADER", "PRESIDENT", "MINISTER", "ADMINISTRATION":
			if m.Sector == "" && !m.Prefix() {
				m.Code, m.Sector, m.Agent = m.Code+"GOV", "GOV", "GOV"
			}
		}
		m.Tok = [2]int{k, k + 1}
		m.Span = [2]int{s.t.toks[k].Start, s.t.toks[k].End}
		s.ms = append(s.ms, m)
		out = append(out, len(s.ms)-1)
		if s.refs == nil {
			s.refs = map[int]bool{}
		}
		s.refs[len(s.ms)-1] = true
	}
	return out
}

// stateless reports whether no mention of ms names a state or an
// organisation: "both governments" is a role until a pair names them.
func stateless(s *sent, ms []int) bool {
	return !slices.ContainsFunc(ms, func(m int) bool { return s.ms[m].Country != "" })
}

// pairNoun reports whether token k is "both countries", "the two
// sides", "both governments": a plural noun for states or their leaders
// with "both", or with "two" after a definite or demonstrative
// determiner ("the two nations", "these two states"), not a bare "two
// countries".
func pairNoun(t *tree, k int) bool {
	switch t.lemmas[k] {
	case "COUNTRY", "NATION", "STATE", "GOVERNMENT", "SIDE", "LEADER", "PRESIDENT", "MINISTER", "ADMINISTRATION",
		"CAPITAL", "NEIGHBOUR", "NEIGHBOR":
	default:
		return false
	}
	both, two, det := false, false, false
	for _, d := range t.kids[k] {
		switch t.keys[d] {
		case "BOTH":
			both = true
		case "TWO":
			two = true
		case "THE", "THESE", "THOSE":
			det = true
		}
	}
	if k >= 2 && t.keys[k-1] == "TWO" {
		// "the two nations" with "two" attached elsewhere.
		two, det = true, det || t.keys[k-2] == "THE" || t.keys[k-2] == "THESE" || t.keys[k-2] == "THOSE"
	}
	if k >= 1 && t.keys[k-1] == "BOTH" {
		both = true
	}
	return both || (two && det)
}

// inherited returns the subject a clause without one of its own takes
// from the clause above it.
func (s *sent) inherited(v int, pron bool) []int {
	t := s.t
	p := t.head[v]
	if p < 0 {
		return nil
	}
	pass := t.passive(v)
	if j := s.joinAbove(v); j >= 0 {
		// "Portugal joined Canada and France in announcing ...", the
		// gerund read as a modifier of the last state.
		return s.joined(j, s.sources(j))
	}
	if m := s.at[p]; m >= 0 && s.ms[m].Tok[1] <= v && !strings.HasPrefix(t.rel(v), "acl") && !pass {
		// "The Calenardhon Ministry of Silly Walks condemned ...", the
		// verb hung from a word of the actor's name: the actor acts.
		switch t.base(v) {
		case "xcomp", "ccomp", "conj", "dep", "parataxis", "advcl":
			return s.actorsOf(p, nil)
		}
	}
	if joinVerbs[t.lemmas[p]] && !t.passive(p) {
		switch t.base(v) {
		case "xcomp", "advcl", "ccomp":
			// "Portugal joined Canada and France in announcing ...":
			// those joined act too.
			return s.joined(p, s.sources(p))
		}
	}
	switch t.base(v) {
	case "xcomp":
		if q := t.head[p]; !t.isVerb(p) && q >= 0 && t.isVerb(q) && (t.base(p) == "obj" || t.base(p) == "xcomp") {
			// "Arnor is inching nearer to accord with Gondor": the
			// complement of an adjective shares the subject of the verb
			// above.
			p = q
		}
		if t.passive(p) {
			// "Gollum was seen to break ...": the raised subject.
			var out []int
			for _, k := range t.kids[p] {
				if t.rel(k) == "nsubj:pass" {
					out = s.actorsOf(k, out)
				}
			}
			if len(out) > 0 {
				return out
			}
		}
		if objectControl[t.lemmas[p]] {
			var out []int
			for _, k := range t.kids[p] {
				if t.rel(k) == "obj" || t.rel(k) == "iobj" {
					n := len(out)
					if out = s.actorsOf(k, out); pairNoun(t, k) && stateless(s, out[n:]) {
						out = append(out[:n], s.pairOf(k, s.sources(p))...)
					}
				}
			}
			if len(out) > 0 {
				return out
			}
		}
		return s.sources(p)
	case "conj", "advcl":
		if s.petrarch && t.base(v) == "advcl" && strings.HasSuffix(t.keys[v], "ING") && markOf(t, v) != "" && markOf(t, v) != "TO" {
			// As PETRARCH does, an adverbial gerund ("after leaving
			// Eriador") takes no subject from the main clause.
			return nil
		}
		if t.base(v) == "advcl" && markOf(t, v) == "TO" && objectControl[t.lemmas[p]] {
			// "prompting Israel to recall ...", read as an adverbial clause.
			var out []int
			for _, k := range t.kids[p] {
				if t.rel(k) == "obj" {
					out = s.actorsOf(k, out)
				}
			}
			if len(out) > 0 {
				return out
			}
		}
		if t.isVerb(p) || t.base(p) == "root" {
			return s.sources(p)
		}
	case "ccomp", "parataxis":
		if pron || s.objectSubject(v) {
			return s.sources(p)
		}
	case "acl", "acl:relcl":
		// "Russia became the first country to recognise ...": the noun is
		// predicated of a subject.
		if q := t.head[p]; q >= 0 && (t.base(p) == "xcomp" || t.base(p) == "obj") && t.isVerb(q) && copulaLike[t.lemmas[q]] {
			if out := s.sources(q); len(out) > 0 {
				return out
			}
		}
		for _, k := range t.kids[p] {
			if t.base(k) == "cop" {
				if out := s.sources(p); len(out) > 0 {
					return out
				}
			}
		}
		if pairNoun(t, p) && t.rel(v) == "acl" && stateless(s, s.actorsOf(p, nil)) && len(s.pairs) > 0 {
			// "The two nations agreed to ...", the verb read as a
			// modifier of its subject.
			return s.pairOf(p, nil)
		}
		if s.at[p] >= 0 {
			return s.actorsOf(p, nil)
		}
		if out := s.including(p); len(out) > 0 {
			return out
		}
		// "Russia, the first country to recognise ...": the noun is in
		// apposition to the actor.
		if q := t.head[p]; q >= 0 && t.base(p) == "appos" && s.at[q] >= 0 {
			return s.actorsOf(q, nil)
		}
		// "Moscow's decision to recognise ...": the possessor acts.
		var out []int
		for _, k := range t.kids[p] {
			if r := t.rel(k); r == "nmod:poss" || r == "det:poss" || (t.base(k) == "nmod" && t.caseOf(k) == "BY") {
				out = s.actorsOf(k, out)
			}
		}
		if len(out) == 0 && t.base(v) == "acl" && eventNouns[t.lemmas[p]] {
			// "the U.S. decision to recognise": a country as modifier.
			for _, k := range t.kids[p] {
				if b := t.base(k); b == "compound" || b == "amod" {
					if m := s.at[k]; m >= 0 && s.ms[m].Kind == actor.Named {
						out = append(out, m)
					}
				}
			}
		}
		if q := t.head[p]; len(out) == 0 && t.base(v) == "acl" && strings.HasSuffix(t.keys[v], "ING") && markOf(t, v) == "" &&
			q >= 0 && t.isVerb(q) && !t.passive(q) && (t.rel(p) == "obj" || t.isOblique(p)) {
			// "issued a statement condemning ...", "recalled their envoys
			// for consultations, condemning ...": a thing does not
			// condemn, the subject of the verb that has it does.
			out = s.sources(q)
		}
		return out
	}
	return nil
}

// targetPreps are the prepositions whose objects can be an event's target.
var targetPreps = map[string]bool{
	"WITH": true, "TO": true, "AGAINST": true, "ON": true, "FOR": true, "FROM": true, "TOWARD": true,
	"TOWARDS": true, "OF": true, "INTO": true, "AT": true, "ABOUT": true, "OVER": true, "BETWEEN": true,
	"IN": true, "UPON": true, "BY": true, "": true,
}

// placePreps introduce where something happens.
var placePreps = map[string]bool{"IN": true, "AT": true, "NEAR": true, "INSIDE": true, "DURING": true}

// topicVerbs take what they are about as object: "discussed Ukraine with
// Putin" is with Russia, not with Ukraine.
var topicVerbs = map[string]bool{"DISCUSS": true, "DEBATE": true}

// targets returns the target mentions of predicate v: in the passive its
// subject, else its object (not for topicVerbs) or, failing that, the
// first prepositional argument that names an actor.
func (s *sent) targets(v int) []int {
	t := s.t
	var out []int
	pass := t.passive(v)
	for _, k := range t.kids[v] {
		r := t.rel(k)
		if topicVerbs[t.lemmas[v]] {
			break // "discussed Ukraine with Putin": the object is what it is about
		}
		if (pass && r == "nsubj:pass") || (!pass && r == "obj") {
			n := len(out)
			if out = s.actorsOf(k, out); pairNoun(t, k) && stateless(s, out[n:]) {
				// "Arnor urged both countries to ...": the last pair
				// the source is not one of.
				out = append(out[:n], s.pairOf(k, s.sources(v))...)
			}
		}
	}
	if len(out) == 0 && !pass && !topicVerbs[t.lemmas[v]] {
		if h := s.strandedObject(v); h >= 0 {
			out = s.actorsOf(h, out)
		}
	}
	if len(out) == 0 && t.reducedPassive(v) {
		// "the diplomats expelled by Gondor": the noun is the patient
		// when it names an actor; when it is a role predicated of named
		// persons ("X and Y are the diplomats expelled by Gondor"),
		// they are.
		h := t.head[v]
		if s.at[h] >= 0 {
			out = s.actorsOf(h, out)
		}
		if stateless(s, out) && t.hasKidRel(h, "cop") {
			for _, k := range t.kids[h] {
				if t.rel(k) == "nsubj" {
					out = s.actorsOf(k, out)
				}
			}
		}
	}
	var roles []int
	if len(out) > 0 {
		if out = s.hosts(v, out); !stateless(s, out) {
			return out
		}
		// "mobilised troops against Gondor": an object that is a role
		// of no state leaves the target to the verb's other phrases.
		roles, out = out, nil
	}
	for _, k := range t.kids[v] {
		if t.rel(k) == "iobj" {
			out = s.actorsOf(k, out)
		}
	}
	if len(out) > 0 && (roles == nil || !stateless(s, out)) {
		return out
	}
	out = nil
	// For a meeting, phrases of place come last: "talks in Moscow with
	// Iran" are with Iran. (One arrives in a place, though.)
	orders := []bool{false}
	if reciprocalVerbs[t.lemmas[v]] {
		orders = []bool{false, true}
	}
	for _, place := range orders {
		for _, k := range t.kids[v] {
			if !t.isOblique(k) || t.rel(k) == "obl:agent" || t.rel(k) == "nmod:agent" {
				continue
			}
			c := t.caseOf(k)
			if !targetPreps[c] || (pass && c == "BY") || (reasonPreps[c] && s.topicOnly(k)) || (len(orders) > 1 && placePreps[c] != place) {
				continue
			}
			if out = s.actorsOf(k, out); len(out) > 0 && (roles == nil || !stateless(s, out)) {
				if roles != nil && hostilePreps[c] {
					for _, m := range out {
						s.mark(&s.posture, m)
					}
				}
				return out
			}
			out = nil
		}
	}
	if roles != nil {
		return roles
	}
	return out
}

// strandedObject returns the head of the actor's name right after verb
// v that the parser read as a second subject of a reporting clause that
// follows ("will recognise China, the government said", "China" a subject
// of "said" beside "government"), or -1. Such a name is v's object.
func (s *sent) strandedObject(v int) int {
	t := s.t
	if !t.isVerb(v) || hasObj(t, v) {
		return -1
	}
	first := v + 1
	if first < len(t.keys) && t.toks[first].UPOS == "DET" {
		first++
	}
	if first >= len(t.keys) || s.at[first] < 0 {
		return -1
	}
	m := s.ms[s.at[first]]
	if m.Tok[0] != first {
		return -1
	}
	h := -1
	for k := m.Tok[0]; k < m.Tok[1] && k < len(t.head); k++ {
		if p := t.head[k]; p < m.Tok[0] || p >= m.Tok[1] {
			h = k
			break
		}
	}
	if h < 0 || t.base(h) != "nsubj" || t.rel(h) != "nsubj" {
		return -1
	}
	p := t.head[h]
	if p <= h || !t.isVerb(p) || m.Tok[1] >= len(t.keys) || t.keys[m.Tok[1]] != "," {
		return -1
	}
	for _, j := range t.kids[p] {
		if j > h && t.rel(j) == "nsubj" {
			return h
		}
	}
	return -1
}

// pronounTargets returns, for a clause v whose object is a personal
// pronoun ("them", "it") and that hangs from another verb as an
// adverbial clause, a conjunct or a complement, that verb's targets of
// a state; or nil.
func (s *sent) pronounTargets(v int) []int {
	t := s.t
	p := t.head[v]
	if p < 0 || !t.isVerb(p) {
		return nil
	}
	switch t.base(v) {
	case "advcl", "conj", "xcomp", "ccomp":
	default:
		return nil
	}
	for _, k := range t.kids[v] {
		if t.rel(k) != "obj" {
			continue
		}
		switch t.keys[k] {
		case "THEM", "IT", "HIM", "HER":
			var out []int
			for _, m := range s.targets(p) {
				if s.ms[m].Country != "" {
					out = append(out, m)
				}
			}
			return out
		}
	}
	return nil
}

// compound reports whether mention m is conjoined with another actor
// ("Gondor and Rohan"), as the compound element % of a pattern requires.
func (s *sent) compound(m int) bool {
	t := s.t
	mm := s.ms[m]
	if !t.parsed {
		return len(linearList(s, mm.Tok[0], -1)) > 1 || len(linearList(s, mm.Tok[1]-1, +1)) > 1
	}
	for k := mm.Tok[0]; k < mm.Tok[1] && k < len(t.toks); k++ {
		if t.base(k) == "conj" && t.head[k] >= 0 && !t.isVerb(k) {
			if n := s.at[t.head[k]]; n >= 0 && n != m {
				return true
			}
		}
		for _, c := range t.kids[k] {
			if t.base(c) == "conj" && !t.isVerb(c) {
				if n := s.at[c]; n >= 0 && n != m {
					return true
				}
			}
		}
	}
	return false
}

// deepTargets returns the first actor after verb v in its clause, with
// the non-finite clauses of its nouns, that is none of srcs (see
// Options.DeepTargets).
func (s *sent) deepTargets(v int, srcs []int) []int {
	t := s.t
	toks := t.subtree(v, nil, func(k int) bool {
		if b := t.base(k); b == "conj" || b == "parataxis" || hasSubject(t, k) {
			return true // another clause, with a subject of its own
		}
		if t.base(k) == "advcl" && markOf(t, k) == "TO" {
			return false // a purpose: "signed an accord to supply Gondor"
		}
		if occasionTopic(t, k) {
			return true // "attend a conference on Gondor"
		}
		// An open complement shares the verb's subject: "vowed to wage
		// war on the Rohans".
		return t.clausal(k) && !(t.base(k) == "acl" && !t.isVerb(t.head[k])) && t.base(k) != "xcomp"
	})
	slices.Sort(toks)
	for _, k := range toks {
		if k <= v || s.at[k] < 0 {
			continue
		}
		m := s.at[k]
		if s.ms[m].Kind == actor.Role {
			m = s.actorOf(k)
		}
		if m < 0 || s.ms[m].Kind != actor.Named || slices.Contains(srcs, m) {
			continue
		}
		dup := false
		for _, x := range srcs {
			dup = dup || s.ms[x].Code == s.ms[m].Code
		}
		if !dup {
			return []int{m}
		}
	}
	return nil
}

// sameCountries reports whether every target is of a source's country.
func (s *sent) sameCountries(srcs, tgts []int) bool {
	for _, g := range tgts {
		same := false
		for _, x := range srcs {
			same = same || (s.ms[x].Country != "" && s.ms[x].Country == s.ms[g].Country)
		}
		if !same {
			return false
		}
	}
	return true
}

// otherTargets returns the first named mention among the modifiers of
// verb v's object (or, failing an object, its prepositional arguments)
// whose country is none of the sources'.
func (s *sent) otherTargets(v int, srcs []int) []int {
	t := s.t
	other := func(m int) bool {
		if m < 0 || s.ms[m].Kind != actor.Named || s.ms[m].Country == "" {
			return false
		}
		for _, x := range srcs {
			if s.ms[x].Country == s.ms[m].Country {
				return false
			}
		}
		return true
	}
	var walk func(d, depth int) int
	walk = func(d, depth int) int {
		for _, k := range t.kids[d] {
			if !s.modifier(k, "") {
				continue
			}
			switch t.caseOf(k) {
			case "ON", "WITH", "TO", "AGAINST", "ABOUT", "OVER", "BETWEEN", "TOWARD", "TOWARDS", "FOR":
				if m := s.actorOf(k); other(m) {
					return m
				}
			case "IN", "AT", "NEAR", "INSIDE":
				continue // a place
			}
			if depth < 3 {
				if m := walk(k, depth+1); m >= 0 {
					return m
				}
			}
		}
		return -1
	}
	for _, k := range t.kids[v] {
		if r := t.rel(k); r == "obj" || (t.isOblique(k) && targetPreps[t.caseOf(k)] && t.caseOf(k) != "BY") {
			if m := walk(k, 0); m >= 0 {
				return []int{m}
			}
		}
	}
	return nil
}

// passiveSource returns the actors of the first prepositional phrase of
// passive verb v that names one other than its targets (see
// Options.PassiveSource).
func (s *sent) passiveSource(v int, tgts []int) []int {
	t := s.t
	for _, k := range t.kids[v] {
		if !t.isOblique(k) || t.caseOf(k) == "BY" {
			continue
		}
		var out []int
		for _, m := range s.actorsOf(k, nil) {
			if s.ms[m].Country != "" && !slices.Contains(tgts, m) {
				out = append(out, m)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// clauseTargets returns the subjects of the clausal complements of v,
// or of a that-clause of its object ("expressed hopes that Gondor
// would ...").
func (s *sent) clauseTargets(v int) []int {
	t := s.t
	var out []int
	subjects := func(k int) {
		for _, j := range t.kids[k] {
			if b := t.base(j); b == "nsubj" {
				out = s.actorsOf(j, out)
			}
		}
	}
	for _, k := range t.kids[v] {
		if t.rel(k) == "obj" || t.isOblique(k) {
			// "that" as a marker, not a relative pronoun: the
			// content of the noun, or of the verb misattached there
			// ("expressed hopes on Thursday that Gondor ...").
			for _, c := range t.kids[k] {
				if (t.base(c) == "acl" || t.base(c) == "ccomp") && markOf(t, c) == "THAT" && c > k {
					subjects(c)
				}
			}
		}
		if t.base(k) != "ccomp" || k < v {
			// Not "Arnor recognised Gondor, officials said": a report
			// after what it reports takes no target from it.
			continue
		}
		subjects(k)
	}
	return out
}

// viaPlace reports whether mention m is reached from verb v through a
// prepositional phrase of place ("said at a press conference in Seoul").
func (s *sent) viaPlace(v, m int) bool {
	t := s.t
	for k := s.ms[m].Tok[0]; k < s.ms[m].Tok[1] && k < len(t.head); k++ {
		for c, depth := k, 0; c >= 0 && c != v && depth < 8; c, depth = t.head[c], depth+1 {
			switch t.caseOf(c) {
			case "IN", "AT", "DURING", "NEAR", "INSIDE":
				return true
			}
		}
	}
	return false
}

// atPlace reports whether mention m is attached to verb v's clause as a
// place: the words through which the mention hangs from the rest of the
// sentence are reached through a phrase of place ("met in Geneva", "held
// talks at the UN in New York"), unlike "talks with officials in Kabul",
// whose officials are reached through "with".
func (s *sent) atPlace(v, m int) bool {
	t := s.t
	mm := &s.ms[m]
	for k := mm.Tok[0]; k < mm.Tok[1] && k < len(t.head); k++ {
		if h := t.head[k]; h >= mm.Tok[0] && h < mm.Tok[1] {
			continue // inside the mention
		}
		for c, depth := k, 0; c >= 0 && c != v && depth < 8; c, depth = t.head[c], depth+1 {
			switch t.caseOf(c) {
			case "IN", "AT", "DURING", "NEAR", "INSIDE":
				return true
			}
			if c != k && occasions[t.lemmas[c]] {
				return true // "on the sidelines of the NATO summit"
			}
			if c != k && s.at[c] >= 0 && s.at[c] != m {
				break // the place of another actor: "the embassy in Kabul"
			}
		}
	}
	return false
}

// occasions are nouns for the gathering at which others meet: the actor
// that names one ("the NATO summit") hosts it and is no party to what
// is done there.
var occasions = map[string]bool{
	"SUMMIT": true, "SIDELINES": true, "SIDELINE": true, "MARGINS": true, "MARGIN": true, "CONFERENCE": true,
	"FORUM": true, "SESSION": true,
}

// occasionTopic reports whether k is the phrase that names what a
// gathering is about: "a summit on Gondor", "a conference about Rohan".
// Its actors are no party to the gathering.
func occasionTopic(t *tree, k int) bool {
	if !t.isOblique(k) || t.head[k] < 0 || !occasions[t.lemmas[t.head[k]]] {
		return false
	}
	switch t.caseOf(k) {
	case "ON", "ABOUT", "REGARDING", "CONCERNING":
		return true
	}
	return false
}

// aboutOccasion reports whether mention m is named in what a gathering
// is about (see occasionTopic).
func (s *sent) aboutOccasion(m int) bool {
	t := s.t
	for k := s.ms[m].Tok[0]; k < s.ms[m].Tok[1] && k < len(t.head); k++ {
		for c, depth := k, 0; c >= 0 && depth < 8; c, depth = t.head[c], depth+1 {
			if occasionTopic(t, c) {
				return true
			}
		}
	}
	return false
}

// viaCase reports whether mention m hangs from verb v through a phrase
// of the preposition prep, directly or as the modifier of its noun.
func (s *sent) viaCase(v, m int, prep string) bool {
	t := s.t
	mm := &s.ms[m]
	for k := mm.Tok[0]; k < mm.Tok[1] && k < len(t.head); k++ {
		if h := t.head[k]; h >= mm.Tok[0] && h < mm.Tok[1] {
			continue
		}
		for c, depth := k, 0; c >= 0 && c != v && depth < 4; c, depth = t.head[c], depth+1 {
			if t.caseOf(c) == prep {
				return true
			}
		}
	}
	return false
}

// viaIn reports whether mention m is reached from verb v through a phrase
// "in" a place ("condemned the deaths of civilians in Gaza"); unlike
// viaPlace, "at" may name a target ("hit out at Rohan").
func (s *sent) viaIn(v, m int) bool {
	t := s.t
	for k := s.ms[m].Tok[0]; k < s.ms[m].Tok[1] && k < len(t.head); k++ {
		for c, depth := k, 0; c >= 0 && c != v && depth < 8; c, depth = t.head[c], depth+1 {
			switch t.caseOf(c) {
			case "IN", "INSIDE", "NEAR", "DURING":
				return true
			}
		}
	}
	return false
}

// hosts replaces a target that is a bare role ("recalled its ambassador in
// Tel Aviv", "its envoy to Israel", "sent troops into Gondor", "deployed
// soldiers near Rohan") by the state named in the role's phrase of
// place or destination.
func (s *sent) hosts(v int, tgts []int) []int {
	t := s.t
	for i, m := range tgts {
		if s.ms[m].Country != "" {
			continue
		}
		// "recalled its ambassador from Israel", "... in Tel Aviv".
		for _, c := range t.kids[v] {
			if !t.isOblique(c) {
				continue
			}
			switch cs := t.caseOf(c); cs {
			case "IN", "TO", "AT", "FROM", "INTO", "INSIDE", "NEAR", "AROUND", "OFF", "ALONG":
				if n, _ := s.actorAt(c); n >= 0 && s.ms[n].Country != "" {
					tgts[i] = n
					s.mark(&s.hosted, n)
					if hostilePreps[cs] {
						s.mark(&s.posture, n)
					}
				}
			}
		}
		for k := s.ms[m].Tok[0]; k < s.ms[m].Tok[1]; k++ {
			for _, c := range t.kids[k] {
				switch t.caseOf(c) {
				case "IN", "TO", "AT":
					if n, _ := s.actorAt(c); n >= 0 && s.ms[n].Country != "" {
						tgts[i] = n
						s.mark(&s.hosted, n)
					}
				}
			}
		}
	}
	return tgts
}

// timeTok reports whether token k belongs to a time expression ("on
// Monday", "last week", "in August 2021"), the preposition before it
// included.
func (s *sent) timeTok(k int) bool {
	if s.when == nil {
		s.when = timeTokens(s.t, s.text)
	}
	return k >= 0 && k < len(s.when) && s.when[k]
}

// timeTokens marks the tokens of t that belong to a time expression of
// the text, and the prepositions just before them.
func timeTokens(t *tree, text string) []bool {
	when := make([]bool, len(t.toks))
	if len(t.toks) == 0 {
		return when
	}
	lo, hi := t.toks[0].Start, t.toks[len(t.toks)-1].End
	if lo < 0 || hi > len(text) || lo >= hi {
		return when
	}
	// Any reference date will do: only where the expressions are counts.
	ref := time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)
	for _, e := range timex.Find(text[lo:hi], ref) {
		if e.Kind == timex.KindDuration {
			continue // "for two weeks" names no time
		}
		start, end := lo+e.Start, lo+e.End
		first := -1
		for k := range t.toks {
			if tk := &t.toks[k]; tk.Start < end && tk.End > start {
				when[k] = true
				if first < 0 {
					first = k
				}
			}
		}
		if first > 0 && t.toks[first-1].UPOS == "ADP" {
			when[first-1] = true
		}
	}
	return when
}

// topics returns the states named among toks only as the topic of a
// reason ("over the Rohan war"; see topicOnly).
func (s *sent) topics(toks []int) []string {
	var out []string
	for _, k := range toks {
		if !s.t.parsed || !reasonPreps[s.t.caseOf(k)] || !s.topicOnly(k) {
			continue
		}
		for _, c := range s.t.kids[k] {
			if m := s.at[c]; m >= 0 && s.ms[m].Country != "" {
				out = append(out, s.ms[m].Country)
			}
		}
	}
	return out
}

// afterSubordinator reports whether the first of the mentions ms, in
// the order of the text, follows a subordinating conjunction read as a
// preposition ("as Spain and Ireland recognised").
func (s *sent) afterSubordinator(ms []int) bool {
	first := -1
	for _, m := range ms {
		if first < 0 || s.ms[m].Tok[0] < first {
			first = s.ms[m].Tok[0]
		}
	}
	if first < 1 {
		return false
	}
	return subordinators[s.t.keys[first-1]]
}

// prepPhrase reports whether the phrase of token k starts with a
// preposition of its own ("including Gondor's king"), not that of a time
// expression read into it ("on Thursday Russia had become") nor a
// conjunction read as one ("after Russia gave").
func (s *sent) prepPhrase(k int) bool {
	t := s.t
	// The words of the name: "including Russian President Putin".
	name := t.subtree(k, nil, func(j int) bool {
		switch t.rel(j) {
		case "nmod:desc", "compound", "flat", "flat:name", "amod", "case":
			return false
		}
		return true
	})
	lo := k
	for _, j := range name {
		lo = min(lo, j)
	}
	return lo < k && t.base(lo) == "case" && !s.timeTok(lo) && !subordinators[t.keys[lo]]
}

// subordinators are conjunctions that a parser may read as prepositions
// ("shortly after Russia gave its approval").
var subordinators = map[string]bool{
	"AS": true, "AFTER": true, "BEFORE": true, "SINCE": true, "UNTIL": true, "WHILE": true, "ONCE": true,
	"BECAUSE": true, "WHEN": true, "WHEREAS": true,
}

// aimedAt reports whether mention m hangs from the noun at k through a
// phrase that names what the noun is aimed at or about ("pressure on
// Gondor", "talks with Rohan", "sanctions over the war").
func (s *sent) aimedAt(k, m int) bool {
	t := s.t
	mm := &s.ms[m]
	for j := mm.Tok[0]; j < mm.Tok[1] && j < len(t.head); j++ {
		if h := t.head[j]; h >= mm.Tok[0] && h < mm.Tok[1] {
			continue
		}
		for c, depth := j, 0; c >= 0 && c != k && depth < 4; c, depth = t.head[c], depth+1 {
			switch t.caseOf(c) {
			case "ON", "AGAINST", "TO", "TOWARD", "TOWARDS", "WITH", "OVER", "ABOUT", "INTO", "UPON":
				return true
			}
		}
	}
	return false
}

// reasonPreps introduce the reason for an act: "sanctions over the
// war", "criticised for its policy".
var reasonPreps = map[string]bool{"OVER": true, "FOR": true, "ABOUT": true}

// topicOnly reports whether the noun phrase at k names an actor only as
// a word that qualifies a thing ("the Ukraine war", "the Gaza crisis"):
// the phrase is about the actor's affairs, and the actor no party to the
// act. A possessor ("Rohan's war") or the actor itself does name one.
func (s *sent) topicOnly(k int) bool {
	t := s.t
	if s.at[k] >= 0 || !s.t.parsed {
		return false
	}
	found := false
	for _, c := range t.kids[k] {
		switch t.rel(c) {
		case "compound", "amod":
			if s.at[c] >= 0 {
				found = true
			}
		case "nmod:poss", "det:poss":
			return false
		default:
			if t.isOblique(c) && s.actorOf(c) >= 0 {
				return false // "the war against Gondor"
			}
		}
	}
	return found
}

// mark adds mention n to the set *set.
func (s *sent) mark(set *map[int]bool, n int) {
	if *set == nil {
		*set = map[int]bool{}
	}
	(*set)[n] = true
}

// hostilePreps place a force at or against a state rather than with it:
// "troops against Gondor", "warships off Rohan", "soldiers into Arnor".
var hostilePreps = map[string]bool{
	"AGAINST": true, "NEAR": true, "AROUND": true, "OFF": true, "ALONG": true, "INTO": true,
}

// including returns the actors listed in an "including" or "such as"
// phrase of a generic noun: "countries that recognised Palestine,
// including Spain and Norway".
func (s *sent) including(p int) []int {
	out := s.includingAt(p, nil)
	if len(out) > 0 || !collectives[s.t.lemmas[p]] {
		return out
	}
	// "countries that have declared recognition, including Andorra and
	// Monaco": the list may hang lower, from the relative clause.
	for _, k := range s.t.kids[p] {
		if s.t.rel(k) != "acl:relcl" {
			continue
		}
		for _, j := range s.t.subtree(k, nil, func(j int) bool { return s.t.clausal(j) }) {
			out = s.includingAt(j, out)
		}
	}
	return out
}

// collectives are nouns for a group of states that a list of them may
// make precise: "countries, including Spain and Norway".
var collectives = map[string]bool{
	"COUNTRY": true, "STATE": true, "NATION": true, "GOVERNMENT": true, "ALLY": true, "PARTNER": true,
	"MEMBER": true, "NEIGHBOUR": true, "NEIGHBOR": true, "POWER": true,
}

// includingAt appends the actors listed in an "including" or "such as"
// phrase of token p.
func (s *sent) includingAt(p int, out []int) []int {
	for _, k := range s.t.kids[p] {
		if !s.t.isOblique(k) && s.t.base(k) != "acl" {
			continue
		}
		switch s.t.caseOf(k) {
		case "INCLUDING", "AS", "LIKE":
			out = s.actorsOf(k, out)
		default:
			if s.t.base(k) == "acl" && s.t.lemmas[k] == "INCLUDE" {
				for _, o := range s.t.kids[k] {
					if s.t.rel(o) == "obj" {
						out = s.actorsOf(o, out)
					}
				}
			}
		}
	}
	return out
}
