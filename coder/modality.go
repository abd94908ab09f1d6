package coder

import "dyad"

// This file holds the modality rules: whether a coded clause asserts its
// event. A later stage (package context) is to refine them; they depend
// only on the tree.

// negators are the adverbs that negate their clause.
var negators = map[string]bool{"NOT": true, "N'T": true, "NEVER": true, "NO": true, "NEITHER": true, "NOR": true}

// negVerbs negate the clause they govern: "refrained from recognising",
// "refused to recognise".
var negVerbs = map[string]bool{
	"REFRAIN": true, "REFUSE": true, "DECLINE": true, "FAIL": true, "AVOID": true, "DENY": true,
	"STOP": true, "HESITATE": true, "CEASE": true, "RESIST": true,
}

// tellVerbs make the open complement of their object hypothetical: what
// Gondor was told, warned or advised to do ("told Gondor to withdraw",
// "warned Gondor not to", "warned Gondor against sending troops") is not
// yet done.
var tellVerbs = map[string]bool{
	"TELL": true, "WARN": true, "ADVISE": true, "CAUTION": true, "INSTRUCT": true, "DIRECT": true,
}

// hasAddressee reports whether verb v has an object or an indirect
// object ("told Gondor to withdraw" is parsed either way).
func hasAddressee(t *tree, v int) bool {
	for _, k := range t.kids[v] {
		if r := t.rel(k); r == "obj" || r == "iobj" {
			return true
		}
	}
	return false
}

// hypoVerbs make the clause they govern hypothetical.
var hypoVerbs = map[string]bool{
	"CONSIDER": true, "MULL": true, "WEIGH": true, "CONTEMPLATE": true, "DEBATE": true, "STUDY": true,
	"EXPLORE": true, "MAY": true, "MIGHT": true, "COULD": true, "SHOULD": true, "WOULD": true,
	"URGE": true, "ASK": true, "CALL": true, "DEMAND": true, "WANT": true, "WISH": true, "HOPE": true,
	"FOLLOW": true, "ENCOURAGE": true, "PRESS": true, "PUSH": true, "APPEAL": true, "INVITE": true,
	"LIKELY": true, "UNLIKELY": true, "POSSIBLE": true, "ABLE": true, "WILLING": true, "READY": true,
	"EAGER": true, "KEEN": true, "PREPARED": true,
}

// futureVerbs put the clause they govern in the future: "plans to
// recognise", "is expected to sign".
var futureVerbs = map[string]bool{
	"PLAN": true, "INTEND": true, "EXPECT": true, "AIM": true, "PREPARE": true, "SCHEDULE": true,
	"SET": true, "PROMISE": true, "PLEDGE": true, "VOW": true, "GO": true,
	"THREATEN": true, "OFFER": true, "SEEK": true, "ANNOUNCE": true, "PROPOSE": true,
	// adjectives of resolve: "is determined to mend ties"
	"DETERMINED": true, "RESOLVED": true, "COMMITTED": true,
}

// futureNouns announce the act of the clause they govern: "plans to
// recognise", "the intention of recognising".
var futureNouns = map[string]bool{
	"PLAN": true, "INTENTION": true, "INTENT": true, "READINESS": true, "WILLINGNESS": true,
	"PLEDGE": true, "PROMISE": true, "COMMITMENT": true, "PROPOSAL": true, "BID": true, "OFFER": true,
	"THREAT": true, "PREPARATION": true, "AIM": true, "GOAL": true, "MOTION": true, "BILL": true,
	"RESOLUTION": true, "DRAFT": true,
}

// modality returns the modality of predicate v: that of its clause and
// the clauses that govern it, and hypothetical for a hedged report.
func modality(t *tree, v int) dyad.Modality {
	if !t.parsed {
		return linearModality(t, v)
	}
	m := clauseModality(t, v)
	if m == dyad.ModalityAsserted && hedged(t, v) {
		return dyad.ModalityHypothetical
	}
	return m
}

// hedgeAdverbs present their clause as hearsay: "reportedly attacked".
var hedgeAdverbs = map[string]bool{
	"REPORTEDLY": true, "ALLEGEDLY": true, "PURPORTEDLY": true, "SUPPOSEDLY": true,
	"RUMOREDLY": true, "RUMOUREDLY": true,
}

