package knowledge

import (
	"cmp"
	"slices"
	"strings"

	"dyad"
)

// Partner is one partner of a state in Partners.
type Partner struct {
	Country string `json:"country"` // ISO alpha-3 or IGO code
	Events  int    `json:"events"`
	Out     int    `json:"out"` // events with the state as source
	In      int    `json:"in"`  // events with the state as target
	Quad    [4]int `json:"quad"`
	// Goldstein is the sum of the Goldstein scores and Mean their mean: the
	// tone of the relation.
	Goldstein float64 `json:"goldstein"`
	Mean      float64 `json:"goldstein_mean"`
}

// Partners returns the n partners of a with the most asserted events in
// either direction (all of them when n <= 0), most events first, then by
// mean tone (higher first), then by code. Events of a with itself do not
// count.
func Partners(a string, events []dyad.Event, n int) []Partner {
	by := map[string]*Partner{}
	for i := range events {
		e := &events[i]
		if e.Modality != dyad.ModalityAsserted {
			continue
		}
		s, t := actorCountry(e.Source), actorCountry(e.Target)
		switch {
		case s == t:
		case s == a:
			addPartner(by, t, true, e)
		case t == a:
			addPartner(by, s, false, e)
		}
	}
	return topPartners(by, n)
}

func addPartner(by map[string]*Partner, other string, out bool, e *dyad.Event) {
	if other == "" {
		return
	}
	p := by[other]
	if p == nil {
		p = &Partner{Country: other}
		by[other] = p
	}
	p.Events++
	if out {
		p.Out++
	} else {
		p.In++
	}
	if q := quadOf(e); q > 0 {
		p.Quad[q-1]++
	}
	p.Goldstein += e.Goldstein
}

// topPartners returns the n partners with most events (all when n <= 0).
func topPartners(by map[string]*Partner, n int) []Partner {
	out := make([]Partner, 0, len(by))
	for _, p := range by {
		q := *p
		q.Mean = q.Goldstein / float64(q.Events)
		out = append(out, q)
	}
	slices.SortFunc(out, func(x, y Partner) int {
		return cmp.Or(cmp.Compare(y.Events, x.Events), cmp.Compare(y.Mean, x.Mean), strings.Compare(x.Country, y.Country))
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}
