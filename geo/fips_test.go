package geo_test

import (
	"fmt"
	"strings"
	"testing"

	"dyad/geo"
)

func TestFIPS(t *testing.T) {
	tests := []struct{ iso3, want string }{
		{"AFG", "AF"},
		{"RUS", "RS"},
		{"GBR", "UK"},
		{"DEU", "GM"},
		{"USA", "US"},
		{"AUS", "AS"}, // not Austria
		{"AUT", "AU"}, // not Australia
		{"CHE", "SZ"},
		{"CHN", "CH"},
		{"ZAF", "SF"},
		{"IRQ", "IZ"},
		{"ISR", "IS"},
		{"PSE", "WE"},
		{"SRB", "RI"},
		{"MNE", "MJ"},
		{"SSD", "OD"},
		{"COD", "CG"},
		{"COG", "CF"},
		{"TWN", "TW"},
		{"VAT", "VT"},
		{"KSV", "KV"}, // CAMEO's code for Kosovo
		{"SUN", "UR"},
		{"CUW", "UC"},
		{"ALA", "FI"},
		{"BES", ""}, // no single FIPS 10-4 code
		{"UMI", ""},
		{"", ""},
		{"afg", ""},
		{"XYZ", ""},
	}
	for _, tt := range tests {
		got, ok := geo.FIPS(tt.iso3)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("FIPS(%q) = %q, %v; want %q", tt.iso3, got, ok, tt.want)
		}
	}
}

func TestFIPSAt(t *testing.T) {
	tests := []struct {
		iso3     string
		lat, lon float64
		want     string
	}{
		{"PSE", 31.50, 34.47, "GZ"}, // Gaza
		{"PSE", 31.30, 34.25, "GZ"}, // Rafah
		{"PSE", 31.90, 35.20, "WE"}, // Ramallah
		{"PSE", 31.53, 35.10, "WE"}, // Hebron
		{"PSE", 0, 0, "WE"},         // no coordinates
		{"SJM", 78.22, 15.65, "SV"}, // Longyearbyen
		{"SJM", 70.98, -8.50, "JN"}, // Jan Mayen
		{"ISR", 31.50, 34.47, "IS"}, // the boxes belong to their entity
		{"AFG", 34.53, 69.17, "AF"},
		{"BES", 12.15, -68.27, ""},
	}
	for _, tt := range tests {
		got, ok := geo.FIPSAt(tt.iso3, tt.lat, tt.lon)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("FIPSAt(%q, %v, %v) = %q, %v; want %q", tt.iso3, tt.lat, tt.lon, got, ok, tt.want)
		}
	}
}

// TestEveryCountryHasFIPS checks that every state and place of the
// gazetteer has a FIPS 10-4 code, and that no two states share one.
func TestEveryCountryHasFIPS(t *testing.T) {
	g := geo.Default()
	by := map[string]string{}
	for _, c := range g.Countries() {
		code, ok := geo.FIPS(c.ISO3)
		if !ok {
			t.Errorf("%s (%s) has no FIPS 10-4 code", c.ISO3, c.Name)
			continue
		}
		if other, dup := by[code]; dup {
			t.Errorf("%s and %s both have FIPS code %s", other, c.ISO3, code)
		}
		by[code] = c.ISO3
		for _, p := range g.Lookup(c.Capital.Name) {
			if _, ok := geo.FIPSAt(p.Country, p.Lat, p.Lon); !ok {
				t.Errorf("%s (%s) has no FIPS 10-4 code", p.Name, p.Country)
			}
		}
	}
	if n := geo.DefaultFIPS().Len(); n < len(g.Countries()) {
		t.Errorf("%d codes mapped, fewer than the %d states", n, len(g.Countries()))
	}
}

