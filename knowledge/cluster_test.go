package knowledge

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"
	"time"

	"dyad"
)

func ev(id, src, tgt, code, date, prec string) dyad.Event {
	return dyad.Event{ID: id, ArticleID: "art-" + id,
		Source: dyad.Actor{Code: src + "GOV", Country: src}, Target: dyad.Actor{Code: tgt + "GOV", Country: tgt},
		Code: code, Root: code[:2], Modality: dyad.ModalityAsserted, Date: date, DatePrecision: prec,
		Evidence: "Invented sentence " + id + "."}
}

func at(e dyad.Event, country string) dyad.Event {
	e.Location = &dyad.Location{Name: "a town", Country: country}
	return e
}

func TestLinked(t *testing.T) {
	base := ev("a", "FRA", "DEU", "042", "2025-03-10", "day")
	tests := []struct {
		name  string
		other dyad.Event
		opt   ClusterOptions
		want  bool
	}{
		{"same", ev("b", "FRA", "DEU", "042", "2025-03-10", "day"), ClusterOptions{}, true},
		{"3 days", ev("b", "FRA", "DEU", "042", "2025-03-13", "day"), ClusterOptions{}, true},
		{"4 days", ev("b", "FRA", "DEU", "042", "2025-03-14", "day"), ClusterOptions{}, false},
		{"4 days, window 5", ev("b", "FRA", "DEU", "042", "2025-03-14", "day"), ClusterOptions{DayWindow: 5}, true},
		{"1 day, window same day", ev("b", "FRA", "DEU", "042", "2025-03-11", "day"), ClusterOptions{DayWindow: -1}, false},
		{"other target", ev("b", "FRA", "ITA", "042", "2025-03-10", "day"), ClusterOptions{}, false},
		{"reverse", ev("b", "DEU", "FRA", "042", "2025-03-10", "day"), ClusterOptions{}, false},
		{"root only", ev("b", "FRA", "DEU", "04", "2025-03-10", "day"), ClusterOptions{}, true},
		{"not specified", ev("b", "FRA", "DEU", "040", "2025-03-10", "day"), ClusterOptions{}, true},
		{"other code", ev("b", "FRA", "DEU", "043", "2025-03-10", "day"), ClusterOptions{}, false},
		{"other root", ev("b", "FRA", "DEU", "057", "2025-03-10", "day"), ClusterOptions{}, false},
		{"four digits", ev("b", "FRA", "DEU", "0421", "2025-03-10", "day"), ClusterOptions{}, true},
		{"month", ev("b", "FRA", "DEU", "042", "2025-03", "month"), ClusterOptions{}, true},
		{"other month", ev("b", "FRA", "DEU", "042", "2025-02", "month"), ClusterOptions{}, false},
		{"year", ev("b", "FRA", "DEU", "042", "2025", "year"), ClusterOptions{}, true},
		{"other year", ev("b", "FRA", "DEU", "042", "2024", "year"), ClusterOptions{}, false},
		{"published 6 days", ev("b", "FRA", "DEU", "042", "2025-03-16", "published"), ClusterOptions{}, true},
		{"published 8 days", ev("b", "FRA", "DEU", "042", "2025-03-18", "published"), ClusterOptions{}, false},
		{"place vs none", at(ev("b", "FRA", "DEU", "042", "2025-03-10", "day"), "DEU"), ClusterOptions{}, false},
		{"place vs none, loose", at(ev("b", "FRA", "DEU", "042", "2025-03-10", "day"), "DEU"), ClusterOptions{UnknownPlaceMatches: true}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewClusterer(tt.opt)
			c.Add(dyad.Article{ID: "art-a"}, []dyad.Event{base})
			c.Add(dyad.Article{ID: "art-b"}, []dyad.Event{tt.other})
			if got := c.Len() == 1; got != tt.want {
				t.Errorf("same cluster = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLinkedPlaces(t *testing.T) {
	c := NewClusterer(ClusterOptions{})
	c.Add(dyad.Article{ID: "1"}, []dyad.Event{at(ev("a", "USA", "CHN", "036", "2025-05-01", "day"), "CHE")})
	c.Add(dyad.Article{ID: "2"}, []dyad.Event{at(ev("b", "USA", "CHN", "036", "2025-05-02", "day"), "CHE")})
	c.Add(dyad.Article{ID: "3"}, []dyad.Event{at(ev("c", "USA", "CHN", "036", "2025-05-02", "day"), "CHN")})
	if c.Len() != 2 {
		t.Fatalf("got %d clusters, want 2 (Geneva and Beijing)", c.Len())
	}
	got, _ := c.ClusterOf("b")
	if got.Place != "CHE" || got.Events != 2 {
		t.Errorf("cluster of b: place %q, %d events", got.Place, got.Events)
	}
}

func TestOnlyAsserted(t *testing.T) {
	c := NewClusterer(ClusterOptions{})
	var evs []dyad.Event
	for i, m := range []dyad.Modality{dyad.ModalityAsserted, dyad.ModalityNegated, dyad.ModalityHypothetical,
		dyad.ModalityFuture, dyad.ModalityQuestion, dyad.ModalityConditional, ""} {
		e := ev(string(rune('a'+i)), "IND", "PAK", "112", "2025-05-08", "day")
		e.Modality = m
		evs = append(evs, e)
	}
	if n := c.Add(dyad.Article{ID: "x"}, evs); n != 1 {
		t.Errorf("Add took %d events, want 1", n)
	}
	// Events without a target or code are left out too, and so are repeats.
	bad := ev("z", "IND", "PAK", "112", "2025-05-08", "day")
	bad.Target = dyad.Actor{}
	if n := c.Add(dyad.Article{ID: "y"}, []dyad.Event{bad, evs[0]}); n != 0 {
		t.Errorf("Add took %d events, want 0", n)
	}
}

func TestClusterSummary(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 7, d, 9, 0, 0, 0, time.UTC) }
	c := NewClusterer(ClusterOptions{})
	add := func(id, outlet string, pub time.Time, evs ...dyad.Event) {
		for i := range evs {
			evs[i].ArticleID = id
		}
		c.Add(dyad.Article{ID: id, Outlet: outlet, Published: pub}, evs)
	}
	add("a1", "Harbour Post", day(4), ev("e3", "RUS", "AFG", "054", "2025-07-03", "day"))
	add("a2", "Northern Wire", day(4), ev("e1", "RUS", "AFG", "05", "2025-07", "month"),
		ev("e9", "RUS", "AFG", "054", "2025-07-03", "day"))
	add("a3", "Harbour Post", day(6), ev("e2", "RUS", "AFG", "054", "2025-07-04", "day"))
	add("a4", "", day(2), ev("e5", "RUS", "AFG", "054", "", "")) // dated by publication
	got := c.Clusters()
	if len(got) != 1 {
		t.Fatalf("%d clusters, want 1: %+v", len(got), got)
	}
	want := Cluster{ID: "e1", Source: "RUS", Target: "AFG", Code: "054", Root: "05",
		Events: 5, Articles: 4, Outlets: 2, FirstSeen: day(2), LastSeen: day(6),
		Date: "2025-07-03", DatePrecision: "day", Evidence: "Invented sentence e3.", EvidenceID: "e3",
		EventIDs: []string{"e1", "e2", "e3", "e5", "e9"}, OutletNames: []string{"Harbour Post", "Northern Wire"}}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("got  %+v\nwant %+v", got[0], want)
	}
	if _, err := json.Marshal(got); err != nil {
		t.Fatal(err)
	}
}

func TestBestSpan(t *testing.T) {
	p := func(s, prec string) span { return parseSpan(s, prec, time.Time{}) }
	tests := []struct {
		name string
		in   []span
		want string
	}{
		{"empty", nil, ""},
		{"one day", []span{p("2025-01-02", "day")}, "2025-01-02"},
		{"majority day", []span{p("2025-01-02", "day"), p("2025-01-03", "day"), p("2025-01-03", "day")}, "2025-01-03"},
		{"tie goes earlier", []span{p("2025-01-03", "day"), p("2025-01-02", "day")}, "2025-01"},
		{"months agree with a day", []span{p("2025-01", "month"), p("2025-01", "month"), p("2025-01-05", "day")}, "2025-01-05"},
		{"conflicting month wins", []span{p("2025-02", "month"), p("2025-02", "month"), p("2025-01-05", "day")}, "2025-02"},
		{"year and a month", []span{p("2025", "year"), p("2025-03", "month"), p("2025-04", "month")}, "2025-03"},
		{"year", []span{p("2025", "year"), p("2025-03", "month"), p("2025-04", "month"), p("2025-05", "month")}, "2025"},
		{"published only", []span{p("2025-01-09", "published"), p("2025-01-08", "published"), p("2025-01-09", "published")}, "2025-01-09"},
		{"own date beats published", []span{p("2025-01-09", "published"), p("2025-01-09", "published"), p("2025-01", "month")}, "2025-01"},
		{"no majority", []span{p("2024", "year"), p("2025-01", "month"), p("2026-01-01", "day")}, "2026-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bestSpan(tt.in).format(); got != tt.want {
				t.Errorf("bestSpan = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOrderIndependence adds a generated corpus in random orders and
// checks that the clusters and their summaries do not change.
func TestOrderIndependence(t *testing.T) {
	c := genCorpus(7, 200)
	for _, opt := range []ClusterOptions{{}, {UnknownPlaceMatches: true}, {DayWindow: 1, PublishedWindow: 2}} {
		want := c.run(opt, identity(len(c.articles))).Clusters()
		r := rand.New(rand.NewPCG(1, 2))
		for trial := range 10 {
			order := r.Perm(len(c.articles))
			if got := c.run(opt, order).Clusters(); !reflect.DeepEqual(got, want) {
				t.Fatalf("options %+v, permutation %d: clusters differ (%d vs %d)", opt, trial, len(got), len(want))
			}
		}
	}
}

// TestCorpusScore measures pairwise precision and recall on a generated
// corpus with known duplicates.
func TestCorpusScore(t *testing.T) {
	floors := map[string][2]float64{} // name -> precision, recall floors
	floors["default"] = [2]float64{0.88, 0.75}
	floors["unknown place matches"] = [2]float64{0.85, 0.93}
	tests := []struct {
		name string
		opt  ClusterOptions
	}{
		{"default", ClusterOptions{}},
		{"unknown place matches", ClusterOptions{UnknownPlaceMatches: true}},
		{"day window 1", ClusterOptions{DayWindow: 1}},
		{"day window 5, published 10", ClusterOptions{DayWindow: 5, PublishedWindow: 10}},
	}
	for _, seed := range []uint64{1, 2, 3} {
		c := genCorpus(seed, 200)
		for _, tt := range tests {
			cl := c.run(tt.opt, identity(len(c.articles)))
			got := cl.Assignments()
			for id := range c.negated {
				if _, in := got[id]; in {
					t.Errorf("non-asserted event %s was clustered", id)
				}
			}
			p, r, f := PairwiseScore(c.gold, got)
			under := map[string]bool{}
			for _, u := range c.gold {
				under[u] = true
			}
			t.Logf("seed %d, %-28s events %4d, underlying %3d, clusters %3d: precision %.3f recall %.3f F1 %.3f",
				seed, tt.name, len(c.gold), len(under), cl.Len(), p, r, f)
			if fl, ok := floors[tt.name]; ok && (p < fl[0] || r < fl[1]) {
				t.Errorf("seed %d, %s: precision %.3f recall %.3f below floors %.2f %.2f", seed, tt.name, p, r, fl[0], fl[1])
			}
		}
	}
}

func TestPairwiseScore(t *testing.T) {
	tests := []struct {
		name      string
		gold, got map[string]string
		p, r      float64
	}{
		{"perfect", map[string]string{"a": "1", "b": "1", "c": "2"}, map[string]string{"a": "x", "b": "x", "c": "y"}, 1, 1},
		{"all apart", map[string]string{"a": "1", "b": "1"}, map[string]string{"a": "x", "b": "y"}, 1, 0},
		{"all together", map[string]string{"a": "1", "b": "1", "c": "2"}, map[string]string{"a": "x", "b": "x", "c": "x"}, 1.0 / 3, 1},
		{"missing is singleton", map[string]string{"a": "1", "b": "1"}, map[string]string{"a": "x"}, 1, 0},
		{"no pairs", map[string]string{"a": "1"}, map[string]string{"a": "x"}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, _ := PairwiseScore(tt.gold, tt.got)
			if p != tt.p || r != tt.r {
				t.Errorf("got %.3f %.3f, want %.3f %.3f", p, r, tt.p, tt.r)
			}
		})
	}
}

func BenchmarkClusterer(b *testing.B) {
	for _, size := range []int{2_000, 20_000} {
		c := genCorpus(11, size)
		n := 0
		for _, evs := range c.events {
			n += len(evs)
		}
		// All articles, then the clusters once.
		b.Run(fmt.Sprintf("batch/%d-events", n), func(b *testing.B) {
			for b.Loop() {
				c.run(ClusterOptions{}, identity(len(c.articles))).Clusters()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/event")
		})
		// A query after every article, as a live feed would.
		b.Run(fmt.Sprintf("live/%d-events", n), func(b *testing.B) {
			for b.Loop() {
				cl := NewClusterer(ClusterOptions{})
				for _, a := range c.articles {
					evs := c.events[a.ID]
					cl.Add(a, evs)
					cl.ClusterOf(evs[0].ID)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/event")
		})
	}
}

func TestClustererConcurrent(t *testing.T) {
	c := genCorpus(4, 100)
	cl := NewClusterer(ClusterOptions{})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(c.articles); i += 4 {
				a := c.articles[i]
				cl.Add(a, c.events[a.ID])
				cl.Len()
			}
		}()
	}
	wg.Wait()
	if got, want := cl.Clusters(), c.run(ClusterOptions{}, identity(len(c.articles))).Clusters(); !reflect.DeepEqual(got, want) {
		t.Error("concurrent adds gave other clusters")
	}
}
