package timex

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of Expr.Date is meaningful.
type Precision int8

// Precisions, from none to coarsest.
const (
	None  Precision = iota // no date: a vague expression such as "recently"
	Day                    // a calendar day
	Week                   // an ISO week (Monday to Sunday); Date is its Monday
	Month                  // a calendar month; Date is its first day
	Year                   // a calendar year; Date is January 1
)

var precisionNames = [...]string{"none", "day", "week", "month", "year"}

// String returns "none", "day", "week", "month" or "year".
func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return "Precision(" + strconv.Itoa(int(p)) + ")"
	}
	return precisionNames[p]
}

// Kind says how an expression names its time.
type Kind int8

// Kinds of expression.
const (
	KindAbsolute Kind = iota // the text fixes the date, perhaps without the year: "July 3, 2025", "in 2021", "in July"
	KindRelative             // counted from the reference: "yesterday", "last month", "two weeks ago", "in three days"
	KindWeekday              // a day of the week: "on Thursday", "last Friday", "Thursday night"
	KindDuration             // a window reaching back to the reference: "the past two years"; Date is its start
	KindVague                // a time expression with no date: "recently", "in recent days", "in the coming weeks"
)

var kindNames = [...]string{"absolute", "relative", "weekday", "duration", "vague"}

// String returns the kind's name, such as "absolute".
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "Kind(" + strconv.Itoa(int(k)) + ")"
	}
	return kindNames[k]
}

// Rel is how a preposition before the expression relates an event to it.
type Rel int8

// Relations.
const (
	RelAt     Rel = iota // within the period: "in", "on", "during", or no preposition
	RelSince             // "since", "from"; also durations such as "the past two years"
	RelUntil             // "until", "till", "by"
	RelBefore            // "before"
	RelAfter             // "after"
)

var relNames = [...]string{"at", "since", "until", "before", "after"}

// String returns the relation's name, such as "since".
func (r Rel) String() string {
	if r < 0 || int(r) >= len(relNames) {
		return "Rel(" + strconv.Itoa(int(r)) + ")"
	}
	return relNames[r]
}

// Part is the part of the period an expression names.
type Part int8

// Parts of a period.
const (
	PartWhole Part = iota // the whole period
	PartEarly             // "early", "the beginning of", "the start of"
	PartMid               // "mid", "the middle of"
	PartLate              // "late", "the end of"
)

var partNames = [...]string{"whole", "early", "mid", "late"}

// String returns the part's name, such as "late".
func (p Part) String() string {
	if p < 0 || int(p) >= len(partNames) {
		return "Part(" + strconv.Itoa(int(p)) + ")"
	}
	return partNames[p]
}

// Tense tells the resolver which way an expression without a direction points.
// A caller that knows the tense of the clause (the context package does) should
// pass it; the default suits news, which mostly reports the past.
type Tense int8

// Tenses.
const (
	TenseUnknown Tense = iota // weekdays point back; year-less dates go to the nearest occurrence, leaning back
	TensePast                 // everything undirected points back (or is the reference day)
	TenseFuture               // everything undirected points forward
)

// Expr is one time expression found in a text.
type Expr struct {
	Start, End int    // byte offsets of the expression in the text; Text == text[Start:End]
	Text       string // the expression as written
	// Date is the first day of the period, at midnight in the reference
	// time's location (UTC without a reference). It is the zero time when
	// Precision is None.
	Date      time.Time
	Precision Precision
	Kind      Kind
	Rel       Rel  // the preposition before the expression, if any
	Part      Part // early, mid or late in the period, if said
	// Future reports that the expression points after the reference day:
	// its period starts after it ("next week", "tomorrow", "in three days"),
	// or it says so ("later this year", "in the coming days").
	Future bool
}

// String formats the resolved date at its precision: "2025-07-03",
// "2025-W27", "2025-07" or "2025". It returns "" for precision None.
func (e Expr) String() string {
	switch e.Precision {
	case Day:
		return e.Date.Format("2006-01-02")
	case Week:
		y, w := e.Date.ISOWeek()
		b := make([]byte, 0, 8)
		b = appendInt(b, y, 4)
		b = append(b, '-', 'W')
		b = appendInt(b, w, 2)
		return string(b)
	case Month:
		return e.Date.Format("2006-01")
	case Year:
		return e.Date.Format("2006")
	}
	return ""
}

func appendInt(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Options adjust how expressions are resolved. The zero value is the default
// used by Find.
type Options struct {
	// Tense is the tense of the clause around the expressions, when known.
	Tense Tense
}

// maxText is the longest text scanned: offsets are kept in 32 bits.
const maxText = 1<<31 - 1

// Find returns the time expressions in text, in order and without overlaps,
// resolved against ref with the default options. It never panics, whatever
// the input; texts longer than 2 GiB are not scanned.
func Find(text string, ref time.Time) []Expr {
	return Options{}.Append(nil, text, ref)
}

// Find is like the package-level Find, with the options o.
func (o Options) Find(text string, ref time.Time) []Expr {
	return o.Append(nil, text, ref)
}

// Append appends the time expressions in text to dst and returns the extended
// slice. Reusing dst across calls avoids allocation.
func (o Options) Append(dst []Expr, text string, ref time.Time) []Expr {
	if len(text) > maxText {
		return dst
	}
	var buf [128]token
	toks := tokenize(buf[:0], text)
	if len(toks) == 0 {
		return dst
	}
	p := parser{text: text, toks: toks, opts: o}
	p.setRef(ref)
	return p.run(dst, text, refLoc(ref))
}

// ErrNoExpr is returned by Parse when its input is not one time expression.
var ErrNoExpr = errors.New("timex: not a time expression")

// Parse parses s, which must consist of exactly one time expression,
// optionally preceded by a preposition such as "on" or "since" and surrounded
// by white space or punctuation, and resolves it against ref.
func Parse(s string, ref time.Time) (Expr, error) {
	return Options{}.Parse(s, ref)
}

// Parse is like the package-level Parse, with the options o.
func (o Options) Parse(s string, ref time.Time) (Expr, error) {
	if len(s) > maxText {
		return Expr{}, ErrNoExpr
	}
	var buf [32]token
	toks := tokenize(buf[:0], s)
	p := parser{text: s, toks: toks, opts: o}
	p.setRef(ref)
	var ms [4]match
	found := p.matches(ms[:0])
	if len(found) != 1 {
		return Expr{}, ErrNoExpr
	}
	m := found[0]
	for i := 0; i < len(toks); i++ {
		if i >= m.from && i < m.end {
			continue
		}
		if toks[i].kind != tPunct {
			return Expr{}, ErrNoExpr
		}
	}
	x := p.expr(m, s, refLoc(ref))
	if x.Precision != None && x.Date.IsZero() {
		return Expr{}, ErrNoExpr
	}
	return x, nil
}

// Describe returns e as a short debugging string: its quoted text, value,
// kind and, when set, relation, part and future flag.
func (e Expr) Describe() string {
	var b strings.Builder
	b.WriteString(strconv.Quote(e.Text))
	b.WriteString(" = ")
	if e.Precision == None {
		b.WriteString("(no date)")
	} else {
		b.WriteString(e.String())
	}
	b.WriteString(" ")
	b.WriteString(e.Kind.String())
	if e.Rel != RelAt {
		b.WriteString(" rel=" + e.Rel.String())
	}
	if e.Part != PartWhole {
		b.WriteString(" part=" + e.Part.String())
	}
	if e.Future {
		b.WriteString(" future")
	}
	return b.String()
}
