package actor

import (
	"sort"
	"strings"
	"time"

	"dyad/dict"
	"dyad/nlp"
)

// Index finds actor mentions. Build it with New; it is immutable and safe
// for concurrent use.
type Index struct {
	actors     trie
	actorCodes [][]dict.DatedCode
	agents     trie
	agentList  []agentEntry
	stems      []stem // single-word actor names, sorted, for prefix matches
}

type agentEntry struct {
	code   string
	prefix bool
}

// stem is a one-word actor name that may match the start of a longer word
// (TABARI's stems: ARGENTIN matches ARGENTINA and ARGENTINIAN).
type stem struct {
	word  string
	actor int
}

// New builds an index over the actors and agents of set. Where a phrase is
// defined more than once, the later definition wins, so entries merged
// after the defaults (dict.Set.Merge) override them.
func New(set *dict.Set) *Index {
	ix := &Index{}
	if set == nil {
		return ix
	}
	seen := map[string]int{}
	for _, a := range set.Actors {
		if len(a.Codes) == 0 {
			continue
		}
		id := len(ix.actorCodes)
		ix.actorCodes = append(ix.actorCodes, a.Codes)
		for _, name := range a.Names {
			name = normWords(name)
			if len(name) == 0 {
				continue
			}
			ix.actors.insert(name, id)
			if split := splitPossessive(name); split != nil {
				ix.actors.insert(split, id)
			}
			if split := splitHyphens(name); split != nil {
				// "Barad-dur", tokenised "Barad" "-" "dur".
				ix.actors.insert(split, id)
			}
			if len(name) == 1 && len(name[0]) >= minStem && countryOnly(a.Codes) {
				seen[name[0]] = id
			}
		}
	}
	for w, id := range seen {
		ix.stems = append(ix.stems, stem{w, id})
	}
	sort.Slice(ix.stems, func(i, j int) bool { return ix.stems[i].word < ix.stems[j].word })
	for _, g := range set.Agents {
		id := len(ix.agentList)
		ix.agentList = append(ix.agentList, agentEntry{code: g.Code, prefix: g.Prefix})
		for _, name := range g.Names {
			if name = normWords(name); len(name) > 0 {
				ix.agents.insert(name, id)
				if split := splitPossessive(name); split != nil {
					ix.agents.insert(split, id)
				}
				if split := splitHyphens(name); split != nil {
					ix.agents.insert(split, id)
				}
			}
		}
	}
	return ix
}

// splitPossessive returns a phrase with a possessive inside it
// ("PEOPLE'S REPUBLIC OF CHINA") as the tokeniser splits it ("PEOPLE" "'S"
// "REPUBLIC" ...), or nil when it has none before its last word.
func splitPossessive(name []string) []string {
	var out []string
	for i, w := range name {
		if i < len(name)-1 && len(w) > 2 && strings.HasSuffix(w, "'S") {
			if out == nil {
				out = append(out, name[:i]...)
			}
			out = append(out, w[:len(w)-2], "'S")
			continue
		}
		if out != nil {
			out = append(out, w)
		}
	}
	return out
}

// splitHyphens returns a phrase with hyphenated words ("BOSNIA-HERZEGOVINA")
// as the tokeniser splits them ("BOSNIA" "-" "HERZEGOVINA"), or nil when
// it has none.
func splitHyphens(name []string) []string {
	var out []string
	for i, w := range name {
		parts := strings.Split(w, "-")
		ok := len(parts) > 1
		for _, p := range parts {
			ok = ok && p != ""
		}
		if !ok {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(out, name[:i]...)
		}
		for j, p := range parts {
			if j > 0 {
				out = append(out, "-")
			}
			out = append(out, p)
		}
	}
	return out
}

// countryOnly reports whether every code is a bare three-letter code (a
// country): only such names are matched as stems, so that a person's
// name does not swallow a longer one.
func countryOnly(codes []dict.DatedCode) bool {
	for _, c := range codes {
		if len(c.Code) != 3 {
			return false
		}
	}
	return len(codes) > 0
}

// minStem is the shortest one-word actor name matched as a stem, and
// maxStemTail the most letters a stem match may leave over.
const (
	minStem     = 5
	maxStemTail = 4
)

