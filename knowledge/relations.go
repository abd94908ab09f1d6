package knowledge

import (
	"sync"

	"dyad"
)

// Relations is an index of asserted events for repeated Series and
// Partners queries, as a server answers them: it keeps per pair of states
// the sums by week and by month, and per state the sums by partner, so a
// query costs the length of its answer rather than a pass over every
// event. Its answers equal those of Series and Partners over the same
// events. A Relations is safe for concurrent use.
type Relations struct {
	mu       sync.RWMutex
	seen     map[string]bool
	pairs    map[[2]string]*pairSums // unordered pair, lower code first
	partners map[string]map[string]*Partner
}

type pairSums struct{ weeks, months periodSums }

// NewRelations returns an empty index.
func NewRelations() *Relations {
	return &Relations{seen: map[string]bool{}, pairs: map[[2]string]*pairSums{}, partners: map[string]map[string]*Partner{}}
}

// Add indexes the asserted events and returns how many it took; events
// whose ID was added before are skipped.
func (r *Relations) Add(events []dyad.Event) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for i := range events {
		e := &events[i]
		if e.Modality != dyad.ModalityAsserted || e.ID != "" && r.seen[e.ID] {
			continue
		}
		s, t := actorCountry(e.Source), actorCountry(e.Target)
		if s == "" || t == "" {
			continue
		}
		if e.ID != "" {
			r.seen[e.ID] = true
		}
		n++
		key := [2]string{min(s, t), max(s, t)}
		ps := r.pairs[key]
		if ps == nil {
			ps = &pairSums{}
			r.pairs[key] = ps
		}
		if k, ok := periodKey(e.Date, Week); ok {
			ps.weeks.add(k, e)
		}
		if k, ok := periodKey(e.Date, Month); ok {
			ps.months.add(k, e)
		}
		if s == t {
			continue
		}
		r.partner(s).add(t, true, e)
		r.partner(t).add(s, false, e)
	}
	return n
}

type partnerMap map[string]*Partner

func (r *Relations) partner(a string) partnerMap {
	m := r.partners[a]
	if m == nil {
		m = map[string]*Partner{}
		r.partners[a] = m
	}
	return m
}

func (m partnerMap) add(other string, out bool, e *dyad.Event) { addPartner(m, other, out, e) }

// Series is Series over the indexed events.
func (r *Relations) Series(a, b string, by Period) ([]Point, error) {
	if by != Week && by != Month {
		return nil, errPeriod(by)
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	ps := r.pairs[[2]string{min(a, b), max(a, b)}]
	switch {
	case ps == nil:
		return []Point{}, nil
	case by == Week:
		return ps.weeks.points(by), nil
	}
	return ps.months.points(by), nil
}

// Partners is Partners over the indexed events.
func (r *Relations) Partners(a string, n int) []Partner {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return topPartners(r.partners[a], n)
}
