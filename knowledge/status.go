package knowledge

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// Status is what the Registry knows about the recognition of a state or
// government as of a day. It is deterministic (every list is sorted) and
// serialises to JSON with stable field names.
type Status struct {
	// Entity is the entity as asked; State the recognised state, Regime its
	// government on the day, if the regime table has one.
	Entity    string  `json:"entity"`
	State     string  `json:"state"`
	StateName string  `json:"state_name,omitempty"`
	Regime    *Regime `json:"regime,omitempty"`
	// AsOf is the day (YYYY-MM-DD); empty means no limit.
	AsOf string `json:"as_of,omitempty"`
	// Recognizers are the states that recognise the entity on the day, by
	// date of recognition, then code.
	Recognizers []Recognition `json:"recognizers"`
	// First is the earliest recognition up to the day, whether or not it
	// still holds.
	First *Recognition `json:"first,omitempty"`
	// Withdrawals are recognitions ended (or relations broken) up to the
	// day, by date.
	Withdrawals []Withdrawal `json:"withdrawals"`
	// NonRecognizers are the states and groups reported not to recognise
	// the entity, with the latest report up to the day; NonRecognizing
	// lists the states they stand for (groups expanded to their members on
	// the day of the report), less those that recognise the entity on the
	// day.
	NonRecognizers []NonRecognition `json:"non_recognizers"`
	NonRecognizing []string         `json:"non_recognizing"`
	// MayFollow are the states that may follow: states that do not
	// recognise the entity on the day but, in reports up to the day,
	// announced an intention to (kind announced: an asserted 032 toward
	// the entity whose sentence speaks of recognition, or whose article
	// also has a future, conditional or hypothetical 054 of the same state
	// toward the same state) or were reported as going to, conditionally
	// or possibly recognising it (kinds future, conditional, hypothetical:
	// 054 statements of that modality). A report counts from its date, or
	// from its article's publication when that is earlier. Only the
	// reports after the state's last recognition or withdrawal up to the
	// day count, so a recognition fulfils the intentions announced before
	// it (on the same day too), and after a withdrawal only new reports
	// count. Reported non-recognition does not remove a state: one that
	// has not recognised "yet" may still intend to. Groups of states are
	// not listed. Ordered by kind (announced first), then latest report
	// (newest first), then code.
	MayFollow []Prospect `json:"may_follow"`
	// Groups counts, for each group of states, how many of its members on
	// the day recognise the entity, how many are reported not to and how
	// many may follow.
	Groups []GroupCount `json:"groups"`
}

// Recognition is one state's recognition of the entity.
type Recognition struct {
	Recognizer string `json:"recognizer"`
	Name       string `json:"name,omitempty"`
	// Date is the date of the first report of this recognition (a run of
	// recognitions not interrupted by a withdrawal), with its precision.
	Date      string   `json:"date"`
	Precision string   `json:"precision"`
	Evidence  Evidence `json:"evidence"`
	Support   Support  `json:"support"`
}

// Withdrawal is the end of one state's recognition, or a break of
// relations.
type Withdrawal struct {
	Recognizer string `json:"recognizer"`
	Name       string `json:"name,omitempty"`
	Date       string `json:"date"`
	Precision  string `json:"precision"`
	// Since is the date of the recognition it ended, when known.
	Since    string   `json:"since,omitempty"`
	Evidence Evidence `json:"evidence"`
	Support  Support  `json:"support"`
}

// NonRecognition is a state or group reported not to recognise the entity.
type NonRecognition struct {
	Recognizer string `json:"recognizer"`
	Name       string `json:"name,omitempty"`
	Group      bool   `json:"group"`
	// Members are a group's members on the day of the latest report.
	Members []string `json:"members,omitempty"`
	// Date is the date of the latest report, with its evidence; Reports
	// counts the reports up to the day.
	Date     string   `json:"date"`
	Evidence Evidence `json:"evidence"`
	Reports  int      `json:"reports"`
}

// GroupCount is the recognition of the entity within one group of states.
type GroupCount struct {
	Code           string   `json:"code"`
	Name           string   `json:"name"`
	Members        int      `json:"members"`
	Recognizing    int      `json:"recognizing"`
	NonRecognizing int      `json:"non_recognizing"`
	MayFollow      int      `json:"may_follow"`
	Recognizers    []string `json:"recognizers"`
}

