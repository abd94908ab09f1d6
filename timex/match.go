package timex

import (
	"strings"
	"time"
)

// match is one expression found by the parser, in token indices.
type match struct {
	from, start, end int // from: first token, with the preposition; [start, end): the expression
	y, m, d          int // the first day of the period
	prec             Precision
	kind             Kind
	rel              Rel
	part             Part
	future           bool // the words point forward
	yearless         bool // a day date whose year was resolved, not written
	since            bool // introduced by "since": a year-less date points back
}

// parser holds the state of one Find call.
type parser struct {
	text    string
	toks    []token
	opts    Options
	hasRef  bool
	ry, rm  int   // reference year and month
	rd, rwd int   // reference day of month and weekday (0 = Sunday)
	lastEnd int   // token index just after the previous match, or -1
	prev    match // the previous match
	cont    bool  // the match being read continues the previous one ("and", "to", "-")
}

// Weekday and period modifiers.
const (
	modNone uint8 = iota
	modLast       // last, past, this past
	modNext       // next, coming, this coming
	modThis       // this
)

// refLoc returns the location of ref, or UTC for the zero time.
func refLoc(ref time.Time) *time.Location {
	if ref.IsZero() {
		return time.UTC
	}
	return ref.Location()
}

func (p *parser) setRef(ref time.Time) {
	if ref.IsZero() {
		return
	}
	p.hasRef = true
	y, m, d := ref.Date()
	p.ry, p.rm, p.rd = y, int(m), d
	p.rwd = int(ref.Weekday())
}

// run appends the expressions of text. text and loc are p.text and the
// reference's location, passed apart so that the escape analysis sees that
// only they flow into the results, and the tokens can stay on the stack.
func (p *parser) run(dst []Expr, text string, loc *time.Location) []Expr {
	var buf [8]match
	for _, m := range p.matches(buf[:0]) {
		x := p.expr(m, text, loc)
		if x.Precision != None && x.Date.IsZero() {
			continue // only with a reference on 0001-01-02: keep Date's promise
		}
		dst = append(dst, x)
	}
	return dst
}

// matches appends the matches of the text to dst, left to right, longest first.
func (p *parser) matches(dst []match) []match {
	p.lastEnd = -1
	for i := 0; i < len(p.toks); {
		if m, ok := p.matchAt(i); ok && m.end > m.start && m.end <= len(p.toks) {
			dst = append(dst, m)
			p.lastEnd, p.prev = m.end, m
			i = m.end
			continue
		}
		i++
	}
	return dst
}

func (p *parser) expr(m match, text string, loc *time.Location) Expr {
	s, e := int(p.toks[m.start].start), int(p.toks[m.end-1].end)
	x := Expr{Start: s, End: e, Text: text[s:e], Precision: m.prec, Kind: m.kind, Rel: m.rel, Part: m.part, Future: m.future}
	if m.prec != None {
		x.Date = time.Date(m.y, time.Month(m.m), m.d, 0, 0, 0, 0, loc)
		if p.hasRef && !x.Future && m.y*10000+m.m*100+m.d > p.refKey() {
			x.Future = true
		}
	}
	return x
}

func (p *parser) refKey() int { return p.ry*10000 + p.rm*100 + p.rd }

// Token predicates; all are safe for any index.

func (p *parser) kw(j int) uint8 {
	if j < 0 || j >= len(p.toks) || p.toks[j].kind != tWord || p.toks[j].cls != cKw {
		return kwNone
	}
	return p.toks[j].val
}

func (p *parser) cls(j int) uint8 {
	if j < 0 || j >= len(p.toks) || p.toks[j].kind != tWord {
		return cNone
	}
	return p.toks[j].cls
}

func (p *parser) punct(j int, v uint8) bool {
	return j >= 0 && j < len(p.toks) && p.toks[j].kind == tPunct && p.toks[j].val == v
}

func (p *parser) isWord(j int) bool {
	return j >= 0 && j < len(p.toks) && p.toks[j].kind == tWord
}

// wordIs reports whether token j is the word w (lower case), in any case.
func (p *parser) wordIs(j int, w string) bool {
	if !p.isWord(j) {
		return false
	}
	t := p.toks[j]
	return strings.EqualFold(p.text[t.start:t.end], w)
}

