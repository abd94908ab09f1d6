package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"dyad"
	"dyad/ingest"
	"dyad/sqlite"
)

func openStore(t testing.TB) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ingest.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// input yields n generated articles, with an error after every bad-th one.
func input(name string, n, bad int) ingest.Input {
	return func(yield func(dyad.Article, error) bool) {
		for i := range n {
			a := dyad.Article{ID: fmt.Sprintf("%s-%d", name, i), Title: "Story " + name,
				Text: fmt.Sprintf("Ruritania and Freedonia, story %d of %s.", i, name)}
			a.Finish()
			if !yield(a, nil) {
				return
			}
			if bad > 0 && i%bad == 0 {
				if !yield(dyad.Article{}, fmt.Errorf("%s:%d: broken line", name, i)) {
					return
				}
			}
		}
	}
}

// oneEvent is a Coder that codes one event per article and fails on
// articles whose text contains "fail".
type oneEvent struct{}

func (oneEvent) Code(_ context.Context, a dyad.Article) ([]dyad.Event, error) {
	if strings.Contains(a.Text, "fail") {
		return nil, errors.New("cannot code")
	}
	return []dyad.Event{{ArticleID: a.ID, Source: dyad.Actor{Code: "RUR"}, Target: dyad.Actor{Code: "FRE"},
		Code: "040", Root: "04", Quad: 1, Modality: dyad.ModalityAsserted, Evidence: a.Text}}, nil
}

func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		inputs []ingest.Input
		coder  dyad.Coder
		batch  int
		want   ingest.Stats
	}{
		{"plain", []ingest.Input{input("a", 10, 0)}, nil, 3,
			ingest.Stats{Read: 10, New: 10}},
		{"coded", []ingest.Input{input("a", 10, 0), input("b", 5, 0)}, oneEvent{}, 4,
			ingest.Stats{Read: 15, New: 15, Events: 15}},
		{"read errors", []ingest.Input{input("a", 10, 5)}, nil, 100,
			ingest.Stats{Read: 10, New: 10, Failed: 2}},
		{"repeated input", []ingest.Input{input("a", 10, 0), input("a", 10, 0)}, oneEvent{}, 7,
			ingest.Stats{Read: 20, New: 10, Duplicate: 10, Events: 10}},
		{"coding errors", []ingest.Input{input("fail", 3, 0), input("ok", 3, 0)}, oneEvent{}, 2,
			ingest.Stats{Read: 6, New: 3, Failed: 3, Events: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openStore(t)
			var errs []error
			got, err := ingest.Run(context.Background(), tt.inputs, ingest.Options{
				Store: s, Coder: tt.coder, BatchSize: tt.batch,
				OnError: func(err error) { errs = append(errs, err) },
			})
			if err != nil {
				t.Fatal(err)
			}
			got.Skipped = 0 // depends on timing between workers
			if got != tt.want {
				t.Errorf("Run = %+v, want %+v", got, tt.want)
			}
			if len(errs) != tt.want.Failed {
				t.Errorf("OnError called %d times, want %d", len(errs), tt.want.Failed)
			}
			n, _ := s.CountArticles(context.Background())
			if n != tt.want.New {
				t.Errorf("stored %d articles, want %d", n, tt.want.New)
			}
		})
	}
}

func TestRerunAddsNothing(t *testing.T) {
	s := openStore(t)
	in := []ingest.Input{input("a", 50, 0)}
	opts := ingest.Options{Store: s, Coder: oneEvent{}, BatchSize: 8}
	if _, err := ingest.Run(context.Background(), in, opts); err != nil {
		t.Fatal(err)
	}
	got, err := ingest.Run(context.Background(), in, opts)
	if err != nil {
		t.Fatal(err)
	}
	if got.New != 0 || got.Duplicate != 50 || got.Skipped != 50 || got.Events != 0 {
		t.Errorf("rerun = %+v, want 50 duplicates skipped before coding", got)
	}
}

func TestCancelKeepsCommitted(t *testing.T) {
	s := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := ingest.Run(ctx, []ingest.Input{input("a", 1000, 0)}, ingest.Options{
		Store: s, BatchSize: 10, Workers: 1,
		Progress: func(st ingest.Stats) {
			n++
			if st.Read == 25 {
				cancel()
			}
		},
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run error = %v, want context.Canceled", err)
	}
	c, _ := s.CountArticles(context.Background())
	if c < 20 || c >= 1000 {
		t.Errorf("stored %d articles after cancel, want the read ones kept and not all", c)
	}
}

func TestNoStore(t *testing.T) {
	if _, err := ingest.Run(context.Background(), nil, ingest.Options{}); err == nil {
		t.Error("Run without a store succeeded")
	}
}

// BenchmarkIngest measures ingest of generated articles into SQLite with no
// coding stage: the foundation's throughput. It reports articles/s.
func BenchmarkIngest(b *testing.B) {
	const n = 10000
	body := strings.Repeat("Officials from Ruritania and Freedonia met in the capital on Tuesday to discuss trade, borders and the opening of new embassies. ", 20)
	arts := make([]dyad.Article, n)
	for i := range arts {
		arts[i] = dyad.Article{ID: fmt.Sprint("bench-", i), Outlet: "Bench Wire", Title: fmt.Sprint("Story ", i),
			Text: fmt.Sprintf("%d. %s", i, body)}
	}
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s := openStore(b)
		in := func(yield func(dyad.Article, error) bool) {
			for _, a := range arts {
				if !yield(a, nil) {
					return
				}
			}
		}
		b.StartTimer()
		st, err := ingest.Run(context.Background(), []ingest.Input{in}, ingest.Options{Store: s})
		if err != nil || st.New != n {
			b.Fatalf("Run = %+v, %v", st, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
