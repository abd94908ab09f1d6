package geo_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"dyad/geo"
)

func TestCountryByName(t *testing.T) {
	g := geo.Default()
	tests := []struct{ name, want string }{
		{"Russia", "RUS"},
		{"the Russian Federation", "RUS"},
		{"Russian", "RUS"},
		{"AFGHAN", "AFG"},
		{"Islamic Emirate of Afghanistan", "AFG"},
		{"U.S.", "USA"},
		{"United  States", "USA"},
		{"Britain", "GBR"},
		{"Türkiye", "TUR"},
		{"Ivory Coast", "CIV"},
		{"Côte d’Ivoire", "CIV"},
		{"Kosovo", "KSV"},
		{"Palestinian", "PSE"},
		{"Taiwan", "TWN"},
		{"Ruritania", ""},
	}
	for _, tt := range tests {
		c, ok := g.CountryByName(tt.name)
		if c.ISO3 != tt.want || ok != (tt.want != "") {
			t.Errorf("CountryByName(%q) = %q, %v; want %q", tt.name, c.ISO3, ok, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	g := geo.Default()
	tests := []struct {
		name    string
		country string
		kind    geo.Kind
		sector  string
	}{
		{"Kabul", "AFG", geo.KindCapital, ""},
		{"kyiv", "UKR", geo.KindCapital, ""},
		{"Kiev", "UKR", geo.KindCapital, ""},
		{"the Kremlin", "RUS", geo.KindSeat, "GOV"},
		{"Pentagon", "USA", geo.KindSeat, "MIL"},
		{"Kandahar", "AFG", geo.KindCity, ""},
		{"Egypt", "EGY", geo.KindCountry, ""},
		{"Cairo", "EGY", geo.KindCapital, ""},
		{"Ulan Bator", "MNG", geo.KindCapital, ""},
		{"Geneva", "CHE", geo.KindCity, ""},
		{"St. Petersburg", "RUS", geo.KindCity, ""},
		{"Gaza", "PSE", geo.KindCity, ""},
	}
	for _, tt := range tests {
		ps := g.Lookup(tt.name)
		if len(ps) == 0 {
			t.Errorf("Lookup(%q) found nothing", tt.name)
			continue
		}
		p := ps[0]
		if p.Country != tt.country || p.Kind != tt.kind || p.Sector != tt.sector {
			t.Errorf("Lookup(%q)[0] = %+v, want %s %v %q", tt.name, p, tt.country, tt.kind, tt.sector)
		}
		if p.Lat == 0 && p.Lon == 0 {
			t.Errorf("Lookup(%q) has no coordinates", tt.name)
		}
	}
	if ps := g.Lookup("Nowhereville"); len(ps) != 0 {
		t.Errorf("Lookup(Nowhereville) = %v", ps)
	}
}

func TestMatch(t *testing.T) {
	g := geo.Default()
	tests := []struct {
		text string
		at   int
		want string
		n    int
	}{
		{"talks in Addis Ababa on Monday", 2, "Addis Ababa", 2},
		{"met in New Delhi", 2, "New Delhi", 2},
		{"the White House said", 1, "White House", 2},
		{"in Kabul .", 1, "Kabul", 1},
		{"in the morning", 2, "", 0},
	}
	for _, tt := range tests {
		ps, n := g.Match(strings.Fields(tt.text), tt.at)
		got := ""
		if n > 0 {
			got = ps[0].Name
		}
		if got != tt.want || n != tt.n {
			t.Errorf("Match(%q, %d) = %q, %d; want %q, %d", tt.text, tt.at, got, n, tt.want, tt.n)
		}
	}
}

func TestEveryCountryHasCapitalInRange(t *testing.T) {
	g := geo.Default()
	if n := len(g.Countries()); n < 190 {
		t.Errorf("%d countries, want every UN member and observer", n)
	}
	for _, c := range g.Countries() {
		if c.Capital.Name == "" {
			t.Errorf("%s has no capital", c.ISO3)
		}
		back, ok := g.CountryByName(c.Name)
		if !ok || back.ISO3 != c.ISO3 {
			t.Errorf("CountryByName(%q) = %s, want %s", c.Name, back.ISO3, c.ISO3)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, countries, seats, want string
	}{
		{"bad lat", "XYZ\tX\t\t\tC\t91\t0\t\n", "", "countries.tsv:1: bad latitude"},
		{"bad code", "xy\tX\t\t\tC\t1\t0\t\n", "", "countries.tsv:1: bad ISO3"},
		{"dup", "XYZ\tX\t\t\tC\t1\t0\t\nXYZ\tY\t\t\tD\t1\t0\t\n", "", "countries.tsv:2: duplicate"},
		{"too many fields", "XYZ\tX\t\t\tC\t1\t0\t\t\textra\n", "", "countries.tsv:1: 10 fields"},
		{"seat of unknown", "XYZ\tX\t\t\tC\t1\t0\t\n", "# c\nPalace\tQQQ\tGOV\t1\t1\n", "seats.tsv:2: unknown country"},
	}
	for _, tt := range tests {
		_, err := geo.Parse([]byte(tt.countries), []byte(tt.seats), nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Parse error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("XYZ\tXland\tX\tXish\tXcity\t1.5\t2.5\tXc\n"), []byte("Palace\tXYZ\tGOV\t1\t2\n"), []byte("Town\tXYZ\t1\t2\tBurg\n"))
	f.Fuzz(func(t *testing.T, countries, seats, cities []byte) {
		g, err := geo.Parse(countries, seats, cities)
		if err != nil {
			return
		}
		for _, c := range g.Countries() {
			g.Lookup(c.Name)
			g.CountryByName(c.Name)
		}
		g.Match(strings.Fields(string(countries)), 0)
	})
}

func ExampleGazetteer_Lookup() {
	g := geo.Default()
	p := g.Lookup("Kabul")[0]
	fmt.Printf("%s (%s, %s) %.2f %.2f\n", p.Name, p.Country, p.Kind, p.Lat, p.Lon)
	c, _ := g.CountryByName("Russian")
	fmt.Println(c.ISO3, c.Capital.Name)
	// Output:
	// Kabul (AFG, capital) 34.53 69.17
	// RUS Moscow
}

func TestGroups(t *testing.T) {
	g := geo.Default()
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tests := []struct {
		name, iso, date string
		want            bool
	}{
		{"the EU", "FRA", "2025-01-01", true},
		{"EU", "GBR", "2019-01-01", true},
		{"EU", "GBR", "2020-02-01", false},
		{"NATO", "FIN", "2023-01-01", false},
		{"NATO allies", "FIN", "2024-01-01", true},
		{"Western countries", "AUS", "2025-01-01", true},
		{"Western countries", "RUS", "2025-01-01", false},
		{"BRICS", "EGY", "2023-06-01", false},
		{"BRICS", "EGY", "2024-06-01", true},
		{"Arab League", "PSE", "2025-01-01", true},
		{"SCO", "IRN", "2024-01-01", true},
	}
	for _, tt := range tests {
		gr, ok := g.GroupByName(tt.name)
		if !ok {
			t.Errorf("GroupByName(%q) found nothing", tt.name)
			continue
		}
		if got := gr.Has(tt.iso, day(tt.date)); got != tt.want {
			t.Errorf("%s has %s on %s = %v, want %v", gr.Code, tt.iso, tt.date, got, tt.want)
		}
	}
	eu, _ := g.Group("IGOEUREEC")
	if n := len(eu.MembersAt(day("2025-06-01"))); n != 27 {
		t.Errorf("EU has %d members in 2025, want 27", n)
	}
	nato, _ := g.Group("IGOWSTNAT")
	if n := len(nato.MembersAt(day("2025-06-01"))); n != 32 {
		t.Errorf("NATO has %d members in 2025, want 32", n)
	}
}