// adjacent reports whether tokens j and j+1 touch.
func (p *parser) adjacent(j int) bool {
	return j >= 0 && j+1 < len(p.toks) && p.toks[j].end == p.toks[j+1].start
}

// unit returns the unit of token j and whether it is plural.
func (p *parser) unit(j int) (uint8, bool) {
	if p.cls(j) != cUnit {
		return 0, false
	}
	return p.toks[j].val, p.toks[j].flags&fPlural != 0
}

// month returns the month of token j, or 0. Ambiguous month names ("May",
// "March") count only when capitalised.
func (p *parser) month(j int) int {
	if p.cls(j) != cMonth {
		return 0
	}
	t := p.toks[j]
	if t.flags&(fAmbig|fAbbr) != 0 && !t.upper {
		return 0
	}
	return int(t.val)
}

// dayNum returns the day-of-month number at token j, or 0.
func (p *parser) dayNum(j int) int {
	if j < 0 || j >= len(p.toks) {
		return 0
	}
	t := p.toks[j]
	if t.kind != tNum || t.nd < 1 || t.nd > 2 || t.suf == sufOther || t.num < 1 || t.num > 31 {
		return 0
	}
	return int(t.num)
}

// yearNum returns the year at token j (four digits, 1000-2999), or 0.
func (p *parser) yearNum(j int) int {
	if j < 0 || j >= len(p.toks) {
		return 0
	}
	t := p.toks[j]
	if t.kind != tNum || t.nd != 4 || t.suf != sufNone || t.num < 1000 || t.num > 2999 {
		return 0
	}
	// "2025-26", "2024-style": part of a compound, not a plain year? Keep
	// ranges ("2019-2021") but not "2000-strong".
	if p.punct(j+1, pHyphen) && p.adjacent(j) && p.cls(j+2) == cCount {
		return 0
	}
	return int(t.num)
}

// tod reports whether token j is a time of day: morning, afternoon, evening, night.
func (p *parser) tod(j int) bool {
	switch p.kw(j) {
	case kwMorning, kwAfternoon, kwEvening, kwNight:
		return true
	}
	return false
}

func (p *parser) matchAt(i int) (match, bool) {
	m := match{from: i}
	p.cont = false
	j := i
	trig := false
	prep := kwNone
	if i == p.lastEnd && p.punct(i, pComma) && p.cls(i+1) == cMonth && p.toks[i+1].flags&fAmbig == 0 {
		// "in January, February and April"
		trig = true
		j++
	} else if i == p.lastEnd && (p.punct(i, pHyphen) || p.kw(i) == kwAnd || p.kw(i) == kwOr || p.kw(i) == kwTo) {
		// "between March and May", "from 2019 to 2021", "July 3 and 4"
		trig, p.cont = true, true
		if p.kw(i) == kwTo || p.punct(i, pHyphen) {
			m.rel = RelUntil
		}
		j++
	} else {
		switch k := p.kw(i); k {
		case kwIn, kwOn, kwDuring, kwOf, kwThrough, kwBetween:
			prep, trig = k, true
			j++
		case kwOver: // "over the weekend", but "over 2000" is a quantity
			prep = k
			j++
		case kwSince, kwFrom:
			prep, trig, m.rel = k, true, RelSince
			m.since = k == kwSince
			j++
		case kwUntil, kwBy:
			prep, trig, m.rel = k, true, RelUntil
			j++
		case kwBefore:
			prep, trig, m.rel = k, true, RelBefore
			j++
		case kwAfter:
			prep, trig, m.rel = k, true, RelAfter
			j++
		case kwAs:
			if p.kw(i+1) == kwOf {
				prep, trig = kwAs, true
				j += 2
			}
		}
	}
	if j >= len(p.toks) {
		return m, false
	}
	m.start = j
	j, m.part = p.part(j)
	if m.part != PartWhole {
		trig = true
	}
	if !p.core(&m, j, trig, prep) {
		return m, false
	}
	return m, true
}

