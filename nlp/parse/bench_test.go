package parse

import (
	"testing"
	"time"

	"dyad/nlp"
)

// BenchmarkParse parses the first 1000 sentences of EWT dev with their gold
// tags.
func BenchmarkParse(b *testing.B) {
	dev := readDoc(b, ewtPath(b, "dev")).Sentences[:1000]
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	toks := 0
	for _, s := range dev {
		toks += len(s.Tokens)
	}
	var buf []nlp.Token
	start := time.Now()
	for b.Loop() {
		for _, s := range dev {
			buf = append(buf[:0], s.Tokens...)
			p.Parse(buf)
		}
	}
	b.ReportMetric(float64(toks*b.N)/time.Since(start).Seconds(), "tokens/s")
}
