package actor

import (
	"sort"

	"dyad/nlp"
)

// maxNameWords is the longest personal name People learns.
const maxNameWords = 4

// People finds the persons an article introduces with a title the
// dictionaries know ("Somaliland's President Amina Warsame", "the Afghan
// ambassador, Omar Rahimi", "Omar Rahimi, the Afghan ambassador"), or
// that the dictionaries name in full with their office ("Hassan Sheikh
// Mohamud", with a title or without), and adds
// a mention with that title's code wherever the article names them again
// without it ("Rahimi said", "Warsame's visit"). ms holds the mentions of
// each sentence (as FindKeys returns them) and is updated in place; keys
// are the sentences' Keys. A surname introduced with two different codes
// is left alone.
func People(sents []nlp.Sentence, keys [][]string, ms [][]Mention, text string) {
	type person struct {
		m     Mention
		sent  int
		tok   int // first token of the introduction's name
		words map[string]bool
		clash bool
	}
	people := map[string]*person{}
	intro := map[[2]int]bool{} // sentence and token of every name learnt
	learn := func(si, a, b int, m Mention) {
		if b <= a || b-a > maxNameWords+2 {
			return
		}
		for k := a; k < b; k++ {
			intro[[2]int{si, k}] = true
		}
		last := nameKey(keys[si][b-1])
		if len(last) < 3 {
			return
		}
		if p, ok := people[last]; ok {
			if p.m.Code != m.Code {
				p.clash = true
			}
			return
		}
		p := &person{m: m, sent: si, tok: a, words: map[string]bool{}}
		for _, k := range keys[si][a:b] {
			p.words[nameKey(k)] = true
		}
		people[last] = p
	}
	for si := range sents {
		toks := sents[si].Tokens
		at := mentionAt(ms[si], len(toks))
		for _, m := range ms[si] {
			if personName(toks, keys[si], m) {
				// "Abdirahman Mohamed Abdullahi", a person the
				// dictionaries name in full: "Abdullahi" later.
				learn(si, m.Tok[0], m.Tok[1], m)
				continue
			}
			if m.Kind != Named || m.Country == "" || !personTitle(m.Agent) {
				continue
			}
			if a, b := m.person[0], m.person[1]; b > a && b <= len(toks) && nameWord(&toks[b-1]) && !isCaps(toks[b-1].Form) {
				// "Somaliland's President Abdirahman Mohamed Abdullahi",
				// matched as one: the name joined to the title.
				learn(si, a, b, m)
				continue
			}
			// "Somaliland's President Amina Warsame"
			b := nameRun(toks, at, m.Tok[1], +1)
			if b > m.Tok[1] {
				learn(si, m.Tok[1], b, m)
				continue
			}
			// "the Afghan ambassador, Omar Rahimi,"
			if j := m.Tok[1]; j < len(toks) && keys[si][j] == "," {
				if b := nameRun(toks, at, j+1, +1); b > j+1 && (b == len(toks) || closes(keys[si][b])) {
					learn(si, j+1, b, m)
					continue
				}
			}
			// "Omar Rahimi, the Afghan ambassador"
			j := m.Tok[0] - 1
			for n := 0; j >= 0 && n < 5 && keys[si][j] != "," && keys[si][j] != ";" && keys[si][j] != "("; j, n = j-1, n+1 {
				if (at[j] >= 0 && ms[si][at[j]].Kind == Named && ms[si][at[j]].Country != m.Country) || keys[si][j] == "AS" {
					j = -1 // another state's, or "as" a title (below)
				}
			}
			if j > 0 && keys[si][j] == "," {
				if a := nameRun(toks, at, j-1, -1); a <= j-1 && (a == 0 || !capitalised(toks[a-1].Form)) {
					learn(si, a, j, m)
					continue
				}
			}
			// "Omar Rahimi presented his credentials as Afghan ambassador":
			// the subject of the verb the title is predicated by "as".
			if a, b := asSubject(toks, keys[si], at, m); b > a {
				learn(si, a, b, m)
			}
		}
	}
	if len(people) == 0 {
		return
	}
	for si := range sents {
		toks := sents[si].Tokens
		at := mentionAt(ms[si], len(toks))
		added := false
		for j := range toks {
			if at[j] >= 0 || !capitalised(toks[j].Form) {
				continue
			}
			p, ok := people[nameKey(keys[si][j])]
			if !ok || p.clash || intro[[2]int{si, j}] {
				continue
			}
			if j+1 < len(toks) && at[j+1] < 0 && capitalised(toks[j+1].Form) && nameKey(keys[si][j+1]) != "" {
				// "Warsame Ali": a longer name of someone else.
				if _, other := people[nameKey(keys[si][j+1])]; !other {
					continue
				}
			}
			a := j
			for a > 0 && at[a-1] < 0 && p.words[keys[si][a-1]] && j-a < maxNameWords-1 {
				a--
			}
			m := p.m
			m.Tok = [2]int{a, j + 1}
			m.Span = [2]int{toks[a].Start, toks[j].End}
			m.Text = ""
			if m.Span[0] >= 0 && m.Span[1] <= len(text) && m.Span[0] <= m.Span[1] {
				m.Text = text[m.Span[0]:m.Span[1]]
			}
			ms[si] = append(ms[si], m)
			for k := a; k <= j; k++ {
				at[k] = len(ms[si]) - 1
			}
			added = true
		}
		if added {
			sort.SliceStable(ms[si], func(x, y int) bool { return ms[si][x].Tok[0] < ms[si][y].Tok[0] })
		}
	}
}

