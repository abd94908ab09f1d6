package annotate

import (
	"strings"
	"testing"

	"dyad/nlp"
)

func TestTruecase(t *testing.T) {
	tests := []struct {
		text string
		want string // the forms the tagger sees; "" when the sentence is not title case
	}{
		{"Belize Ends Diplomatic Relations With Israel", "Belize ends diplomatic relations with Israel"},
		{"Malta Joins Wave of States Recognizing Palestine", "Malta joins wave of states recognizing Palestine"},
		{"UK, Australia And Canada Recognize State Of Palestine", "UK , Australia and Canada recognize state of Palestine"},
		// Running text, even with many names and titles, is left alone.
		{"Russian Ambassador to Afghanistan Dmitry Zhirnov formally informed Foreign Minister Amir Khan Muttaqi about the decision.", ""},
		{"The minister met his Chilean counterpart in Geneva on Tuesday.", ""},
		{"Chile And Peru", ""}, // too short to tell
	}
	a, err := New()
	if err != nil {
		t.Skipf("no models: %v", err)
	}
	for _, tt := range tests {
		d := nlp.Tokenize(tt.text)
		toks := d.Sentences[0].Tokens
		orig := truecase(toks)
		var forms []string
		for _, tk := range toks {
			forms = append(forms, tk.Form)
		}
		got := strings.Join(forms, " ")
		if tt.want == "" {
			if orig != nil {
				t.Errorf("%q: truecased as %q, want it left alone", tt.text, got)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("%q: truecased as %q, want %q", tt.text, got, tt.want)
		}
		restoreForms(toks, orig)
		// The annotated document keeps the original forms, with lemmas
		// and tags of running text.
		ad := a.Annotate(tt.text)
		for i, tk := range ad.Sentences[0].Tokens {
			if tk.Form != tt.text[tk.Start:tk.End] {
				t.Errorf("%q: token %d has form %q, text %q", tt.text, i, tk.Form, tt.text[tk.Start:tk.End])
			}
		}
	}
	d := a.Annotate("Belize Ends Diplomatic Relations With Israel")
	if tk := d.Sentences[0].Tokens[1]; tk.UPOS != "VERB" || tk.Lemma != "end" {
		t.Errorf("Ends: %s %q, want VERB end", tk.UPOS, tk.Lemma)
	}
}
