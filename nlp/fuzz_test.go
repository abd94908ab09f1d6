package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are starting inputs for the fuzz targets.
func fuzzSeeds(f *testing.F) {
	for _, tc := range splitCases {
		f.Add(tc.text)
	}
	for _, tc := range tokenCases {
		f.Add(tc.text)
	}
	f.Add(strings.Repeat("!?.", 100))
	f.Add(strings.Repeat("((\"'", 50) + "x")
	f.Add("\xe2\x80\x99s\xe2\x80 n\xe2\x80\x99t \xe2\x80\x9c\xe2")
	f.Add("U.S.. U.S.-led 1.-2. -.5 '' `` 5''s ''s n't 's")
	f.Add("1.\n2)\n(a)\n- \n\u2022\n\n\n.")
}

func FuzzTokenize(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := Tokenize(text)
		checkDoc(t, text, d)
		spans := SplitSentences(text)
		if len(spans) != len(d.Sentences) {
			t.Fatalf("SplitSentences found %d sentences, Tokenize %d", len(spans), len(d.Sentences))
		}
		for i, s := range d.Sentences {
			if spans[i] != [2]int{s.Start, s.End} {
				t.Fatalf("sentence %d: SplitSentences %v, Tokenize %d:%d", i, spans[i], s.Start, s.End)
			}
		}
		// TokenizeSentence on each sentence covers the same characters.
		for _, s := range d.Sentences {
			toks := TokenizeSentence(text, s.Start, s.End)
			if len(toks) == 0 || toks[0].Start != s.Start || toks[len(toks)-1].End != s.End {
				t.Fatalf("TokenizeSentence(%d, %d) covers different text", s.Start, s.End)
			}
			prev := s.Start
			for _, tok := range toks {
				if tok.Start < prev || tok.Start >= tok.End || tok.End > s.End || tok.Form != text[tok.Start:tok.End] {
					t.Fatalf("TokenizeSentence: bad token %q %d:%d", tok.Form, tok.Start, tok.End)
				}
				prev = tok.End
			}
		}
	})
}

func FuzzSplit(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		// TokenizeSentence on an arbitrary range, maybe inside a rune
		lo, hi := len(text)/3, len(text)-len(text)/4
		prev := lo
		for _, tok := range TokenizeSentence(text, lo, hi) {
			if tok.Start < prev || tok.Start >= tok.End || tok.End > hi || tok.Form != text[tok.Start:tok.End] {
				t.Fatalf("TokenizeSentence(%d, %d): bad token %q %d:%d", lo, hi, tok.Form, tok.Start, tok.End)
			}
			prev = tok.End
		}
		prev = 0
		for _, s := range SplitSentences(text) {
			if s[0] < prev || s[0] >= s[1] || s[1] > len(text) {
				t.Fatalf("bad sentence span %v after %d in text of length %d", s, prev, len(text))
			}
			sent := text[s[0]:s[1]]
			last, size := utf8.DecodeLastRuneInString(sent)
			if spaceAt(sent, 0) || kindOf(last, size) == kSpace || kindOf(last, size) == kNewline {
				t.Fatalf("sentence %q starts or ends with white space", sent)
			}
			// the text between sentences is white space only
			for i := prev; i < s[0]; {
				k, size := kindAt(text, i)
				if k != kSpace && k != kNewline {
					t.Fatalf("text %q between sentences is not white space", text[prev:s[0]])
				}
				i += size
			}
			prev = s[1]
		}
		for i := prev; i < len(text); {
			k, size := kindAt(text, i)
			if k != kSpace && k != kNewline {
				t.Fatalf("text %q after the last sentence is not white space", text[prev:])
			}
			i += size
		}
	})
}

// TestPathological runs long degenerate inputs; quadratic behaviour would
// make it very slow.
func TestPathological(t *testing.T) {
	const n = 100000
	inputs := []string{
		strings.Repeat(".", n),
		strings.Repeat("!?", n/2),
		strings.Repeat(")", n),
		strings.Repeat("(", n),
		strings.Repeat("\"", n),
		strings.Repeat("a.", n/2),
		strings.Repeat("U.S.", n/4),
		strings.Repeat("1-", n/2),
		strings.Repeat("1-a-", n/4),
		strings.Repeat("a-", n/2),
		strings.Repeat("1,", n/2),
		strings.Repeat("a'", n/2),
		strings.Repeat("a.-", n/3),
		strings.Repeat("x.) ", n/4),
		strings.Repeat("Mr. ", n/4),
		strings.Repeat("\n", n),
		strings.Repeat("a\n", n/2),
		strings.Repeat("a b\n", n/4),
		strings.Repeat(". \n", n/3),
		strings.Repeat("\xff", n),
		strings.Repeat("\u2019", n/3),
		strings.Repeat("www.a", n/5),
		strings.Repeat("a@b.", n/4),
		strings.Repeat("1/", n/2),
		strings.Repeat("5pm", n/3),
		strings.Repeat("\u00a0", n/2),
		strings.Repeat("- a\n", n/4),
	}
	for _, text := range inputs {
		d := Tokenize(text)
		checkDoc(t, text, d)
	}
}