// part reads a part-of-period phrase at j: "early", "mid-", "late", "the
// end of", "the beginning of", "the start of", "the middle of".
func (p *parser) part(j int) (int, Part) {
	switch p.kw(j) {
	case kwEarly:
		return p.skipHyphen(j + 1), PartEarly
	case kwLate:
		return p.skipHyphen(j + 1), PartLate
	case kwMid:
		return p.skipHyphen(j + 1), PartMid
	}
	k := j
	if p.kw(k) == kwThe {
		k++
	}
	var part Part
	switch p.kw(k) {
	case kwEnd:
		part = PartLate
	case kwBeginning, kwStart:
		part = PartEarly
	case kwMiddle:
		part = PartMid
	default:
		return j, PartWhole
	}
	if p.kw(k+1) == kwOf {
		return k + 2, part
	}
	if k == j && p.punct(k+1, pHyphen) && p.adjacent(k) { // "end-June"
		return k + 2, part
	}
	return j, PartWhole
}

func (p *parser) skipHyphen(j int) int {
	if p.punct(j, pHyphen) && p.adjacent(j-1) {
		return j + 1
	}
	return j
}

// core reads the expression proper at j. trig says whether a preposition or
// part-of-period word introduced it, which bare month names and years need.
func (p *parser) core(m *match, j int, trig bool, prep uint8) bool {
	if j >= len(p.toks) {
		return false
	}
	t := p.toks[j]
	switch t.kind {
	case tNumDate:
		v := int(t.num)
		if v%10000 == 0 { // an ambiguous day-month order: only the year is sure
			m.y, m.m, m.d, m.prec, m.kind = v/10000, 1, 1, Year, KindAbsolute
		} else {
			p.setDay(m, v/10000, v/100%100, v%100, KindAbsolute)
		}
		m.end = j + 1
		return true
	case tNum:
		return p.numExpr(m, j, trig)
	case tPunct:
		return false
	}
	switch t.cls {
	case cWeekday:
		return p.weekdayExpr(m, j, modNone)
	case cMonth:
		return p.monthExpr(m, j, trig)
	case cNumWord:
		return p.agoExpr(m, j)
	case cUnit:
		// "days ago", "years ago"
		if t.flags&fPlural != 0 && t.val != uWeekend && p.kw(j+1) == kwAgo {
			p.setVague(m, false)
			m.end = j + 2
			return true
		}
		return false
	case cKw:
	default:
		return false
	}
	switch t.val {
	case kwToday, kwTonight:
		return p.relDay(m, j, 0)
	case kwYesterday:
		return p.relDay(m, j, -1)
	case kwTomorrow:
		return p.relDay(m, j, 1)
	case kwLast, kwNext, kwThis, kwPast, kwComing:
		return p.deictic(m, j, true)
	case kwEarlier, kwLater:
		return p.earlierLater(m, j)
	case kwThe:
		return p.theExpr(m, j, prep)
	case kwA, kwFew, kwSeveral, kwCouple:
		return p.agoExpr(m, j)
	case kwRecently:
		if m.part != PartWhole {
			return false
		}
		p.setVague(m, false)
		m.end = j + 1
		return true
	case kwRecent:
		// "in recent days", "over recent weeks"
		if u, pl := p.unit(j + 1); pl && u != uWeekend && (prep == kwIn || prep == kwOver || prep == kwDuring) {
			p.setVague(m, false)
			m.end = j + 2
			return true
		}
	}
	return false
}

func (p *parser) setDay(m *match, y, mo, d int, k Kind) {
	m.y, m.m, m.d, m.prec, m.kind = y, mo, d, Day, k
}

func (p *parser) setVague(m *match, future bool) {
	m.prec, m.kind, m.future = None, KindVague, future
}

// relDay reads today/tonight/yesterday/tomorrow with an optional time of day.
func (p *parser) relDay(m *match, j, off int) bool {
	if !p.hasRef {
		return false
	}
	y, mo, d := p.day(off)
	p.setDay(m, y, mo, d, KindRelative)
	m.end = j + 1
	if p.tod(j+1) && p.kw(j) != kwTonight {
		m.end = j + 2
	}
	return true
}

