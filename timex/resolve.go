package timex

import "time"

// Calendar arithmetic on the reference day, in plain year, month and day
// numbers. time.Date normalises out-of-range values.

func civil(y, m, d int) (int, int, int) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	yy, mm, dd := t.Date()
	return yy, int(mm), dd
}

// day returns the reference day moved by off days.
func (p *parser) day(off int) (int, int, int) {
	return civil(p.ry, p.rm, p.rd+off)
}

// dateAdd normalises a date whose fields may be out of range.
func (p *parser) dateAdd(y, m, d int) (int, int, int) {
	return civil(y, m, d)
}

// addMonths returns the reference month moved by n months.
func (p *parser) addMonths(n int) (int, int) {
	y, m, _ := civil(p.ry, p.rm+n, 1)
	return y, m
}

// daysBetween returns the number of days from date a to date b.
func daysBetween(ay, am, ad, by, bm, bd int) int {
	a := time.Date(ay, time.Month(am), ad, 0, 0, 0, 0, time.UTC)
	b := time.Date(by, time.Month(bm), bd, 0, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Hours() / 24)
}

// Year-less dates: how far ahead the next occurrence may lie and still be
// preferred to the past one when the tense is unknown.
const (
	aheadDays   = 61
	aheadMonths = 2
)

// resolveMD returns the year of a year-less date (month mo, day d).
func (p *parser) resolveMD(mo, d int) (int, bool) {
	if !p.hasRef || mo < 1 || mo > 12 || d < 1 || d > daysIn(2000, mo) {
		return 0, false
	}
	ref := p.refKey()
	past, fut := 0, 0
	for y := p.ry; y > p.ry-9; y-- {
		if d <= daysIn(y, mo) && y*10000+mo*100+d <= ref {
			past = y
			break
		}
	}
	for y := p.ry; y < p.ry+9; y++ {
		k := y*10000 + mo*100 + d
		if d <= daysIn(y, mo) && (k > ref || k == ref && p.opts.Tense == TenseFuture) {
			fut = y
			break
		}
	}
	switch p.opts.Tense {
	case TensePast:
		return past, past != 0
	case TenseFuture:
		if past != 0 && past*10000+mo*100+d == ref {
			return past, true
		}
		return fut, fut != 0
	}
	if fut != 0 && daysBetween(p.ry, p.rm, p.rd, fut, mo, d) <= aheadDays {
		return fut, true
	}
	if past != 0 {
		return past, true
	}
	return fut, fut != 0
}

// resolveMonth returns the year of a year-less month.
func (p *parser) resolveMonth(mo int) int {
	switch p.opts.Tense {
	case TensePast:
		if mo <= p.rm {
			return p.ry
		}
		return p.ry - 1
	case TenseFuture:
		if mo >= p.rm {
			return p.ry
		}
		return p.ry + 1
	}
	ahead := (mo - p.rm + 12) % 12
	switch {
	case ahead == 0:
		return p.ry
	case ahead <= aheadMonths:
		if mo > p.rm {
			return p.ry
		}
		return p.ry + 1
	case mo < p.rm:
		return p.ry
	}
	return p.ry - 1
}

// resolveDayOfMonth returns the month of "the 3rd": the reference month if
// the day is not past, else the previous month (the next one with
// TenseFuture), skipping months too short for the day.
func (p *parser) resolveDayOfMonth(d int) (int, int, bool) {
	step := -1
	if p.opts.Tense == TenseFuture {
		if d >= p.rd {
			return p.ry, p.rm, true
		}
		step = 1
	} else if d <= p.rd {
		return p.ry, p.rm, true
	}
	for n := 1; n <= 12; n++ {
		y, m := p.addMonths(step * n)
		if d <= daysIn(y, m) {
			return y, m, true
		}
	}
	return 0, 0, false
}

// wdOf returns the weekday of a date, 0 for Sunday.
func wdOf(y, m, d int) int {
	return int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday())
}