// hedgeVerbs present their clausal complement as unconfirmed: "reports
// suggested that", "it is rumoured that", "alleged that".
var hedgeVerbs = map[string]bool{
	"SUGGEST": true, "SPECULATE": true, "RUMOUR": true, "RUMOR": true, "ALLEGE": true,
}

// hearsayVerbs, in the passive, present their open complement as
// hearsay: "is said to have", "is reported to", "is believed to".
var hearsayVerbs = map[string]bool{
	"SAY": true, "REPORT": true, "BELIEVE": true, "THINK": true, "RUMOUR": true, "RUMOR": true,
	"ALLEGE": true, "UNDERSTAND": true, "CLAIM": true, "SUPPOSE": true, "SUGGEST": true,
}

// hedgeQualifiers mark a report as unconfirmed: "unconfirmed reports
// said", "according to unverified reports".
var hedgeQualifiers = map[string]bool{
	"UNCONFIRMED": true, "UNVERIFIED": true, "UNSUBSTANTIATED": true, "UNSOURCED": true,
}

// hedgeSources are reports that are no more than talk: "rumours said".
var hedgeSources = map[string]bool{
	"RUMOUR": true, "RUMOR": true, "SPECULATION": true, "GOSSIP": true,
}

// hedged reports whether predicate v is told as hearsay rather than
// asserted: a hedging adverb of its clause or of a clause that governs
// it ("reportedly held talks"), a complement of a hedging verb ("reports
// suggested that X ...", "X is said to have ..."), or of a report that
// is unconfirmed ("unconfirmed reports said"). Attribution is no hedge:
// "X said that Y ..." and "according to reports, Y ..." stay asserted.
func hedged(t *tree, v int) bool {
	for depth, c := 0, v; depth < 8 && c >= 0; depth++ {
		for _, k := range t.kids[c] {
			switch t.base(k) {
			case "advmod":
				if hedgeAdverbs[t.keys[k]] && !attributed(t) {
					return true
				}
			case "nsubj", "obl", "nmod":
				if t.isVerb(c) && unconfirmedReport(t, k) {
					return true
				}
			}
		}
		p := t.head[c]
		if p < 0 {
			break
		}
		switch t.base(c) {
		case "ccomp":
			if hedgeVerbs[t.lemmas[p]] {
				return true
			}
		case "xcomp":
			if hearsayVerbs[t.lemmas[p]] && t.passive(p) {
				return true
			}
		}
		c = p
	}
	return false
}

// attributed reports whether the sentence names the source of its
// report ("according to Gondor", wherever the parser hung it), which
// outweighs a hedging adverb.
func attributed(t *tree) bool {
	for d := range t.keys {
		if t.keys[d] != "ACCORDING" || t.base(d) != "case" {
			continue
		}
		if n := t.head[d]; n >= 0 && !unconfirmedReport(t, n) {
			return true
		}
	}
	return false
}

// unconfirmedReport reports whether noun n is a report qualified as
// unconfirmed or a rumour: "unconfirmed reports", "rumours".
func unconfirmedReport(t *tree, n int) bool {
	if hedgeSources[t.lemmas[n]] {
		return true
	}
	for _, d := range t.kids[n] {
		if t.base(d) == "amod" && hedgeQualifiers[t.keys[d]] {
			return true
		}
	}
	return false
}