// weekdayExpr reads a weekday at j, with the modifier mod before it.
func (p *parser) weekdayExpr(m *match, j int, mod uint8) bool {
	t := p.toks[j]
	k := j + 1
	if t.flags&fAbbr != 0 {
		if !t.upper {
			return false // "sat", "wed"
		}
		if p.punct(k, pPeriod) {
			k++
		}
	}
	if p.punct(k, pComma) {
		k++
	}
	// A weekday before a full date: "Thursday, July 3", "Wed 2 Apr 2025".
	if mod == modNone && p.dateAt(m, k) {
		if m.yearless {
			p.matchWeekday(m, int(t.val))
		}
		return true
	}
	if t.flags&fAbbr != 0 {
		return false
	}
	// Names: "Good Friday", "Sunday Times", "Super Tuesday"; habits: "every Friday".
	if mod == modNone && j > 0 && (p.cls(j-1) == cFeast && p.toks[j-1].upper || p.wordIs(j-1, "every") || p.wordIs(j-1, "each")) {
		return false
	}
	if n := j + 1; p.isWord(n) && p.toks[n].upper && (p.cls(n) == cPaper || p.wordIs(n, "times")) {
		return false
	}
	if !p.hasRef {
		return false
	}
	wd := int(t.val)
	end := j + 1
	if p.tod(end) {
		end++
	}
	// "Thursday last week", "Monday next week"
	if mod == modNone {
		if u, pl := p.unit(end + 1); u == uWeek && !pl {
			off, ok := 0, true
			switch p.kw(end) {
			case kwLast:
				off = -7
			case kwNext:
				off = 7
			case kwThis:
			default:
				ok = false
			}
			if ok {
				y, mo, d := p.day(-(p.rwd+6)%7 + off + (wd+6)%7)
				p.setDay(m, y, mo, d, KindWeekday)
				m.end = end + 2
				return true
			}
		}
	}
	back := (p.rwd - wd + 7) % 7
	fwd := (wd - p.rwd + 7) % 7
	var off int
	switch mod {
	case modNone:
		if p.opts.Tense == TenseFuture {
			if fwd == 0 {
				fwd = 7
			}
			off = fwd
		} else {
			off = -back
		}
	case modLast:
		if back == 0 {
			back = 7
		}
		off = -back
	case modNext:
		if fwd == 0 {
			fwd = 7
		}
		off = fwd
	case modThis:
		if p.opts.Tense == TensePast {
			off = -back
		} else {
			off = fwd
		}
	}
	y, mo, d := p.day(off)
	p.setDay(m, y, mo, d, KindWeekday)
	m.end = end
	return true
}

// matchWeekday moves a year-less date to the nearest year around the
// reference in which it falls on weekday wd, if there is one: "Monday 22
// September" in a July 2025 article is 2025-09-22, not 2024-09-22.
func (p *parser) matchWeekday(m *match, wd int) {
	if wdOf(m.y, m.m, m.d) == wd {
		return
	}
	for _, y := range [...]int{p.ry, p.ry - 1, p.ry + 1} {
		if m.d <= daysIn(y, m.m) && wdOf(y, m.m, m.d) == wd {
			m.y = y
			return
		}
	}
}

// dateAt reads a full day date at k: "July 3[, 2025]", "3[rd] [of] July
// [2025]", "the 3rd of July", or a numeric date.
func (p *parser) dateAt(m *match, k int) bool {
	if k >= len(p.toks) {
		return false
	}
	if t := p.toks[k]; t.kind == tNumDate && t.num%10000 != 0 {
		v := int(t.num)
		p.setDay(m, v/10000, v/100%100, v%100, KindAbsolute)
		m.end = k + 1
		return true
	}
	if p.month(k) != 0 {
		return p.monthDay(m, k)
	}
	return p.dayMonth(m, k)
}

// monthDay reads "July 3", "Sept. 22, 2025", "May 14th".
func (p *parser) monthDay(m *match, j int) bool {
	mo := p.month(j)
	if mo == 0 {
		return false
	}
	k := j + 1
	if p.toks[j].flags&fAbbr != 0 && p.punct(k, pPeriod) {
		k++
	}
	d := p.dayNum(k)
	if d == 0 {
		return false
	}
	k++
	if p.punct(k, pHyphen) && p.dayNum(k+1) != 0 { // "July 3-5": the first day
		k += 2
	}
	e := k
	if p.punct(e, pComma) {
		e++
	}
	if y := p.yearNum(e); y != 0 {
		return p.setMD(m, y, mo, d, e+1)
	}
	return p.setMD(m, 0, mo, d, k)
}

