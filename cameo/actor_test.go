package cameo

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestParseActor(t *testing.T) {
	tests := []struct {
		code, country, sector string
		roles                 []string
	}{
		{"RUS", "RUS", "", nil},
		{"RUSGOV", "RUS", "GOV", nil},
		{"AFGGOV", "AFG", "GOV", nil},
		{"RUSDIP", "RUS", "DIP", nil},
		{"KSV", "KSV", "", nil},
		{"PSEGZAMIL", "PSE", "MIL", []string{"GZA"}},
		{"TWNGOV", "TWN", "GOV", nil},
		{"USAGOVMIL", "USA", "GOV", []string{"MIL"}},
		{"AFR", "AFR", "", nil},
		{"EUR", "EUR", "", nil},
		{"MEAREB", "MEA", "REB", nil},
		{"WST", "WST", "", nil},
		{"IGOUNO", "IGOUNO", "", nil},
		{"IGOEUREEC", "IGOEUREEC", "", nil},
		{"IGOWSTNAT", "IGOWSTNAT", "", nil},
		{"IGOAFRAFU", "IGOAFRAFU", "", nil},
		{"IGOMEAARL", "IGOMEAARL", "", nil},
		{"IGOSEAASN", "IGOSEAASN", "", nil},
		{"IGOCAS", "IGOCAS", "", nil},
		{"IGOGOS", "IGOGOS", "", nil},
		{"IGOBRICS", "IGOBRICS", "", nil},
		{"IGOMOSOIC", "IGOMOSOIC", "", nil},
		{"IGOUNOREFHCR", "IGOUNO", "REF", []string{"HCR"}},
		{"IGOUNODEVWBK", "IGOUNO", "DEV", []string{"WBK"}},
		{"IGOEURDEVEBR", "IGOEURDEVEBR", "", nil},
		{"IGOSASXYZ", "IGOSASXYZ", "", nil},
		{"IGOMED", "IGO", "MED", nil},
		{"IGO", "IGO", "", nil},
		{"NGOHRIAMN", "NGO", "HRI", []string{"AMN"}},
		{"IMGMOSALQ", "IMG", "", []string{"MOS", "ALQ"}},
		{"MNC", "MNC", "", nil},
		{"GOV", "", "GOV", nil},
		{"ELI", "", "ELI", nil},
		{"MOSSHI", "", "", []string{"MOS", "SHI"}},
		{"SUN", "SUN", "", nil},
		{"IRQKRDREB", "IRQ", "REB", []string{"KRD"}},
	}
	for _, tt := range tests {
		a, err := ParseActor(tt.code)
		if err != nil {
			t.Errorf("ParseActor(%q): %v", tt.code, err)
			continue
		}
		if a.Code != tt.code || a.Country != tt.country || a.Sector != tt.sector || !slices.Equal(a.Roles, tt.roles) {
			t.Errorf("ParseActor(%q) = %+v, want country %q sector %q roles %q", tt.code, a, tt.country, tt.sector, tt.roles)
		}
	}
}

func TestParseActorErrors(t *testing.T) {
	tests := []struct{ code, err string }{
		{"", "empty"},
		{"  ", "empty"},
		{"pse", "upper-case"},
		{"RUS GOV", "upper-case"},
		{"RU", "shorter"},
		{"XXX", "unknown country"},
		{"KNTGOV", "unknown country"},
		{"RUSGO", "three-letter"},
		{"IGOUNOX", "three-letter"},
		{"RUS1", "upper-case"},
	}
	for _, tt := range tests {
		_, err := ParseActor(tt.code)
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("ParseActor(%q) error %v, want %q", tt.code, err, tt.err)
		}
	}
	if _, err := ParseActor("---"); !errors.Is(err, ErrNull) {
		t.Errorf("ParseActor(---) error %v, want ErrNull", err)
	}
}

func TestCodeSets(t *testing.T) {
	for _, c := range []string{"RUS", "AFG", "KSV", "PSE", "TWN", "USA", "SUN"} {
		if !IsCountry(c) {
			t.Errorf("IsCountry(%q) = false", c)
		}
	}
	for _, c := range []string{"EUR", "GOV", "IGO", "XXX", ""} {
		if IsCountry(c) {
			t.Errorf("IsCountry(%q) = true", c)
		}
	}
	if !IsRegion("MEA") || IsRegion("RUS") {
		t.Error("IsRegion")
	}
	for _, c := range strings.Fields("GOV DIP MIL LEG JUD REB OPP BUS MED CVL COP SPY EDU HLH IGO NGO ELI LAB REF") {
		if !IsSector(c) {
			t.Errorf("IsSector(%q) = false", c)
		}
	}
	a, _ := ParseActor("RUSGOV")
	if !a.IsState() || a.String() != "RUSGOV" {
		t.Errorf("%+v: IsState false", a)
	}
	if a, _ := ParseActor("IGOUNO"); a.IsState() {
		t.Error("IGOUNO IsState")
	}
}
