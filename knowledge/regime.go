package knowledge

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
)

//go:embed data/regimes.tsv
var regimesTSV []byte

// Regime is one government of a state over a period. Recognising a state
// while a Regime holds it is recognising that government: recognition of
// AFG on 2025-07-03 is recognition of the Islamic Emirate (AFG-2021).
type Regime struct {
	ID        string    `json:"id"`    // state and first year, e.g. AFG-2021
	State     string    `json:"state"` // ISO alpha-3
	Name      string    `json:"name"`
	ShortName string    `json:"short_name,omitempty"`
	From      time.Time `json:"from"`        // first day
	To        time.Time `json:"to,omitzero"` // day it ended; zero when current
}

// Covers reports whether the regime held its state on day t.
func (r Regime) Covers(t time.Time) bool {
	return !t.Before(r.From) && (r.To.IsZero() || t.Before(r.To))
}

// Regimes is a table of governments.
type Regimes struct {
	byState map[string][]Regime // sorted by From
	byID    map[string]Regime
}

// DefaultRegimes returns the embedded table (data/regimes.tsv): the
// governments of Afghanistan since 1996 and of Syria since 1963.
var DefaultRegimes = sync.OnceValue(func() *Regimes {
	rs, err := ParseRegimes(bytes.NewReader(regimesTSV))
	if err != nil {
		panic("knowledge: embedded regimes: " + err.Error()) // the embedded table is tested
	}
	return rs
})

// ParseRegimes reads a tab-separated table of regimes with the columns id,
// state, name, short name, from and to (YYYY-MM-DD; an empty to means
// current), skipping blank lines and # comments. Periods of one state must
// not overlap.
func ParseRegimes(r io.Reader) (*Regimes, error) {
	rs := &Regimes{byState: map[string][]Regime{}, byID: map[string]Regime{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("regimes line %d: %d fields, want 6", line, len(f))
		}
		g := Regime{ID: f[0], State: f[1], Name: f[2], ShortName: f[3]}
		if g.ID == "" || len(g.State) != 3 || g.Name == "" {
			return nil, fmt.Errorf("regimes line %d: missing id, state or name", line)
		}
		var err error
		if g.From, err = time.Parse(time.DateOnly, f[4]); err != nil {
			return nil, fmt.Errorf("regimes line %d: from: %w", line, err)
		}
		if f[5] != "" {
			if g.To, err = time.Parse(time.DateOnly, f[5]); err != nil {
				return nil, fmt.Errorf("regimes line %d: to: %w", line, err)
			}
			if !g.To.After(g.From) {
				return nil, fmt.Errorf("regimes line %d: %s ends before it starts", line, g.ID)
			}
		}
		if _, dup := rs.byID[g.ID]; dup {
			return nil, fmt.Errorf("regimes line %d: duplicate id %s", line, g.ID)
		}
		rs.byID[g.ID] = g
		rs.byState[g.State] = append(rs.byState[g.State], g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("regimes line %d: %w", line, err)
	}
	for st, list := range rs.byState {
		slices.SortFunc(list, func(a, b Regime) int { return a.From.Compare(b.From) })
		for i := 1; i < len(list); i++ {
			if list[i-1].To.IsZero() || list[i-1].To.After(list[i].From) {
				return nil, fmt.Errorf("regimes: %s: %s overlaps %s", st, list[i-1].ID, list[i].ID)
			}
		}
	}
	return rs, nil
}

// At returns the regime that held the state on day t.
func (rs *Regimes) At(state string, t time.Time) (Regime, bool) {
	for _, g := range rs.byState[state] {
		if g.Covers(t) {
			return g, true
		}
	}
	return Regime{}, false
}

// ByID returns the regime with the ID.
func (rs *Regimes) ByID(id string) (Regime, bool) {
	g, ok := rs.byID[id]
	return g, ok
}

// Of returns the regimes of a state, oldest first.
func (rs *Regimes) Of(state string) []Regime { return slices.Clone(rs.byState[state]) }
