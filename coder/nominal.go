package coder

import (
	"dyad"
	"dyad/actor"
)

// nominal is an event named by a noun: "Israel's recognition of
// Somaliland", "the expulsion of 23 Russian diplomats from London".
type nominal struct {
	code    string
	targets []string // prepositions that introduce the target
	from    bool     // a "from" place is the source ("expulsion ... from London")
}

// nominals are the event nouns dyad codes, by lemma.
var nominals = map[string]nominal{
	"RECOGNITION": {code: "054", targets: []string{"OF", "TO"}},
	"EXPULSION":   {code: "166", targets: []string{"OF"}, from: true},
	"SANCTION":    {code: "163", targets: []string{"ON", "AGAINST"}},
	"VISIT":       {code: "042", targets: []string{"TO"}},
	"WAR":         {code: "190", targets: []string{"IN", "ON", "AGAINST", "WITH"}},
	"ATTACK":      {code: "190", targets: []string{"ON", "AGAINST", "IN"}},
	"OFFENSIVE":   {code: "190", targets: []string{"ON", "AGAINST", "IN"}},
	"INVASION":    {code: "190", targets: []string{"OF"}},
	"BOMBARDMENT": {code: "190", targets: []string{"OF", "ON"}},
	"ONSLAUGHT":   {code: "190", targets: []string{"ON", "AGAINST", "IN"}},
	"ASSAULT":     {code: "190", targets: []string{"ON", "AGAINST", "IN"}},
	"INCURSION":   {code: "190", targets: []string{"INTO", "IN"}},
	"BOMBING":     {code: "195", targets: []string{"OF", "ON", "IN"}},
	"AIRSTRIKE":   {code: "195", targets: []string{"ON", "AGAINST", "IN"}},
}

// doVerbs perform the act their object names: "announced their formal
// recognition of Palestine" is the subject's recognition.
var doVerbs = map[string]bool{
	"ANNOUNCE": true, "DECLARE": true, "EXTEND": true, "GRANT": true, "CONFIRM": true, "GIVE": true,
	"OFFER": true, "FORMALIZE": true, "FORMALISE": true, "ACCORD": true, "MAKE": true, "COMPLETE": true,
	"IMPOSE": true, "PAY": true, "ORDER": true, "CARRY": true, "PROCLAIM": true,
}

// codeNominals codes the event nouns of the sentence. The source is the
// noun's possessor or "by" phrase, or the subject of a verb that performs
// it; the target its "of" (or "to", "on") phrase. The modality is that of
// the verb that governs the noun, unless the noun names a reason, which
// is taken for granted ("to punish Rohan for its war in Gondor").
func (c *Coder) codeNominals(st *sent, evs []coded) []coded {
	t := st.t
	if !t.parsed {
		return evs
	}
	for n := range t.toks {
		nom, ok := nominals[t.lemmas[n]]
		if !ok || t.toks[n].UPOS != "NOUN" {
			continue
		}
		var srcs, tgts []int
		for _, k := range t.kids[n] {
			r, cs := t.rel(k), t.caseOf(k)
			switch {
			case r == "nmod:poss" && st.at[k] < 0 && (t.keys[k] == "ITS" || t.keys[k] == "THEIR"):
				// "Russia is seeking munitions for its war": the subject of
				// the verb; "pressure on Russia for its war": the actor of
				// the noun; else the nearest state named before.
				if h := t.head[n]; h >= 0 && t.isVerb(h) {
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
		h := t.head[n]
		if len(srcs) == 0 && h >= 0 && t.rel(n) == "obj" && doVerbs[t.lemmas[h]] {
			srcs = st.sources(h)
		}
		srcs, tgts = collapse(st, srcs), collapse(st, tgts)
		if len(srcs) == 0 || len(tgts) == 0 {
			continue
		}
		mod := dyad.ModalityAsserted
		if h >= 0 && t.isVerb(h) && !reasonPreps[t.caseOf(n)] {
			// Not a reason, which is taken for granted whatever the
			// verb's modality: "to increase pressure on Russia for its
			// war in Ukraine".
			mod = modality(t, h)
		}
		for _, k := range t.kids[n] {
			if t.keys[k] == "NO" {
				mod = dyad.ModalityNegated
			}
		}
		for _, s := range srcs {
			for _, g := range tgts {
				if st.ms[s].Country != "" && st.ms[s].Country != st.ms[g].Country {
					evs = append(evs, coded{verb: n, src: s, tgt: g, code: nom.code, modality: mod, nominal: true})
				}
			}
		}
	}
	return evs
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
