package nlp_test

import (
	"testing"

	"dyad/nlp"
)

func TestInClause(t *testing.T) {
	// "Officials who met in Paris said talks will resume in Geneva ."
	forms := []string{"Officials", "who", "met", "in", "Paris", "said", "talks", "will", "resume", "in", "Geneva", "."}
	heads := []int{6, 3, 1, 5, 3, 0, 9, 9, 6, 11, 9, 6}
	rels := []string{"nsubj", "nsubj", "acl:relcl", "case", "obl", "root", "nsubj", "aux", "ccomp", "case", "obl", "punct"}
	s := &nlp.Sentence{}
	for i := range forms {
		s.Tokens = append(s.Tokens, nlp.Token{Form: forms[i], Head: heads[i], Rel: rels[i]})
	}
	tests := []struct {
		m, v int
		want bool
	}{
		{10, 8, true},  // Geneva in resume's clause
		{10, 5, false}, // not in said's: resume heads a ccomp
		{4, 2, true},   // Paris in met's clause
		{4, 5, false},  // the relative clause is its own
		{0, 5, true},   // the subject of said
		{8, 8, true},   // a predicate is in its own clause
		{6, 8, true},
		{-1, 8, false},
		{3, 99, false},
	}
	for _, tt := range tests {
		if got := s.InClause(tt.m, tt.v); got != tt.want {
			t.Errorf("InClause(%d %s, %d) = %v, want %v", tt.m, forms[max(tt.m, 0)], tt.v, got, tt.want)
		}
	}
	if !s.Parsed() {
		t.Error("Parsed() = false for a parsed sentence")
	}
	if u := nlp.Tokenize("Not parsed."); u.Sentences[0].Parsed() {
		t.Error("Parsed() = true for a tokenised sentence")
	}
}
