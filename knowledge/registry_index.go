package knowledge

import (
	"cmp"
	"slices"
	"strings"
)

// scopeIndex holds the entries about one state or one regime.
type scopeIndex struct {
	pairs map[string]*pairIndex // recogniser -> actions
	non   []nonAction
	dirty bool // something below changed since the last build
	// The parts that changed: pairs with new actions, new reports of
	// non-recognition.
	dirtyPairs map[string]*pairIndex
	dirtyNon   bool
	// withdrawals lists the withdrawal segments of every pair, by day
	// and recogniser, once built.
	withdrawals []segRef
	// intents holds the reports that a state may recognise the scope,
	// by state, sorted by day once built; dirtyIntents the states with
	// new reports.
	intents      map[string][]intent
	dirtyIntents map[string]bool
}

// segRef points at one segment of one recogniser's actions.
type segRef struct {
	day int32 // effective day of the segment's first action
	who string
	p   *pairIndex
	seg int32
}

// pairIndex holds one recogniser's actions toward one scope and, once
// built, their segments: runs of recognition and of withdrawal.
type pairIndex struct {
	acts  []action
	segs  []segment
	state []pairState // after applying acts[0..i]
}

type segment struct {
	kind        actionKind
	first, last int32 // action indexes
	since       int32 // for a withdrawal, the first action of the run it ended, or -1
	support     Support
	// The date and precision of the first action and of since, formatted
	// once here rather than in every Status.
	date, precision, sinceDate string
}

// firstRank returns the precision rank of the first action of segment k.
func (p *pairIndex) firstRank(k int32) int8 { return p.acts[p.segs[k].first].span.rank }

type pairState struct {
	seg     int32
	support Support // of segment seg, up to this action
}

// scope returns the index for a state on the effective day, creating it.
func (r *Registry) scope(state string, day int32) *scopeIndex {
	id := ""
	if g, ok := r.regimes.At(state, dayTime(day)); ok {
		id = g.ID
	}
	scopes := r.states[state]
	if scopes == nil {
		scopes = map[string]*scopeIndex{}
		r.states[state] = scopes
	}
	s := scopes[id]
	if s == nil {
		s = &scopeIndex{pairs: map[string]*pairIndex{}}
		scopes[id] = s
	}
	return s
}

func (r *Registry) addAction(target, who string, a action) {
	s := r.scope(target, a.day)
	p := s.pairs[who]
	if p == nil {
		p = &pairIndex{}
		s.pairs[who] = p
	}
	p.acts = append(p.acts, a)
	s.dirty = true
	if s.dirtyPairs == nil {
		s.dirtyPairs = map[string]*pairIndex{}
	}
	s.dirtyPairs[who] = p
}

func (r *Registry) addNon(target string, n nonAction) {
	s := r.scope(target, n.day)
	s.non = append(s.non, n)
	s.dirty, s.dirtyNon = true, true
}

// build sorts the entries of a scope that changed and computes the
// segments of the recognisers whose actions changed.
func (s *scopeIndex) build() {
	if len(s.dirtyPairs) > 0 {
		s.withdrawals = slices.DeleteFunc(s.withdrawals, func(x segRef) bool { return s.dirtyPairs[x.who] != nil })
		for who, p := range s.dirtyPairs {
			p.build()
			for k, g := range p.segs {
				if g.kind == kindWithdraw {
					s.withdrawals = append(s.withdrawals, segRef{day: p.acts[g.first].day, who: who, p: p, seg: int32(k)})
				}
			}
		}
		slices.SortFunc(s.withdrawals, func(a, b segRef) int {
			return cmp.Or(cmp.Compare(a.day, b.day), strings.Compare(a.who, b.who))
		})
		clear(s.dirtyPairs)
	}
	if len(s.dirtyIntents) > 0 {
		s.buildIntents()
	}
	if s.dirtyNon {
		slices.SortFunc(s.non, func(a, b nonAction) int {
			return cmp.Or(cmp.Compare(a.day, b.day), strings.Compare(a.recognizer, b.recognizer), compareEvidence(a.ev, b.ev))
		})
		s.dirtyNon = false
	}
	s.dirty = false
}

func compareEvidence(a, b Evidence) int {
	return cmp.Or(a.Published.Compare(b.Published), strings.Compare(a.ArticleID, b.ArticleID),
		strings.Compare(a.EventID, b.EventID), strings.Compare(a.Source, b.Source), strings.Compare(a.Sentence, b.Sentence))
}

func (p *pairIndex) build() {
	// On one day a recognition comes before a withdrawal, so the
	// withdrawal holds at the end of the day.
	slices.SortFunc(p.acts, func(a, b action) int {
		return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.kind, b.kind), cmp.Compare(a.span.rank, b.span.rank),
			compareEvidence(a.ev, b.ev))
	})
	p.segs = p.segs[:0]
	p.state = p.state[:0]
	var articles, outlets map[string]bool
	var sup Support
	for i, a := range p.acts {
		n := len(p.segs)
		if n == 0 || p.segs[n-1].kind != a.kind {
			since := int32(-1)
			if n > 0 {
				p.segs[n-1].support = sup
				if a.kind == kindWithdraw {
					since = p.segs[n-1].first
				}
			}
			p.segs = append(p.segs, segment{kind: a.kind, first: int32(i), since: since})
			articles, outlets, sup = map[string]bool{}, map[string]bool{}, Support{}
			n++
		}
		p.segs[n-1].last = int32(i)
		if a.imported {
			sup.Facts++
		}
		if id := a.ev.ArticleID; id != "" && !articles[id] {
			articles[id] = true
			sup.Articles++
		}
		if o := a.ev.Outlet; o != "" && !outlets[o] {
			outlets[o] = true
			sup.Outlets++
		}
		p.state = append(p.state, pairState{seg: int32(n - 1), support: sup})
	}
	if n := len(p.segs); n > 0 {
		p.segs[n-1].support = sup
	}
	for i := range p.segs {
		g := &p.segs[i]
		a := p.acts[g.first].span
		g.date, g.precision = a.format(), precisionName(a.rank)
		if g.since >= 0 {
			g.sinceDate = p.acts[g.since].span.format()
		}
	}
}
