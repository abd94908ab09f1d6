package nlp

import (
	"os"
	"strings"
	"testing"

	"dyad/internal/cputime"
)

// benchText is invented news-like text: 20 sentences of 25 to 45 tokens,
// repeated.
func benchText(b *testing.B) string {
	data, err := os.ReadFile("testdata/split_bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(data), 10)
}

func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	d := Tokenize(text)
	sents, toks := len(d.Sentences), 0
	for _, s := range d.Sentences {
		toks += len(s.Tokens)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Used()
	for b.Loop() {
		Tokenize(text)
	}
	cpu = cputime.Used() - cpu
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(sents*b.N)/sec, "sentences/s")
	b.ReportMetric(float64(toks*b.N)/sec, "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(sents*b.N)/cpu.Seconds(), "sentences/cpu-s")
		b.ReportMetric(float64(toks*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

func BenchmarkSplitSentences(b *testing.B) {
	text := benchText(b)
	sents := len(SplitSentences(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Used()
	for b.Loop() {
		SplitSentences(text)
	}
	cpu = cputime.Used() - cpu
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
	if cpu > 0 {
		b.ReportMetric(float64(sents*b.N)/cpu.Seconds(), "sentences/cpu-s")
	}
}
