// Package setting places coded events in time and space and names their
// sources: it fills an event's Date and DatePrecision, Location and
// Attribution from the article it was coded from.
//
//   - Date: a time expression in the event's own sentence, nearest the
//     event, resolved against the publication date (package timex); failing
//     that, the date of the story, taken from the first dated sentence of
//     the article's lead (a month or year only when the article was
//     published within it); failing that, the publication date with
//     precision "published". Without a publication date, an event whose own
//     clause names a time that cannot be resolved ("on Thursday") gets none.
//   - Location: a place named as an adverbial of the event's predicate
//     (package place); for an event of the story's date, else the first
//     such place of the lead or the dateline; for an event dated only by
//     publication, the dateline.
//   - Attribution: the article's outlet, then the reporters and confirmers
//     named in the event's sentence (package attrib), else those named in
//     the lead.
//
// Setting is a pure function of the article, its parsed document and the
// events; it is safe for concurrent use.
package setting

import (
	"strings"
	"time"

	"dyad"
	"dyad/attrib"
	"dyad/geo"
	"dyad/nlp"
	"dyad/place"
	"dyad/timex"
)

// leadSentences is how many opening sentences make the lead, whose dates
// and sources stand for the whole story.
const leadSentences = 3

// Setter fills in the setting of events. Create one with New.
type Setter struct {
	places *place.Finder
}

// New returns a Setter over the gazetteer g; nil means geo.Default().
func New(g *geo.Gazetteer) *Setter {
	return &Setter{places: place.New(g)}
}

// Set fills Date, DatePrecision, Location and Attribution of each event in
// evs, which were coded from article a parsed as d. Fields already set are
// kept. Events must carry their Sentence index and Span.
func (s *Setter) Set(a dyad.Article, d *nlp.Doc, evs []dyad.Event) {
	if len(evs) == 0 {
		return
	}
	st := s.story(a, d)
	for i := range evs {
		e := &evs[i]
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			continue
		}
		if e.Date == "" || e.DatePrecision == dyad.PrecisionPublished {
			e.Date, e.DatePrecision = s.date(a, d, e, st)
		}
		if e.Location == nil {
			if p, ok := s.places.ForEvent(&d.Sentences[e.Sentence], predicate(d, e)); ok {
				e.Location = place.Location(p)
			} else if story := st.dateString(); story != "" && e.Date == story {
				// An event of the story's day happened where the story did.
				e.Location = st.place
			} else if e.DatePrecision == dyad.PrecisionPublished {
				e.Location = st.dateline
			}
		}
		if len(e.Attribution) == 0 {
			// The outlet always vouches for what it publishes; the sources
			// it names come after it.
			var srcs []string
			if a.Outlet != "" {
				srcs = append(srcs, a.Outlet)
			}
			found := names(attrib.Find(d, e.Sentence))
			if len(found) == 0 {
				found = st.sources
			}
			for _, n := range found {
				if !contains(srcs, n) {
					srcs = append(srcs, n)
				}
			}
			e.Attribution = srcs
		}
		if e.Attribution == nil {
			e.Attribution = []string{}
		}
	}
}

// story holds what the article says of the whole story.
type story struct {
	date     timex.Expr     // the first day named in the lead, else its first month or year
	place    *dyad.Location // where the lead says the story happened, else the dateline
	dateline *dyad.Location
	sources  []string
	// datelineEnd is the offset where the dateline ends; its date is the
	// filing date, not an event's.
	datelineEnd int
}

func (s *Setter) story(a dyad.Article, d *nlp.Doc) story {
	var st story
	for i := 0; i < len(d.Sentences) && i < leadSentences && st.place == nil; i++ {
		if ms := s.places.Adverbial(&d.Sentences[i]); len(ms) > 0 {
			st.place = place.Location(ms[0].Place)
		}
	}
	if p, ok := s.places.Dateline(d); ok {
		st.dateline = place.Location(p)
		if st.place == nil {
			st.place = st.dateline
		}
	}
	st.datelineEnd = datelineEnd(d)
	// The story's date is the first day the article names (past, after the
	// dateline: that is when it was filed), else the first month or year of
	// its lead.
	for i := range d.Sentences {
		for _, x := range timex.Find(d.SentenceText(i), a.Published) {
			if !usable(x) || x.Future || d.Sentences[i].Start+x.End <= st.datelineEnd {
				continue
			}
			if x.Precision == timex.Day {
				st.date = x
				break
			}
			if st.date.Precision == timex.None && i < leadSentences {
				st.date = x
			}
		}
		if st.date.Precision == timex.Day {
			break
		}
	}
	for i := 0; i < len(d.Sentences) && i < leadSentences; i++ {
		for _, n := range names(attrib.Find(d, i)) {
			if !contains(st.sources, n) {
				st.sources = append(st.sources, n)
			}
		}
	}
	return st
}