// Status returns the recognition of an entity as of a day. The entity is
// a state (ISO alpha-3 code or name), read as its government on the day
// when the regime table has one, or a regime ID such as AFG-2004. A zero
// asOf means no limit: everything known, for the state's latest regime.
func (r *Registry) Status(entity string, asOf time.Time) Status {
	st := Status{Entity: entity, Recognizers: []Recognition{}, Withdrawals: []Withdrawal{},
		NonRecognizers: []NonRecognition{}, NonRecognizing: []string{}, MayFollow: []Prospect{}, Groups: []GroupCount{}}
	day := int32(math.MaxInt32)
	when := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC) // for memberships with no limit
	if !asOf.IsZero() {
		day = dayNumber(asOf)
		when = dayTime(day)
		st.AsOf = when.Format(time.DateOnly)
	}
	scopeID, ok := r.resolve(entity, when, &st)
	if !ok {
		return st
	}
	r.mu.RLock()
	s := r.states[st.State][scopeID]
	for s != nil && s.dirty {
		r.mu.RUnlock()
		r.mu.Lock()
		if s.dirty {
			s.build()
		}
		r.mu.Unlock()
		r.mu.RLock()
	}
	defer r.mu.RUnlock()
	recognizing := map[string]int32{} // recogniser -> day its recognition took effect
	if s != nil {
		recognizing = r.collect(s, day, &st)
		r.collectNon(s, day, recognizing, &st)
		r.collectIntents(s, st.State, day, recognizing, &st)
	}
	non := map[string]bool{}
	for _, c := range st.NonRecognizing {
		non[c] = true
	}
	follow := map[string]bool{}
	for _, p := range st.MayFollow {
		follow[p.Recognizer] = true
	}
	for _, g := range r.geo.Groups() {
		gc := GroupCount{Code: g.Code, Name: g.Name, Recognizers: []string{}}
		for _, m := range g.MembersAt(when) {
			gc.Members++
			if _, ok := recognizing[m]; ok {
				gc.Recognizing++
				gc.Recognizers = append(gc.Recognizers, m)
			}
			if non[m] {
				gc.NonRecognizing++
			}
			if follow[m] {
				gc.MayFollow++
			}
		}
		slices.Sort(gc.Recognizers)
		st.Groups = append(st.Groups, gc)
	}
	return st
}

// resolve finds the state and scope an entity names on a day.
func (r *Registry) resolve(entity string, when time.Time, st *Status) (string, bool) {
	e := strings.TrimSpace(entity)
	if g, ok := r.regimes.ByID(strings.ToUpper(e)); ok {
		st.State, st.Regime = g.State, &g
	} else if c, ok := r.geo.Country(strings.ToUpper(e)); ok {
		st.State = c.ISO3
	} else if c, ok := r.geo.CountryByName(e); ok && e != "" {
		st.State = c.ISO3
	} else {
		st.State = strings.ToUpper(e)
		return "", false
	}
	if c, ok := r.geo.Country(st.State); ok {
		st.StateName = c.Name
	}
	if st.Regime == nil {
		if g, ok := r.regimes.At(st.State, when); ok {
			st.Regime = &g
		}
	}
	if st.Regime != nil {
		return st.Regime.ID, true
	}
	return "", true
}

func (r *Registry) name(code string) string { return r.names[code] }