// clauseModality returns the modality of predicate v's clause and of the
// clauses that govern it.
func clauseModality(t *tree, v int) dyad.Modality {
	m := ownModality(t, v)
	// Clauses inherit from the clauses that govern them.
	for depth, c := 0, v; depth < 6; depth++ {
		p := t.head[c]
		if p < 0 {
			break
		}
		switch t.base(c) {
		case "xcomp":
			if negVerbs[t.lemmas[p]] {
				return dyad.ModalityNegated
			}
			pm := ownModality(t, p)
			if pm != dyad.ModalityAsserted {
				return pm
			}
			if m == dyad.ModalityAsserted {
				if futureVerbs[t.lemmas[p]] {
					m = dyad.ModalityFuture
				} else if hypoVerbs[t.lemmas[p]] || (tellVerbs[t.lemmas[p]] && hasAddressee(t, p)) {
					m = dyad.ModalityHypothetical
				}
			}
		case "advcl", "acl", "obl", "nmod":
			// "warned Gondor against sending troops": what the warning
			// is against has not been done.
			if m == dyad.ModalityAsserted && tellVerbs[t.lemmas[p]] && (markOf(t, c) == "AGAINST" || t.caseOf(c) == "AGAINST") {
				return dyad.ModalityHypothetical
			}
			// "refrained from establishing ties"; "declined to meet",
			// the complement read as an adverbial clause.
			if negVerbs[t.lemmas[p]] && (t.caseOf(c) == "FROM" || (t.base(c) == "advcl" && markOf(t, c) == "TO")) {
				return dyad.ModalityNegated
			}
			// "accused Gondor of attacking Rohan": alleged, not asserted.
			if m == dyad.ModalityAsserted && t.caseOf(c) == "OF" {
				if accuseVerbs[t.lemmas[p]] || (t.head[p] >= 0 && t.rel(p) == "obj" && accuseVerbs[t.lemmas[t.head[p]]]) {
					return dyad.ModalityHypothetical
				}
			}
			// "plans to recognise", "its intention of recognising"
			if m == dyad.ModalityAsserted && futureNouns[t.lemmas[p]] {
				return dyad.ModalityFuture
			}
			if n := nounComplemented(t, c); n >= 0 {
				// "over the Rohan decision to recognise Gondor", the
				// clause hung from the verb: the noun's.
				if m == dyad.ModalityAsserted && futureNouns[t.lemmas[n]] {
					return dyad.ModalityFuture
				}
				return m
			}
			// A purpose clause of a hypothetical act: "could be used to threaten".
			if m == dyad.ModalityAsserted && t.base(c) == "advcl" && markOf(t, c) == "TO" {
				if pm := ownModality(t, p); pm != dyad.ModalityAsserted {
					return pm
				}
				if objectControl[t.lemmas[p]] && hasObj(t, p) {
					// "urged Gondor to cease fire", the complement read
					// as an adverbial clause: as an open complement.
					switch {
					case hypoVerbs[t.lemmas[p]] || tellVerbs[t.lemmas[p]]:
						return dyad.ModalityHypothetical
					case futureVerbs[t.lemmas[p]]:
						return dyad.ModalityFuture
					}
				}
				// "endorsed a motion to recognise", "sent troops to take
				// the town": a purpose, not yet an act.
				if t.isVerb(p) && !objectControl[t.lemmas[p]] && !copulaLike[t.lemmas[p]] {
					return dyad.ModalityFuture
				}
			}
			return m
		case "conj":
			if m == dyad.ModalityAsserted {
				if pm := ownModality(t, p); pm != dyad.ModalityAsserted && pm != dyad.ModalityConditional {
					m = pm
				}
			}
			c = p
			continue
		case "ccomp":
			if mk := markOf(t, c); mk == "WHETHER" || mk == "IF" {
				return dyad.ModalityQuestion
			}
			// "X said it would recognise Y": the future seen from the
			// past, an announced intention.
			if m == dyad.ModalityHypothetical && speechVerbs[t.lemmas[p]] && hasAux(t, c, "WOULD", "'D") {
				m = dyad.ModalityFuture
			}
			if m == dyad.ModalityAsserted {
				if pm := ownModality(t, p); pm == dyad.ModalityNegated || pm == dyad.ModalityQuestion {
					return pm
				}
			}
			return m
		default:
			return m
		}
		c = p
	}
	return m
}

// accuseVerbs present the act of their "of" complement as an allegation:
// "accused X of V-ing", "suspected of attacking".
var accuseVerbs = map[string]bool{
	"ACCUSE": true, "SUSPECT": true, "ACCUSATION": true, "ALLEGATION": true, "SUSPICION": true,
}

// speechVerbs report what their clausal complement says.
var speechVerbs = map[string]bool{
	"SAY": true, "ANNOUNCE": true, "STATE": true, "DECLARE": true, "CONFIRM": true, "TELL": true,
	"ADD": true, "WRITE": true, "NOTE": true, "REPORT": true, "INDICATE": true, "SIGNAL": true,
}