// normWords normalises dictionary words as tokens are: curly apostrophes
// become straight ones.
func normWords(w []string) []string {
	out := make([]string, 0, len(w))
	for _, x := range w {
		if x = normKey(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// normKey upper-cases a word and straightens its quotes.
func normKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || ('a' <= c && c <= 'z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	s = strings.ToUpper(s)
	if strings.ContainsAny(s, "’‘") {
		s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	}
	return s
}

// possessive returns w without a possessive ending ('S, ', S'), or "".
func possessive(w string) string {
	switch {
	case strings.HasSuffix(w, "'S") && len(w) > 2:
		return w[:len(w)-2]
	case strings.HasSuffix(w, "S'") && len(w) > 2:
		return w[:len(w)-1]
	}
	return ""
}

// Keys returns the upper-case lookup keys of a sentence's tokens, for
// callers that match other phrase lists against the same sentence.
func Keys(s *nlp.Sentence) []string {
	keys := make([]string, len(s.Tokens))
	for i := range s.Tokens {
		keys[i] = normKey(s.Tokens[i].Form)
	}
	return keys
}

// Find returns the actor mentions of sentence s of a document whose text
// is text, in token order and without overlaps. Date-restricted codes are
// resolved for date; the zero date takes each actor's default code.
func (ix *Index) Find(s *nlp.Sentence, text string, date time.Time) []Mention {
	return ix.FindKeys(s, Keys(s), text, date)
}

// FindKeys is Find with the token keys computed by Keys.
func (ix *Index) FindKeys(s *nlp.Sentence, keys []string, text string, date time.Time) []Mention {
	if joinedWords(keys) {
		return ix.findJoined(s, keys, text, date)
	}
	var out []Mention
	toks := s.Tokens
	for i := 0; i < len(toks); {
		key := func(k int) (string, string) { return keys[i+k], possessive(keys[i+k]) }
		av, al := ix.actors.longest(len(toks)-i, key)
		gv, gl := ix.agents.longest(len(toks)-i, key)
		if al == 0 && capitalised(toks[i].Form) {
			// Stems ("Argentin" for "Argentinian") only for names, which
			// are capitalised: not "limousine" or "baseless".
			av, al = ix.stemMatch(keys[i])
		}
		if al > 0 && al >= gl && locational(keys, i+al) {
			// "a Brussels-based think tank": a place, not an actor.
			i += al
			continue
		}
		switch {
		case al > 0 && al >= gl:
			code, ok := codeAt(ix.actorCodes[av], date)
			if al == 1 && len(keys[i]) <= 3 && !allUpper(toks[i].Form) && !(ok && len(code) == 3 && capitalised(toks[i].Form)) {
				// A short abbreviation (UN, EU, US) must be written in
				// capitals: "Kim Jong-un", "us".
				i++
				continue
			}
			if ok && code != "---" && al == 1 && len(code) > 3 && i+1 < len(toks) && capitalised(toks[i+1].Form) &&
				!ix.startsMatch(keys, i+1) {
				// "Hassan Akhund": a one-word personal name followed by
				// another name is someone else.
				i++
				continue
			}
			if ok && code != "---" {
				m := ix.mention(toks, i, i+al, text)
				m.Code, m.Kind = code, Named
				m.Country, m.Sector = Split(code)
				out = append(out, m)
			}
			i += al
		case gl > 0:
			g := ix.agentList[gv]
			m := ix.mention(toks, i, i+gl, text)
			m.Code, m.Kind, m.Agent, m.Sector, m.prefix = "---"+g.code, Role, g.code, firstSector(g.code), g.prefix
			if g.prefix {
				m.Code = g.code
			}
			out = append(out, m)
			i += gl
		default:
			i++
		}
	}
	return titled(combineLinear(out, toks, keys, text), toks, text)
}

// titled joins a state's office holder and the name that follows the
// title ("Ithilen's minister Calimehtar", "Iran's foreign minister Abbas
// Araghchi") into one mention. The title tells the office the text gives
// the person now: it wins over the name's own code, which the
// dictionaries may date ("British Prime Minister Keir Starmer" is GBRGOV,
// whatever office Starmer held before), unless the name's code only
// makes the title's more precise.
func titled(ms []Mention, toks []nlp.Token, text string) []Mention {
	if len(ms) < 2 {
		return ms
	}
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) {
			n := ms[i+1]
			if m.Kind == Named && m.Agent != "" && !m.prefix && m.Country != "" && personTitle(m.Agent) &&
				n.Kind == Named && n.Agent == "" && n.Tok[0] == m.Tok[1] && capitalised(toks[n.Tok[0]].Form) {
				j := m
				if len(n.Code) > len(m.Code) && strings.HasPrefix(n.Code, m.Code) {
					j.Code, j.Country, j.Sector = n.Code, n.Country, n.Sector
				}
				j.Tok[1], j.Span[1], j.person = n.Tok[1], n.Span[1], n.Tok
				if j.Span[0] >= 0 && j.Span[1] <= len(text) && j.Span[0] <= j.Span[1] {
					j.Text = text[j.Span[0]:j.Span[1]]
				}
				out = append(out, j)
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// joinedWords reports whether a key joins words with underscores, as the
// dictionaries write phrases ("Dol_Amroth").
func joinedWords(keys []string) bool {
	for _, k := range keys {
		if i := strings.IndexByte(k, '_'); i > 0 && i < len(k)-1 {
			return true
		}
	}
	return false
}

// findJoined is FindKeys for a sentence with words joined by
// underscores: they are matched as the words they join, and a mention
// must begin and end with whole tokens.
func (ix *Index) findJoined(s *nlp.Sentence, keys []string, text string, date time.Time) []Mention {
	var (
		toks       []nlp.Token
		xkeys      []string
		orig       []int  // expanded token -> token
		first, end []bool // whether an expanded token starts, ends its token
	)
	for i, k := range keys {
		parts := []string{k}
		if j := strings.IndexByte(k, '_'); j > 0 && j < len(k)-1 {
			parts = strings.FieldsFunc(k, func(r rune) bool { return r == '_' })
		}
		for j, p := range parts {
			t := s.Tokens[i]
			t.Form = p
			toks = append(toks, t)
			xkeys = append(xkeys, p)
			orig = append(orig, i)
			first = append(first, j == 0)
			end = append(end, j == len(parts)-1)
		}
	}
	ms := ix.FindKeys(&nlp.Sentence{Start: s.Start, End: s.End, Tokens: toks}, xkeys, text, date)
	out := ms[:0]
	for _, m := range ms {
		a, b := m.Tok[0], m.Tok[1]-1
		if !first[a] || !end[b] {
			continue
		}
		m.Tok = [2]int{orig[a], orig[b] + 1}
		out = append(out, m)
	}
	return out
}

// capitalised reports whether a word starts with an upper-case letter and
// goes on in lower case ("Akhund", not "UN" or "said").
func capitalised(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return w[1] >= 'a' && w[1] <= 'z'
}

// startsMatch reports whether an actor or agent phrase starts at token i.
func (ix *Index) startsMatch(keys []string, i int) bool {
	key := func(k int) (string, string) { return keys[i+k], possessive(keys[i+k]) }
	if _, l := ix.actors.longest(len(keys)-i, key); l > 0 {
		return true
	}
	_, l := ix.agents.longest(len(keys)-i, key)
	return l > 0
}

// allUpper reports whether a word has no lower-case letters.
func allUpper(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// firstSector returns the first three letters of an agent code.
func firstSector(code string) string { return code[:min(3, len(code))] }

func (ix *Index) mention(toks []nlp.Token, a, b int, text string) Mention {
	m := Mention{Tok: [2]int{a, b}, Span: [2]int{toks[a].Start, toks[b-1].End}}
	if m.Span[0] >= 0 && m.Span[1] <= len(text) && m.Span[0] <= m.Span[1] {
		m.Text = text[m.Span[0]:m.Span[1]]
	} else {
		var parts []string
		for _, t := range toks[a:b] {
			parts = append(parts, t.Form)
		}
		m.Text = strings.Join(parts, " ")
	}
	return m
}

// locational reports whether the words from k make the phrase before
// them a place of something else: "Brussels-based", "Gaza-born".
func locational(keys []string, k int) bool {
	if k+1 >= len(keys) || keys[k] != "-" {
		return false
	}
	switch keys[k+1] {
	case "BASED", "BORN", "HEADQUARTERED", "REGISTERED", "LISTED", "BOUND", "MADE":
		return true
	}
	return false
}

// stemTail reports whether the letters a stem match leaves over make a
// name's inflection or a demonym ("Argentin-ian", "Gondor-ians"), not
// another word ("Basel-ess").
func stemTail(t string) bool {
	switch t {
	case "", "S", "N", "NS", "A", "AN", "ANS", "IAN", "IANS", "E", "ES", "ESE", "I", "IS", "ISH", "IC",
		"ER", "ERS", "ITE", "ITES", "O", "OS", "Y", "AS", "EAN", "EANS", "IA", "'S", "S'":
		return true
	}
	return false
}

// stemMatch finds the longest one-word actor name that is a prefix of w,
// leaving at most maxStemTail letters.
func (ix *Index) stemMatch(w string) (int, int) {
	if len(w) < minStem || len(ix.stems) == 0 {
		return -1, 0
	}
	if p := possessive(w); p != "" {
		w = p
	}
	for n := len(w) - 1; n >= minStem && n >= len(w)-maxStemTail; n-- {
		p := w[:n]
		k := sort.Search(len(ix.stems), func(i int) bool { return ix.stems[i].word >= p })
		if k < len(ix.stems) && ix.stems[k].word == p && stemTail(w[n:]) {
			return ix.stems[k].actor, 1
		}
	}
	return -1, 0
}

// codeAt returns the code valid on date, as dict.Actor.CodeAt does. With
// no date, the actor's default (undated) code is taken or, if it has none,
// its latest dated code.
func codeAt(codes []dict.DatedCode, date time.Time) (string, bool) {
	if date.IsZero() {
		for _, c := range codes {
			if !c.Dated() {
				return c.Code, true
			}
		}
		if len(codes) > 0 {
			return codes[len(codes)-1].Code, true
		}
		return "", false
	}
	a := dict.Actor{Codes: codes}
	if c, ok := a.CodeAt(date); ok {
		return c, true
	}
	// No code covers the date (the dictionaries have gaps, such as a
	// range lost to a malformed date): take the code whose interval is
	// nearest to it.
	best, dist := "", time.Duration(1<<62)
	for _, c := range codes {
		var d time.Duration
		switch {
		case !c.From.IsZero() && date.Before(c.From):
			d = c.From.Sub(date)
		case !c.To.IsZero() && date.After(c.To):
			d = date.Sub(c.To)
		}
		if d < dist {
			best, dist = c.Code, d
		}
	}
	return best, best != ""
}

// combineLinear joins named actors and adjacent roles: "Russian
// ambassador", "Russia's foreign minister", "the ambassador of Russia".
func combineLinear(ms []Mention, toks []nlp.Token, keys []string, text string) []Mention {
	if len(ms) < 2 {
		return ms
	}
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) {
			n := ms[i+1]
			switch {
			case m.Kind == Named && n.Kind == Role && gapModifiers(toks, keys, m.Tok[1], n.Tok[0]):
				out = append(out, Combine(m, n, text))
				i++
				continue
			case m.Kind == Role && n.Kind == Named && (gapOf(keys, m.Tok[1], n.Tok[0]) || gapIn(keys, m, n)):
				out = append(out, Combine(n, m, text))
				i++
				continue
			case m.Kind == Role && m.prefix && n.Kind == Named && n.Agent == "" && n.Tok[0] == m.Tok[1]:
				// "MSF Gondor": a prefix agent before the actor, which may
				// hold a role of its own ("an MSF Gondor diplomat").
				c := Combine(n, m, text)
				if i+2 < len(ms) && ms[i+2].Kind == Role && !ms[i+2].prefix && gapModifiers(toks, keys, n.Tok[1], ms[i+2].Tok[0]) {
					c = Combine(c, ms[i+2], text)
					i++
				}
				out = append(out, c)
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// gapModifiers reports whether the tokens in [a, b) may stand between a
// country and its role: a possessive marker and at most two modifiers
// ("Russia's new foreign minister", "the Russian deputy ambassador"), or
// two adjectives joined by "and" ("Russia's new and experienced
// ambassador").
func gapModifiers(toks []nlp.Token, keys []string, a, b int) bool {
	if b-a > 5 {
		return false
	}
	conj := 0
	for k := a; k < b; k++ {
		switch keys[k] {
		case "'S", "'", "S'":
			if k != a {
				return false
			}
			continue
		case "AND", ",":
			// Only between two adjectives: "awful and evil".
			if k == a || k+1 >= b || !adjective(&toks[k-1]) || !adjective(&toks[k+1]) {
				return false
			}
			conj++
			continue
		}
		t := &toks[k]
		switch t.UPOS {
		case "ADJ", "NOUN", "PROPN":
			continue
		case "":
			if w := t.Form; w != "" && w[0] >= 'a' && w[0] <= 'z' {
				continue
			}
		}
		return false
	}
	return b-a <= 3 || conj > 0
}

// adjective reports whether a token is tagged as an adjective.
func adjective(t *nlp.Token) bool { return t.UPOS == "ADJ" }

// gapIn reports whether a governing body and a named actor are joined by
// "in": "the government in Kabul", "the regime in Damascus". Other roles
// are not: "the ambassador in Moscow" is posted there, not Russia's.
func gapIn(keys []string, role, named Mention) bool {
	if named.Tok[0]-role.Tok[1] != 1 || keys[role.Tok[1]] != "IN" {
		return false
	}
	switch keys[role.Tok[1]-1] {
	case "GOVERNMENT", "REGIME", "ADMINISTRATION", "AUTHORITIES", "LEADERSHIP":
		return true
	}
	return false
}

// gapOf reports whether [a, b) is "of", "from", "of the" or "from the".
func gapOf(keys []string, a, b int) bool {
	switch b - a {
	case 1:
		return keys[a] == "OF" || keys[a] == "FROM"
	case 2:
		return (keys[a] == "OF" || keys[a] == "FROM") && keys[a+1] == "THE"
	}
	return false
}
