package geo

import (
	"fmt"
	"strings"
	"time"
)

// Group is a group of states: an organisation such as the EU or NATO, or
// an analytic grouping such as "Western states".
type Group struct {
	Code    string // CAMEO code: IGOEUREEC, IGOWSTNAT, WST, ...
	Name    string
	Aliases []string
	Members []Membership
}

// Membership is a state's membership of a group, with its dates; a zero
// From means a founding or long-standing member, a zero To a current one.
type Membership struct {
	ISO3     string
	From, To time.Time
}

// Covers reports whether the membership holds on day t.
func (m Membership) Covers(t time.Time) bool {
	if !m.From.IsZero() && t.Before(m.From) {
		return false
	}
	return m.To.IsZero() || t.Before(m.To)
}

// MembersAt returns the ISO3 codes of the group's members on day t, in the
// order of the data.
func (g Group) MembersAt(t time.Time) []string {
	var out []string
	for _, m := range g.Members {
		if m.Covers(t) {
			out = append(out, m.ISO3)
		}
	}
	return out
}

// Has reports whether the state was a member on day t.
func (g Group) Has(iso3 string, t time.Time) bool {
	for _, m := range g.Members {
		if m.ISO3 == iso3 && m.Covers(t) {
			return true
		}
	}
	return false
}

// Group returns the group with the code.
func (g *Gazetteer) Group(code string) (Group, bool) {
	for _, gr := range g.groups {
		if gr.Code == code {
			return gr, true
		}
	}
	return Group{}, false
}

// GroupByName returns the group a name or alias stands for: "the EU",
// "NATO allies", "Western countries".
func (g *Gazetteer) GroupByName(name string) (Group, bool) {
	k := strings.TrimPrefix(Normalize(name), "the ")
	for _, gr := range g.groups {
		for _, n := range append([]string{gr.Name}, gr.Aliases...) {
			if strings.TrimPrefix(Normalize(n), "the ") == k {
				return gr, true
			}
		}
	}
	return Group{}, false
}

// Groups returns every group, in the order of the data.
func (g *Gazetteer) Groups() []Group { return g.groups }

// parseGroups reads the groups table; members must be known states.
func (g *Gazetteer) parseGroups(data []byte) error {
	return eachRow(data, "groups.tsv", 4, func(line int, f []string) error {
		gr := Group{Code: f[0], Name: f[1], Aliases: list(f[2])}
		if gr.Code == "" || gr.Name == "" {
			return fmt.Errorf("group without code or name")
		}
		for _, m := range strings.Fields(f[3]) {
			ms, err := g.membership(m)
			if err != nil {
				return fmt.Errorf("group %s: %w", gr.Code, err)
			}
			gr.Members = append(gr.Members, ms)
		}
		g.groups = append(g.groups, gr)
		return nil
	})
}

func (g *Gazetteer) membership(s string) (Membership, error) {
	iso, date, op := s, "", byte(0)
	if i := strings.IndexAny(s, "<>"); i >= 0 {
		iso, date, op = s[:i], s[i+1:], s[i]
	}
	if _, ok := g.byISO[iso]; !ok {
		return Membership{}, fmt.Errorf("unknown state %q", iso)
	}
	m := Membership{ISO3: iso}
	if op == 0 {
		return m, nil
	}
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return Membership{}, fmt.Errorf("bad date in %q", s)
	}
	if op == '>' {
		m.From = t
	} else {
		m.To = t
	}
	return m, nil
}
