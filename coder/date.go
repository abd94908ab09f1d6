package coder

import (
	"sort"
	"time"

	"dyad"
	"dyad/timex"
)

// eventDate finds the date of an event in its own clause: a time
// expression ("on Thursday", "in August 2021") among the tokens of the
// clause of verb v, resolved against the publication date. Without a
// publication date only expressions that fix the date in the text count.
// It reports false when the clause names no usable date.
func eventDate(st *sent, sentText string, sentStart, v int, pub time.Time) (string, string, bool) {
	exprs := timex.Find(sentText, pub)
	if len(exprs) == 0 {
		return "", "", false
	}
	t := st.t
	var clause []int
	if t.parsed {
		clause = t.subtree(v, nil, func(k int) bool { return t.clausal(k) })
		sort.Ints(clause)
	} else {
		for k := range t.toks {
			clause = append(clause, k)
		}
	}
	best := nearestDate(t, exprs, clause, sentStart, v, pub)
	if best < 0 && t.parsed {
		// "persuaded the Council to meet in emergency session Sunday":
		// failing a date of its own, the date of the act it brings
		// about, in its "to" complement.
		var comp []int
		for _, k := range t.kids[v] {
			if (t.base(k) == "xcomp" || t.base(k) == "advcl") && markOf(t, k) == "TO" {
				comp = t.subtree(k, comp, func(j int) bool { return t.clausal(j) })
			}
		}
		sort.Ints(comp)
		best = nearestDate(t, exprs, comp, sentStart, v, pub)
	}
	if best < 0 {
		return "", "", false
	}
	e := exprs[best]
	prec := dyad.PrecisionDay
	switch e.Precision {
	case timex.Month:
		prec = dyad.PrecisionMonth
	case timex.Year:
		prec = dyad.PrecisionYear
	}
	return e.String(), prec, true
}

// nearestDate returns the index of the time expression of exprs that
// dates an event within the tokens of clause nearest to verb v, or -1.
func nearestDate(t *tree, exprs []timex.Expr, clause []int, sentStart, v int, pub time.Time) int {
	best, bestDist := -1, 1<<30
	for i, e := range exprs {
		if e.Precision == timex.None || e.Precision == timex.Week || e.Rel != timex.RelAt ||
			e.Kind == timex.KindVague || e.Kind == timex.KindDuration {
			continue
		}
		if pub.IsZero() && e.Kind != timex.KindAbsolute {
			continue
		}
		start, end := sentStart+e.Start, sentStart+e.End
		in := false
		for _, k := range clause {
			if tk := &t.toks[k]; tk.Start < end && tk.End > start {
				in = true
				break
			}
		}
		if !in {
			continue
		}
		d := start - t.toks[v].Start
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	return best
}