// dateString is the story's date as events carry it, or "".
func (st story) dateString() string {
	if st.date.Precision == timex.None {
		return ""
	}
	d, _ := format(st.date)
	return d
}

// datelineEnd returns the offset where a dateline such as "GENEVA, March
// 13 (Reuters) -" ends, or 0 when the text opens with none.
func datelineEnd(d *nlp.Doc) int {
	if len(d.Sentences) == 0 {
		return 0
	}
	s := d.Sentences[0]
	for i, t := range s.Tokens {
		if t.Start-s.Start > 60 {
			break
		}
		switch t.Form {
		case "-", "—", "–", "--", ":":
			if i > 0 {
				return t.End
			}
		}
	}
	return 0
}

// date resolves the date of e.
func (s *Setter) date(a dyad.Article, d *nlp.Doc, e *dyad.Event, st story) (string, string) {
	opts := timex.Options{}
	if e.Modality == dyad.ModalityFuture {
		opts.Tense = timex.TenseFuture
	}
	// The event's own clause first, then the clauses that govern it ("On
	// Thursday he said that Ruritania recognises ..."), nearest first.
	if x, ok := clauseDate(d, e, opts, a.Published, st.datelineEnd); ok {
		return format(x)
	}
	if a.Published.IsZero() {
		// Without a publication date, "on Thursday" cannot be resolved;
		// the event still has a date of its own, which the story's or a
		// neighbour's is not.
		if _, ok := clauseDate(d, e, opts, anyDay, st.datelineEnd); ok {
			return "", ""
		}
	}
	// Then the sentence before, in the same paragraph: "On Thursday the
	// envoy met the minister. He said his government recognised ...".
	if e.Modality != dyad.ModalityFuture {
		if x, ok := previousDate(d, e.Sentence, a.Published, st.datelineEnd); ok {
			return format(x)
		}
	}
	if st.date.Precision != timex.None && e.Modality != dyad.ModalityFuture && storyCovers(st.date, a.Published) {
		return format(st.date)
	}
	if a.Published.IsZero() {
		return "", ""
	}
	return a.Published.Format("2006-01-02"), dyad.PrecisionPublished
}

// storyCovers reports whether the story's date can stand for an undated
// event of an article published at pub. A day can. A month or a year only
// when the article was published within it: "in 2021" in the lead of a
// 2025 article (or of an undated one) is background, not the story's time.
func storyCovers(x timex.Expr, pub time.Time) bool {
	switch x.Precision {
	case timex.Day, timex.Week:
		return true
	case timex.Month:
		return !pub.IsZero() && pub.Year() == x.Date.Year() && pub.Month() == x.Date.Month()
	case timex.Year:
		return !pub.IsZero() && pub.Year() == x.Date.Year()
	}
	return false
}

// anyDay is a reference date for telling whether a clause has a time
// expression at all, when the real reference is unknown.
var anyDay = time.Date(2000, 6, 15, 0, 0, 0, 0, time.UTC)

// clauseDate returns the time expression nearest the event in its own
// clause, else in the nearest clause that governs it, resolved against
// ref.
func clauseDate(d *nlp.Doc, e *dyad.Event, opts timex.Options, ref time.Time, datelineEnd int) (timex.Expr, bool) {
	sn := &d.Sentences[e.Sentence]
	v := predicate(d, e)
	parsed := v >= 0 && sn.Parsed()
	exprs := opts.Find(d.Text[sn.Start:sn.End], ref)
	for _, u := range clauseChain(sn, v) {
		var best timex.Expr
		bestDist := -1
		for _, x := range exprs {
			if !usable(x) || sn.Start+x.End <= datelineEnd {
				continue
			}
			if e.Modality != dyad.ModalityFuture && !ref.IsZero() && (x.Future || x.Date.After(ref)) {
				// A date after publication is that of a planned act: "will
				// recognise Palestine on May 28" dates the recognition, not
				// the announcement of it.
				continue
			}
			if parsed && !sn.InClause(sn.TokenAt(sn.Start+x.Start), u) {
				continue // the date of another clause: "…, since the group returned to power in 2021"
			}
			dist := distance(sn.Start+x.Start, sn.Start+x.End, e.Span)
			if bestDist < 0 || dist < bestDist {
				best, bestDist = x, dist
			}
		}
		if bestDist >= 0 {
			return best, true
		}
		if !parsed {
			break
		}
	}
	return timex.Expr{}, false
}

