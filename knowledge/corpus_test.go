package knowledge

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"dyad"
)

// testCorpus is a generated news corpus whose duplicates are known.
type testCorpus struct {
	articles []dyad.Article
	events   map[string][]dyad.Event // article ID -> events
	gold     map[string]string       // asserted event ID -> underlying event
	negated  map[string]bool         // IDs of events that are not asserted
}

var (
	corpusStates  = []string{"USA", "CHN", "RUS", "UKR", "FRA", "DEU", "IND", "PAK", "IRN", "TUR", "JPN", "BRA", "EGY", "SAU", "QAT"}
	corpusOutlets = []string{"Daily Meridian", "Coastal Ledger", "Northern Wire", "Capital Courier", "Harbour Post",
		"Evening Sentinel", "Plains Gazette", "Delta Observer", "Summit Dispatch", "Valley Chronicle"}
	corpusCodes = map[string][]string{
		"03": {"031", "032", "036"}, "04": {"042", "043", "046"}, "05": {"051", "054", "057"},
		"06": {"061", "062"}, "11": {"111", "112"}, "13": {"130", "138"}, "16": {"161", "163"},
		"17": {"172", "173"}, "19": {"190", "193"},
	}
	corpusRoots = []string{"03", "04", "05", "06", "11", "13", "16", "17", "19"}
)

type underlying struct {
	id       string
	src, tgt string
	code     string
	day      time.Time
	place    string
	reports  int
}

// genCorpus builds a corpus of n underlying events over two years between
// a few pairs of states, each reported 1-8 times with noise: day shifts of
// one or two days, dates known only to the month or year or taken from
// publication, codes given only at root level, places left out. Distractors
// are near misses (the same pair and root with another code on a close day,
// the reverse direction, the same event again three weeks later) and
// negated or hypothetical statements about the same pairs.
func genCorpus(seed uint64, n int) *testCorpus {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	// A few busy pairs make collisions likely.
	type pair struct{ a, b string }
	var pairs []pair
	for len(pairs) < 12 {
		a, b := pick(corpusStates), pick(corpusStates)
		if a != b {
			pairs = append(pairs, pair{a, b})
		}
	}
	var us []underlying
	newEvent := func(src, tgt, code string, day time.Time, place string, reports int) {
		us = append(us, underlying{id: fmt.Sprintf("U%03d", len(us)), src: src, tgt: tgt, code: code,
			day: day, place: place, reports: reports})
	}
	for range n {
		p := pairs[r.IntN(len(pairs))]
		root := pick(corpusRoots)
		code := pick(corpusCodes[root])
		day := base.AddDate(0, 0, r.IntN(730))
		place := ""
		if r.Float64() < 0.6 {
			place = pick([]string{p.a, p.b, pick(corpusStates)})
		}
		newEvent(p.a, p.b, code, day, place, 1+r.IntN(8))
		switch x := r.Float64(); {
		case x < 0.10: // another code of the root, a few days later
			other := pick(corpusCodes[root])
			if other != code {
				newEvent(p.a, p.b, other, day.AddDate(0, 0, r.IntN(4)), place, 1+r.IntN(3))
			}
		case x < 0.20: // the reverse direction, same day
			newEvent(p.b, p.a, code, day, place, 1+r.IntN(3))
		case x < 0.30: // the same kind of event again, three to five weeks on
			newEvent(p.a, p.b, code, day.AddDate(0, 0, 21+r.IntN(15)), place, 1+r.IntN(4))
		}
	}

	c := &testCorpus{events: map[string][]dyad.Event{}, gold: map[string]string{}, negated: map[string]bool{}}
	type report struct {
		u   *underlying
		pub time.Time
	}
	var reps []report
	for i := range us {
		for range us[i].reports {
			pub := us[i].day.AddDate(0, 0, r.IntN(4)).Add(time.Duration(6+r.IntN(14)) * time.Hour)
			reps = append(reps, report{&us[i], pub})
		}
	}
	// Articles carry one to three reports of events of the same days.
	slices.SortStableFunc(reps, func(a, b report) int { return a.pub.Compare(b.pub) })
	for len(reps) > 0 {
		k := min(len(reps), 1+r.IntN(3))
		group := reps[:k]
		reps = reps[k:]
		a := dyad.Article{ID: fmt.Sprintf("A%04d", len(c.articles)), Outlet: pick(corpusOutlets), Published: group[0].pub}
		for _, g := range group[1:] {
			if g.pub.After(a.Published) {
				a.Published = g.pub
			}
		}
		var evs []dyad.Event
		for si, g := range group {
			e := reportOf(r, g.u, a, si)
			c.gold[e.ID] = g.u.id
			evs = append(evs, e)
			if r.Float64() < 0.15 { // a statement about the same pair that is not an event
				d := e
				d.ID += "-n"
				d.Modality = []dyad.Modality{dyad.ModalityNegated, dyad.ModalityHypothetical, dyad.ModalityFuture}[r.IntN(3)]
				d.Evidence = "Officials said no agreement was reached on the proposal."
				c.negated[d.ID] = true
				evs = append(evs, d)
			}
		}
		c.events[a.ID] = evs
		c.articles = append(c.articles, a)
	}
	return c
}

// reportOf returns one noisy report of u in article a.
func reportOf(r *rand.Rand, u *underlying, a dyad.Article, sentence int) dyad.Event {
	e := dyad.Event{
		ID:        fmt.Sprintf("%s-e%d", a.ID, sentence),
		ArticleID: a.ID,
		Sentence:  sentence,
		Source:    dyad.Actor{Code: u.src + "GOV", Country: u.src, Sector: "GOV"},
		Target:    dyad.Actor{Code: u.tgt + "GOV", Country: u.tgt, Sector: "GOV"},
		Code:      u.code,
		Root:      u.code[:2],
		Modality:  dyad.ModalityAsserted,
		Evidence:  fmt.Sprintf("Officials of %s and %s took action %s (report %s).", u.src, u.tgt, u.code, a.ID),
	}
	switch x := r.Float64(); {
	case x < 0.20:
		e.Code = e.Root
	case x < 0.25:
		e.Code = e.Root + "0"
	}
	day := u.day
	switch x := r.Float64(); {
	case x < 0.20:
		day = day.AddDate(0, 0, []int{-1, 1}[r.IntN(2)])
	case x < 0.28:
		day = day.AddDate(0, 0, []int{-2, 2}[r.IntN(2)])
	}
	switch x := r.Float64(); {
	case x < 0.62:
		e.Date, e.DatePrecision = day.Format(time.DateOnly), dyad.PrecisionDay
	case x < 0.78:
		e.Date, e.DatePrecision = a.Published.Format(time.DateOnly), dyad.PrecisionPublished
	case x < 0.95:
		e.Date, e.DatePrecision = u.day.Format("2006-01"), dyad.PrecisionMonth
	default:
		e.Date, e.DatePrecision = u.day.Format("2006"), dyad.PrecisionYear
	}
	if u.place != "" && r.Float64() >= 0.15 {
		e.Location = &dyad.Location{Name: "somewhere in " + u.place, Country: u.place}
	}
	return e
}

// run clusters the corpus, taking the articles in the order given.
func (c *testCorpus) run(opt ClusterOptions, order []int) *Clusterer {
	cl := NewClusterer(opt)
	for _, i := range order {
		a := c.articles[i]
		cl.Add(a, c.events[a.ID])
	}
	return cl
}

func identity(n int) []int {
	o := make([]int, n)
	for i := range o {
		o[i] = i
	}
	return o
}