// collect fills the recognitions, the first recognition and the
// withdrawals of a scope up to a day, and returns the recognisers with the
// day their recognition took effect.
func (r *Registry) collect(s *scopeIndex, day int32, st *Status) map[string]int32 {
	var recs []segRef
	var first *segRef
	current := map[*pairIndex]pairState{} // each pair's state on the day
	for who, p := range s.pairs {
		n := sort.Search(len(p.acts), func(i int) bool { return p.acts[i].day > day })
		if n == 0 {
			continue
		}
		last := p.state[n-1]
		current[p] = last
		if p.segs[last.seg].kind == kindRecognize {
			recs = append(recs, segRef{day: p.acts[p.segs[last.seg].first].day, who: who, p: p, seg: last.seg})
		}
		k := int32(0)
		if p.segs[0].kind != kindRecognize {
			k = 1
		}
		if k > last.seg {
			continue
		}
		x := segRef{day: p.acts[p.segs[k].first].day, who: who, p: p, seg: k}
		if first == nil || cmp.Or(cmp.Compare(x.day, first.day), cmp.Compare(x.p.firstRank(k), first.p.firstRank(first.seg)),
			strings.Compare(who, first.who)) < 0 {
			first = &x
		}
	}
	// support returns a segment's support on the day.
	support := func(x segRef) Support {
		if c := current[x.p]; c.seg == x.seg {
			return c.support
		}
		return x.p.segs[x.seg].support
	}
	rec := func(x segRef) Recognition {
		seg := &x.p.segs[x.seg]
		return Recognition{Recognizer: x.who, Name: r.name(x.who), Date: seg.date, Precision: seg.precision,
			Evidence: x.p.acts[seg.first].ev, Support: support(x)}
	}
	if first != nil {
		f := rec(*first)
		st.First = &f
	}
	// In order of the day each took effect, then of recogniser.
	slices.SortFunc(recs, func(a, b segRef) int { return cmp.Or(cmp.Compare(a.day, b.day), strings.Compare(a.who, b.who)) })
	st.Recognizers = slices.Grow(st.Recognizers, len(recs))
	since := make(map[string]int32, len(recs))
	for _, x := range recs {
		st.Recognizers = append(st.Recognizers, rec(x))
		since[x.who] = x.day
	}
	n := sort.Search(len(s.withdrawals), func(i int) bool { return s.withdrawals[i].day > day })
	st.Withdrawals = slices.Grow(st.Withdrawals, n)
	for _, x := range s.withdrawals[:n] {
		seg := &x.p.segs[x.seg]
		st.Withdrawals = append(st.Withdrawals, Withdrawal{Recognizer: x.who, Name: r.name(x.who), Date: seg.date,
			Precision: seg.precision, Since: seg.sinceDate, Evidence: x.p.acts[seg.first].ev, Support: support(x)})
	}
	return since
}

// collectNon fills the reported non-recognition of a scope up to a day.
// A state's report is dropped when the state has recognised the entity
// since; a current recogniser is never counted as non-recognising.
func (r *Registry) collectNon(s *scopeIndex, day int32, recognizing map[string]int32, st *Status) {
	n := sort.Search(len(s.non), func(i int) bool { return s.non[i].day > day })
	type agg struct {
		latest  int // index in s.non; entries are sorted by day
		reports int
	}
	byWho := map[string]*agg{}
	for i := range s.non[:n] {
		x := &s.non[i]
		a := byWho[x.recognizer]
		if a == nil {
			a = &agg{}
			byWho[x.recognizer] = a
		}
		a.latest = i
		a.reports++
	}
	states := map[string]bool{}
	for who, a := range byWho {
		x := &s.non[a.latest]
		if since, ok := recognizing[who]; ok && !x.group && since >= x.day {
			continue
		}
		nr := NonRecognition{Recognizer: who, Name: r.name(who), Group: x.group, Date: x.span.format(),
			Evidence: x.ev, Reports: a.reports}
		list := []string{who}
		if x.group {
			g, _ := r.geo.Group(who)
			nr.Members = g.MembersAt(dayTime(x.day))
			slices.Sort(nr.Members)
			list = nr.Members
		}
		for _, c := range list {
			if _, ok := recognizing[c]; !ok {
				states[c] = true
			}
		}
		st.NonRecognizers = append(st.NonRecognizers, nr)
	}
	for c := range states {
		st.NonRecognizing = append(st.NonRecognizing, c)
	}
	slices.Sort(st.NonRecognizing)
	slices.SortFunc(st.NonRecognizers, func(a, b NonRecognition) int {
		return cmp.Or(cmp.Compare(s.non[byWho[a.Recognizer].latest].day, s.non[byWho[b.Recognizer].latest].day),
			strings.Compare(a.Recognizer, b.Recognizer))
	})
}