// hasAux reports whether clause v has one of the auxiliaries.
func hasAux(t *tree, v int, aux ...string) bool {
	for _, k := range t.kids[v] {
		if t.base(k) == "aux" {
			for _, a := range aux {
				if t.keys[k] == a {
					return true
				}
			}
		}
	}
	return false
}

// markOf returns the upper-case subordinating conjunction of clause v.
func markOf(t *tree, v int) string {
	for _, k := range t.kids[v] {
		if t.base(k) == "mark" {
			return t.keys[k]
		}
	}
	return ""
}

// ownModality reads the auxiliaries, negations and markers of v itself.
func ownModality(t *tree, v int) dyad.Modality {
	neg, hypo, fut, cond, quest := false, false, false, false, false
	ifClause := false
	for _, k := range t.kids[v] {
		r := t.rel(k)
		key := t.keys[k]
		switch {
		case r == "advmod:neg" || ((r == "advmod" || r == "det" || r == "aux" || r == "cc:preconj") && negators[key] && key != "NO"):
			neg = true
		case r == "aux" || r == "aux:pass":
			switch key {
			case "COULD", "MIGHT", "MAY", "WOULD", "SHOULD", "CAN", "MUST", "'D":
				hypo = true
			case "WILL", "SHALL", "'LL", "WO":
				fut = true
			}
		case r == "mark":
			switch key {
			case "IF", "UNLESS":
				cond = true
			case "WHETHER":
				quest = true
			}
		case r == "advcl":
			if mk := markOf(t, k); mk == "IF" || mk == "UNLESS" {
				ifClause = true
			}
		case r == "nsubj" || r == "nsubj:pass" || r == "obj":
			for _, d := range t.kids[k] {
				if t.keys[d] == "NO" || (t.keys[d] == "NEITHER" && t.base(d) == "det") {
					neg = true
				}
			}
			switch key {
			case "NOBODY", "NONE", "NOTHING", "NEITHER":
				if r != "obj" {
					neg = true
				}
			}
		}
	}
	if t.keys[v] == "NEVER" {
		neg = true
	}
	// "plan to recognise" with "plan" read as a noun or misattached.
	if !neg && !hypo && !fut && v >= 2 {
		switch t.keys[v-1] {
		case "TO":
			fut = futureVerbs[t.lemmas[v-2]] || futureNouns[t.lemmas[v-2]]
			neg = t.keys[v-2] == "YET" // "is yet to share", "has yet to recognise"
		case "ON", "OF", "FOR":
			fut = futureNouns[t.lemmas[v-2]]
		}
	}
	// An if-clause makes a modal clause conditional ("would recognise if
	// ..."); a past act with an if-clause hanging off it stays asserted.
	if ifClause && (hypo || fut) {
		cond = true
	}
	switch {
	case neg:
		return dyad.ModalityNegated
	case quest:
		return dyad.ModalityQuestion
	case cond:
		return dyad.ModalityConditional
	case hypo:
		return dyad.ModalityHypothetical
	case fut:
		return dyad.ModalityFuture
	}
	return dyad.ModalityAsserted
}

// linearModality reads modality from the words before v when there is no
// parse: a negation or auxiliary among the three words before the verb.
func linearModality(t *tree, v int) dyad.Modality {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch t.keys[k] {
		case "NOT", "N'T", "NEVER":
			return dyad.ModalityNegated
		case "WOULD", "'D":
			// "announced it would free": the future seen from the
			// past, as in a parsed complement of a verb of speech.
			if reportedWould(t, k) {
				return dyad.ModalityFuture
			}
			return dyad.ModalityHypothetical
		case "COULD", "MIGHT", "MAY", "SHOULD", "CAN":
			return dyad.ModalityHypothetical
		case "WILL", "SHALL", "'LL":
			return dyad.ModalityFuture
		case ",", ".", ";":
			return dyad.ModalityAsserted
		}
	}
	return dyad.ModalityAsserted
}

// reportedWould reports whether the "would" at k follows a verb of speech
// and its subject ("announced it would", "said that Gondor would").
func reportedWould(t *tree, k int) bool {
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		switch t.keys[j] {
		case ",", ".", ";", ":":
			return false
		}
		if speechVerbs[t.lemmas[j]] && t.toks[j].UPOS == "VERB" {
			return true
		}
	}
	return false
}
