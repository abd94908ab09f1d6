// Package place finds where an event happened: the places a sentence names
// after a locative preposition ("during a meeting in Kabul"), and the
// dateline of an article ("KABUL, July 3 (Reuters) -").
//
// It works on tokenised sentences and uses the dependency tree when the
// sentence is parsed, to prefer the place that belongs to the event's own
// clause; without a tree it falls back to the order of the words.
package place

import (
	"strings"
	"unicode"

	"dyad"
	"dyad/geo"
	"dyad/nlp"
)

// Mention is a place named in a sentence.
type Mention struct {
	Start, End int       // token indices [Start, End) in the sentence
	Prep       string    // the preposition before it, lower case: "in", "at", ...
	Place      geo.Place // the best candidate
	// Modifier is set when the place qualifies the noun before it ("the
	// government in Kabul", "the embassy in Moscow") rather than an event.
	Modifier bool
}

// eventNouns are nouns of events: a place they take is where the event of
// their clause happened.
var eventNouns = map[string]bool{
	"meeting": true, "talk": true, "talks": true, "visit": true, "summit": true, "conference": true,
	"ceremony": true, "session": true, "trip": true, "forum": true, "negotiation": true,
	"negotiations": true, "signing": true, "gathering": true, "event": true, "news conference": true,
}

// governing are nouns that a place after them qualifies: "the government
// in Afghanistan" is a government, not an event in Afghanistan, however
// the parser attaches it.
var governing = map[string]bool{
	"government": true, "regime": true, "administration": true, "authorities": true,
	"leadership": true, "rulers": true, "embassy": true, "embassies": true, "ambassador": true,
	"envoy": true, "consulate": true, "mission": true, "parliament": true, "opposition": true,
	"president": true, "minister": true, "officials": true, "counterpart": true, "counterparts": true,
}

// locative prepositions say where something happened; "to" (a visit to
// Kabul) says where it went, which is also where a visit happened.
var locative = map[string]int{"in": 0, "at": 0, "near": 1, "outside": 1, "inside": 1, "to": 2}

// Finder finds places with a gazetteer. It is safe for concurrent use.
type Finder struct {
	g *geo.Gazetteer
}

// New returns a Finder over g; nil means geo.Default().
func New(g *geo.Gazetteer) *Finder {
	if g == nil {
		g = geo.Default()
	}
	return &Finder{g: g}
}

// Find returns the places named after a locative preposition in s, in
// order. Only capitalised names count, so "in turkey season" is no place.
func (f *Finder) Find(s *nlp.Sentence) []Mention {
	forms := forms(s)
	var out []Mention
	for i := 0; i+1 < len(forms); i++ {
		prep := strings.ToLower(forms[i])
		if _, ok := locative[prep]; !ok {
			continue
		}
		j := i + 1
		if strings.EqualFold(forms[j], "the") && j+1 < len(forms) {
			j++
		}
		if !capitalised(forms[j]) {
			continue
		}
		ps, n := f.g.Match(forms, j)
		if n == 0 {
			continue
		}
		out = append(out, Mention{Start: j, End: j + n, Prep: prep, Place: ps[0],
			Modifier: i > 0 && governing[strings.ToLower(forms[i-1])]})
		i = j + n - 1
	}
	return out
}

// ForEvent returns the place of an event whose predicate is token v (an
// index into s.Tokens, or -1 when unknown).
//
// With a parse, only a place that modifies the predicate as an adverbial
// counts: directly ("met in Geneva") or inside an adverbial phrase
// ("during a meeting in Kabul"). A place inside an argument ("the
// government in Afghanistan", "the ambassador to Kabul") is no place of
// the event, and then ForEvent finds none. Without a parse it takes the
// first locative place of the sentence, "in" and "at" before "to".
func (f *Finder) ForEvent(s *nlp.Sentence, v int) (geo.Place, bool) {
	ms := f.Find(s)
	if len(ms) == 0 {
		return geo.Place{}, false
	}
	if v >= 0 && v < len(s.Tokens) && s.Parsed() {
		for _, m := range ms {
			if !m.Modifier && adverbialOf(s, m.Start, v) {
				return m.Place, true
			}
		}
		return geo.Place{}, false
	}
	best := ms[0]
	for _, m := range ms[1:] {
		if locative[m.Prep] < locative[best.Prep] {
			best = m
		}
	}
	return best.Place, true
}

