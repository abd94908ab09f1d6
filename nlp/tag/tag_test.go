package tag

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"dyad/nlp"
	"dyad/nlp/conllu"
)

func readDoc(t testing.TB, path string) *nlp.Doc {
	t.Helper()
	d, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestRules(t *testing.T) {
	tests := []struct{ form, lemma, apply, want string }{
		{"dogs", "dog", "cats", "cat"},
		{"The", "the", "A", "a"},
		{"i", "I", "i", "I"},
		{"Paris", "Paris", "London", "London"},
		{"went", "go", "went", "go"},
		{"studies", "study", "flies", "fly"},
		{"Running", "run", "Running", "run"},
	}
	for _, tt := range tests {
		r := makeRule(tt.form, tt.lemma)
		if got, ok := r.apply(tt.form); !ok || got != tt.lemma {
			t.Errorf("rule(%q->%q) on itself = %q", tt.form, tt.lemma, got)
		}
		if got, _ := r.apply(tt.apply); got != tt.want {
			t.Errorf("rule(%q->%q) on %q = %q, want %q", tt.form, tt.lemma, tt.apply, got, tt.want)
		}
	}
}

func TestShape(t *testing.T) {
	tests := map[string]string{"Kabul": "Xx", "U.S.": "X.X.", "1,000": "d,d", "e-mail": "x-x", "NATO": "X"}
	for in, want := range tests {
		if got := shape(in); got != want {
			t.Errorf("shape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTrainTiny(t *testing.T) {
	sents := readDoc(t, "testdata/tiny.conllu").Sentences
	tg, err := Train(sents, sents, TrainOptions{Epochs: 8, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	upos, xpos, lemma := tg.Accuracy(sents)
	if upos < 0.95 || xpos < 0.95 || lemma < 0.95 {
		t.Errorf("training-set accuracy UPOS %.2f XPOS %.2f lemma %.2f, want >= 0.95", upos, xpos, lemma)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	tg2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		a, b := slices.Clone(s.Tokens), slices.Clone(s.Tokens)
		tg.Tag(a)
		tg2.Tag(b)
		if !slices.Equal(a, b) {
			t.Errorf("loaded tagger differs:\n%v\n%v", a, b)
		}
	}
	jk, err := JackKnife(sents, 2, TrainOptions{Epochs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(jk) != len(sents) || jk[0].Tokens[0].Lemma != sents[0].Tokens[0].Lemma {
		t.Errorf("JackKnife changed the sentences or lemmas")
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, nil, TrainOptions{}); err == nil {
		t.Error("Train(nil) succeeded")
	}
	if _, err := Load(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Load(garbage) succeeded")
	}
	if _, err := JackKnife(nil, 1, TrainOptions{}); err == nil {
		t.Error("JackKnife with one fold succeeded")
	}
}

func TestDefault(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "ministers", "visited", "Kabul", "on", "Monday", "and", "were", "welcomed", "."}
	toks := make([]nlp.Token, len(words))
	for i, w := range words {
		toks[i].Form = w
	}
	tg.Tag(toks)
	want := []struct{ upos, xpos, lemma string }{
		{"DET", "DT", "the"}, {"NOUN", "NNS", "minister"}, {"VERB", "VBD", "visit"}, {"PROPN", "NNP", "Kabul"},
		{"ADP", "IN", "on"}, {"PROPN", "NNP", "Monday"}, {"CCONJ", "CC", "and"}, {"AUX", "VBD", "be"},
		{"VERB", "VBN", "welcome"}, {"PUNCT", ".", "."},
	}
	for i, w := range want {
		tk := toks[i]
		if tk.UPOS != w.upos || tk.XPOS != w.xpos || tk.Lemma != w.lemma {
			t.Errorf("%s: %s %s %s, want %s %s %s", tk.Form, tk.UPOS, tk.XPOS, tk.Lemma, w.upos, w.xpos, w.lemma)
		}
	}
	tg.Tag(nil) // must not panic
}

// TestEWTDev checks the embedded tagger on EWT dev against a conservative
// floor.
func TestEWTDev(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	p := filepath.Join("..", "..", "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("UD English-EWT not found at %s; skipping", p)
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	upos, xpos, lemma := tg.Accuracy(readDoc(t, p).Sentences)
	t.Logf("EWT dev: UPOS %.2f XPOS %.2f lemma %.2f", 100*upos, 100*xpos, 100*lemma)
	if upos < 0.935 || xpos < 0.93 || lemma < 0.955 {
		t.Errorf("EWT dev UPOS %.2f XPOS %.2f lemma %.2f below the floor (93.5, 93, 95.5)", 100*upos, 100*xpos, 100*lemma)
	}
}

// TestFormat1 checks that a model in the first format (one left-to-right
// first pass, the smaller feature set, no lemma list) still saves, loads
// and tags as before.
func TestFormat1(t *testing.T) {
	sents := readDoc(t, "testdata/tiny.conllu").Sentences
	tg, err := Train(sents, nil, TrainOptions{Epochs: 4, Seed: 1, Plain: true, Forward: true, Gate: -1})
	if err != nil {
		t.Fatal(err)
	}
	tg.v2, tg.lem.known = false, nil
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	tg2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if tg2.v2 || tg2.rich || tg2.rev || tg2.gate != 0 {
		t.Fatalf("format 1 model loaded with v2 %v rich %v rev %v gate %v", tg2.v2, tg2.rich, tg2.rev, tg2.gate)
	}
	for _, s := range sents {
		a, b := slices.Clone(s.Tokens), slices.Clone(s.Tokens)
		tg.Tag(a)
		tg2.Tag(b)
		if !slices.Equal(a, b) {
			t.Errorf("loaded format 1 tagger differs:\n%v\n%v", a, b)
		}
	}
}

func TestGroupedNumber(t *testing.T) {
	for s, want := range map[string]bool{"1,100": true, "12,500.50": true, "1,000,000": true, "3,40": false, "7,5": false,
		"1100": false, ",100": false, "1234,567": false, "1,100.": false, "a,100": false} {
		if got := groupedNumber(s); got != want {
			t.Errorf("groupedNumber(%q) = %v, want %v", s, got, want)
		}
	}
}