// dayMonth reads "3 July", "3rd of July 2025", "the 3rd of July".
func (p *parser) dayMonth(m *match, j int) bool {
	k := j
	the := p.kw(k) == kwThe
	if the {
		k++
	}
	d := p.dayNum(k)
	if d == 0 || the && p.toks[k].suf != sufOrd {
		return false
	}
	k++
	if p.kw(k) == kwOf {
		k++
	}
	mo := p.month(k)
	if mo == 0 {
		return false
	}
	k++
	if p.toks[k-1].flags&fAbbr != 0 && p.punct(k, pPeriod) && p.yearNum(k+1) != 0 {
		k++
	}
	e := k
	if p.punct(e, pComma) {
		e++
	}
	if y := p.yearNum(e); y != 0 {
		return p.setMD(m, y, mo, d, e+1)
	}
	return p.setMD(m, 0, mo, d, k)
}

// pastIf runs resolve with the tense set to the past when past is true:
// "since October 9" names a day before the reference, however near the
// next October 9 is.
func (p *parser) pastIf(past bool, resolve func() (int, bool)) (int, bool) {
	if !past {
		return resolve()
	}
	t := p.opts.Tense
	p.opts.Tense = TensePast
	defer func() { p.opts.Tense = t }()
	return resolve()
}

// setMD sets a day date; y == 0 means the year is to be resolved.
func (p *parser) setMD(m *match, y, mo, d, end int) bool {
	yearless := y == 0
	if yearless {
		var ok bool
		if y, ok = p.pastIf(m.since, func() (int, bool) { return p.resolveMD(mo, d) }); !ok {
			return false
		}
	} else if d > daysIn(y, mo) {
		return false
	}
	p.setDay(m, y, mo, d, KindAbsolute)
	m.yearless = yearless
	m.end = end
	return true
}

// monthExpr reads a month name at j: with a day, with a year, or alone after
// a preposition or part-of-period word.
func (p *parser) monthExpr(m *match, j int, trig bool) bool {
	mo := p.month(j)
	if mo == 0 {
		return false
	}
	if p.monthDay(m, j) {
		return true
	}
	t := p.toks[j]
	k := j + 1
	dot := false
	if t.flags&fAbbr != 0 && p.punct(k, pPeriod) {
		k++
		dot = true
	}
	e := k
	if p.punct(e, pComma) {
		e++
	}
	if p.kw(e) == kwOf {
		e++
	}
	if y := p.yearNum(e); y != 0 {
		m.y, m.m, m.d, m.prec, m.kind = y, mo, 1, Month, KindAbsolute
		m.end = e + 1
		return true
	}
	if p.punct(e, pApos) && p.adjacent(e) && e+1 < len(p.toks) && p.toks[e+1].kind == tNum && p.toks[e+1].nd == 2 {
		return false // "March of '68": two-digit years are not read
	}
	if !trig && t.flags&(fAbbr|fAmbig) == 0 && p.punct(j+1, pApos) && p.wordIs(j+2, "s") {
		trig = true // "July's summit"
	}
	if !trig || t.flags&fAbbr != 0 && !dot || !p.hasRef {
		return false
	}
	y, _ := p.pastIf(m.since, func() (int, bool) { return p.resolveMonth(mo), true })
	m.y, m.m, m.d, m.prec, m.kind = y, mo, 1, Month, KindAbsolute
	m.end = k
	return true
}