// Adverbial returns the places of a parsed sentence that modify a verb as
// adverbials, as ForEvent would take them for that verb; for an unparsed
// sentence, every locative place.
func (f *Finder) Adverbial(s *nlp.Sentence) []Mention {
	ms := f.Find(s)
	if !s.Parsed() {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Modifier {
			continue
		}
		cur := m.Start
		for steps := 0; steps < len(s.Tokens); steps++ {
			h := s.Tokens[cur].Head - 1
			if h < 0 {
				break
			}
			if p := s.Tokens[h].UPOS; p == "VERB" || p == "AUX" || s.Tokens[h].Head == 0 {
				if adverbialOf(s, m.Start, h) {
					out = append(out, m)
				}
				break
			}
			cur = h
		}
	}
	return out
}

// adverbialOf reports whether token m is in v's clause and reaches v
// through an oblique or adverbial dependent of v.
func adverbialOf(s *nlp.Sentence, m, v int) bool {
	if !s.InClause(m, v) {
		return false
	}
	// "a meeting in Kabul", "talks in Geneva": a place of an event noun is
	// where that event happened, wherever the parser hung the noun.
	if h := s.Tokens[m].Head - 1; h >= 0 && eventNouns[strings.ToLower(s.Tokens[h].Lemma)] {
		return true
	}
	// "sanctions over the Ukraine war", "Russia's envoy": a place that
	// only qualifies another noun is not where anything happened.
	switch s.Tokens[m].Rel {
	case "compound", "amod", "nmod:poss":
		return false
	}
	cur := m
	for steps := 0; steps < len(s.Tokens); steps++ {
		h := s.Tokens[cur].Head - 1
		if h < 0 {
			return false
		}
		if h == v {
			switch base(s.Tokens[cur].Rel) {
			case "obl", "nmod", "advmod": // nmod: UD v1 obliques
				return true
			}
			return false
		}
		cur = h
	}
	return false
}

// Dateline returns the place of a dateline opening the text: one to three
// upper-case or capitalised words followed by a comma or dash, as in
// "KABUL, July 3 (Reuters) -" or "NEW DELHI -".
func (f *Finder) Dateline(d *nlp.Doc) (geo.Place, bool) {
	if len(d.Sentences) == 0 {
		return geo.Place{}, false
	}
	forms := forms(&d.Sentences[0])
	for n := min(3, len(forms)-1); n >= 1; n-- {
		next := forms[n]
		if next != "," && next != "-" && next != "—" && next != "–" {
			continue
		}
		all := true
		for _, w := range forms[:n] {
			if !capitalised(w) {
				all = false
			}
		}
		if !all {
			continue
		}
		if next == "," && !datelineAfterComma(forms, n) {
			// "Spain, which ...", "Spain, Ireland and Norway ...": a
			// sentence that starts with a place, not a dateline.
			continue
		}
		if ps, m := f.g.Match(forms, 0); m == n {
			return ps[0], true
		}
	}
	return geo.Place{}, false
}

// datelineAfterComma reports whether the words after the comma at n go on
// as a dateline does: the place is written in capitals ("KABUL, July 3"),
// or a dash, a colon or an agency in brackets follows within a few words
// ("Seoul, June 19 (IANS)", "Pristina, Kosovo –", "Kabul, January 31:").
func datelineAfterComma(forms []string, n int) bool {
	upper := true
	for _, w := range forms[:n] {
		if strings.ToUpper(w) != w {
			upper = false
		}
	}
	if upper {
		return true
	}
	for _, w := range forms[n+1 : min(len(forms), n+10)] {
		switch w {
		case "-", "--", "—", "–", ":", "(":
			return true
		}
	}
	return false
}

// Location converts a place into the event record's location.
func Location(p geo.Place) *dyad.Location {
	return &dyad.Location{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}
}

func forms(s *nlp.Sentence) []string {
	out := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		out[i] = t.Form
	}
	return out
}

func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

func base(rel string) string {
	b, _, _ := strings.Cut(rel, ":")
	return b
}
