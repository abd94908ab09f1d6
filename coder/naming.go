package coder

// namingVerbs name or describe their object: "called Putin a friend",
// "described Rohan as a threat", "termed the claims baseless".
var namingVerbs = map[string]bool{
	"CALL": true, "TERM": true, "DUB": true, "BRAND": true, "LABEL": true, "DESCRIBE": true, "CHARACTERIZE": true,
	"CHARACTERISE": true,
}

// praiseWords and blameWords give a description its tone: calling a state
// a friend praises it (051), calling it a threat criticises it (111).
var praiseWords = map[string]bool{
	"FRIEND": true, "ALLY": true, "PARTNER": true, "BROTHER": true, "BRAVE": true, "GREAT": true, "HISTORIC": true,
	"BOLD": true, "COURAGEOUS": true, "WISE": true, "POSITIVE": true, "LANDMARK": true, "MILESTONE": true,
	"HONEST": true, "DEAR": true, "BREAKTHROUGH": true, "EXCELLENT": true, "IMPORTANT": true, "SIGNIFICANT": true,
	"WELCOME": true, "CONSTRUCTIVE": true, "FRIENDLY": true, "GENEROUS": true, "RESPONSIBLE": true,
}

var blameWords = map[string]bool{
	"THREAT": true, "TERRORIST": true, "AGGRESSOR": true, "ILLEGAL": true, "ILLEGITIMATE": true, "PROVOCATION": true,
	"PROVOCATIVE": true, "PREPOSTEROUS": true, "BASELESS": true, "ABSURD": true, "UNACCEPTABLE": true,
	"DANGEROUS": true, "IRRESPONSIBLE": true, "VIOLATION": true, "CRIME": true, "GENOCIDE": true, "HOSTILE": true,
	"ENEMY": true, "LIE": true, "MISTAKE": true, "OUTRAGEOUS": true, "SHAMEFUL": true, "RIDICULOUS": true,
	"INTERFERENCE": true, "AGGRESSION": true, "RECKLESS": true, "UNFOUNDED": true, "ABSURDITY": true,
}

// codeNaming codes "X called Y Z": praise (051) or criticism (111) of Y by
// the tone of Z, and nothing when Z has no tone. It reports whether v
// names its object so; then the verb's own codes (CALL as an appeal) do
// not apply.
func (c *Coder) codeNaming(st *sent, v int, evs []coded) ([]coded, bool) {
	t := st.t
	if !t.parsed || !namingVerbs[t.lemmas[v]] {
		return evs, false
	}
	obj, pred := -1, -1
	for _, k := range t.kids[v] {
		switch r := t.rel(k); {
		case r == "obj" && obj < 0:
			obj = k
		case r == "obj" || r == "obl:unmarked" || (r == "xcomp" && !t.isVerb(k)):
			pred = k
		case t.isOblique(k) && t.caseOf(k) == "AS":
			pred = k
		}
	}
	if obj >= 0 && pred < 0 {
		for _, k := range t.kids[obj] {
			if t.base(k) == "appos" {
				pred = k
			}
		}
	}
	if obj < 0 || pred < 0 {
		return evs, false
	}
	code := ""
	for _, k := range t.subtree(pred, nil, func(k int) bool { return t.clausal(k) }) {
		switch l := t.lemmas[k]; {
		case negators[t.keys[k]]:
			return evs, true
		case blameWords[l] || blameWords[t.keys[k]]:
			code = "111"
		case code == "" && (praiseWords[l] || praiseWords[t.keys[k]]):
			code = "051"
		}
	}
	if code == "" {
		return evs, true
	}
	srcs := collapse(st, st.sources(v))
	tgts := collapse(st, st.actorsOf(obj, nil))
	if len(tgts) == 0 {
		// "called this a great day for Israel": the one the name is for.
		for _, k := range t.subtree(pred, nil, func(k int) bool { return t.clausal(k) }) {
			if t.isOblique(k) && (t.caseOf(k) == "FOR" || t.caseOf(k) == "TO") {
				if m := st.actorOf(k); m >= 0 && st.ms[m].Country != "" {
					tgts = append(tgts, m)
					break
				}
			}
		}
	}
	mod := modality(t, v)
	for _, s := range srcs {
		for _, g := range tgts {
			if st.ms[s].Country != st.ms[g].Country && st.ms[s].Code != st.ms[g].Code {
				evs = append(evs, coded{verb: v, src: s, tgt: g, code: code, modality: mod})
			}
		}
	}
	return evs, true
}
