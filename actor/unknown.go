package actor

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"dyad/nlp"
)

// Unknown is a name the dictionaries do not know, seen next to a title
// they do: "Foreign Minister Idriss Mahamat", "Somsak Vongsa, the Lao
// ambassador". Such names are what a dictionary maintainer should add.
type Unknown struct {
	Name     string   `json:"name"`
	Count    int      `json:"count"`
	Titles   []string `json:"titles"`   // the titled mentions it was seen with, most frequent first
	Codes    []string `json:"codes"`    // the codes of those mentions ("TCDGOV", "---DIP")
	Examples []string `json:"examples"` // up to three sentences
}

// Unknowns counts unknown titled names across documents. It is safe for
// concurrent use.
type Unknowns struct {
	mu sync.Mutex
	m  map[string]*unknownCount
}

type unknownCount struct {
	u      Unknown
	titles map[string]int
	codes  map[string]int
}

// maxExamples is how many example sentences an Unknown keeps.
const maxExamples = 3

// Add counts the unknown titled names of a document, given the mentions
// of each of its sentences (as Index.Find returns them).
func (c *Unknowns) Add(d *nlp.Doc, ms [][]Mention) {
	for si := range d.Sentences {
		if si >= len(ms) {
			break
		}
		s := &d.Sentences[si]
		if headline(s) {
			continue // "President Accepts Ambassadorial Credentials": every word capitalised
		}
		covered := make([]bool, len(s.Tokens))
		for _, m := range ms[si] {
			for k := m.Tok[0]; k < m.Tok[1] && k < len(covered); k++ {
				covered[k] = true
			}
		}
		for _, m := range ms[si] {
			if m.Agent == "" || !personTitle(m.Agent) {
				continue
			}
			// "Foreign Minister Idriss Mahamat": the name after the title.
			a, b := m.Tok[1], m.Tok[1]
			for b < len(s.Tokens) && b-a < maxNameWords && !covered[b] && nameToken(s.Tokens[b].Form) {
				b++
			}
			// "Idriss Mahamat, the foreign minister": the name before it.
			if b == a && m.Tok[0] >= 2 && s.Tokens[m.Tok[0]-1].Form == "," ||
				b == a && m.Tok[0] >= 3 && s.Tokens[m.Tok[0]-1].Form == "the" && s.Tokens[m.Tok[0]-2].Form == "," {
				e := m.Tok[0] - 1
				if s.Tokens[e].Form == "the" {
					e--
				}
				a = e
				for a > 0 && e-a < maxNameWords && !covered[a-1] && nameToken(s.Tokens[a-1].Form) {
					a--
				}
				b = e
			}
			if b-a < 2 { // a surname alone is too weak a clue
				continue
			}
			name := d.Text[s.Tokens[a].Start:s.Tokens[b-1].End]
			c.add(name, m.Text, m.Code, d.SentenceText(si))
		}
	}
}

func (c *Unknowns) add(name, title, code, sentence string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*unknownCount{}
	}
	u := c.m[name]
	if u == nil {
		u = &unknownCount{u: Unknown{Name: name}, titles: map[string]int{}, codes: map[string]int{}}
		c.m[name] = u
	}
	u.u.Count++
	u.titles[title]++
	u.codes[code]++
	if len(u.u.Examples) < maxExamples {
		u.u.Examples = append(u.u.Examples, sentence)
	}
}

// Top returns the unknown names seen at least min times, most frequent
// first (then by name), at most n of them (all when n <= 0).
func (c *Unknowns) Top(n, min int) []Unknown {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Unknown
	for _, u := range c.m {
		if u.u.Count < min {
			continue
		}
		x := u.u
		x.Titles = byCount(u.titles)
		x.Codes = byCount(u.codes)
		x.Examples = append([]string(nil), u.u.Examples...)
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

func byCount(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if m[out[i]] != m[out[j]] {
			return m[out[i]] > m[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// headline reports whether most words of a sentence are capitalised, as in
// a title-case headline, where capitals say nothing about names.
func headline(s *nlp.Sentence) bool {
	words, caps := 0, 0
	for _, t := range s.Tokens {
		if strings.IndexFunc(t.Form, unicode.IsLetter) < 0 {
			continue
		}
		words++
		if nameToken(t.Form) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// nameToken reports whether a token can be part of a personal name: a
// capitalised word that is not all punctuation.
func nameToken(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		break
	}
	return w != "" && strings.IndexFunc(w, unicode.IsLetter) >= 0
}
