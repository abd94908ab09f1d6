package knowledge

import (
	"cmp"
	"slices"
	"time"
)

// Cluster is one real-world event as reported by one or more articles.
// All its fields are computed from its member events, so the same set of
// events gives the same Cluster.
type Cluster struct {
	// ID is the lowest member event ID.
	ID     string `json:"id"`
	Source string `json:"source"` // country (ISO alpha-3) or IGO code
	Target string `json:"target"`
	// Code is the most frequent code among members, preferring longer codes
	// on a tie; Root is the shared CAMEO root.
	Code string `json:"code"`
	Root string `json:"root"`
	// Events, Articles and Outlets count the member events, their distinct
	// articles and the distinct non-empty outlets of those articles.
	Events   int `json:"events"`
	Articles int `json:"articles"`
	Outlets  int `json:"outlets"`
	// FirstSeen and LastSeen are the earliest and latest publication times
	// of the member articles (zero when none is known).
	FirstSeen time.Time `json:"first_seen,omitzero"`
	LastSeen  time.Time `json:"last_seen,omitzero"`
	// Date is the best-supported date and DatePrecision its precision.
	// Reports vote with their own dates (not publication dates), a report
	// supporting every candidate its period overlaps, so a report dated
	// "2025-07" supports 2025-07-03. From days to months to years, the
	// first candidate supported by a strict majority wins (ties: more
	// exact reports, then the earlier date); with no majority anywhere,
	// the best-supported candidate. Only when no report has a date of its
	// own is the most frequent publication date used ("published").
	Date          string `json:"date,omitempty"`
	DatePrecision string `json:"date_precision,omitempty"`
	// Place is the country of the event's place, if reported.
	Place string `json:"place,omitempty"`
	// Evidence is the representative sentence, from the event EvidenceID:
	// a report dated exactly Date, else the most precisely dated, with a
	// sentence, lowest ID first.
	Evidence   string `json:"evidence"`
	EvidenceID string `json:"evidence_id"`
	// EventIDs and OutletNames list the members and outlets, sorted.
	EventIDs    []string `json:"event_ids"`
	OutletNames []string `json:"outlet_names"`
}

func (c *Cluster) clone() Cluster {
	d := *c
	d.EventIDs = slices.Clone(c.EventIDs)
	d.OutletNames = slices.Clone(c.OutletNames)
	return d
}

