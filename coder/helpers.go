package coder

// collapse keeps, of several mentions of one country, the most specific:
// "Bree President" and "Romendacil" read as two subjects are one actor.
func collapse(st *sent, list []int) []int {
	if len(list) < 2 {
		return list
	}
	out := list[:0:0]
	for _, m := range list {
		mm := &st.ms[m]
		dup := false
		for i, o := range out {
			om := &st.ms[o]
			if om.Country == "" || om.Country != mm.Country {
				continue
			}
			if om.Sector == "" && mm.Sector != "" {
				out[i] = m
				dup = true
				break
			}
			if mm.Sector == "" || mm.Code == om.Code {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, m)
		}
	}
	return out
}

// hasSubject reports whether verb v has a subject of its own.
func hasSubject(t *tree, v int) bool {
	for _, k := range t.kids[v] {
		if b := t.base(k); b == "nsubj" || b == "csubj" {
			return true
		}
	}
	return false
}

// hasObj reports whether verb v has a direct object.
func hasObj(t *tree, v int) bool {
	for _, k := range t.kids[v] {
		if t.rel(k) == "obj" {
			return true
		}
	}
	return false
}
