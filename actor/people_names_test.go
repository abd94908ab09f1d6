package actor

import (
	"strings"
	"testing"
	"time"

	"dyad/dict"
)

// TestPeopleNamedInFull covers persons the dictionaries name in full,
// alone or joined to a title: their surname alone names them later.
func TestPeopleNamedInFull(t *testing.T) {
	set := &dict.Set{}
	actors := testActors + `
ELENDIL_VORONWE_ [GONGOV]
EREGION_HOUSE_ [GONGOV]
`
	if err := set.ReadFile(strings.NewReader(actors), "test.actors.txt", dict.ActorsFile); err != nil {
		t.Fatal(err)
	}
	if err := set.ReadFile(strings.NewReader(testAgents+"PRESIDENT [~GOV]\n"), "test.agents.txt", dict.AgentsFile); err != nil {
		t.Fatal(err)
	}
	ix := New(set)
	date := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text []string
		want []string // sentence:code:text of the mentions People adds
	}{
		{"a full name from the dictionaries", []string{
			"Elendil Voronwe arrived.",
			"Voronwe met Afghan officials.",
		}, []string{"1:GONGOV:Voronwe"}},
		{"a full name joined to a title", []string{
			"Russia's foreign minister Elendil Voronwe arrived.",
			"Voronwe spoke.",
		}, []string{"1:RUSGOV:Voronwe"}},
		{"an institution is no person", []string{
			"Eregion House said it would act.",
			"House members spoke.",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := peopleAdded(t, ix, tt.text, date); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
