package knowledge

import (
	"strings"
	"testing"
)

func TestDefaultRegimes(t *testing.T) {
	rs := DefaultRegimes()
	tests := []struct{ state, day, want string }{
		{"AFG", "2021-08-14", "AFG-2004"},
		{"AFG", "2021-08-15", "AFG-2021"},
		{"AFG", "2025-07-03", "AFG-2021"},
		{"AFG", "2001-12-01", ""}, // between the fall of the first emirate and the interim administration
		{"AFG", "1990-01-01", ""},
		{"SYR", "2024-12-07", "SYR-1963"},
		{"SYR", "2024-12-08", "SYR-2024"},
		{"FRA", "2024-12-08", ""},
	}
	for _, tt := range tests {
		g, ok := rs.At(tt.state, date(tt.day))
		if ok != (tt.want != "") || g.ID != tt.want {
			t.Errorf("At(%s, %s) = %q, %v; want %q", tt.state, tt.day, g.ID, ok, tt.want)
		}
	}
	if got := len(rs.Of("AFG")); got != 4 {
		t.Errorf("%d AFG regimes, want 4", got)
	}
	if g, ok := rs.ByID("AFG-2021"); !ok || g.ShortName != "Taliban" {
		t.Errorf("ByID(AFG-2021) = %+v, %v", g, ok)
	}
}

func TestParseRegimesErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"fields", "A\tAFG\tx\n", "line 1: 3 fields"},
		{"state", "A\tAF\tx\t\t2000-01-01\t\n", "line 1: missing"},
		{"from", "A\tAFG\tx\t\t2000-1-01\t\n", "line 1: from"},
		{"to", "A\tAFG\tx\t\t2000-01-01\tsoon\n", "line 1: to"},
		{"backwards", "A\tAFG\tx\t\t2000-01-01\t1999-01-01\n", "ends before it starts"},
		{"duplicate", "A\tAFG\tx\t\t2000-01-01\t2001-01-01\nA\tAFG\ty\t\t2002-01-01\t\n", "line 2: duplicate"},
		{"overlap", "# c\nA\tAFG\tx\t\t2000-01-01\t2003-01-01\nB\tAFG\ty\t\t2002-01-01\t\n", "A overlaps B"},
		{"open overlap", "A\tAFG\tx\t\t2000-01-01\t\nB\tAFG\ty\t\t2002-01-01\t\n", "A overlaps B"},
	}
	for _, tt := range tests {
		_, err := ParseRegimes(strings.NewReader(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}
