// Package geo is dyad's gazetteer: the states with their ISO 3166 alpha-3
// codes, names, aliases, demonyms and capitals; seats of power such as the
// Kremlin; and about 10,000 cities with coordinates (github.com/tidwall/cities).
//
// It answers two questions: which state does a name stand for ("Russian",
// "the Russian Federation", "Moscow"), and where is a named place. Names are
// matched case-insensitively on token sequences, so callers holding
// tokenised text can match without building strings. FIPS and FIPSAt give
// a state's FIPS 10-4 country code (RUS → RS), the code GDELT writes for
// places, from the table data/iso3_fips.tsv.
package geo

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/tidwall/cities"
)

//go:embed data/countries.tsv
var countriesTSV []byte

//go:embed data/seats.tsv
var seatsTSV []byte

//go:embed data/cities.tsv
var citiesTSV []byte

//go:embed data/groups.tsv
var groupsTSV []byte

// Kind says what a Place is.
type Kind int

// The kinds of places.
const (
	KindCountry Kind = iota // a state; its coordinates are its capital's
	KindCapital             // a state's capital
	KindSeat                // a seat of power or institution named for its state
	KindCity                // any other city
)

func (k Kind) String() string {
	switch k {
	case KindCountry:
		return "country"
	case KindCapital:
		return "capital"
	case KindSeat:
		return "seat"
	}
	return "city"
}

// Place is a named location.
type Place struct {
	Name    string  // the name as the gazetteer spells it
	Country string  // ISO alpha-3 (or CAMEO's KSV, PSE) of the state it is in
	Kind    Kind    //
	Sector  string  // for seats: the CAMEO sector it stands for (GOV, DIP, MIL, LEG)
	Lat     float64 //
	Lon     float64 //
	rank    int     // lower is more prominent
}

// Country is a state.
type Country struct {
	ISO3     string
	Name     string
	Aliases  []string
	Demonyms []string
	Capital  Place
}

// Gazetteer holds states and places and looks names up. It is read-only
// after construction and safe for concurrent use.
type Gazetteer struct {
	countries []Country
	byISO     map[string]int     // ISO3 -> index in countries
	byName    map[string]int     // normalised country name, alias or demonym -> index
	places    map[string][]Place // normalised place name -> candidates, best first
	groups    []Group
	maxTokens int // longest name, in tokens
}

// Default returns the gazetteer built from the embedded data. It is built
// once, on first use.
var Default = sync.OnceValue(func() *Gazetteer {
	g, err := Parse(countriesTSV, seatsTSV, citiesTSV)
	if err == nil {
		err = g.parseGroups(groupsTSV)
	}
	if err != nil {
		panic("geo: embedded data: " + err.Error()) // the embedded data is tested
	}
	return g
})

