package dict

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadAgents(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []Agent // File and Line are not compared
		warns []string
	}{
		{
			name: "regular plurals",
			in:   "AMBASSADOR [~GOV] # LRP\nARMY [~MIL]\nBOSS [~BUS]\nFOREIGN_MINISTER [~GOVFRM]\n",
			want: []Agent{
				{Names: [][]string{{"AMBASSADOR"}, {"AMBASSADORS"}}, Code: "GOV"},
				{Names: [][]string{{"ARMY"}, {"ARMIES"}}, Code: "MIL"},
				{Names: [][]string{{"BOSS"}, {"BOSSES"}}, Code: "BUS"},
				{Names: [][]string{{"FOREIGN", "MINISTER"}, {"FOREIGN", "MINISTERS"}}, Code: "GOVFRM"},
			},
		},
		{
			name: "irregular and no plurals",
			in:   "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\nAIR_FORCE {} [~MIL]\n",
			want: []Agent{
				{Names: [][]string{{"ATTORNEY", "GENERAL"}, {"ATTORNEYS", "GENERAL"}}, Code: "GOVATG"},
				{Names: [][]string{{"AIR", "FORCE"}}, Code: "MIL"},
			},
		},
		{
			name: "prefix codes and synonyms",
			in:   "HUMAN_RIGHTS_BODY  [NGO~]\n+RIGHTS_GROUP\n",
			want: []Agent{
				{Names: [][]string{{"HUMAN", "RIGHTS", "BODY"}, {"HUMAN", "RIGHTS", "BODIES"}, {"RIGHTS", "GROUP"}}, Code: "NGO", Prefix: true},
			},
		},
		{
			name: "substitution markers",
			in: "!PERSON! = MAN, MEN\n!MINIST! = MINISTER, MINISTRY\n" +
				"CONGRESS!PERSON! [~LEG]\nFOREIGN_!MINIST! {} [~GOV]\n!MINIST!_OF_!MINIST! [~GOV]\n",
			want: []Agent{
				{Names: [][]string{{"CONGRESSMAN"}, {"CONGRESSMEN"}}, Code: "LEG"},
				{Names: [][]string{{"FOREIGN", "MINISTER"}, {"FOREIGN", "MINISTRY"}}, Code: "GOV"},
				{Names: [][]string{{"MINISTER", "OF", "MINISTER"}, {"MINISTER", "OF", "MINISTRY"}, {"MINISTRY", "OF", "MINISTER"}, {"MINISTRY", "OF", "MINISTRY"}}, Code: "GOV"},
			},
		},
		{
			name: "problems",
			in: "ISLAMIC_EXTREMIST\nDEPARMENT_OF_ENVIRONMENT [~ENV}\nCLERK [GOV]\n!NOPE!_X [~GOV]\n" +
				"BAD {PLURAL [~GOV]\n+ORPHAN\n[~]\n!BAD = X\n",
			want: []Agent{
				{Names: [][]string{{"DEPARMENT", "OF", "ENVIRONMENT"}, {"DEPARMENT", "OF", "ENVIRONMENTS"}}, Code: "ENV"},
				{Names: [][]string{{"CLERK"}, {"CLERKS"}, {"ORPHAN"}}, Code: "GOV"}, // the synonym joins the last agent read
			},
			warns: []string{
				"1: agent without a code", "2: unbalanced bracket", "3: agent code \"GOV\" lacks '~'",
				"4: undefined substitution marker !NOPE!", "5: unbalanced brace", "7: bad agent code", "8: bad substitution marker",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, err := ReadAgents(strings.NewReader(tt.in), "test.agents.txt")
			if err != nil {
				t.Fatal(err)
			}
			checkWarnings(t, warns, tt.warns)
			for i := range got {
				got[i].File, got[i].Line = "", 0
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"ARMY": "ARMIES", "DAY": "DAYS", "BOSS": "BOSSES", "TAX": "TAXES", "CHURCH": "CHURCHES",
		"MINISTER": "MINISTERS", "": "", "Y": "YS",
	} {
		if got := Plural(in); got != want {
			t.Errorf("Plural(%q) = %q, want %q", in, got, want)
		}
	}
}