// clauseChain returns the predicate v and the heads of the clauses that
// govern it, nearest first; just v when the sentence is not parsed.
func clauseChain(s *nlp.Sentence, v int) []int {
	out := []int{v}
	if v < 0 || !s.Parsed() {
		return out
	}
	cur := v
	for steps := 0; steps < len(s.Tokens); steps++ {
		h := s.Tokens[cur].Head - 1
		if h < 0 {
			break
		}
		if rel, _, _ := strings.Cut(s.Tokens[cur].Rel, ":"); rel == "ccomp" || rel == "xcomp" || rel == "advcl" || rel == "parataxis" || rel == "conj" {
			out = append(out, h)
		}
		cur = h
	}
	return out
}

// previousDate returns the last past date named in the sentence before
// sentence i, when both are in one paragraph.
func previousDate(d *nlp.Doc, i int, ref time.Time, skip int) (timex.Expr, bool) {
	if i == 0 || strings.Contains(d.Text[d.Sentences[i-1].End:d.Sentences[i].Start], "\n") {
		return timex.Expr{}, false
	}
	prev := d.Sentences[i-1]
	xs := timex.Find(d.Text[prev.Start:prev.End], ref)
	for k := len(xs) - 1; k >= 0; k-- {
		if x := xs[k]; usable(x) && !x.Future && prev.Start+x.End > skip {
			return x, true
		}
	}
	return timex.Expr{}, false
}

// usable reports whether x dates an event: it has a date, and it is a
// point in time rather than the start or end of a span.
func usable(x timex.Expr) bool {
	if x.Precision == timex.None {
		return false
	}
	switch x.Rel {
	case timex.RelUntil, timex.RelBefore, timex.RelAfter:
		return false
	}
	return x.Kind != timex.KindDuration
}

// format writes x as an event date and precision. A week is written as its
// month, the finest calendar unit that holds it (most weeks).
func format(x timex.Expr) (string, string) {
	switch x.Precision {
	case timex.Day:
		return x.Date.Format("2006-01-02"), dyad.PrecisionDay
	case timex.Week, timex.Month:
		return x.Date.Format("2006-01"), dyad.PrecisionMonth
	}
	return x.Date.Format("2006"), dyad.PrecisionYear
}

// distance is the gap in bytes between [a, b) and the span.
func distance(a, b int, span [2]int) int {
	switch {
	case b <= span[0]:
		return span[0] - b
	case a >= span[1]:
		return a - span[1]
	}
	return 0
}

// predicate returns the index of the event's verb in its sentence: of the
// verbs within the event's span, the deepest that governs the target ("said
// it will recognise Palestine next week" is dated by "recognise", not by
// "said"); else the first verb; else the span's first token.
func predicate(d *nlp.Doc, e *dyad.Event) int {
	sn := &d.Sentences[e.Sentence]
	first := -1
	var verbs []int
	for i, t := range sn.Tokens {
		if t.Start < e.Span[0] || t.End > e.Span[1] {
			continue
		}
		if first < 0 {
			first = i
		}
		if t.UPOS == "VERB" {
			verbs = append(verbs, i)
		}
	}
	if len(verbs) == 0 {
		return first
	}
	tgt := -1
	if txt := e.Target.Text; txt != "" && len(verbs) > 1 && sn.Parsed() && e.Span[1] <= len(d.Text) {
		if at := strings.LastIndex(d.Text[e.Span[0]:e.Span[1]], txt); at >= 0 {
			tgt = sn.TokenAt(e.Span[0] + at)
		}
	}
	if tgt < 0 {
		return verbs[0]
	}
	best, bestDepth := verbs[0], -1
	for _, v := range verbs {
		if dp, ok := governs(sn, v, tgt); ok && dp > bestDepth {
			best, bestDepth = v, dp
		}
	}
	return best
}

// governs reports whether token v dominates token m in the tree, and the
// depth of v (its distance from the root).
func governs(s *nlp.Sentence, v, m int) (int, bool) {
	dom := false
	for k, steps := m, 0; k >= 0 && steps <= len(s.Tokens); steps++ {
		if k == v {
			dom = true
			break
		}
		k = s.Tokens[k].Head - 1
	}
	if !dom {
		return 0, false
	}
	depth := 0
	for k := s.Tokens[v].Head - 1; k >= 0 && depth <= len(s.Tokens); k = s.Tokens[k].Head - 1 {
		depth++
	}
	return depth, true
}

func names(ss []attrib.Source) []string {
	var out []string
	for _, s := range ss {
		if !contains(out, s.Name) {
			out = append(out, s.Name)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