// asSubject returns the personal name [a, b) that is the subject of the
// verb to which title m attaches with "as", when the sentence is parsed.
func asSubject(toks []nlp.Token, keys []string, at []int, m Mention) (int, int) {
	// The head of the title: its token whose head lies outside it.
	h := -1
	for k := m.Tok[0]; k < m.Tok[1]; k++ {
		if p := toks[k].Head - 1; p < m.Tok[0] || p >= m.Tok[1] {
			h = k
		}
	}
	if h < 0 || toks[h].Head <= 0 {
		return 0, 0
	}
	as := -1
	for k := max(0, m.Tok[0]-3); k < m.Tok[0]; k++ {
		if keys[k] == "AS" {
			as = k
		}
	}
	if as < 0 {
		return 0, 0
	}
	// The verb: the title's head if a verb, else the nearest verb before
	// "as" (parsers attach "as" phrases loosely).
	v := toks[h].Head - 1
	if v < 0 || v >= len(toks) || toks[v].UPOS != "VERB" {
		v = -1
		for k := as - 1; k >= 0 && k >= as-30; k-- {
			if toks[k].UPOS == "VERB" {
				v = k
				break
			}
		}
	}
	if v < 0 {
		return 0, 0
	}
	for k := range toks {
		if toks[k].Head-1 != v || toks[k].Rel != "nsubj" || at[k] >= 0 || !nameWord(&toks[k]) {
			continue
		}
		// The name's words: the subject and the flat or compound words
		// beside it.
		a, b := k, k+1
		for a > 0 && at[a-1] < 0 && nameWord(&toks[a-1]) && toks[a-1].Head-1 == k {
			a--
		}
		for b < len(toks) && at[b] < 0 && nameWord(&toks[b]) && toks[b].Head-1 == k {
			b++
		}
		return a, b
	}
	return 0, 0
}

// personName reports whether mention m is a person's full name from the
// dictionaries, with the office in its code ("Hassan Sheikh Mohamud",
// SOMGOV): two to maxNameWords capitalised proper nouns, no title joined
// to it, and not the name of an institution ("White House").
func personName(toks []nlp.Token, keys []string, m Mention) bool {
	n := m.Tok[1] - m.Tok[0]
	if m.Kind != Named || m.Country == "" || m.Agent != "" || !personTitle(m.Sector) || n < 2 || n > maxNameWords || m.Tok[1] > len(toks) {
		return false
	}
	for k := m.Tok[0]; k < m.Tok[1]; k++ {
		if !nameWord(&toks[k]) || isCaps(toks[k].Form) {
			return false
		}
	}
	return !institutionWords[nameKey(keys[m.Tok[1]-1])]
}

