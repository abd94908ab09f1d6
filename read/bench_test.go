package read

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// jsonlCorpus returns n invented articles as JSON lines, about 2 KB each.
func jsonlCorpus(n int) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	body := strings.Repeat("The foreign minister of Freedonia met her Sylvanian counterpart in Ostrava Nova on Tuesday to discuss the river treaty. ", 16)
	for i := range n {
		enc.Encode(map[string]any{
			"id":        fmt.Sprintf("bench-%d", i),
			"url":       fmt.Sprintf("https://bench.example/%d", i),
			"outlet":    "Bench Wire",
			"published": fmt.Sprintf("2030-01-%02dT10:00:00Z", i%28+1),
			"title":     fmt.Sprintf("Story number %d", i),
			"text":      fmt.Sprintf("%s Paragraph %d.", body, i),
		})
	}
	return buf.Bytes()
}

func BenchmarkReadJSONL(b *testing.B) {
	const n = 10000
	data := jsonlCorpus(n)
	r := New(Options{})
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		count := 0
		for _, err := range r.ReadFrom(context.Background(), "bench.jsonl", bytes.NewReader(data)) {
			if err != nil {
				b.Fatal(err)
			}
			count++
		}
		if count != n {
			b.Fatalf("read %d articles, want %d", count, n)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