// numExpr reads an expression that starts with a number.
func (p *parser) numExpr(m *match, j int, trig bool) bool {
	if p.dayMonth(m, j) {
		return true
	}
	if d := p.dayNum(j); d != 0 && p.toks[j].suf != sufOther {
		// "12 and 13 June", "3-5 July": the first day of a list or range
		// takes the month and year of the last.
		if p.kw(j+1) == kwAnd || p.kw(j+1) == kwOr || p.kw(j+1) == kwTo || p.punct(j+1, pHyphen) {
			var n match
			if p.dayMonth(&n, j+2) && d <= daysIn(n.y, n.m) {
				p.setDay(m, n.y, n.m, d, KindAbsolute)
				m.end = j + 1
				return true
			}
		}
		// "July 3 and 4": a bare day continuing a day date.
		if p.cont && p.prev.prec == Day && p.month(j+1) == 0 && p.kw(j+1) != kwOf && d <= daysIn(p.prev.y, p.prev.m) {
			p.setDay(m, p.prev.y, p.prev.m, d, p.prev.kind)
			m.end = j + 1
			return true
		}
	}
	if p.agoExpr(m, j) {
		return true
	}
	t := p.toks[j]
	if t.nd != 4 || t.suf != sufNone {
		return false
	}
	y := p.yearNum(j)
	lo := 1000 // after "in", "since", "before"...: "in 1648"
	switch {
	case !trig, p.kw(j-1) == kwOf, p.kw(j-1) == kwBetween:
		lo = 1900 // "Trump 2024", but not "the activities of 1179"
	}
	if y < lo || y > 2099 {
		return false
	}
	// "235-1972": the end of a phone number, not a year.
	if p.punct(j-1, pHyphen) && p.adjacent(j-1) && p.adjacent(j-2) && j >= 2 && p.toks[j-2].kind == tNum && p.toks[j-2].nd != 4 {
		return false
	}
	// Quantities, not years: "some 2000 troops", "$2025", "2000 km".
	if c := p.cls(j + 1); c == cCount || c == cUnit {
		return false
	}
	if p.punct(j+1, pOther) && p.text[p.toks[j+1].start] == '%' {
		return false
	}
	if j > 0 {
		prev := p.toks[j-1]
		if prev.kind == tWord && prev.end == t.start {
			return false // glued to a word: "B2025"
		}
		if prev.kind == tPunct && prev.end == t.start {
			switch p.text[prev.start] {
			case '$', '#', '+':
				return false
			}
			if p.text[prev.start:prev.end] == "€" || p.text[prev.start:prev.end] == "£" {
				return false
			}
		}
		if prev.kind == tWord && prev.cls == cKw && (prev.val == kwQuant && !trig || prev.val == kwOver) {
			return false
		}
	}
	m.y, m.m, m.d, m.prec, m.kind = y, 1, 1, Year, KindAbsolute
	m.end = j + 1
	return true
}

// quantity reads a count at j: "3", "two", "twenty-five", "a", "a few",
// "several", "a couple of". vague says the count is not exact.
func (p *parser) quantity(j int) (n, next int, vague, ok bool) {
	if j >= len(p.toks) {
		return 0, 0, false, false
	}
	t := p.toks[j]
	switch {
	case t.kind == tNum:
		if t.nd == 0 || t.suf != sufNone || t.num < 1 || t.num > 1000 {
			return 0, 0, false, false
		}
		return int(t.num), j + 1, false, true
	case t.kind != tWord:
		return 0, 0, false, false
	case t.cls == cNumWord:
		n = int(t.val)
		if n >= 20 && p.punct(j+1, pHyphen) && p.cls(j+2) == cNumWord && p.toks[j+2].val < 10 {
			return n + int(p.toks[j+2].val), j + 3, false, true
		}
		return n, j + 1, false, true
	case t.cls != cKw:
		return 0, 0, false, false
	}
	switch t.val {
	case kwA:
		switch p.kw(j + 1) {
		case kwFew:
			return 3, j + 2, true, true
		case kwCouple:
			if p.kw(j+2) == kwOf {
				return 2, j + 3, true, true
			}
			return 2, j + 2, true, true
		}
		return 1, j + 1, false, true
	case kwFew, kwSeveral:
		return 3, j + 1, true, true
	case kwCouple:
		if p.kw(j+1) == kwOf {
			return 2, j + 2, true, true
		}
	}
	return 0, 0, false, false
}

// agoExpr reads "N units ago", or "in N units' time".
func (p *parser) agoExpr(m *match, j int) bool {
	n, k, vague, ok := p.quantity(j)
	if !ok {
		return false
	}
	u, _ := p.unit(k)
	if u == 0 || u == uWeekend {
		return false
	}
	k++
	sign := 0
	switch {
	case p.kw(k) == kwAgo:
		sign = -1
	case p.kw(j-1) == kwIn && (p.wordIs(k, "time") || p.punct(k, pApos) && p.wordIs(k+1, "time") ||
		p.opts.Tense == TenseFuture && p.kw(k) != kwOf):
		// "in two weeks' time"; "in two weeks" only in a future clause,
		// since "the first time in two years" is not a date.
		sign = 1
		m.future = true
	default:
		return false
	}
	switch {
	case sign < 0 || p.wordIs(k, "time"):
		m.end = k + 1
	case p.punct(k, pApos) && p.wordIs(k+1, "time"):
		m.end = k + 2
	default:
		m.end = k
	}
	if vague || !p.hasRef {
		if !vague {
			return false
		}
		p.setVague(m, sign > 0)
		return true
	}
	p.shift(m, u, sign*n)
	m.kind = KindRelative
	return true
}

