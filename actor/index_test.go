package actor

import (
	"strings"
	"testing"
	"time"

	"dyad/dict"
	"dyad/nlp"
)

const testActors = `
RUSSIAN_FEDERATION_ [RUS]
+RUSSIA_
+RUSSIAN_
AFGHANISTAN_ [AFG]
+AFGHAN_
TALIBAN_ [AFGREB <20210814] [AFGGOV >20210815]
IRAQ_ [IRQ <20030320] [IRQ >20060520]
GONDOR [GON]
UNITED_NATIONS_ [IGOUNO]
+UN_
MINAS_TIRITH [GONGOV]
`

const testAgents = `
AMBASSADOR [~DIP]
FOREIGN_MINISTER [~GOV]
GOVERNMENT [~GOV]
SOLDIER [~MIL]
AID_GROUP [NGO~]
`

func testIndex(t *testing.T) *Index {
	t.Helper()
	set := &dict.Set{}
	if err := set.ReadFile(strings.NewReader(testActors), "test.actors.txt", dict.ActorsFile); err != nil {
		t.Fatal(err)
	}
	if err := set.ReadFile(strings.NewReader(testAgents), "test.agents.txt", dict.AgentsFile); err != nil {
		t.Fatal(err)
	}
	return New(set)
}

// sentence tokenises text on blanks, splitting a final possessive 's and
// punctuation, with byte offsets.
func sentence(text string) *nlp.Sentence {
	d := nlp.Tokenize(text)
	s := &nlp.Sentence{Start: 0, End: len(text)}
	for _, sn := range d.Sentences {
		s.Tokens = append(s.Tokens, sn.Tokens...)
	}
	return s
}

func TestFind(t *testing.T) {
	ix := testIndex(t)
	date := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		date time.Time
		want []string // code:text
	}{
		{"The Russian ambassador left.", date, []string{"RUSDIP:Russian ambassador"}},
		{"Russia's foreign minister spoke.", date, []string{"RUSGOV:Russia's foreign minister"}},
		{"The ambassador of Russia spoke.", date, []string{"RUSDIP:ambassador of Russia"}},
		{"The ambassador from the Russian Federation spoke.", date, []string{"RUSDIP:ambassador from the Russian Federation"}},
		{"Russian Ambassador to Afghanistan Dmitry Zhirnov met officials.", date,
			[]string{"RUSDIP:Russian Ambassador", "AFG:Afghanistan"}},
		{"The Afghan government and the UN agreed.", date, []string{"AFGGOV:Afghan government", "IGOUNO:UN"}},
		{"The Taliban took Kabul.", date, []string{"AFGGOV:Taliban"}},
		{"The Taliban took Kabul.", time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC), []string{"AFGREB:Taliban"}},
		{"The foreign minister arrived.", date, []string{"---GOV:foreign minister"}},
		{"Gondor's aid group helped.", date, []string{"NGOGON:Gondor's aid group"}},
		{"MINAS TIRITH replied.", date, []string{"GONGOV:MINAS TIRITH"}},
		{"Nobody came.", date, nil},
		{"Iraq replied.", time.Date(2004, 12, 28, 0, 0, 0, 0, time.UTC), []string{"IRQ:Iraq"}}, // a gap in the dates
	}
	for _, tt := range tests {
		s := sentence(tt.text)
		var got []string
		for _, m := range ix.Find(s, tt.text, tt.date) {
			got = append(got, m.Code+":"+m.Text)
			if tt.text[m.Span[0]:m.Span[1]] != m.Text {
				t.Errorf("%q: span %v gives %q, text %q", tt.text, m.Span, tt.text[m.Span[0]:m.Span[1]], m.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct{ code, country, sector string }{
		{"RUSGOV", "RUS", "GOV"},
		{"IGOUNO", "IGOUNO", ""},
		{"---GOV", "", "GOV"},
		{"ARN", "ARN", ""},
		{"AFG", "AFG", ""},
	}
	for _, tt := range tests {
		c, s := Split(tt.code)
		if c != tt.country || s != tt.sector {
			t.Errorf("Split(%q) = %q, %q; want %q, %q", tt.code, c, s, tt.country, tt.sector)
		}
	}
}

func TestSupplement(t *testing.T) {
	s, err := Supplement()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Actors) == 0 || len(s.Agents) == 0 {
		t.Fatalf("supplement has %d actors and %d agents", len(s.Actors), len(s.Agents))
	}
	for _, w := range s.Warnings {
		t.Errorf("supplement: %v", w)
	}
}
