package annotate

import (
	"testing"

	"dyad/nlp"
)

// TestFreeObject checks the repair of an object parsed as a compound of a
// relative time phrase ("recognise Palestine next week") on hand-made
// trees, and that other compounds are left alone.
func TestFreeObject(t *testing.T) {
	tok := func(form, upos string, head int, rel string) nlp.Token {
		return nlp.Token{Form: form, UPOS: upos, Head: head, Rel: rel}
	}
	tests := []struct {
		name string
		toks []nlp.Token
		want []int // heads after the repair
	}{
		{"object before next week", []nlp.Token{
			tok("Spain", "PROPN", 2, "nsubj"), tok("recognised", "VERB", 0, "root"),
			tok("Palestine", "PROPN", 5, "compound"), tok("last", "ADJ", 5, "amod"), tok("week", "NOUN", 2, "obl:tmod"),
		}, []int{2, 0, 2, 5, 2}},
		{"a verb with an object keeps it", []nlp.Token{
			tok("Spain", "PROPN", 2, "nsubj"), tok("told", "VERB", 0, "root"), tok("Peru", "PROPN", 2, "obj"),
			tok("Chile", "PROPN", 6, "compound"), tok("next", "ADJ", 6, "amod"), tok("week", "NOUN", 2, "obl:tmod"),
		}, []int{2, 0, 2, 6, 6, 2}},
		{"a real compound", []nlp.Token{
			tok("They", "PRON", 2, "nsubj"), tok("held", "VERB", 0, "root"), tok("next", "ADJ", 5, "amod"),
			tok("fashion", "NOUN", 5, "compound"), tok("week", "NOUN", 2, "obj"),
		}, []int{2, 0, 5, 5, 2}},
	}
	for _, tt := range tests {
		freeObject(tt.toks)
		for i, tk := range tt.toks {
			if tk.Head != tt.want[i] {
				t.Errorf("%s: %s has head %d, want %d", tt.name, tk.Form, tk.Head, tt.want[i])
			}
		}
	}
	if tk := tokensOf(t, "Spain said it will recognise Palestine next week.")[5]; tk.Rel != "obj" || tk.Head != 5 {
		t.Errorf("Palestine: %s of %d, want obj of 5 (recognise)", tk.Rel, tk.Head)
	}
}

func tokensOf(t *testing.T, text string) []nlp.Token {
	t.Helper()
	a, err := New()
	if err != nil {
		t.Skipf("no models: %v", err)
	}
	return a.Annotate(text).Sentences[0].Tokens
}
