package coder

import (
	"slices"
	"strings"

	"dyad/actor"
)

// missing returns the index of a mention that stands for an actor a
// verb lacks (Options.MissingActors): the code "---" at the verb.
func (s *sent) missing(v int) int {
	tk := s.t.toks[v]
	s.ms = append(s.ms, actor.Mention{
		Tok: [2]int{v, v + 1}, Span: [2]int{tk.Start, tk.Start}, Code: "---", Kind: actor.Role,
	})
	return len(s.ms) - 1
}

// newActors adds to the sources and targets of verb v the unknown noun
// phrases of at most n words that stand where they would (Options.
// NewActorLength): each member of the subject that names no actor, and,
// when the verb has no target, its object or else its first
// prepositional phrase headed by a proper noun that is no time
// expression. Members that stand side by side, with no conjunction
// between them, are one phrase: a parser may split "Rohan's chief
// Hirluin Fair" into two subjects. An unknown phrase is coded by its
// words, upper-case, in double quotes.
func (s *sent) newActors(v int, srcs, tgts []int, n int) ([]int, []int) {
	t := s.t
	pass := t.passive(v)
	var subj, obj, obl []int
	for _, k := range t.kids[v] {
		r := t.rel(k)
		switch {
		case !pass && r == "nsubj", pass && (r == "obl:agent" || r == "nmod:agent"):
			subj = append(subj, k)
		case !pass && r == "obj", pass && r == "nsubj:pass":
			obj = append(obj, k)
		case t.isOblique(k) && t.caseOf(k) != "" && t.toks[k].UPOS == "PROPN" && !s.timeTok(k):
			obl = append(obl, k)
		}
	}
	for _, m := range s.newPhrases(subj, n) {
		if !slices.Contains(tgts, m) {
			srcs = appendUniq(srcs, m)
		}
	}
	if len(tgts) == 0 {
		ms := s.newPhrases(obj, n)
		if len(obj) == 0 && len(obl) > 0 {
			ms = s.newPhrases(obl[:1], n)
		}
		for _, m := range ms {
			if !slices.Contains(srcs, m) {
				tgts = appendUniq(tgts, m)
			}
		}
	}
	return srcs, tgts
}

// newPhrases returns the mentions of the unknown noun phrases among the
// members of heads (each head and its nominal conjuncts), those side by
// side joined, of at most n words.
func (s *sent) newPhrases(heads []int, n int) []int {
	t := s.t
	var phrases [][]int
	for _, h := range heads {
		ms := []int{h}
		for _, k := range t.kids[h] {
			if t.base(k) == "conj" && !t.isVerb(k) {
				ms = append(ms, k)
			}
		}
		for _, m := range ms {
			switch t.toks[m].UPOS {
			case "NOUN", "PROPN":
				phrases = append(phrases, s.phrase(m))
			}
		}
	}
	slices.SortFunc(phrases, func(a, b []int) int { return a[0] - b[0] })
	var merged [][]int
	for _, p := range phrases {
		if l := len(merged) - 1; l >= 0 && merged[l][len(merged[l])-1]+1 == p[0] {
			merged[l] = append(merged[l], p...)
			continue
		}
		merged = append(merged, p)
	}
	var out []int
	for _, p := range merged {
		if m := s.newActor(p, n); m >= 0 {
			out = appendUniq(out, m)
		}
	}
	return out
}

// phrase returns the tokens of the noun phrase headed by h, in order,
// without its conjuncts, clauses, appositions and punctuation, and
// without the preposition before it.
func (s *sent) phrase(h int) []int {
	t := s.t
	toks := t.subtree(h, nil, func(k int) bool {
		switch t.base(k) {
		case "conj", "cc", "acl", "appos", "punct", "parataxis", "advcl", "dep":
			return true
		case "case", "mark":
			return t.head[k] == h
		}
		return false
	})
	slices.Sort(toks)
	return toks
}

// newActor returns the index of a mention coding the phrase of tokens
// toks by its words (without a possessive "'s"), or -1 when it names an
// actor or has more than n words.
func (s *sent) newActor(toks []int, n int) int {
	t := s.t
	var words []string
	for _, k := range toks {
		if s.at[k] >= 0 {
			return -1 // an actor is in it: not new
		}
		if t.toks[k].UPOS == "PUNCT" || (t.base(k) == "case" && t.keys[k] == "'S") {
			continue
		}
		words = append(words, t.keys[k])
	}
	if len(words) == 0 || len(words) > n {
		return -1
	}
	code := `"` + strings.Join(words, " ") + `"`
	for i, m := range s.ms {
		if m.Code == code {
			return i
		}
	}
	lo, hi := toks[0], toks[len(toks)-1]
	m := actor.Mention{
		Tok: [2]int{lo, hi + 1}, Span: [2]int{t.toks[lo].Start, t.toks[hi].End},
		Code: code, Kind: actor.Role,
	}
	if m.Span[0] >= 0 && m.Span[1] <= len(s.text) && m.Span[0] <= m.Span[1] {
		m.Text = s.text[m.Span[0]:m.Span[1]]
	}
	s.ms = append(s.ms, m)
	for _, k := range toks {
		s.at[k] = len(s.ms) - 1
	}
	return len(s.ms) - 1
}
