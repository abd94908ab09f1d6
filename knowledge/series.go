package knowledge

import (
	"fmt"

	"dyad"
)

// Period is the step of a Series.
type Period string

// The periods of a Series.
const (
	Week  Period = "week"  // ISO weeks, Monday to Sunday
	Month Period = "month" // calendar months
)

// Point is one period of a relation series.
type Point struct {
	// Start is the first day of the period (a Monday for weeks).
	Start  string `json:"start"`
	Events int    `json:"events"`
	// Quad counts the events of each quad class: Quad[0] verbal
	// cooperation (1), Quad[1] material cooperation (2), Quad[2] verbal
	// conflict (3), Quad[3] material conflict (4).
	Quad [4]int `json:"quad"`
	// Goldstein is the sum of the events' Goldstein scores, Mean their mean
	// (0 with no events).
	Goldstein float64 `json:"goldstein"`
	Mean      float64 `json:"goldstein_mean"`
}

// Series returns the relations between a and b (country or IGO codes, in
// either direction) per week or month: the asserted events, by quad class,
// with their Goldstein sum and mean. Periods run without gaps from the
// first period with an event to the last. An event counts in the period of
// its Date (which is the publication date for precision "published");
// events without a date, or dated only to a month (for weeks) or a year,
// are left out.
func Series(a, b string, by Period, events []dyad.Event) ([]Point, error) {
	if by != Week && by != Month {
		return nil, errPeriod(by)
	}
	var ps periodSums
	for i := range events {
		e := &events[i]
		if e.Modality != dyad.ModalityAsserted {
			continue
		}
		s, t := actorCountry(e.Source), actorCountry(e.Target)
		if !(s == a && t == b || s == b && t == a) {
			continue
		}
		if k, ok := periodKey(e.Date, by); ok {
			ps.add(k, e)
		}
	}
	return ps.points(by), nil
}

func errPeriod(by Period) error {
	return fmt.Errorf("series: period %q: want %q or %q", by, Week, Month)
}

// periodSums accumulates events by period key.
type periodSums struct {
	sums   map[int32]*Point
	lo, hi int32
}

func (ps *periodSums) add(k int32, e *dyad.Event) {
	p := ps.sums[k]
	if p == nil {
		if ps.sums == nil {
			ps.sums = map[int32]*Point{}
			ps.lo, ps.hi = k, k
		}
		p = &Point{}
		ps.sums[k] = p
		ps.lo, ps.hi = min(ps.lo, k), max(ps.hi, k)
	}
	p.Events++
	if q := quadOf(e); q > 0 {
		p.Quad[q-1]++
	}
	p.Goldstein += e.Goldstein
}

// points returns the periods from the first to the last, without gaps.
func (ps *periodSums) points(by Period) []Point {
	if len(ps.sums) == 0 {
		return []Point{}
	}
	step := int32(7)
	if by == Month {
		step = 1
	}
	out := make([]Point, 0, (ps.hi-ps.lo)/step+1)
	for k := ps.lo; k <= ps.hi; k += step {
		p := Point{}
		if s := ps.sums[k]; s != nil {
			p = *s
			p.Mean = p.Goldstein / float64(p.Events)
		}
		if by == Month {
			p.Start = fmt.Sprintf("%04d-%02d-01", k/12, k%12+1)
		} else {
			p.Start = dayString(k)
		}
		out = append(out, p)
	}
	return out
}

// periodKey returns the period of an event-record date: year*12+month-1
// for months, the day number of the Monday for weeks.
func periodKey(date string, by Period) (int32, bool) {
	y, m, d, ok := splitDate(date)
	if !ok || m == 0 || by == Week && d == 0 {
		return 0, false
	}
	if by == Month {
		return int32(y*12 + m - 1), true
	}
	n := civilDay(y, m, d)
	// 1970-01-01 was a Thursday, three days after a Monday.
	return n - ((n+3)%7+7)%7, true
}

// quadOf returns the quad class of an event: its own when set, else the
// GDELT class of its root (01-05 verbal cooperation, 06-08 material
// cooperation, 09-13 verbal conflict, 14-20 material conflict); 0 when
// unknown.
func quadOf(e *dyad.Event) int {
	if e.Quad >= 1 && e.Quad <= 4 {
		return e.Quad
	}
	r := e.Root
	if r == "" && len(e.Code) >= 2 {
		r = e.Code[:2]
	}
	if len(r) != 2 || r[0] < '0' || r[0] > '9' || r[1] < '0' || r[1] > '9' {
		return 0
	}
	switch n := int(r[0]-'0')*10 + int(r[1]-'0'); {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}
