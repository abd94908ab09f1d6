package server

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"dyad"
)

// benchCountries are the actors of the generated events.
var benchCountries = []string{"RUS", "AFG", "CHN", "JPN", "USA", "FRA", "DEU", "GBR", "IND", "PAK",
	"IRN", "TUR", "BRA", "ZAF", "EGY", "NGA", "KEN", "MEX", "CAN", "AUS"}

var benchCodes = []string{"010", "036", "040", "042", "043", "051", "054", "057", "061", "111", "112", "130", "163", "172", "190"}

// generated returns n invented articles with k events each.
func generated(n, k int) []dyad.Record {
	r := rand.New(rand.NewPCG(1, 2))
	recs := make([]dyad.Record, 0, n)
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		pub := start.Add(time.Duration(r.IntN(500*24)) * time.Hour)
		text := ""
		var evs []dyad.Event
		for j := range k {
			s := fmt.Sprintf("Invented sentence %d of generated article %d. ", j, i)
			text += s
			src := benchCountries[r.IntN(len(benchCountries))]
			tgt := benchCountries[r.IntN(len(benchCountries))]
			if tgt == src {
				tgt = benchCountries[(slices.Index(benchCountries, src)+1)%len(benchCountries)]
			}
			mod := dyad.ModalityAsserted
			if r.IntN(10) == 0 {
				mod = dyad.ModalityNegated
			}
			evs = append(evs, dyad.Event{}) // placeholder, filled below
			evs[j] = ev(fmt.Sprintf("gen-%05d", i), text, j, len(text)-len(s), len(text)-1, src+"GOV", tgt+"GOV",
				benchCodes[r.IntN(len(benchCodes))], mod, pub.AddDate(0, 0, -r.IntN(3)).Format(time.DateOnly))
		}
		a := dyad.Article{ID: fmt.Sprintf("gen-%05d", i), Outlet: fmt.Sprintf("Outlet %d", r.IntN(12)), Published: pub,
			Title: fmt.Sprintf("Generated %d", i), Text: text}
		a.Finish()
		recs = append(recs, dyad.Record{Article: a, Events: evs})
	}
	return recs
}

// BenchmarkAPIConcurrent runs 64 concurrent clients against a real
// listener over a store of 2,000 generated articles with 10,000 events and
// reports the p50 and p99 latency and the requests per second. The "mix"
// case spreads the requests over every read route; the others take one
// kind of request each. Run it with
//
//	go test ./server -run '^$' -bench APIConcurrent -benchtime 5000x
//
// Its figures depend on the machine and its load; nothing is asserted
// about them.
func BenchmarkAPIConcurrent(b *testing.B) {
	s := openStore(b, generated(2000, 5))
	srv, err := New(Options{Store: s})
	if err != nil {
		b.Fatal(err)
	}
	if err := srv.Sync(context.Background()); err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	b.Cleanup(ts.Close)

	country := func(r *rand.Rand) string { return benchCountries[r.IntN(len(benchCountries))] }
	cases := []struct {
		name string
		path func(r *rand.Rand) string
	}{
		{"mix", func(r *rand.Rand) string {
			a, c := country(r), country(r)
			switch r.IntN(10) {
			case 0:
				return "/health"
			case 1, 2:
				return "/events?limit=50&source=" + a
			case 3:
				return "/events?limit=20&root=04&since=2025-06-01"
			case 4:
				return fmt.Sprintf("/articles/gen-%05d", r.IntN(2000))
			case 5:
				return "/relations/" + a + "/" + c + "?by=month"
			case 6:
				return "/partners/" + a
			case 7:
				return "/clusters?limit=20&source=" + a
			case 8:
				return "/recognition/" + a + "?as_of=2026-01-01"
			default:
				return "/articles?q=generated&limit=20"
			}
		}},
		{"health", func(*rand.Rand) string { return "/health" }},
		{"events", func(r *rand.Rand) string { return "/events?limit=50&source=" + country(r) }},
		{"article", func(r *rand.Rand) string { return fmt.Sprintf("/articles/gen-%05d", r.IntN(2000)) }},
		{"search", func(r *rand.Rand) string { return "/articles?q=generated&limit=20" }},
		{"knowledge", func(r *rand.Rand) string {
			switch a := country(r); r.IntN(4) {
			case 0:
				return "/relations/" + a + "/" + country(r) + "?by=week"
			case 1:
				return "/partners/" + a
			case 2:
				return "/clusters?limit=20&source=" + a
			default:
				return "/recognition/" + a + "?as_of=2026-01-01"
			}
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) { benchClients(b, ts.URL, 64, c.path) })
	}
}

// benchClients sends b.N requests from the given number of concurrent
// clients and reports the latency percentiles and the throughput.
func benchClients(b *testing.B, base string, clients int, path func(*rand.Rand) string) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients}}
	defer client.CloseIdleConnections()
	var mu sync.Mutex
	var lat []time.Duration
	var failed int
	b.SetParallelism(max(1, clients/runtime.GOMAXPROCS(0)))
	b.ResetTimer()
	begin := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		r := rand.New(rand.NewPCG(rand.Uint64(), 0))
		var mine []time.Duration
		bad := 0
		for pb.Next() {
			t0 := time.Now()
			res, err := client.Get(base + path(r))
			if err != nil {
				bad++
				continue
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode != 200 && res.StatusCode != 404 {
				bad++
			}
			mine = append(mine, time.Since(t0))
		}
		mu.Lock()
		lat = append(lat, mine...)
		failed += bad
		mu.Unlock()
	})
	elapsed := time.Since(begin)
	b.StopTimer()
	if failed > 0 {
		b.Errorf("%d requests failed", failed)
	}
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
}
