package actor

import (
	"strings"
	"testing"
	"time"

	"dyad/dict"
)

const titledActors = `
RUSSIA_ [RUS]
GONDOR [GON]
+ELESSAR
SERGEI_LAVROV [RUSGOV]
BORIS_GRYZLOV [RUSLEG]
ALEXANDER_LUKIN [RUSGOVDIP]
`

const titledAgents = `
MINISTER [~GOV]
FOREIGN_MINISTER [~GOV]
AMBASSADOR [~DIP]
`

// TestTitled covers titles joined with the names that follow them and
// coordinated adjectives between a state and its role.
func TestTitled(t *testing.T) {
	set := &dict.Set{}
	for _, f := range []struct {
		text string
		kind dict.FileKind
	}{{titledActors, dict.ActorsFile}, {titledAgents, dict.AgentsFile}} {
		if err := set.ReadFile(strings.NewReader(f.text), "test", f.kind); err != nil {
			t.Fatal(err)
		}
	}
	ix := New(set)
	tests := []struct {
		text string
		tags string // UPOS per token, blank-separated; "" for none
		want []string
	}{
		{"Russia's foreign minister Sergei Lavrov spoke.", "",
			[]string{"RUSGOV:Russia's foreign minister Sergei Lavrov"}},
		{"Russian Foreign Minister Boris Gryzlov spoke.", "",
			[]string{"RUSGOV:Russian Foreign Minister Boris Gryzlov"}},
		{"Russia's minister Alexander Lukin spoke.", "",
			[]string{"RUSGOVDIP:Russia's minister Alexander Lukin"}},
		{"Gondor's minister Elessar spoke.", "",
			[]string{"GONGOV:Gondor's minister Elessar"}},
		{"Russia's minister Elessar spoke.", "",
			[]string{"RUSGOV:Russia's minister Elessar"}},
		{"The Russian ambassador met Elessar.", "",
			[]string{"RUSDIP:Russian ambassador", "GON:Elessar"}},
		{"Russia's new and experienced ambassador spoke.", "PROPN PART ADJ CCONJ ADJ NOUN VERB PUNCT",
			[]string{"RUSDIP:Russia's new and experienced ambassador"}},
		{"Russia's envoy and the ambassador spoke.", "PROPN PART NOUN CCONJ DET NOUN VERB PUNCT",
			[]string{"RUS:Russia", "---DIP:ambassador"}},
	}
	for _, tt := range tests {
		s := sentence(tt.text)
		if tt.tags != "" {
			tags := strings.Fields(tt.tags)
			if len(tags) != len(s.Tokens) {
				t.Fatalf("%q: %d tags for %d tokens", tt.text, len(tags), len(s.Tokens))
			}
			for i := range s.Tokens {
				s.Tokens[i].UPOS = tags[i]
			}
		}
		var got []string
		for _, m := range ix.Find(s, tt.text, time.Time{}) {
			got = append(got, m.Code+":"+m.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestJoinedWords covers names written with hyphens, which the tokeniser
// splits, and words joined by underscores, as the dictionaries write
// phrases.
func TestJoinedWords(t *testing.T) {
	set := &dict.Set{}
	if err := set.ReadFile(strings.NewReader("BOSNIA-HERZEGOVINA [BIH]\nPRINCE_OF_DOL_AMROTH [DOL]\nGONDOR [GON]\n"), "test", dict.ActorsFile); err != nil {
		t.Fatal(err)
	}
	ix := New(set)
	tests := []struct {
		text string
		want []string
	}{
		{"Bosnia-Herzegovina protested.", []string{"BIH:Bosnia-Herzegovina"}},
		{"The Prince of Dol_Amroth met Gondor.", []string{"DOL:Prince of Dol_Amroth", "GON:Gondor"}},
		{"Dol_Amroth_Prince met Gondor_Rohan.", nil},
	}
	for _, tt := range tests {
		s := sentence(tt.text)
		var got []string
		for _, m := range ix.Find(s, tt.text, time.Time{}) {
			got = append(got, m.Code+":"+m.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
