package knowledge_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"dyad"
	"dyad/knowledge"
	"dyad/sqlite"
)

// benchStore returns a SQLite store holding n generated events (10 per
// article) over ten years among 60 states: 2% are recognitions (054), 1%
// breaks (161), 5% not asserted. The database is kept in the temporary
// folder and reused by later runs.
func benchStore(b *testing.B, n int) dyad.Store {
	b.Helper()
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("dyad-bench-%d.db", n))
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	var have int
	s.DB().QueryRow(`SELECT COUNT(*) FROM events`).Scan(&have)
	if have == n {
		return s
	}
	s.Close()
	os.Remove(path)
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	if s, err = sqlite.Open(ctx, path); err != nil {
		b.Fatal(err)
	}
	states := []string{"AFG", "RUS", "CHN", "USA", "GBR", "FRA", "DEU", "IND", "PAK", "IRN", "ISR", "PSE", "TUR", "SAU", "EGY",
		"UKR", "POL", "JPN", "KOR", "PRK", "TWN", "BRA", "ARG", "MEX", "CAN", "AUS", "NGA", "ZAF", "KEN", "ETH",
		"QAT", "ARE", "IRQ", "SYR", "LBN", "JOR", "ESP", "ITA", "NLD", "BEL", "SWE", "NOR", "FIN", "HUN", "SRB",
		"KSV", "VNM", "THA", "IDN", "PHL", "MYS", "SGP", "NZL", "CHL", "COL", "PER", "VEN", "CUB", "NIC", "BOL"}
	codes := []string{"010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "111", "112", "120", "130", "163", "173", "190"}
	r := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	recs := make([]dyad.Record, 0, 1000)
	flush := func() {
		if _, err := s.Save(ctx, recs); err != nil {
			b.Fatal(err)
		}
		recs = recs[:0]
	}
	for i := 0; i < n/10; i++ {
		day := start.AddDate(0, 0, r.IntN(3650))
		a := dyad.Article{ID: fmt.Sprintf("g%d", i), Outlet: fmt.Sprintf("Outlet %d", r.IntN(40)), Published: day,
			Title: "Generated", Text: fmt.Sprintf("Generated article %d.", i)}
		a.Finish()
		rec := dyad.Record{Article: a}
		for j := 0; j < 10; j++ {
			src, tgt := states[r.IntN(len(states))], states[r.IntN(len(states))]
			if src == tgt {
				tgt = states[(slices.Index(states, src)+1)%len(states)]
			}
			code := codes[r.IntN(len(codes))]
			switch x := r.IntN(100); {
			case x < 2:
				code = "054"
			case x < 3:
				code = "161"
			}
			mod := dyad.ModalityAsserted
			if r.IntN(100) < 5 {
				mod = dyad.ModalityNegated
			}
			rec.Events = append(rec.Events, dyad.Event{ArticleID: a.ID, Sentence: j, Span: [2]int{j, j + 1},
				Source: dyad.Actor{Code: src + "GOV", Country: src, Sector: "GOV"},
				Target: dyad.Actor{Code: tgt, Country: tgt},
				Code:   code, Root: code[:2], Quad: 1, Goldstein: float64(r.IntN(20) - 10), Modality: mod,
				Date: day.Format("2006-01-02"), DatePrecision: dyad.PrecisionDay, Evidence: "generated"})
		}
		recs = append(recs, rec)
		if len(recs) == cap(recs) {
			flush()
		}
	}
	flush()
	return s
}

// reportMedian reports the median time of one operation.
func reportMedian(b *testing.B, times []time.Duration) {
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
}

// BenchmarkRecognitionSQLite answers `dyad recognition AFG --as-of` over a
// store of one million events: load the state's recognition events, then
// the status.
func BenchmarkRecognitionSQLite(b *testing.B) {
	s := benchStore(b, 1_000_000)
	defer s.Close()
	ctx := context.Background()
	asOf := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	var times []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		reg, err := knowledge.LoadRegistry(ctx, s, knowledge.RegistryOptions{}, "AFG")
		if err != nil {
			b.Fatal(err)
		}
		if st := reg.Status("AFG", asOf); len(st.Recognizers) == 0 {
			b.Fatal("no recognizers")
		}
		times = append(times, time.Since(t0))
	}
	reportMedian(b, times)
}

// BenchmarkRelationsSQLite answers `dyad relations RUS CHN --by month`
// over ten years in a store of one million events.
func BenchmarkRelationsSQLite(b *testing.B) {
	s := benchStore(b, 1_000_000)
	defer s.Close()
	ctx := context.Background()
	var times []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		var evs []dyad.Event
		for _, f := range []dyad.EventFilter{{Source: "RUS", Target: "CHN"}, {Source: "CHN", Target: "RUS"}} {
			f.Modality, f.Limit = dyad.ModalityAsserted, 1_000_000
			got, err := s.Events(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			evs = append(evs, got...)
		}
		pts, err := knowledge.Series("RUS", "CHN", knowledge.Month, evs)
		if err != nil || len(pts) < 100 {
			b.Fatalf("Series: %d points, %v", len(pts), err)
		}
		times = append(times, time.Since(t0))
	}
	reportMedian(b, times)
}
