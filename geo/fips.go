package geo

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/iso3_fips.tsv
var fipsTSV []byte

// FIPSTable maps ISO 3166-1 alpha-3 codes (and CAMEO's country codes outside
// ISO 3166, such as KSV for Kosovo) to FIPS 10-4 country codes, the codes
// GDELT writes for places: AFG → AF, RUS → RS, GBR → UK, DEU → GM. It is
// read-only after ParseFIPS and safe for concurrent use.
type FIPSTable struct {
	codes map[string]fipsEntry
}

type fipsEntry struct {
	code  string     // the entity's code; "" when only parts have codes
	parts []fipsPart // parts FIPS 10-4 codes apart, by area
}

// fipsPart is a part of an entity that FIPS 10-4 codes apart (the Gaza
// Strip of PSE), with the box it lies in.
type fipsPart struct {
	code                     string
	south, west, north, east float64
}

func (p fipsPart) contains(lat, lon float64) bool {
	return lat >= p.south && lat <= p.north && lon >= p.west && lon <= p.east
}

// DefaultFIPS returns the table built from the embedded
// data/iso3_fips.tsv. It is built once, on first use.
var DefaultFIPS = sync.OnceValue(func() *FIPSTable {
	t, err := ParseFIPS(fipsTSV)
	if err != nil {
		panic("geo: embedded data: " + err.Error()) // the embedded data is tested
	}
	return t
})

// FIPS returns the FIPS 10-4 country code of the state or territory with
// the ISO alpha-3 (or CAMEO) code iso3 in the embedded table: "AF" for AFG,
// "UK" for GBR, "KV" for KSV. It reports false for a code the table does
// not map.
func FIPS(iso3 string) (string, bool) { return DefaultFIPS().Code(iso3) }

// FIPSAt is FIPS for a place at lat, lon: where FIPS 10-4 codes part of
// the entity apart, a place in that part gets the part's code ("GZ" for a
// place of PSE in the Gaza Strip, "WE" for one elsewhere).
func FIPSAt(iso3 string, lat, lon float64) (string, bool) {
	return DefaultFIPS().CodeAt(iso3, lat, lon)
}

// ParseFIPS reads an ISO3 to FIPS 10-4 table in the layout of the embedded
// data/iso3_fips.tsv: tab-separated rows of ISO3 code, FIPS code, name and
// an optional area "south,west,north,east" in decimal degrees that limits
// the row to a part of the entity; blank lines and # comments are skipped.
// Errors name the file (iso3_fips.tsv) and line.
func ParseFIPS(data []byte) (*FIPSTable, error) {
	t := &FIPSTable{codes: map[string]fipsEntry{}}
	err := eachRow(data, "iso3_fips.tsv", 4, func(line int, f []string) error {
		iso, code := f[0], f[1]
		if !upperLetters(iso, 3) {
			return fmt.Errorf("bad ISO3 code %q", iso)
		}
		if !upperLetters(code, 2) {
			return fmt.Errorf("bad FIPS 10-4 code %q for %s", code, iso)
		}
		if strings.TrimSpace(f[2]) == "" {
			return fmt.Errorf("no name for %s", iso)
		}
		e := t.codes[iso]
		if strings.TrimSpace(f[3]) == "" {
			if e.code != "" {
				return fmt.Errorf("duplicate code for %s (%s and %s)", iso, e.code, code)
			}
			e.code = code
		} else {
			p, err := parseArea(f[3])
			if err != nil {
				return fmt.Errorf("%s %s: %w", iso, code, err)
			}
			p.code = code
			e.parts = append(e.parts, p)
		}
		t.codes[iso] = e
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// parseArea parses "south,west,north,east".
func parseArea(s string) (fipsPart, error) {
	f := strings.Split(s, ",")
	if len(f) != 4 {
		return fipsPart{}, fmt.Errorf("bad area %q: want south,west,north,east", s)
	}
	var v [4]float64
	for i, x := range f {
		n, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		limit := 180.0
		if i%2 == 0 {
			limit = 90
		}
		if err != nil || math.IsNaN(n) || n < -limit || n > limit {
			return fipsPart{}, fmt.Errorf("bad area %q: bad coordinate %q", s, x)
		}
		v[i] = n
	}
	p := fipsPart{south: v[0], west: v[1], north: v[2], east: v[3]}
	if p.south > p.north || p.west > p.east {
		return fipsPart{}, fmt.Errorf("bad area %q: south above north or west east of east", s)
	}
	return p, nil
}

func upperLetters(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// Code returns the FIPS 10-4 code of the entity with the ISO alpha-3 (or
// CAMEO) code iso3; it reports false when the table has none.
func (t *FIPSTable) Code(iso3 string) (string, bool) {
	e := t.codes[iso3]
	return e.code, e.code != ""
}

// CodeAt returns the FIPS 10-4 code of a place of iso3 at lat, lon: the
// code of the part whose area holds the place, else the entity's code.
func (t *FIPSTable) CodeAt(iso3 string, lat, lon float64) (string, bool) {
	e := t.codes[iso3]
	for _, p := range e.parts {
		if p.contains(lat, lon) {
			return p.code, true
		}
	}
	return e.code, e.code != ""
}

// Len returns the number of codes the table maps to a FIPS 10-4 code of
// their own (not counting codes with only parts).
func (t *FIPSTable) Len() int {
	n := 0
	for _, e := range t.codes {
		if e.code != "" {
			n++
		}
	}
	return n
}
