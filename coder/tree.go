package coder

import (
	"strings"

	"dyad/nlp"
)

// tree is a dependency tree over one sentence with helpers that read UD v1
// (dobj, nmod, nsubjpass, neg) and UD v2 (obj, obl, nsubj:pass) labels
// alike. Token indices are 0-based; a head of -1 is the root.
type tree struct {
	toks   []nlp.Token
	keys   []string // upper-case forms
	lemmas []string // upper-case lemmas, or forms when there is no lemma
	head   []int
	kids   [][]int
	parsed bool
}

func newTree(s *nlp.Sentence, keys []string) *tree {
	n := len(s.Tokens)
	t := &tree{toks: s.Tokens, keys: keys, lemmas: make([]string, n), head: make([]int, n), kids: make([][]int, n)}
	t.parsed = n > 0
	for i := range s.Tokens {
		tk := &s.Tokens[i]
		if tk.Lemma != "" && tk.Lemma != "_" {
			t.lemmas[i] = upper(tk.Lemma)
		} else {
			t.lemmas[i] = keys[i]
		}
		h := tk.Head - 1
		if tk.Head < 0 || h >= n || h == i {
			t.parsed = false
			h = -1
		}
		t.head[i] = h
	}
	if t.parsed {
		for i, h := range t.head {
			if h >= 0 {
				t.kids[h] = append(t.kids[h], i)
			}
		}
	}
	return t
}

// upper upper-cases s, cheaply when it is ASCII upper case already.
func upper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || ('a' <= c && c <= 'z') {
			return strings.ToUpper(s)
		}
	}
	return s
}

// rel returns the relation of token i with the UD v1 labels mapped to v2.
func (t *tree) rel(i int) string {
	r := t.toks[i].Rel
	switch r {
	case "dobj":
		return "obj"
	case "nsubjpass":
		return "nsubj:pass"
	case "auxpass":
		return "aux:pass"
	case "csubjpass":
		return "csubj:pass"
	case "neg":
		return "advmod:neg"
	}
	return r
}

// base returns the relation of token i without its subtype.
func (t *tree) base(i int) string {
	r := t.rel(i)
	if j := strings.IndexByte(r, ':'); j >= 0 {
		return r[:j]
	}
	return r
}

// isNominalMod reports whether token i attaches as a prepositional or
// oblique argument: obl (v2) or nmod (v1) with any subtype but the
// temporal and possessive ones.
func (t *tree) isOblique(i int) bool {
	switch t.rel(i) {
	case "obl", "nmod", "obl:agent", "nmod:agent", "obl:arg":
		return true
	}
	return false
}

// caseOf returns the upper-case preposition attached to token i (its case
// or mark child), or "".
func (t *tree) caseOf(i int) string {
	for _, k := range t.kids[i] {
		if b := t.base(k); b == "case" || b == "mark" {
			if t.keys[k] == "'S" || t.keys[k] == "'" {
				continue
			}
			// Multi-word prepositions ("according to", "on behalf of") keep their last word.
			return t.keys[k]
		}
	}
	return ""
}

// hasKidRel reports whether token i has a child whose relation is r.
func (t *tree) hasKidRel(i int, r string) bool {
	for _, k := range t.kids[i] {
		if t.rel(k) == r {
			return true
		}
	}
	return false
}

// kidsRel returns the children of i whose relation is r.
func (t *tree) kidsRel(i int, r string) []int {
	var out []int
	for _, k := range t.kids[i] {
		if t.rel(k) == r {
			out = append(out, k)
		}
	}
	return out
}

// passive reports whether verb i is in the passive voice.
func (t *tree) passive(i int) bool {
	for _, k := range t.kids[i] {
		switch t.rel(k) {
		case "nsubj:pass", "aux:pass", "csubj:pass":
			return true
		}
	}
	return t.reducedPassive(i)
}

// reducedPassive reports whether verb i is a participle that modifies a
// noun with a "by" agent of its own: "the diplomats expelled by Gondor".
func (t *tree) reducedPassive(i int) bool {
	if t.base(i) != "acl" || t.toks[i].XPOS != "VBN" {
		return false
	}
	for _, k := range t.kids[i] {
		if r := t.rel(k); r == "obl:agent" || r == "nmod:agent" || (t.isOblique(k) && t.caseOf(k) == "BY") {
			return true
		}
	}
	return false
}

// subtree appends to out the tokens of i's subtree, skipping the subtrees
// of children for which skip returns true.
func (t *tree) subtree(i int, out []int, skip func(k int) bool) []int {
	out = append(out, i)
	for _, k := range t.kids[i] {
		if skip != nil && skip(k) {
			continue
		}
		out = t.subtree(k, out, skip)
	}
	return out
}

// isVerb reports whether token i can head an event clause.
func (t *tree) isVerb(i int) bool {
	tk := &t.toks[i]
	switch tk.UPOS {
	case "VERB":
		return true
	case "NOUN":
		// A verb the tagger took for a noun: "Nicaragua breaks relations".
		return t.parsed && t.hasKidRel(i, "obj") && strings.HasSuffix(tk.Form, "s")
	case "AUX", "PROPN", "ADJ", "ADP", "DET", "PRON", "PUNCT", "NUM", "CCONJ", "SCONJ", "PART", "ADV", "INTJ", "SYM", "X":
		return false
	}
	return strings.HasPrefix(tk.XPOS, "VB") || tk.UPOS == "" && tk.XPOS == ""
}

// clausal reports whether the relation of k starts a clause of its own.
func (t *tree) clausal(k int) bool {
	switch t.base(k) {
	case "ccomp", "xcomp", "advcl", "parataxis", "csubj", "acl", "list", "discourse", "vocative":
		return true
	case "conj":
		return t.isVerb(k)
	}
	return false
}
