package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestNLPParseCommand(t *testing.T) {
	out, _, err := run(t, "Chile recalled its ambassador. Talks resumed on Monday.\n", "parse")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# text = Chile recalled its ambassador.",
		"# text = Talks resumed on Monday.",
		"TokenRange=0:5",
		"SpaceAfter=No|TokenRange=",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestNLPEvalParserCommand(t *testing.T) {
	last := regexp.MustCompile(`(?m)^LAS [0-9.]+ UAS [0-9.]+ UPOS [0-9.]+ XPOS [0-9.]+ LEMMA [0-9.]+\n$`)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"gold tokens", []string{"eval", "parser", "--gold", "../../nlp/parse/testdata/tiny.conllu"}, []string{"UPOS", "LAS-univ"}},
		{"raw", []string{"eval", "parser", "--raw", "--gold", "../../nlp/parse/testdata/tiny.conllu"}, []string{"Tokens", "Sentences"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := run(t, "", tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			if !last.MatchString(out) {
				t.Errorf("last line is not machine-readable:\n%s", out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
	if _, _, err := run(t, "", "eval", "parser", "--gold", "no-such-file.conllu"); err == nil {
		t.Error("missing gold file did not fail")
	}
}

func TestNLPTrainCommands(t *testing.T) {
	dir := t.TempDir()
	tiny := "../../nlp/parse/testdata/tiny.conllu"
	if _, _, err := run(t, "", "train", "tagger", "--train", tiny, "--dev", tiny, "--epochs", "3", "--out", dir+"/t.bin"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run(t, "", "train", "parser", "--train", tiny, "--dev", tiny, "--tagger", dir+"/t.bin",
		"--jackknife", "2", "--epochs", "3", "--out", dir+"/p.bin"); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "", "eval", "parser", "--gold", tiny, "--tagger", dir+"/t.bin", "--parser", dir+"/p.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "LAS ") {
		t.Errorf("eval output:\n%s", out)
	}
}
