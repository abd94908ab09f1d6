package coder

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"dyad/eval"
	"dyad/nlp"
)

// benchDocs returns parsed sentences to code: the gold parses of the UD
// validation suite when ../shared is present, else the test sentences.
func benchDocs(b *testing.B) []*nlp.Doc {
	path := filepath.Join("..", "..", "shared", "data", "ud-petrarch", "PETR_Validate_records_2_02.xml")
	var docs []*nlp.Doc
	if f, err := os.Open(path); err == nil {
		suite, _ := eval.ReadRecords(f)
		f.Close()
		for i := range suite.Records {
			if d, err := eval.GoldParse(&suite.Records[i]); err == nil {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) == 0 {
		docs = append(docs, parsed(b, `
Spain Spain PROPN 6 nsubj
, , PUNCT 3 punct
Ireland Ireland PROPN 1 conj
and and CCONJ 5 cc
Norway Norway PROPN 1 conj
recognised recognise VERB 0 root
Palestine Palestine PROPN 6 obj
. . PUNCT 6 punct`))
	}
	return docs
}

// BenchmarkCode measures coding alone, on parsed sentences, with the
// default dictionaries; it reports sentences per second on one core.
func BenchmarkCode(b *testing.B) {
	c, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs := benchDocs(b)
	date := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)
	sents := 0
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		c.CodeDoc(d, date)
		sents += len(d.Sentences)
	}
	b.ReportMetric(float64(sents)/time.Since(start).Seconds(), "sentences/s")
}
