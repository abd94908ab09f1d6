package knowledge

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"dyad"
	"dyad/geo"
)

// loadRegistryCorpus adds n generated recognition events to a Registry:
// asserted recognitions (70%) and breaks (20%) and negated recognitions by
// states or groups (10%), one event per article, between 2000 and 2025,
// toward 60 states of which Afghanistan gets a fifth and Taiwan a tenth.
func loadRegistryCorpus(tb testing.TB, n int) *Registry {
	r := NewRegistry(RegistryOptions{})
	rnd := rand.New(rand.NewPCG(5, 6))
	var states []string
	for _, c := range geo.Default().Countries() {
		states = append(states, c.ISO3)
	}
	targets := states[:60]
	groups := []string{"WST", "IGOEUREEC", "IGOWSTNAT", "IGOMEAARL", "IGOAFRAFU"}
	base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	evs := make([]dyad.Event, 1)
	start := time.Now()
	for i := range n {
		tgt := targets[rnd.IntN(len(targets))]
		switch x := rnd.Float64(); {
		case x < 0.2:
			tgt = "AFG"
		case x < 0.3:
			tgt = "TWN"
		}
		src := states[rnd.IntN(len(states))]
		if src == tgt {
			continue
		}
		day := base.AddDate(0, 0, rnd.IntN(26*365))
		e := dyad.Event{ID: fmt.Sprintf("b%d", i), Source: dyad.Actor{Country: src}, Target: dyad.Actor{Country: tgt},
			Code: CodeRecognize, Modality: dyad.ModalityAsserted, Date: day.Format(time.DateOnly), DatePrecision: "day",
			Evidence: "A generated sentence."}
		switch x := rnd.Float64(); {
		case x < 0.2:
			e.Code = CodeBreak
		case x < 0.3:
			e.Modality = dyad.ModalityNegated
			if rnd.IntN(2) == 0 {
				e.Source = dyad.Actor{Code: groups[rnd.IntN(len(groups))]}
			}
		}
		evs[0] = e
		r.Add(dyad.Article{ID: fmt.Sprintf("a%d", i), Outlet: corpusOutlets[rnd.IntN(len(corpusOutlets))], Published: day.AddDate(0, 0, 1)}, evs)
	}
	tb.Logf("added %d events in %v", n, time.Since(start))
	return r
}

func BenchmarkStatus(b *testing.B) {
	r := loadRegistryCorpus(b, 1_000_000)
	asOf := time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)
	for _, entity := range []string{"AFG", "TWN", "FRA"} {
		t0 := time.Now()
		st := r.Status(entity, asOf) // the first query sorts the entity's entries
		b.Logf("%s: first query %v, %d recognizers, %d withdrawals, %d non-recognizers", entity, time.Since(t0),
			len(st.Recognizers), len(st.Withdrawals), len(st.NonRecognizers))
		b.Run(entity, func(b *testing.B) {
			for b.Loop() {
				r.Status(entity, asOf)
			}
		})
	}
}

// BenchmarkStatusAfterAdd adds one recognition to a loaded registry before
// every query, as a live feed would.
func BenchmarkStatusAfterAdd(b *testing.B) {
	r := loadRegistryCorpus(b, 1_000_000)
	asOf := time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)
	r.Status("AFG", asOf)
	i := 0
	for b.Loop() {
		i++
		r.Add(dyad.Article{ID: fmt.Sprintf("live%d", i), Outlet: "Harbour Post"}, []dyad.Event{{ID: fmt.Sprintf("live%d", i),
			Source: dyad.Actor{Country: "BLR"}, Target: dyad.Actor{Country: "AFG"}, Code: CodeRecognize,
			Modality: dyad.ModalityAsserted, Date: "2025-07-04", DatePrecision: "day"}})
		r.Status("AFG", asOf)
	}
}