// isCaps reports whether a word of more than one letter is written all
// in capitals ("NATO"): an acronym, no name.
func isCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// institutionWords end the names of institutions, not of persons.
var institutionWords = map[string]bool{
	"HOUSE": true, "STREET": true, "OFFICE": true, "MINISTRY": true, "DEPARTMENT": true, "COUNCIL": true,
	"PALACE": true, "HALL": true, "COURT": true, "ASSEMBLY": true, "PARLIAMENT": true, "CONGRESS": true,
	"SENATE": true, "GOVERNMENT": true, "ARMY": true, "FORCE": true, "FORCES": true, "NAVY": true,
	"PARTY": true, "FRONT": true, "UNION": true, "COMMITTEE": true, "COMMISSION": true, "AGENCY": true,
	"BANK": true, "SERVICE": true, "GUARD": true, "POLICE": true, "MINISTER": true, "PRESIDENT": true,
	"BUREAU": true, "CABINET": true, "EMBASSY": true, "CORPS": true, "COMMAND": true, "BRIGADE": true,
	"MOVEMENT": true, "ORGANIZATION": true, "ORGANISATION": true, "AUTHORITY": true, "DUMA": true,
	"KNESSET": true, "DIET": true, "LEAGUE": true, "ALLIANCE": true, "STATES": true, "REPUBLIC": true,
	"KINGDOM": true, "MILITARY": true, "GUARDS": true, "SECRETARIAT": true, "CHAMBER": true,
}

// personTitle reports whether an agent code is the office of a person
// (a minister, an ambassador, a general), not an organisation's.
func personTitle(agent string) bool {
	switch firstSector(agent) {
	case "GOV", "DIP", "MIL", "LEG", "JUD", "OPP", "REB", "SPY", "COP":
		return true
	}
	return false
}

// closes reports whether a token ends an apposition.
func closes(k string) bool {
	switch k {
	case ",", ".", ";", ")", ":":
		return true
	}
	return false
}

// nameKey returns a token's key without a possessive ending.
func nameKey(k string) string {
	if p := possessive(k); p != "" {
		return p
	}
	return k
}

// mentionAt maps tokens to the mentions covering them, or -1.
func mentionAt(ms []Mention, n int) []int {
	at := make([]int, n)
	for i := range at {
		at[i] = -1
	}
	for mi, m := range ms {
		for k := m.Tok[0]; k < m.Tok[1] && k < n; k++ {
			at[k] = mi
		}
	}
	return at
}

// nameRun returns the end (dir +1, exclusive) or start (dir -1) of the run
// of capitalised words that are no mention from token k, at most
// maxNameWords long; k itself when there is none.
func nameRun(toks []nlp.Token, at []int, k, dir int) int {
	j, n := k, 0
	for j >= 0 && j < len(toks) && n < maxNameWords && at[j] < 0 && nameWord(&toks[j]) {
		j += dir
		n++
		// "Kim Jong-un": a hyphen written close joins two parts of a name.
		if dir > 0 && j+1 < len(toks) && toks[j].Form == "-" && toks[j].Start == toks[j-1].End &&
			toks[j+1].Start == toks[j].End && at[j] < 0 && at[j+1] < 0 {
			j += 2
		}
	}
	if dir < 0 {
		return j + 1
	}
	return j
}

// nameWord reports whether a token may be a word of a personal name.
func nameWord(t *nlp.Token) bool {
	if !capitalised(t.Form) {
		return false
	}
	switch t.UPOS {
	case "PROPN", "":
		return true
	}
	return false
}
