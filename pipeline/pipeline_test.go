package pipeline

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad"
	"dyad/coder"
	"dyad/nlp/annotate"
)

func TestPipeline(t *testing.T) {
	p, note, err := Default(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if note != "" {
		t.Log(note)
	}
	a := dyad.Article{
		ID:        "t1",
		Published: time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC),
		Text:      "Spain recognised Palestine on Tuesday. The Spanish government did not recognise Atlantis.",
	}
	var wg sync.WaitGroup
	results := make([][]dyad.Event, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			evs, err := p.Code(context.Background(), a)
			if err != nil {
				t.Error(err)
			}
			results[i] = evs
		}()
	}
	wg.Wait()
	evs := results[0]
	found := false
	for _, e := range evs {
		if e.ArticleID != "t1" || e.ID == "" {
			t.Errorf("event without IDs: %+v", e)
		}
		if !coder.International(&e) {
			t.Errorf("domestic event kept: %+v", e)
		}
		if e.Source.Country == "ESP" && e.Target.Country == "PSE" && e.Code == "054" && e.Modality == dyad.ModalityAsserted {
			found = true
			if got := a.Text[e.Span[0]:e.Span[1]]; !strings.Contains(got, "recognised") {
				t.Errorf("span %v is %q", e.Span, got)
			}
		}
	}
	if !found {
		t.Errorf("no ESP 054 PSE in %+v", evs)
	}
	for _, r := range results[1:] {
		if len(r) != len(evs) {
			t.Errorf("concurrent runs differ: %d and %d events", len(r), len(evs))
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Code(ctx, a); err == nil {
		t.Error("no error from a cancelled context")
	}
}

// BenchmarkCodeArticle measures coding end to end: tokenising, tagging,
// parsing and coding. It reports sentences per second on one core.
func BenchmarkCodeArticle(b *testing.B) {
	ann, err := annotate.New()
	if err != nil {
		b.Skipf("skipping: no annotator: %v", err)
	}
	c, err := coder.Default()
	if err != nil {
		b.Fatal(err)
	}
	p := New(ann, c, Options{})
	text := strings.Repeat("Spain, Ireland and Norway recognised Palestine on Tuesday, the foreign ministry said. "+
		"The Israeli government recalled its ambassadors from the three countries in protest. "+
		"Officials in Madrid said they would not change course. ", 4)
	a := dyad.Article{ID: "b", Published: time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC), Text: text}
	sents := len(ann.Annotate(text).Sentences)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if _, err := p.Code(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(sents*b.N)/time.Since(start).Seconds(), "sentences/s")
}

// TestSettingOnNews checks dates and places that depend on the parse:
// the announced act is dated by its own clause and the announcement by
// publication; a country that only qualifies a noun is no place; a
// sentence that starts with a list of states has no dateline.
func TestSettingOnNews(t *testing.T) {
	p, note, err := Default(Options{})
	if err != nil || note != "" {
		t.Skipf("skipping: %v %s", err, note)
	}
	pub := time.Date(2024, 5, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, code, modality, date, place string
	}{
		{"Spain said it will recognise Palestine next week.", "054", "future", "2024-05", ""},
		{"Spain said it will recognise Palestine next week.", "032", "asserted", "2024-05-22", ""},
		{"The European Union approved new sanctions against Russia over the Ukraine war.", "163", "asserted", "2024-05-22", ""},
		{"Spain, Ireland and Norway recognised Palestine on Tuesday.", "054", "asserted", "2024-05-21", ""},
	}
	for _, tt := range tests {
		evs, err := p.Code(context.Background(), dyad.Article{ID: "t", Published: pub, Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range evs {
			if e.Code != tt.code || string(e.Modality) != tt.modality {
				continue
			}
			found = true
			place := ""
			if e.Location != nil {
				place = e.Location.Name
			}
			if e.Date != tt.date || place != tt.place {
				t.Errorf("%q %s: date %s place %q, want %s %q", tt.text, tt.code, e.Date, place, tt.date, tt.place)
			}
		}
		if !found {
			t.Errorf("%q: no %s %s event in %v", tt.text, tt.modality, tt.code, evs)
		}
	}
}