// shift sets m to the period n units away from the reference.
func (p *parser) shift(m *match, u uint8, n int) {
	switch u {
	case uDay:
		m.y, m.m, m.d = p.day(n)
		m.prec = Day
	case uWeek, uFortnight:
		if u == uFortnight {
			n *= 2
		}
		m.y, m.m, m.d = p.day(7*n - (p.rwd+6)%7)
		m.prec = Week
	case uMonth:
		m.y, m.m = p.addMonths(n)
		m.d, m.prec = 1, Month
	case uYear, uDecade:
		if u == uDecade {
			n *= 10
		}
		m.y, m.m, m.d, m.prec = p.ry+n, 1, 1, Year
	}
}

// deictic reads last/next/this/past/coming + weekday, unit, month name or
// count. calendar says that "last week" means the calendar week, not a
// window ("the past week" is a window).
func (p *parser) deictic(m *match, j int, calendar bool) bool {
	mod := modThis
	switch p.kw(j) {
	case kwLast, kwPast:
		mod = modLast
	case kwNext, kwComing:
		mod = modNext
	}
	k := j + 1
	if p.kw(j) == kwThis {
		switch p.kw(k) {
		case kwPast:
			mod = modLast
			k++
		case kwComing:
			mod = modNext
			k++
		}
	}
	if k >= len(p.toks) {
		return false
	}
	t := p.toks[k]
	switch {
	case t.kind == tWord && t.cls == cWeekday && t.flags&fAbbr == 0:
		return p.weekdayExpr(m, k, mod)
	case t.kind == tWord && t.cls == cMonth:
		mo := p.month(k)
		if mo == 0 || t.flags&fAbbr != 0 || !p.hasRef {
			return false
		}
		y := p.ry
		switch mod {
		case modLast:
			if mo >= p.rm {
				y--
			}
		case modNext:
			if mo <= p.rm {
				y++
			}
		}
		m.y, m.m, m.d, m.prec, m.kind = y, mo, 1, Month, KindRelative
		m.end = k + 1
		return true
	}
	switch p.kw(k) {
	case kwNight:
		if p.kw(j) == kwLast {
			return p.relDayAt(m, k, -1)
		}
		return false
	case kwMorning, kwAfternoon, kwEvening:
		if p.kw(j) == kwThis {
			return p.relDayAt(m, k, 0)
		}
		return false
	}
	if u, pl := p.unit(k); u != 0 && !pl {
		if !p.hasRef {
			return false
		}
		n := 0
		switch mod {
		case modLast:
			n = -1
		case modNext:
			n = 1
		}
		m.kind = KindRelative
		m.end = k + 1
		switch u {
		case uWeekend:
			p.weekend(m, mod)
			return true
		case uFortnight, uDay:
			return false
		case uDecade:
			if calendar || n >= 0 {
				return false
			}
		}
		if !calendar && p.kw(j) != kwThis {
			// "the past week", "the last year": a window back from the
			// reference, or forward for "the next week".
			if n > 0 {
				p.setVague(m, true)
				return true
			}
			p.window(m, u, 1)
			return true
		}
		p.shift(m, u, n)
		if mod == modNext {
			m.future = true
		}
		return true
	}
	// "the past two years", "the next few days", "the coming weeks"; not
	// without "the" ("a process that will last several years").
	if mod == modThis || calendar {
		return false
	}
	if u, pl := p.unit(k); pl && u != uWeekend { // "the coming days", "in past years"
		p.setVague(m, mod == modNext)
		m.end = k + 1
		return true
	}
	n, e, vague, ok := p.quantity(k)
	if !ok || p.kw(k) == kwA {
		return false
	}
	u, _ := p.unit(e)
	if u == 0 || u == uWeekend {
		return false
	}
	m.end = e + 1
	if mod == modNext || vague || !p.hasRef {
		if !vague && !p.hasRef && mod != modNext {
			return false
		}
		p.setVague(m, mod == modNext)
		return true
	}
	p.window(m, u, n)
	return true
}

