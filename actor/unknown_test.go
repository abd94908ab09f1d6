package actor_test

import (
	"testing"

	"dyad/actor"
	"dyad/nlp"
)

func TestUnknowns(t *testing.T) {
	tests := []struct {
		text     string
		title    [2]int // token span of the titled mention
		code     string
		want     string
		wantNone bool
	}{
		{"Ruritanian Foreign Minister Anna Kovac met the envoy .", [2]int{0, 3}, "RURGOV", "Anna Kovac", false},
		{"Anna Kovac , the Ruritanian ambassador , left .", [2]int{3, 5}, "RURDIP", "Anna Kovac", false},
		{"Foreign Minister Kovac left .", [2]int{0, 2}, "---GOV", "", true}, // a surname alone
		{"Ruritanian Minister Accepts New Credentials From Envoys Today .", [2]int{0, 2}, "RURGOV", "", true},
	}
	for _, tt := range tests {
		d := nlp.Tokenize(tt.text)
		s := &d.Sentences[0]
		m := actor.Mention{Tok: tt.title, Code: tt.code, Agent: tt.code[3:], Kind: actor.Named,
			Text: d.Text[s.Tokens[tt.title[0]].Start:s.Tokens[tt.title[1]-1].End]}
		var u actor.Unknowns
		u.Add(d, [][]actor.Mention{{m}})
		u.Add(d, [][]actor.Mention{{m}})
		got := u.Top(0, 1)
		if tt.wantNone {
			if len(got) != 0 {
				t.Errorf("%q: got %+v, want none", tt.text, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Name != tt.want || got[0].Count != 2 || got[0].Codes[0] != tt.code || len(got[0].Examples) != 2 {
			t.Errorf("%q: got %+v, want %q twice", tt.text, got, tt.want)
		}
	}
}
