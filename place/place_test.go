package place_test

import (
	"fmt"
	"testing"

	"dyad/nlp"
	"dyad/place"
)

func TestFind(t *testing.T) {
	f := place.New(nil)
	tests := []struct {
		text string
		want []string // place names, in order
	}{
		{"The ministers met in Addis Ababa on Monday.", []string{"Addis Ababa"}},
		{"Talks were held at the Kremlin and later in Moscow.", []string{"Kremlin", "Moscow"}},
		{"The envoy travelled to Kyiv after a stop in Warsaw.", []string{"Kyiv", "Warsaw"}},
		{"Moscow said it would respond.", nil},          // an actor, not a place
		{"Prices rose in turkey season.", nil},          // not capitalised
		{"He arrived from Beijing.", nil},               // origin, not location
		{"The summit in Ruritania was cancelled.", nil}, // unknown name
		{"Officials in Egypt and in Cairo agreed.", []string{"Egypt", "Cairo"}},
	}
	for _, tt := range tests {
		d := nlp.Tokenize(tt.text)
		var got []string
		for _, m := range f.Find(&d.Sentences[0]) {
			got = append(got, m.Place.Name)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Find(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// parsed builds a sentence from forms and 1-based heads and relations.
func parsed(forms []string, heads []int, rels []string) *nlp.Sentence {
	s := &nlp.Sentence{}
	for i, f := range forms {
		s.Tokens = append(s.Tokens, nlp.Token{Form: f, Head: heads[i], Rel: rels[i]})
	}
	return s
}

func TestForEventUsesClause(t *testing.T) {
	f := place.New(nil)
	// "Officials who met in Paris said talks will resume in Geneva ."
	s := parsed(
		[]string{"Officials", "who", "met", "in", "Paris", "said", "talks", "will", "resume", "in", "Geneva", "."},
		[]int{6, 3, 1, 5, 3, 0, 9, 9, 6, 11, 9, 6},
		[]string{"nsubj", "nsubj", "acl:relcl", "case", "obl", "root", "nsubj", "aux", "ccomp", "case", "obl", "punct"},
	)
	tests := []struct {
		verb int
		want string
	}{
		{8, "Geneva"}, // resume
		{2, "Paris"},  // met
		{5, ""},       // said: no place in its own clause
		{-1, "Paris"}, // no predicate: the first place of the sentence
	}
	for _, tt := range tests {
		p, ok := f.ForEvent(s, tt.verb)
		if ok != (tt.want != "") || p.Name != tt.want {
			t.Errorf("ForEvent(verb %d) = %q, %v; want %q", tt.verb, p.Name, ok, tt.want)
		}
	}
	// "during a meeting in Kabul" hangs from the verb through an obl noun.
	s = parsed(
		[]string{"He", "informed", "her", "during", "a", "meeting", "in", "Kabul", "."},
		[]int{2, 0, 2, 6, 6, 2, 8, 6, 2},
		[]string{"nsubj", "root", "obj", "case", "det", "obl", "case", "nmod", "punct"},
	)
	if p, ok := f.ForEvent(s, 1); !ok || p.Name != "Kabul" || p.Country != "AFG" {
		t.Errorf("ForEvent(informed) = %+v, %v; want Kabul, AFG", p, ok)
	}
	if ms := f.Adverbial(s); len(ms) != 1 || ms[0].Place.Name != "Kabul" {
		t.Errorf("Adverbial = %v, want Kabul", ms)
	}
	// "He informed her about the decision during a meeting in Kabul", with
	// the meeting misattached to "decision": still the meeting's place.
	s = parsed(
		[]string{"He", "informed", "her", "about", "the", "decision", "during", "a", "meeting", "in", "Kabul", "."},
		[]int{2, 0, 2, 6, 6, 2, 9, 9, 6, 11, 9, 2},
		[]string{"nsubj", "root", "obj", "case", "det", "obl", "case", "det", "nmod", "case", "nmod", "punct"},
	)
	s.Tokens[8].Lemma = "meeting"
	if p, ok := f.ForEvent(s, 1); !ok || p.Name != "Kabul" {
		t.Errorf("ForEvent(informed), meeting under decision = %q, %v; want Kabul", p.Name, ok)
	}
	// "Ruritania recognised the government in Afghanistan": a place inside
	// the object is not where the event happened.
	s = parsed(
		[]string{"Ruritania", "recognised", "the", "government", "in", "Afghanistan", "."},
		[]int{2, 0, 4, 2, 6, 4, 2},
		[]string{"nsubj", "root", "det", "obj", "case", "nmod", "punct"},
	)
	if p, ok := f.ForEvent(s, 1); ok {
		t.Errorf("ForEvent(recognised) = %q, want no place", p.Name)
	}
	if ms := f.Adverbial(s); len(ms) != 0 {
		t.Errorf("Adverbial = %v, want none", ms)
	}
	// The same with the place attached to the verb, as parsers often do:
	// after "government" it still qualifies the noun.
	s.Tokens[5].Head, s.Tokens[5].Rel = 2, "obl"
	if p, ok := f.ForEvent(s, 1); ok {
		t.Errorf("ForEvent(recognised), misattached = %q, want no place", p.Name)
	}
}

func TestDateline(t *testing.T) {
	f := place.New(nil)
	tests := []struct{ text, want string }{
		{"KABUL, July 3 (Reuters) - Russia recognised the government.", "Kabul"},
		{"NEW DELHI - India and Nepal signed a deal.", "New Delhi"},
		{"Seoul, June 19 (IANS) Russia and North Korea signed a treaty.", "Seoul"},
		{"Pristina, Kosovo – The U.S. recognised Kosovo.", "Pristina"},
		{"Russia recognised the government on Thursday.", ""},
		// A sentence that starts with a place is no dateline.
		{"Spain, which elected a new government in March, recognised Palestine.", ""},
		{"Spain, Ireland and Norway recognised Palestine.", ""},
	}
	for _, tt := range tests {
		p, ok := f.Dateline(nlp.Tokenize(tt.text))
		if ok != (tt.want != "") || p.Name != tt.want {
			t.Errorf("Dateline(%q) = %q, %v; want %q", tt.text, p.Name, ok, tt.want)
		}
	}
}

func ExampleFinder_ForEvent() {
	f := place.New(nil)
	d := nlp.Tokenize("The ambassador informed the minister during a meeting in Kabul on Thursday.")
	p, _ := f.ForEvent(&d.Sentences[0], -1)
	fmt.Println(p.Name, p.Country, place.Location(p).Lat)
	// Output: Kabul AFG 34.53
}

// TestForEventModifier checks on hand-made parses that the place of an
// oblique is where the event happened, and a place that only qualifies
// another noun ("aid in the Ukraine war") is not.
func TestForEventModifier(t *testing.T) {
	f := place.New(nil)
	type dep struct {
		head int
		rel  string
	}
	tests := []struct {
		text string
		deps []dep
		want string
	}{
		{"The EU approved aid in Brussels",
			[]dep{{2, "det"}, {3, "nsubj"}, {0, "root"}, {3, "obj"}, {6, "case"}, {3, "obl"}}, "Brussels"},
		{"The EU approved aid in the Ukraine war",
			[]dep{{2, "det"}, {3, "nsubj"}, {0, "root"}, {3, "obj"}, {8, "case"}, {8, "det"}, {8, "compound"}, {3, "obl"}}, ""},
	}
	for _, tt := range tests {
		s := &nlp.Tokenize(tt.text).Sentences[0]
		if len(s.Tokens) != len(tt.deps) {
			t.Fatalf("%q: %d tokens, want %d", tt.text, len(s.Tokens), len(tt.deps))
		}
		for i, d := range tt.deps {
			s.Tokens[i].Head, s.Tokens[i].Rel = d.head, d.rel
		}
		p, ok := f.ForEvent(s, 2)
		if ok != (tt.want != "") || p.Name != tt.want {
			t.Errorf("ForEvent(%q) = %q, %v; want %q", tt.text, p.Name, ok, tt.want)
		}
	}
}