// window sets m to a window of n units back from the reference: its start,
// at the unit's precision, except that weeks give the day.
func (p *parser) window(m *match, u uint8, n int) {
	p.shift(m, u, -n)
	if u == uWeek || u == uFortnight {
		if u == uFortnight {
			n *= 2
		}
		m.y, m.m, m.d = p.day(-7 * n)
		m.prec = Day
	}
	m.kind, m.rel = KindDuration, RelSince
}

func (p *parser) relDayAt(m *match, end, off int) bool {
	if !p.hasRef {
		return false
	}
	y, mo, d := p.day(off)
	p.setDay(m, y, mo, d, KindRelative)
	m.end = end + 1
	return true
}

// weekend sets m to the ISO week of the weekend meant by mod.
func (p *parser) weekend(m *match, mod uint8) {
	off := 0 // weeks from the reference's week
	onWeekend := p.rwd == 6 || p.rwd == 0
	switch mod {
	case modLast:
		off = -1
	case modNext:
		off = 1
		m.future = true
	case modThis:
	default:
		if !onWeekend && p.opts.Tense != TenseFuture {
			off = -1
		}
	}
	m.y, m.m, m.d = p.day(7*off - (p.rwd+6)%7)
	m.prec = Week
	m.kind = KindRelative
}

// earlierLater reads "earlier today", "later this year", "earlier in the week",
// "earlier last month".
func (p *parser) earlierLater(m *match, j int) bool {
	later := p.kw(j) == kwLater
	k := j + 1
	switch p.kw(k) {
	case kwToday:
		if !p.relDay(m, k, 0) {
			return false
		}
	case kwThis, kwLast, kwNext:
		if !p.deictic(m, k, true) || m.kind == KindVague {
			return false
		}
	case kwIn:
		u, pl := p.unit(k + 2)
		if p.kw(k+1) != kwThe || pl || u == 0 || u == uDecade || u == uFortnight || u == uWeekend || u == uDay || !p.hasRef {
			return false
		}
		p.shift(m, u, 0)
		m.kind = KindRelative
		m.end = k + 3
	default:
		return false
	}
	if later {
		m.future = true
	}
	return true
}

// theExpr reads an expression that starts with "the".
func (p *parser) theExpr(m *match, j int, prep uint8) bool {
	if p.dayMonth(m, j) {
		return true
	}
	k := j + 1
	switch p.kw(k) {
	case kwLast, kwPast, kwNext, kwComing:
		return p.deictic(m, k, false)
	}
	if u, pl := p.unit(k); u != 0 {
		switch {
		case u == uDay && !pl && (p.kw(k+1) == kwBefore && p.kw(k+2) == kwYesterday ||
			p.kw(k+1) == kwAfter && p.kw(k+2) == kwTomorrow):
			off := -2
			if p.kw(k+1) == kwAfter {
				off = 2
			}
			return p.relDayAt(m, k+2, off)
		case u == uWeekend && !pl:
			if !p.hasRef {
				return false
			}
			p.weekend(m, modNone)
			m.end = k + 1
			return true
		case u == uYear && !pl && p.yearNum(k+1) != 0:
			m.y, m.m, m.d, m.prec, m.kind = p.yearNum(k+1), 1, 1, Year, KindAbsolute
			m.end = k + 2
			return true
		case !pl && m.part != PartWhole && (u == uWeek || u == uMonth || u == uYear) && p.hasRef:
			// "the end of the year"
			p.shift(m, u, 0)
			m.kind = KindRelative
			m.end = k + 1
			return true
		}
		return false
	}
	// "on the 3rd"
	if prep == kwOn && m.part == PartWhole {
		d := p.dayNum(k)
		if d == 0 || p.toks[k].suf != sufOrd || !p.hasRef {
			return false
		}
		if p.isWord(k + 1) {
			switch p.kw(k + 1) {
			case kwAnd, kwOr, kwIn, kwAs, kwBefore, kwAfter, kwWhen:
			default:
				return false
			}
		}
		y, mo, ok := p.resolveDayOfMonth(d)
		if !ok {
			return false
		}
		p.setDay(m, y, mo, d, KindAbsolute)
		m.end = k + 1
		return true
	}
	return false
}
