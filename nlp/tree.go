package nlp

import "strings"

// Parsed reports whether every token of s has a head.
func (s *Sentence) Parsed() bool {
	for i := range s.Tokens {
		if s.Tokens[i].Head < 0 {
			return false
		}
	}
	return len(s.Tokens) > 0
}

// InClause reports whether token m belongs to the clause of predicate v:
// m is v, or m hangs from v through a chain of heads that does not pass
// through the head of another clause (a ccomp, advcl, parataxis, conj,
// csubj, xcomp or relative clause). Indices are 0-based; it is false when
// the sentence is not parsed.
func (s *Sentence) InClause(m, v int) bool {
	if m < 0 || v < 0 || m >= len(s.Tokens) || v >= len(s.Tokens) {
		return false
	}
	cur := m
	for steps := 0; steps <= len(s.Tokens); steps++ {
		if cur == v {
			return true
		}
		if cur != m && clauseHead(s.Tokens[cur].Rel) {
			return false
		}
		h := s.Tokens[cur].Head - 1
		if h < 0 || h >= len(s.Tokens) {
			return false
		}
		cur = h
	}
	return false
}

// clauseHead reports whether a token attached by rel heads a clause of its
// own.
func clauseHead(rel string) bool {
	base, sub, _ := strings.Cut(rel, ":")
	switch base {
	case "ccomp", "advcl", "parataxis", "conj", "csubj", "xcomp":
		return true
	case "acl":
		return sub == "relcl"
	}
	return false
}

// TokenAt returns the index of the token of s that covers byte offset off,
// or the first token after it, or -1.
func (s *Sentence) TokenAt(off int) int {
	for i := range s.Tokens {
		if s.Tokens[i].End > off {
			return i
		}
	}
	return -1
}
