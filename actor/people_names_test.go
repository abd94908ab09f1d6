package actor

import (
	"strings"
	"testing"
	"time"

	"dyad/dict"
	"dyad/nlp"
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
			text := strings.Join(tt.text, " ")
			doc := nlp.Tokenize(text)
			if len(doc.Sentences) != len(tt.text) {
				t.Fatalf("%d sentences", len(doc.Sentences))
			}
			keys := make([][]string, len(doc.Sentences))
			ms := make([][]Mention, len(doc.Sentences))
			before := make([]map[[2]int]bool, len(doc.Sentences))
			for i := range doc.Sentences {
				s := &doc.Sentences[i]
				for k := range s.Tokens {
					if tk := &s.Tokens[k]; tk.Form != "" && tk.Form[0] >= 'A' && tk.Form[0] <= 'Z' {
						tk.UPOS = "PROPN"
					} else {
						tk.UPOS = "NOUN"
					}
				}
				keys[i] = Keys(s)
				ms[i] = ix.FindKeys(s, keys[i], text, date)
				before[i] = map[[2]int]bool{}
				for _, m := range ms[i] {
					before[i][m.Tok] = true
				}
			}
			People(doc.Sentences, keys, ms, text)
			var got []string
			for i := range ms {
				for _, m := range ms[i] {
					if !before[i][m.Tok] {
						got = append(got, string(rune('0'+i))+":"+m.Code+":"+m.Text)
					}
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