// summarize computes a cluster from its members.
func (c *Clusterer) summarize(g *group) *Cluster {
	ms := make([]int32, 0, len(g.strong)+len(g.weak))
	ms = append(ms, g.strong...)
	for w := range g.weak {
		ms = append(ms, w)
	}
	s := &Cluster{Events: len(ms)}
	articles := map[string]bool{}
	outlets := map[string]bool{}
	codes := map[string]int{}
	places := map[string]int{}
	spans := make([]span, 0, len(ms))
	for _, m := range ms {
		n := &c.nodes[m]
		s.EventIDs = append(s.EventIDs, n.id)
		codes[n.code]++
		if n.place != "" {
			places[n.place]++
		}
		spans = append(spans, n.span)
		if articles[n.article] {
			continue
		}
		articles[n.article] = true
		a := c.articles[n.article]
		if a.outlet != "" {
			outlets[a.outlet] = true
		}
		if !a.published.IsZero() {
			if s.FirstSeen.IsZero() || a.published.Before(s.FirstSeen) {
				s.FirstSeen = a.published
			}
			if a.published.After(s.LastSeen) {
				s.LastSeen = a.published
			}
		}
	}
	slices.Sort(s.EventIDs)
	s.ID = s.EventIDs[0]
	k := c.nodes[ms[0]].key.id
	s.Source, s.Target, s.Root = k.src, k.tgt, k.root
	s.Articles = len(articles)
	s.Outlets = len(outlets)
	for o := range outlets {
		s.OutletNames = append(s.OutletNames, o)
	}
	slices.Sort(s.OutletNames)
	s.Code = mode(codes, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	s.Place = mode(places, nil)
	best := bestSpan(spans)
	if best.known() {
		s.Date, s.DatePrecision = best.format(), precisionName(best.rank)
	}
	rep := slices.MinFunc(ms, func(i, j int32) int {
		a, b := &c.nodes[i], &c.nodes[j]
		if x := cmp.Compare(b2i(a.span != best), b2i(b.span != best)); x != 0 {
			return x
		}
		if x := cmp.Compare(a.span.rank, b.span.rank); x != 0 {
			return x
		}
		if x := cmp.Compare(b2i(a.evidence == ""), b2i(b.evidence == "")); x != 0 {
			return x
		}
		return cmp.Compare(a.id, b.id)
	})
	s.Evidence, s.EvidenceID = c.nodes[rep].evidence, c.nodes[rep].id
	return s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mode returns the most frequent key of counts; ties go to tie's order,
// then to the smaller key.
func mode(counts map[string]int, tie func(a, b string) int) string {
	var best string
	n := -1
	for k, v := range counts {
		if v < n {
			continue
		}
		if v == n {
			t := 0
			if tie != nil {
				t = tie(k, best)
			}
			if t > 0 || t == 0 && k > best {
				continue
			}
		}
		best, n = k, v
	}
	return best
}

// enclosing returns the month or year that holds the start of s.
func enclosing(s span, rank int8) span {
	t := dayTime(s.lo)
	if rank == rankMonth {
		m := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		return span{lo: dayNumber(m), hi: dayNumber(m.AddDate(0, 1, -1)), rank: rankMonth}
	}
	y := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	return span{lo: dayNumber(y), hi: dayNumber(y.AddDate(1, 0, -1)), rank: rankYear}
}

// bestSpan returns the best-supported date of a set of reports. A report
// supports a date when their periods overlap (a month-precision report
// agrees with any day of that month). Only own dates (day, month, year)
// vote. Candidates are the reported dates and the months and years that
// hold them; from the most specific precision down, the first candidate
// supported by a strict majority of the reports wins, ties going to the candidate
// reported exactly most often, then to the earlier. Without a majority the
// best-supported candidate wins. When no report has a date of its own, the
// most frequent publication date is used.
func bestSpan(spans []span) span {
	counts := map[span]int{}
	dated := 0
	for _, s := range spans {
		if s.rank == rankDay || s.rank == rankMonth || s.rank == rankYear {
			counts[s]++
			dated++
		}
	}
	if dated == 0 {
		for _, s := range spans {
			if s.rank == rankPublished {
				counts[s]++
			}
		}
		if len(counts) == 0 {
			return span{rank: rankNone}
		}
		best, n := span{}, 0
		for s, k := range counts {
			if k > n || k == n && s.lo < best.lo {
				best, n = s, k
			}
		}
		return best
	}
	type cand struct {
		s              span
		support, exact int
	}
	// Candidates are the reported dates and the months and years that
	// hold them, so that days that disagree can still agree on a month.
	all := map[span]int{}
	for s, k := range counts {
		all[s] += k
		if s.rank == rankDay {
			all[enclosing(s, rankMonth)] += 0
		}
		if s.rank != rankYear {
			all[enclosing(s, rankYear)] += 0
		}
	}
	cands := make([]cand, 0, len(all))
	for s, k := range all {
		c := cand{s: s, exact: k}
		for o, m := range counts {
			if o.lo <= s.hi && s.lo <= o.hi {
				c.support += m
			}
		}
		cands = append(cands, c)
	}
	better := func(a, b cand) bool { // a beats b
		if a.support != b.support {
			return a.support > b.support
		}
		if a.s.rank != b.s.rank {
			return a.s.rank < b.s.rank
		}
		if a.exact != b.exact {
			return a.exact > b.exact
		}
		return a.s.lo < b.s.lo
	}
	var overall *cand
	for _, rank := range []int8{rankDay, rankMonth, rankYear} {
		var top *cand
		for i := range cands {
			if cands[i].s.rank == rank && (top == nil || better(cands[i], *top)) {
				top = &cands[i]
			}
		}
		if top == nil {
			continue
		}
		if 2*top.support > dated {
			return top.s
		}
		if overall == nil || better(*top, *overall) {
			overall = top
		}
	}
	return overall.s
}