// Parse builds a gazetteer from a countries table, a seats table and a
// cities table in the layout of the embedded data/countries.tsv,
// data/seats.tsv and data/cities.tsv, adding the cities of
// github.com/tidwall/cities after those of the table.
func Parse(countriesData, seatsData, citiesData []byte) (*Gazetteer, error) {
	g := &Gazetteer{byISO: map[string]int{}, byName: map[string]int{}, places: map[string][]Place{}}
	err := eachRow(countriesData, "countries.tsv", 8, func(line int, f []string) error {
		lat, lon, err := latLon(f[5], f[6])
		if err != nil {
			return err
		}
		if len(f[0]) != 3 || strings.ToUpper(f[0]) != f[0] {
			return fmt.Errorf("bad ISO3 code %q", f[0])
		}
		if _, dup := g.byISO[f[0]]; dup {
			return fmt.Errorf("duplicate country %s", f[0])
		}
		c := Country{ISO3: f[0], Name: f[1], Aliases: list(f[2]), Demonyms: list(f[3]),
			Capital: Place{Name: f[4], Country: f[0], Kind: KindCapital, Lat: lat, Lon: lon}}
		i := len(g.countries)
		g.countries = append(g.countries, c)
		g.byISO[c.ISO3] = i
		for _, n := range append(append([]string{c.Name}, c.Aliases...), c.Demonyms...) {
			if _, taken := g.byName[Normalize(n)]; !taken {
				g.byName[Normalize(n)] = i
			}
		}
		country := Place{Name: c.Name, Country: c.ISO3, Kind: KindCountry, Lat: lat, Lon: lon}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			g.add(n, country)
		}
		for _, n := range append([]string{f[4]}, list(f[7])...) {
			g.add(n, c.Capital)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(seatsData, "seats.tsv", 5, func(line int, f []string) error {
		lat, lon, err := latLon(f[3], f[4])
		if err != nil {
			return err
		}
		if _, ok := g.byISO[f[1]]; !ok {
			return fmt.Errorf("unknown country %q", f[1])
		}
		g.add(f[0], Place{Name: f[0], Country: f[1], Kind: KindSeat, Sector: f[2], Lat: lat, Lon: lon})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(citiesData, "cities.tsv", 5, func(line int, f []string) error {
		lat, lon, err := latLon(f[2], f[3])
		if err != nil {
			return err
		}
		if _, ok := g.byISO[f[1]]; !ok {
			return fmt.Errorf("unknown country %q", f[1])
		}
		p := Place{Name: f[0], Country: f[1], Kind: KindCity, Lat: lat, Lon: lon}
		for _, n := range append([]string{f[0]}, list(f[4])...) {
			g.add(n, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	g.addCities()
	for k, ps := range g.places {
		sort.SliceStable(ps, func(i, j int) bool {
			if ps[i].Kind != ps[j].Kind {
				return ps[i].Kind < ps[j].Kind
			}
			return ps[i].rank < ps[j].rank
		})
		g.places[k] = ps
	}
	return g, nil
}

// cityCountry maps tidwall/cities country names that are not names or
// aliases in the countries table.
var cityCountry = map[string]string{
	"Gambia, The": "GMB", "Korea, South": "KOR", "Korea, North": "PRK", "Nepa": "NPL",
}

func (g *Gazetteer) addCities() {
	rank := map[string]int{}
	for _, c := range cities.Cities {
		iso, ok := cityCountry[c.Country]
		if !ok {
			i, found := g.byName[Normalize(c.Country)]
			if !found {
				continue
			}
			iso = g.countries[i].ISO3
		}
		r := rank[iso]
		rank[iso]++
		key := Normalize(c.City)
		dup := false
		for _, p := range g.places[key] {
			if p.Country == iso {
				dup = true // the capital, already present
				break
			}
		}
		if !dup {
			g.add(c.City, Place{Name: c.City, Country: iso, Kind: KindCity, Lat: c.Latitude, Lon: c.Longitude, rank: r + 1})
		}
	}
}

func (g *Gazetteer) add(name string, p Place) {
	k := Normalize(name)
	if k == "" {
		return
	}
	g.places[k] = append(g.places[k], p)
	if n := strings.Count(k, " ") + 1; n > g.maxTokens {
		g.maxTokens = n
	}
}

// Country returns the state with the ISO alpha-3 code.
func (g *Gazetteer) Country(iso3 string) (Country, bool) {
	i, ok := g.byISO[iso3]
	if !ok {
		return Country{}, false
	}
	return g.countries[i], true
}

// Countries returns every state, in the order of the data.
func (g *Gazetteer) Countries() []Country { return g.countries }

// CountryByName returns the state a name, alias or demonym stands for:
// "Russia", "the Russian Federation", "Russian".
func (g *Gazetteer) CountryByName(name string) (Country, bool) {
	k := Normalize(name)
	k = strings.TrimPrefix(k, "the ")
	i, ok := g.byName[k]
	if !ok {
		return Country{}, false
	}
	return g.countries[i], true
}

// Lookup returns the places with the name, best first: states, then
// capitals, seats of power, and other cities by prominence.
func (g *Gazetteer) Lookup(name string) []Place {
	k := strings.TrimPrefix(Normalize(name), "the ")
	return g.places[k]
}

// Match finds the longest place name that starts at tokens[i] and returns
// its candidates, best first, and the number of tokens it spans; n is 0
// when no name starts there. A leading "the" is not part of any name.
func (g *Gazetteer) Match(tokens []string, i int) (ps []Place, n int) {
	var b strings.Builder
	for j := i; j < len(tokens) && j-i < g.maxTokens; j++ {
		if j > i {
			b.WriteByte(' ')
		}
		b.WriteString(normalizeToken(tokens[j]))
		if c, ok := g.places[b.String()]; ok {
			ps, n = c, j-i+1
		}
	}
	return ps, n
}

// Normalize lower-cases a name and folds its white space and the
// apostrophe and dash variants, as names are keyed.
func Normalize(s string) string {
	f := strings.Fields(s)
	for i := range f {
		f[i] = normalizeToken(f[i])
	}
	return strings.Join(f, " ")
}

func normalizeToken(t string) string {
	t = strings.ToLower(t)
	if strings.ContainsAny(t, "’‘–—") {
		t = strings.NewReplacer("’", "'", "‘", "'", "–", "-", "—", "-").Replace(t)
	}
	return t
}

func list(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(s, ";") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func latLon(a, b string) (float64, float64, error) {
	lat, err := strconv.ParseFloat(strings.TrimSpace(a), 64)
	if err != nil || lat < -90 || lat > 90 {
		return 0, 0, fmt.Errorf("bad latitude %q", a)
	}
	lon, err := strconv.ParseFloat(strings.TrimSpace(b), 64)
	if err != nil || lon < -180 || lon > 180 {
		return 0, 0, fmt.Errorf("bad longitude %q", b)
	}
	return lat, lon, nil
}

// eachRow calls fn for each data row of a tab-separated table, skipping
// blank lines and # comments. Rows must have want fields (trailing empty
// fields may be missing). Errors name the file and line.
func eachRow(data []byte, file string, want int, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		for len(f) < want {
			f = append(f, "")
		}
		if len(f) > want {
			return fmt.Errorf("%s:%d: %d fields, want %d", file, line, len(f), want)
		}
		if err := fn(line, f); err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", file, line, err)
	}
	return nil
}
