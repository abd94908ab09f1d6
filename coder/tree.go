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
// noun with a "by" agent of its own: "the diplomats expelled by Gondor";
// or, tagged passive, with no object or subject of its own: "two men
// sought in the slaying", "soldiers killed in Rohan" (a participle with
// an object may be a main verb the parser misread).
func (t *tree) reducedPassive(i int) bool {
	if t.base(i) != "acl" || t.toks[i].XPOS != "VBN" {
		return false
	}
	bare := t.rel(i) == "acl" && strings.Contains(t.toks[i].Feats, "Voice=Pass")
	for _, k := range t.kids[i] {
		switch r := t.rel(k); {
		case r == "obl:agent" || r == "nmod:agent" || (t.isOblique(k) && t.caseOf(k) == "BY"):
			return true
		case r == "obj" || r == "iobj" || r == "dobj" || t.base(k) == "nsubj" || r == "ccomp" || r == "xcomp":
			bare = false
		}
	}
	if bare && t.base(t.head[i]) == "nsubj" {
		// "The country called for a ceasefire and said ...": the
		// first of two main verbs read as the subject's modifier.
		h := t.head[t.head[i]]
		for _, k := range t.kids[h] {
			if t.rel(k) == "cc" && k > i && k < h {
				return false
			}
		}
	}
	return bare
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

// repairConjoinedVerb undoes a typical error of the tagger and parser:
// a past tense verb after "and" read as an adjective of its object, the
// object conjoined with a noun of the clause before ("severed ties with
// Rohan and recognised Gondor", "recognised" an amod of "Gondor" and
// "Gondor" a conjunct of "Rohan"). When the word, or its stem, is a verb
// of the dictionary (known), the verb becomes a conjunct of the clause's
// verb with the noun as its object. It reports whether it changed t; the
// tokens are copied first, so the document is left as it was.
func (t *tree) repairConjoinedVerb(known func(string) string) bool {
	if !t.parsed {
		return false
	}
	changed := false
	for a := 1; a < len(t.toks); a++ {
		tk := &t.toks[a]
		if tk.UPOS != "ADJ" || t.rel(a) != "amod" || !strings.HasSuffix(t.keys[a], "ED") ||
			tk.Form[0] < 'a' || tk.Form[0] > 'z' || t.keys[a-1] != "AND" || t.head[a-1] < 0 {
			continue
		}
		h := t.head[a]
		if h <= a || h-a > 3 || t.rel(h) != "conj" || t.head[a-1] != h {
			continue
		}
		// A name ("and recognised Gondor"), or a noun phrase whose
		// determiner follows the word, which no adjective precedes
		// ("and praised the government"; not "and affected regions").
		if t.toks[h].UPOS != "PROPN" && (t.toks[h].UPOS != "NOUN" || t.toks[a+1].UPOS != "DET") {
			continue
		}
		between := true
		for k := a + 1; k < h; k++ {
			if t.head[k] != h || (t.base(k) != "det" && t.base(k) != "amod" && t.base(k) != "compound") {
				between = false
			}
		}
		if !between {
			continue
		}
		// The verb of the clause the first conjunct belongs to.
		v := -1
		for c, depth := t.head[h], 0; c >= 0 && depth < 4; c, depth = t.head[c], depth+1 {
			if t.isVerb(c) {
				v = c
				break
			}
			switch t.base(c) {
			case "nmod", "obl", "obj", "conj", "compound":
			default:
				c = -1
			}
			if c < 0 {
				break
			}
		}
		if v < 0 || v > a {
			continue
		}
		stem := known(t.keys[a])
		if stem == "" {
			continue
		}
		if !changed {
			t.toks = append([]nlp.Token(nil), t.toks...)
			changed = true
		}
		t.toks[a].UPOS, t.toks[a].XPOS, t.toks[a].Rel, t.toks[a].Head = "VERB", "VBD", "conj", v+1
		t.lemmas[a], t.head[a] = stem, v
		t.toks[h].Rel, t.toks[h].Head, t.head[h] = "obj", a+1, a
		t.toks[a-1].Head, t.head[a-1] = a+1, a
	}
	if changed {
		for i := range t.kids {
			t.kids[i] = nil
		}
		for i, h := range t.head {
			if h >= 0 {
				t.kids[h] = append(t.kids[h], i)
			}
		}
	}
	return changed
}
