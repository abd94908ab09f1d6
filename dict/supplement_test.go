package dict_test

import (
	"strings"
	"testing"
	"time"

	"dyad/dict"
)

// TestOfficeHolders checks dyad's supplement of office holders: it loads
// without warnings and codes people by the office held on a date.
func TestOfficeHolders(t *testing.T) {
	s, err := dict.Default()
	if err != nil {
		t.Fatal(err)
	}
	const file = "dyad.officeholders.actors.txt"
	for _, w := range s.Warnings {
		if strings.HasSuffix(w.File, file) {
			t.Errorf("warning: %v", w)
		}
	}
	find := func(name string) *dict.Actor {
		for i := range s.Actors {
			a := &s.Actors[i]
			if !strings.HasSuffix(a.File, file) {
				continue
			}
			for _, n := range a.Names {
				if strings.Join(n, "_") == name {
					return a
				}
			}
		}
		return nil
	}
	day := func(s string) time.Time {
		t, _ := time.Parse("2006-01-02", s)
		return t
	}
	tests := []struct {
		name, date, want string
	}{
		{"AMIR_KHAN_MUTTAQI", "2025-07-03", "AFGGOV"},
		{"MUTTAQI", "2020-02-29", "AFGREB"},
		{"DONALD_TRUMP", "2023-05-01", "USAELI"},
		{"TRUMP", "2025-07-01", "USAGOV"},
		{"SERGEI_LAVROV", "2025-01-01", "RUSGOV"},
		{"KEIR_STARMER", "2022-01-01", "GBROPP"},
		{"KAJA_KALLAS", "2025-03-01", "IGOEUREEC"},
		{"MARK_RUTTE", "2023-01-01", "NLDGOV"},
	}
	for _, tt := range tests {
		a := find(tt.name)
		if a == nil {
			t.Errorf("%s not in %s", tt.name, file)
			continue
		}
		got, _ := a.CodeAt(day(tt.date))
		if got != tt.want {
			t.Errorf("%s on %s = %q, want %q", tt.name, tt.date, got, tt.want)
		}
	}
}
