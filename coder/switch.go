package coder

// switchVerbs switch a state's recognition from one state to another.
var switchVerbs = map[string]bool{"SWITCH": true, "SHIFT": true, "TRANSFER": true, "MOVE": true, "CHANGE": true}

// switchObjects are what is switched.
var switchObjects = map[string]bool{
	"RECOGNITION": true, "ALLEGIANCE": true, "TIE": true, "TIES": true, "RELATION": true, "RELATIONS": true,
	"RELATIONSHIP": true, "LOYALTY": true,
}

// codeSwitch codes "Nauru switched its diplomatic allegiance from Taiwan
// to China": a break with the first state (161) and recognition of the
// second (054), as dyad's guidelines code a switch of recognition. It
// reports whether the construction was found.
func (c *Coder) codeSwitch(st *sent, v int, evs []coded) ([]coded, bool) {
	t := st.t
	if !t.parsed || !switchVerbs[t.lemmas[v]] {
		return evs, false
	}
	obj := false
	var from, to []int
	var visit func(h, depth int)
	visit = func(h, depth int) {
		for _, k := range t.kids[h] {
			if !t.isOblique(k) {
				continue
			}
			switch t.caseOf(k) {
			case "FROM":
				from = st.actorsOf(k, from)
			case "TO":
				to = st.actorsOf(k, to)
			}
			if depth < 2 {
				visit(k, depth+1)
			}
		}
	}
	visit(v, 0)
	for _, k := range t.kids[v] {
		if t.rel(k) == "obj" && switchObjects[t.lemmas[k]] {
			obj = true
			visit(k, 0)
		}
	}
	srcs := collapse(st, st.sources(v))
	if !obj || len(from) == 0 || len(to) == 0 || len(srcs) == 0 {
		return evs, false
	}
	mod := modality(t, v)
	for _, s := range srcs {
		for _, f := range from {
			if st.ms[s].Country != st.ms[f].Country {
				evs = append(evs, coded{verb: v, src: s, tgt: f, code: "161", modality: mod})
			}
		}
		for _, g := range to {
			if st.ms[s].Country != st.ms[g].Country {
				evs = append(evs, coded{verb: v, src: s, tgt: g, code: "054", modality: mod})
			}
		}
	}
	return evs, true
}