func TestParseFIPS(t *testing.T) {
	data := "# comment\n\nAAA\tAA\tA-land\nBBB\tBB\tB-land\nBBB\tBC\tB-coast\t-1,-2,1,2.5\n" +
		"CCC\tCX\tC-island\t10,10,11,11\n"
	tab, err := geo.ParseFIPS([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		iso3     string
		lat, lon float64
		code, at string
	}{
		{"AAA", 0, 0, "AA", "AA"},
		{"BBB", 0, 0, "BB", "BC"},
		{"BBB", 0, 3, "BB", "BB"},
		{"CCC", 10.5, 10.5, "", "CX"}, // only a part has a code
		{"CCC", 0, 0, "", ""},
		{"DDD", 0, 0, "", ""},
	}
	for _, tt := range tests {
		if got, ok := tab.Code(tt.iso3); got != tt.code || ok != (tt.code != "") {
			t.Errorf("Code(%q) = %q, %v; want %q", tt.iso3, got, ok, tt.code)
		}
		if got, ok := tab.CodeAt(tt.iso3, tt.lat, tt.lon); got != tt.at || ok != (tt.at != "") {
			t.Errorf("CodeAt(%q, %v, %v) = %q, %v; want %q", tt.iso3, tt.lat, tt.lon, got, ok, tt.at)
		}
	}
	if n := tab.Len(); n != 2 {
		t.Errorf("Len = %d, want 2", n)
	}
}

func TestParseFIPSErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"short ISO3", "AF\tAF\tAfghanistan\n", `iso3_fips.tsv:1: bad ISO3 code "AF"`},
		{"lower-case ISO3", "# c\nafg\tAF\tAfghanistan\n", `iso3_fips.tsv:2: bad ISO3 code "afg"`},
		{"ISO3 as FIPS", "AFG\tAFG\tAfghanistan\n", `iso3_fips.tsv:1: bad FIPS 10-4 code "AFG"`},
		{"no FIPS", "AFG\n", `iso3_fips.tsv:1: bad FIPS 10-4 code ""`},
		{"digit in FIPS", "AFG\tA1\tAfghanistan\n", `iso3_fips.tsv:1: bad FIPS 10-4 code "A1"`},
		{"no name", "AFG\tAF\t \n", "iso3_fips.tsv:1: no name for AFG"},
		{"duplicate", "AFG\tAF\tA\n\nAFG\tAG\tA\n", "iso3_fips.tsv:3: duplicate code for AFG (AF and AG)"},
		{"too many fields", "AFG\tAF\tA\t1,2,3,4\tx\n", "iso3_fips.tsv:1: 5 fields, want 4"},
		{"area of three", "PSE\tGZ\tGaza\t1,2,3\n", `iso3_fips.tsv:1: PSE GZ: bad area "1,2,3"`},
		{"area not numbers", "PSE\tGZ\tGaza\ta,b,c,d\n", `iso3_fips.tsv:1: PSE GZ: bad area "a,b,c,d": bad coordinate "a"`},
		{"latitude out of range", "PSE\tGZ\tGaza\t-91,0,1,1\n", `bad coordinate "-91"`},
		{"NaN", "PSE\tGZ\tGaza\tNaN,0,1,1\n", `bad coordinate "NaN"`},
		{"upside down", "PSE\tGZ\tGaza\t2,0,1,1\n", "iso3_fips.tsv:1: PSE GZ: bad area"},
	}
	for _, tt := range tests {
		_, err := geo.ParseFIPS([]byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ParseFIPS error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func FuzzParseFIPS(f *testing.F) {
	f.Add([]byte("# iso3\tfips\tname\tarea\nAFG\tAF\tAfghanistan\nPSE\tWE\tWest Bank\nPSE\tGZ\tGaza Strip\t31.2,34.2,31.6,34.6\n"))
	f.Add([]byte("AFG\tAF\tA\nAFG\tAG\tB\n"))
	f.Add([]byte("XXX\tXX\tX\t1,2,3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := geo.ParseFIPS(data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "iso3_fips.tsv:") {
				t.Errorf("error does not name the file and line: %v", err)
			}
			return
		}
		n := 0
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Split(line, "\t")
			if len(f) < 2 || strings.HasPrefix(line, "#") {
				continue
			}
			code, ok := tab.Code(f[0])
			if ok && len(code) != 2 {
				t.Errorf("Code(%q) = %q", f[0], code)
			}
			if code, ok := tab.CodeAt(f[0], 0, 0); ok && len(code) != 2 {
				t.Errorf("CodeAt(%q) = %q", f[0], code)
			}
			n++
		}
		if tab.Len() > n {
			t.Errorf("Len = %d, more than the %d rows", tab.Len(), n)
		}
	})
}

func ExampleFIPS() {
	for _, iso3 := range []string{"AFG", "RUS", "GBR", "DEU", "KSV"} {
		code, _ := geo.FIPS(iso3)
		fmt.Println(iso3, code)
	}
	gaza, _ := geo.FIPSAt("PSE", 31.50, 34.47)
	fmt.Println("PSE at Gaza", gaza)
	// Output:
	// AFG AF
	// RUS RS
	// GBR UK
	// DEU GM
	// KSV KV
	// PSE at Gaza GZ
}
