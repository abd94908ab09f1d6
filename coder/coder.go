package coder

import (
	"slices"
	"sort"
	"strings"
	"time"

	"dyad"
	"dyad/actor"
	"dyad/cameo"
	"dyad/dict"
	"dyad/nlp"
)

// Coder codes events from parsed documents. It is immutable after New and
// safe for concurrent use; coding is a pure function of the document, the
// dictionaries and the date.
type Coder struct {
	actors   *actor.Index
	verbs    *verbIndex
	discards discards
	onto     *cameo.Ontology
	opts     Options
}

// Options adjust what a Coder produces.
type Options struct {
	// Intent adds, for an act announced for the future ("X will recognise
	// Y", a future 054), the asserted statement of intent it amounts to (a
	// 032), as dyad's annotation guidelines code it. PETRARCH does not.
	Intent bool

	// ClauseTargets makes, as PETRARCH does, the subject of a clausal
	// complement the target of a verb that has no other ("Arnor believes
	// Gondor can cope" is Arnor 012 Gondor), and lets the verb's patterns
	// see into that clause. It suits the validation suites more than news,
	// where it yields many vague statements.
	ClauseTargets bool

	// ImplicitTargets gives an act that reduces relations (CAMEO 16: "Chile
	// recalled its ambassador", "Bolivia cut ties"), a call for a ceasefire
	// (0256, 1056), or praise or criticism of something (051, 11x: "Spain
	// condemned the attack") with no target in its sentence the state the
	// article names most often besides the source.
	ImplicitTargets bool

	// Coreference lets a personal pronoun subject ("it", "they") stand
	// for the subject of the last sentence that named one, and "both
	// countries", "the two nations", "the two sides" or "both
	// governments" for the two states of the latest sentence that had
	// two, in its last clause that names two: as a compound subject
	// ("Chad and Laos signed a deal. Both countries agreed ...") or as
	// the source and target of an event ("Chad signed a deal with
	// Laos").
	Coreference bool

	// Dates dates an event by a time expression in its own clause ("on
	// Thursday", "in August 2021", resolved against the publication date)
	// instead of the publication date. Discard phrases that are time
	// phrases (the Phoenix set's years, "years ago", "months later"),
	// which PETRARCH uses to skip background, then skip nothing: the
	// background event is coded with its date.
	Dates bool

	// Shallow backs the parse up with TABARI-style linear matching: when
	// no pattern matches the verb's clause in the tree, the patterns are
	// tried on the words around the verb; when the tree gives no source or
	// no target, the nearest actor before or after the verb is taken. It
	// helps with an imperfect parser.
	Shallow bool

	// Nominals codes events named by nouns: "Israel's recognition of
	// Somaliland", "the expulsion of Russian diplomats from London".
	Nominals bool

	// PassiveSource gives, as PETRARCH does, a passive verb without a
	// "by" agent the actor of one of its other prepositional phrases as
	// source ("Rohan was criticised over its dispute with Gondor" is
	// Gondor 111 Rohan; "a Gondorian was shot in Mordor" is Mordor 190
	// Gondor). News wants no such guess.
	PassiveSource bool

	// AdverbPatterns codes, in PETRARCH mode (ClauseTargets), as TABARI
	// and PETRARCH 1 did, for the suites written for them (neither
	// PETRARCH 2 nor news coding does so):
	//   - patterns see the adverbs before the verb ("- HEAVILY * [122]"),
	//     the verb that governs a complement, with its auxiliaries and
	//     adverbs ("- INDICATED WOULD * NOW" for "indicated it would act
	//     now"), and the participle clauses of nouns ("assurances sent
	//     from Bree");
	//   - the words of a phrase ("REAL_PLEASANT") stand side by side,
	//     without the gaps PETRARCH 2 allows inside a noun phrase ({NEW
	//     &TIETYPES RELATIONS}), and a word outside a synset matches its
	//     written form only ("* EFFORT" does not match "efforts");
	//   - a passive without agent reads as an active clause: its subject
	//     acts on the first actor after the verb;
	//   - an actor with several codes ("FRO/BIL/SAM") is several actors,
	//     with an event each.
	AdverbPatterns bool

	// LooseSubjects gives a main verb the parser left without a subject
	// the actors listed just before it ("Shortly after, Spain's prime
	// minister and Norway's foreign minister said ...").
	LooseSubjects bool

	// DeepTargets gives, as PETRARCH does, a verb whose arguments name no
	// target the first actor after it in its clause, however deep, and in
	// the non-finite clauses of its nouns ("abandoned efforts to stop a
	// parade against Gondor", "launched an offensive against besieged
	// Rohan").
	DeepTargets bool

	// MissingActors keeps, as PETRARCH does with require_dyad = false, an
	// event whose verb has a source but no target, or a target but no
	// source: the missing actor is coded "---" ("a senior official said"
	// is ---GOV --- with the verb's code). A paired code ("042:043") needs
	// both actors, as in PETRARCH. For the PETRARCH suites' <Config>
	// only; news coding never sets it.
	MissingActors bool

	// NewActorLength, when above zero, codes an unknown noun phrase of
	// at most that many words that stands as a verb's subject or object
	// where no actor is found, as PETRARCH does with new_actor_length:
	// its words, upper-case and between double quotes, are the actor's
	// code ("the river pirates fled" gives the source coded "THE RIVER
	// PIRATES", quotes included). See doc.go for the phrase's words.
	// For the PETRARCH suites' <Config> only; news coding never sets it.
	NewActorLength int
}

// New builds a coder over a set of dictionaries. The set is read, not
// kept; it must not be changed while New runs.
func New(set *dict.Set, opts Options) *Coder {
	c := &Coder{onto: cameo.Default(), opts: opts}
	if set == nil {
		set = &dict.Set{}
	}
	c.actors = actor.New(set)
	c.verbs = newVerbIndex(set.Verbs)
	ds := set.Discards
	if opts.Dates {
		// Events are dated, so a time phrase is no reason to skip a
		// sentence.
		ds = slices.DeleteFunc(slices.Clone(ds), timeDiscard)
	}
	c.discards = newDiscards(ds)
	return c
}

// Actors returns the actor index the coder uses.
func (c *Coder) Actors() *actor.Index { return c.actors }

// CodeDoc codes every sentence of doc. date is the reference date for
// date-restricted actor codes and the fallback event date (the article's
// publication date); it may be zero. The events carry all modalities; see
// Event.Modality. ArticleID and ID are left for the caller to fill in.
func (c *Coder) CodeDoc(doc *nlp.Doc, date time.Time) []dyad.Event {
	if doc == nil {
		return nil
	}
	keys := make([][]string, len(doc.Sentences))
	for i := range doc.Sentences {
		keys[i] = actor.Keys(&doc.Sentences[i])
		if _, story := c.discards.find(keys[i]); story {
			return nil
		}
	}
	ms := make([][]actor.Mention, len(doc.Sentences))
	for i := range doc.Sentences {
		if found, _ := c.discards.find(keys[i]); !found {
			ms[i] = c.actors.FindKeys(&doc.Sentences[i], keys[i], doc.Text, date)
		}
	}
	if len(ms) > 0 {
		// "SEOUL (AFP) - Russia ...": the place of the dateline is no actor.
		if end := dateline(&doc.Sentences[0], keys[0]); end > 0 {
			ms[0] = slices.DeleteFunc(ms[0], func(m actor.Mention) bool { return m.Tok[0] < end })
		}
	}
	if c.opts.Coreference {
		// "Somaliland's President Amina Warsame ... Warsame said".
		actor.People(doc.Sentences, keys, ms, doc.Text)
	}
	dc := &docContext{}
	if c.opts.ImplicitTargets {
		dc.countStates(ms)
	}
	var out []dyad.Event
	for i := range doc.Sentences {
		out = c.codeSentence(doc, i, keys[i], ms[i], dc, date, out)
	}
	return out
}

// dateline returns the number of tokens of a news dateline at the start
// of a sentence ("SEOUL (AFP) -", "Seoul, June 19 (IANS)", "WASHINGTON --"),
// or 0.
func dateline(s *nlp.Sentence, keys []string) int {
	n := min(len(keys), 14)
	for i := 1; i < n; i++ {
		switch keys[i] {
		case ")":
			// An agency in brackets: "(AFP)", "(dpa/GNA)".
			open := -1
			for j := i - 1; j >= 0 && j >= i-5; j-- {
				if keys[j] == "(" {
					open = j
					break
				}
			}
			if open > 0 && !hasLower(s.Tokens[:open]) {
				end := i + 1
				if end < len(keys) && isDash(keys[end]) {
					end++
				}
				return end
			}
		case "-", "--", "–", "—", ":":
			// An upper-case place before a dash, perhaps with its country:
			// "WASHINGTON --", "GONDOR CITY, Gondor –".
			if isDash(keys[i]) || keys[i] == ":" {
				caps, comma := true, false
				for j, t := range s.Tokens[:i] {
					switch {
					case t.Form == ",":
						comma = true
					case comma && j > 0 && isCapitalised(t.Form):
					default:
						caps = caps && isCapsWord(t.Form)
					}
				}
				if caps && i <= 5 {
					return i + 1
				}
			}
		}
	}
	return 0
}

// hasLower reports whether a word among toks starts with a lower-case
// letter: "The Philippines and the European Union (EU)" is no dateline.
func hasLower(toks []nlp.Token) bool {
	for _, t := range toks {
		if f := t.Form; f != "" && f[0] >= 'a' && f[0] <= 'z' {
			return true
		}
	}
	return false
}

func isDash(k string) bool {
	switch k {
	case "-", "--", "–", "—":
		return true
	}
	return false
}

// isCapitalised reports whether a word starts with a capital letter.
func isCapitalised(k string) bool { return k != "" && k[0] >= 'A' && k[0] <= 'Z' }

// isCapsWord reports whether a word is written all in capitals.
func isCapsWord(k string) bool {
	for _, r := range k {
		if (r < 'A' || r > 'Z') && r != '.' && r != '\'' {
			return false
		}
	}
	return k != ""
}

// docContext is what coding a sentence may know of its article.
type docContext struct {
	states []actor.Mention   // one mention per state named in the article, most named first
	last   []actor.Mention   // the subject of the last sentence that had a named one
	pairs  [][]actor.Mention // the two states of each sentence that had two, latest last, for "both countries"
	recog  tally             // the targets of the recognitions coded so far
	oppose tally             // the targets of breaks and condemnations coded so far
}

// tally counts the states that were targets of some kind of event.
type tally struct {
	ms []actor.Mention // one per state, as first seen
	n  map[string]int
}

func (ta *tally) add(m actor.Mention) {
	if m.Country == "" {
		return
	}
	if ta.n == nil {
		ta.n = map[string]int{}
	}
	if ta.n[m.Country] == 0 {
		m.Code, m.Sector, m.Agent = m.Country, "", ""
		ta.ms = append(ta.ms, m)
	}
	ta.n[m.Country]++
}

// top returns the state counted most often, other than those of not.
func (ta *tally) top(not []string) (actor.Mention, bool) {
	best, n := actor.Mention{}, 0
	for _, m := range ta.ms {
		if !slices.Contains(not, m.Country) && ta.n[m.Country] > n {
			best, n = m, ta.n[m.Country]
		}
	}
	return best, n > 0
}

// noteTargets keeps the states recognised, and those turned against
// (16x, 11x), in the asserted events of a sentence.
func (dc *docContext) noteTargets(st *sent, evs []coded) {
	for _, e := range evs {
		if e.modality != dyad.ModalityAsserted {
			continue
		}
		switch {
		case e.code == "054":
			dc.recog.add(st.ms[e.tgt])
		case strings.HasPrefix(e.code, "16") || strings.HasPrefix(e.code, "11"):
			dc.oppose.add(st.ms[e.tgt])
		}
	}
}

// recognised returns the state most often recognised so far in the
// article, other than those of not.
func (dc *docContext) recognised(not []string) (actor.Mention, bool) {
	if dc == nil {
		return actor.Mention{}, false
	}
	return dc.recog.top(not)
}

// opposed returns the state most often turned against so far in the
// article, other than those of not.
func (dc *docContext) opposed(not []string) (actor.Mention, bool) {
	if dc == nil {
		return actor.Mention{}, false
	}
	return dc.oppose.top(not)
}

// countStates ranks the states named in the article by their mentions.
func (dc *docContext) countStates(ms [][]actor.Mention) {
	n := map[string]int{}
	first := map[string]actor.Mention{}
	for _, sm := range ms {
		for _, m := range sm {
			if m.Kind != actor.Named || !cameo.IsCountry(m.Country) {
				continue
			}
			if n[m.Country] == 0 {
				first[m.Country] = m
			}
			n[m.Country]++
		}
	}
	for c, m := range first {
		m.Code, m.Sector, m.Agent = c, "", ""
		dc.states = append(dc.states, m)
	}
	sort.Slice(dc.states, func(i, j int) bool {
		a, b := dc.states[i], dc.states[j]
		if n[a.Country] != n[b.Country] {
			return n[a.Country] > n[b.Country]
		}
		return a.Span[0] < b.Span[0]
	})
}

// salient returns the most named state of the article other than those
// of not.
func (dc *docContext) salient(not []string) (actor.Mention, bool) {
	if dc == nil {
		return actor.Mention{}, false
	}
	for _, m := range dc.states {
		if !slices.Contains(not, m.Country) {
			return m, true
		}
	}
	return actor.Mention{}, false
}

// CodeSentence codes sentence i of doc alone (discards of the whole story
// are not checked, and the rest of the article is not looked at).
func (c *Coder) CodeSentence(doc *nlp.Doc, i int, date time.Time) []dyad.Event {
	s := &doc.Sentences[i]
	keys := actor.Keys(s)
	if found, _ := c.discards.find(keys); found {
		return nil
	}
	return c.codeSentence(doc, i, keys, c.actors.FindKeys(s, keys, doc.Text, date), nil, date, nil)
}

// coded is an event before it becomes a dyad.Event.
type coded struct {
	verb     int
	src, tgt int
	code     string
	modality dyad.Modality
	intent   bool // the statement of intent derived from a future act
	hearsay  bool // a future others expect ("X is expected to ..."), no intent of X's
	implicit bool // the target is the article's, not named in the sentence
	nominal  bool // named by a noun ("its war in Ukraine"), not a verb
	reverse  bool // the second code of a pair ("042:043"): what the target does
	// stance is the lemma of a verb that governs the act as its open
	// complement and makes a statement of it ("threatened to impose
	// sanctions", "refused to meet"; see stanceVerb), or ""; stanceVerb
	// is its token and stanceMod its modality.
	stance     string
	stanceVerb int
	stanceMod  dyad.Modality
}

func (c *Coder) codeSentence(doc *nlp.Doc, si int, keys []string, ms []actor.Mention, dc *docContext, date time.Time, out []dyad.Event) []dyad.Event {
	s := &doc.Sentences[si]
	refers := c.opts.Coreference && dc != nil && (len(dc.last) > 0 || len(dc.pairs) > 0)
	if len(s.Tokens) == 0 || (len(ms) == 0 && !refers) {
		// Without actors, a sentence may still refer to earlier ones:
		// "They agreed", "Both countries agreed".
		return out
	}
	t := newTree(s, keys)
	if c.opts.Shallow {
		t.repairConjoinedVerb(c.verbs.stem)
	}
	st := newSent(t, ms, doc.Text)
	st.shallow, st.petrarch = c.opts.LooseSubjects, c.opts.ClauseTargets
	if c.opts.Coreference && dc != nil {
		st.prev, st.pairs = dc.last, dc.pairs
	}
	var evs []coded
	for v := range t.toks {
		if t.parsed && c.opts.Shallow && !t.isVerb(v) && mistagged(t, st, v) {
			// "Nicaragua breaks diplomatic relations", "breaks" tagged a
			// noun: dyad's own patterns, read linearly.
			evs = c.codeMistagged(st, v, evs)
			continue
		}
		if t.parsed && !c.opts.Shallow && c.opts.LooseSubjects && !t.isVerb(v) && mistagged(t, st, v) && t.head[v] < 0 {
			// The same, as the root of the sentence, with every
			// pattern: "Ethiopia departs from Libya".
			if entries := c.verbs.lookup(t, v); len(entries) > 0 {
				evs = c.codeLinear(st, v, entries, evs)
			}
			continue
		}
		if t.parsed && c.opts.LooseSubjects && modalNonVerb(t, st, v) {
			// "Arnor will abandon improved relations", "abandon" tagged
			// an adverb: a verb after a modal, coded on its words.
			if entries := c.verbs.lookup(t, v); len(entries) > 0 {
				evs = c.codeLinear(st, v, entries, evs)
			}
			continue
		}
		if !t.isVerb(v) || (!t.parsed && !plausibleVerb(t, st, v)) {
			continue
		}
		switch t.base(v) {
		case "amod", "compound":
			if t.parsed && c.opts.LooseSubjects && modifiedVerb(t, st, v) {
				// "Russian police arrested students in Moscow", read as
				// a noun phrase: the verb, coded on its words.
				if entries := c.verbs.lookup(t, v); len(entries) > 0 {
					evs = c.codeLinear(st, v, entries, evs)
				}
			}
			continue
		case "aux", "cop", "case", "mark", "det", "fixed":
			continue
		}
		if c.opts.ImplicitTargets {
			var ok bool
			if evs, ok = c.codeSwitch(st, v, evs); ok {
				continue
			}
		}
		if t.parsed {
			var ok bool
			if evs, ok = c.codeNaming(st, v, evs); ok {
				continue
			}
		}
		entries := c.verbs.lookup(t, v)
		if len(entries) == 0 && v+1 < len(t.toks) && !t.isVerb(v+1) {
			// "will not wire tap the links", "tap" read as the noun
			// object of "wire": a verb of several words whose head
			// word follows.
			entries = c.verbs.lookupAfter(t, v+1)
		}
		if len(entries) == 0 {
			continue
		}
		evs = c.codeVerb(st, v, entries, dc, evs)
	}
	if c.opts.ClauseTargets && t.parsed {
		evs = absorbComplements(t, evs)
	}
	if c.opts.Nominals {
		evs = c.codeNominals(st, evs)
	}
	if c.opts.Coreference && dc != nil && t.parsed {
		dc.remember(st, evs)
	}
	if c.opts.ImplicitTargets && dc != nil {
		dc.noteTargets(st, evs)
	}
	return c.emit(doc, si, st, evs, date, out)
}

// absorbComplements drops, as PETRARCH does, the events of a clausal
// complement that follows its coded governing verb: "Arnor urged Rohan to answer
// Gondor" is Arnor's appeal to Rohan, and "Arnor noted that Rohan
// regretted ..." is Arnor's comment on Rohan.
func absorbComplements(t *tree, evs []coded) []coded {
	if len(evs) < 2 {
		return evs
	}
	done := map[int]bool{}
	for _, e := range evs {
		done[e.verb] = true
	}
	return slices.DeleteFunc(evs, func(e coded) bool {
		switch t.base(e.verb) {
		case "xcomp", "ccomp":
			// Not "Arnor signed an accord, officials said": a report
			// that follows what it reports leaves it alone.
			return t.head[e.verb] < e.verb && done[t.head[e.verb]]
		case "acl":
			// "urged Rohan to answer", the clause read as the object's.
			if h := t.head[e.verb]; h >= 0 && t.rel(h) == "obj" && markOf(t, e.verb) == "TO" {
				p := t.head[h]
				return p >= 0 && p < e.verb && objectControl[t.lemmas[p]] && done[p]
			}
		}
		return false
	})
}

// remember keeps the named subject of the sentence's main clause and,
// for "both countries" later on, the two states of the sentence's last
// clause that names two: a compound subject ("Chad and Laos signed
// ...", "while Chile and Colombia are reviewing ...") or the source and
// target of an event ("Chad signed a deal with Laos").
func (dc *docContext) remember(st *sent, evs []coded) {
	t := st.t
	var pair []actor.Mention
	at := -1 // the verb of pair
	for v, h := range t.head {
		if h == -1 {
			var named []actor.Mention
			for _, m := range st.sources(v) {
				if st.ms[m].Country != "" {
					named = append(named, reference(st.ms[m]))
				}
			}
			if len(named) > 0 {
				dc.last = named
			}
		}
		if !t.isVerb(v) || v <= at {
			continue
		}
		srcs := st.sources(v)
		if slices.ContainsFunc(srcs, func(m int) bool { return st.refs[m] }) {
			continue // "both countries" themselves name no new pair
		}
		var named []actor.Mention
		for _, m := range srcs {
			named = append(named, reference(st.ms[m]))
		}
		if p := twoStates(named); p != nil {
			pair, at = p, v
		}
	}
	for _, e := range evs {
		if e.implicit || e.nominal || st.refs[e.src] || st.refs[e.tgt] || e.verb < at {
			// A target guessed from the article, an act named in
			// passing ("for its war in Ukraine"), or "both countries"
			// themselves name no new pair.
			continue
		}
		if p := twoStates([]actor.Mention{reference(st.ms[e.src]), reference(st.ms[e.tgt])}); p != nil && (e.verb > at || pair == nil) {
			pair, at = p, e.verb
		}
	}
	if pair != nil {
		dc.pairs = append(dc.pairs, pair)
	}
}

// reference returns mention m as a reference to it from another
// sentence: its code without its words.
func reference(m actor.Mention) actor.Mention {
	m.Span = [2]int{m.Span[0], m.Span[0]}
	return m
}

// twoStates returns the first two mentions of ms that name different
// states (or organisations), or nil.
func twoStates(ms []actor.Mention) []actor.Mention {
	for i, a := range ms {
		if a.Country == "" {
			continue
		}
		for _, b := range ms[i+1:] {
			if b.Country != "" && b.Country != a.Country {
				return []actor.Mention{a, b}
			}
		}
	}
	return nil
}

// codeVerb codes predicate v whose verb entries are given.
func (c *Coder) codeVerb(st *sent, v int, entries []verbEntry, dc *docContext, evs []coded) []coded {
	t := st.t
	if t.parsed && st.joinsAct(v) {
		return evs // the act joined in is coded, not the joining
	}
	f := c.frameOf(st, v, !t.parsed, false)
	code, b := c.choose(entries, f, false)
	if b.prio == 0 && t.parsed && c.opts.Shallow && c.hasSupplement(entries) {
		// Only dyad's own patterns are trusted on a wider frame: the
		// verb's clause with its open complement ("asked the diplomats to
		// leave"), then, failing any match, the words around the verb.
		if lc, lb := c.choose(entries, c.frameOf(st, v, false, true), true); lb.score >= 0 && lb.prio > 0 {
			code, b = lc, lb
		} else if b.score < 0 {
			if lc, lb := c.choose(entries, c.frameOf(st, v, true, false), true); lb.score >= 0 && lb.prio > 0 {
				code, b = lc, lb
			}
		}
	}
	if code == "" || strings.HasPrefix(code, "---") {
		return evs
	}
	if c.opts.ImplicitTargets && t.parsed && b.score == 0 && strings.HasPrefix(code, "19") && aimVerbs[t.lemmas[v]] && civilAim(st, v) {
		// "targeted Gondor to win votes": only the verb's default says
		// force, nothing in its clause is military and it has a civil
		// aim.
		return evs
	}
	var srcs, tgts []int
	if t.parsed {
		srcs, tgts = st.sources(v), st.targets(v)
		if len(tgts) == 0 && c.opts.ClauseTargets {
			tgts = st.clauseTargets(v)
		}
		if c.opts.Shallow && b.score > 0 && (len(srcs) == 0 || len(tgts) == 0) && !strings.HasPrefix(t.rel(v), "acl") {
			ls, lt := linearArgs(st, v)
			if len(srcs) == 0 && !hasSubject(t, v) {
				srcs = ls
			}
			if len(tgts) == 0 {
				// Not what a gathering is about: "will attend a
				// conference on Gondor".
				tgts = slices.DeleteFunc(lt, st.aboutOccasion)
			}
		}
	} else {
		srcs, tgts = linearArgs(st, v)
	}
	if c.opts.Coreference && len(st.prev) == 1 {
		// "the government recognises ...": the government of the state
		// last named as a subject.
		for i, m := range srcs {
			if mm := st.ms[m]; mm.Kind == actor.Role && mm.Country == "" && !mm.Prefix() && definite(t, mm.Tok[0]) {
				st.ms = append(st.ms, withRole(st.prev[0], st.ms[m], st.text))
				srcs[i] = len(st.ms) - 1
			}
		}
		if k := theCountry(t, v); len(srcs) == 0 && k >= 0 && st.prev[0].Country != "" {
			// "The country called for a ceasefire": the state last
			// named as a subject.
			m := reference(st.prev[0])
			m.Code, m.Sector, m.Agent = m.Country, "", ""
			m.Tok, m.Span = [2]int{k, k + 1}, [2]int{t.toks[k].Start, t.toks[k].Start}
			st.ms = append(st.ms, m)
			srcs = []int{len(st.ms) - 1}
		}
	}
	if t.parsed && len(tgts) == 0 && c.opts.ImplicitTargets {
		// "expelled two Rohirric diplomats, accusing them of spying":
		// a pronoun object stands for the target of the clause above.
		tgts = st.pronounTargets(v)
	}
	if t.parsed && len(tgts) == 0 && c.opts.DeepTargets {
		tgts = st.deepTargets(v, srcs)
	}
	if t.parsed && len(srcs) == 0 && len(tgts) > 0 && c.opts.ClauseTargets && c.opts.AdverbPatterns && t.passive(v) && !hasAgent(t, v) {
		// TABARI and PETRARCH 1 read a passive without agent as they
		// read any clause: the actor before the verb acts on the one
		// after it ("The Philippines was criticized over its dispute
		// with Eriador").
		if alt := st.deepTargets(v, tgts); len(alt) > 0 {
			srcs, tgts = tgts, alt
		}
	}
	if t.parsed && len(srcs) == 0 && c.opts.PassiveSource && t.passive(v) {
		srcs = st.passiveSource(v, tgts)
	}
	if t.parsed && len(srcs) > 0 && !joinVerbs[t.lemmas[v]] {
		srcs = st.joining(v, srcs)
	}
	if t.parsed && len(srcs) > 0 && len(tgts) > 0 && st.sameCountries(srcs, tgts) {
		// "Moscow will host talks on Afghanistan": the state that names
		// the talks is the host, the one they are about the target.
		if alt := st.otherTargets(v, srcs); len(alt) > 0 {
			tgts = alt
		}
	}
	srcs, tgts = collapse(st, srcs), collapse(st, tgts)
	if b.source >= 0 {
		srcs = []int{b.source}
	}
	if b.target >= 0 {
		tgts = []int{b.target}
		if p := t.head[v]; b.source < 0 && t.parsed && len(srcs) == 1 && srcs[0] == b.target && p >= 0 && t.isVerb(p) {
			// "Gondor noted that Mordor regretted ..." (NOTED + *): the
			// pattern makes the subject the target; the source is the
			// subject of the verb above.
			srcs = collapse(st, st.sources(p))
		}
	}
	fwd, rev := dict.SplitCode(code)
	if t.parsed && strings.HasPrefix(fwd, "01") && duringMeeting(t, f) {
		// "X told Y ... during a meeting in Kabul": they met.
		fwd, rev = "040", ""
	}
	if c.opts.ImplicitTargets && t.parsed && fwd == "010" && rev == "" && orderVerbs[t.lemmas[v]] && hasAddressee(t, v) && toComplement(t, v) {
		// "told Rohan to withdraw its troops": a demand, not a statement.
		fwd = "100"
	}
	if c.opts.ImplicitTargets && strings.HasPrefix(fwd, "14") && t.lemmas[v] == "PROTEST" && len(srcs) > 0 &&
		!slices.ContainsFunc(srcs, func(m int) bool { return !officialActor(t, st.ms[m]) }) {
		// "the foreign ministry protested the decision": a government
		// complains officially; crowds demonstrate.
		fwd = "114"
	}
	if c.opts.ImplicitTargets && t.parsed && fwd == "036" && t.lemmas[v] == "MEET" && pastTense(t, v) && modality(t, v) == dyad.ModalityAsserted {
		// "met Rohan's king at the summit" (MEET * (AT), an intent to
		// meet): a meeting that took place is no intent of one.
		fwd = "040"
		if rev == "036" {
			rev = "040"
		}
	}
	if c.opts.ImplicitTargets && b.target < 0 {
		// News mode: a bare role ("recalled their ambassadors") is no
		// target, nor is the place where something was said.
		tgts = slices.DeleteFunc(tgts, func(m int) bool {
			return st.ms[m].Country == "" || (strings.HasPrefix(fwd, "01") && st.viaPlace(v, m)) ||
				(placeless(fwd) && st.viaIn(v, m)) || (helping(fwd) && st.viaCase(v, m, "AGAINST"))
		})
	}
	if t.parsed && b.target < 0 && (t.lemmas[v] == "VISIT" || t.lemmas[v] == "TOUR") {
		// "visited the cathedral with the king of Rohan": who comes
		// along is not who is visited.
		tgts = slices.DeleteFunc(tgts, func(m int) bool { return st.viaCase(v, m, "WITH") })
	}
	if t.parsed && cooperative(fwd) {
		// "deployed soldiers near Rohan" is no military aid to Rohan.
		tgts = slices.DeleteFunc(tgts, func(m int) bool { return st.posture[m] })
	}
	implicit := false
	if len(tgts) == 0 && len(srcs) > 0 && c.opts.ImplicitTargets &&
		((strings.HasPrefix(fwd, "16") && (!t.parsed || hasObj(t, v))) || fwd == "0256" || fwd == "1056" || (fwd == "054" && t.parsed && recognitionObj(t, v)) ||
			((fwd == "051" || strings.HasPrefix(fwd, "11")) && t.parsed && hasObj(t, v))) {
		// Not one of the sources' own states: "Both governments
		// condemned the attack" is no condemnation of either.
		var not []string
		for _, s := range srcs {
			not = append(not, st.ms[s].Country)
		}
		// Nor a state the clause names as the topic of the reason for
		// the act ("approved sanctions over the Rohan war").
		not = append(not, st.topics(f.after)...)
		m, ok := dc.salient(not)
		switch {
		case fwd == "054":
			// Recognition of the state the article has seen recognised.
			m, ok = dc.recognised(not)
		case fwd != "051":
			// A break, a condemnation, a call for a ceasefire: aimed
			// at the state the article has seen others turn against.
			if a, found := dc.opposed(not); found {
				m, ok = a, true
			}
		}
		if ok {
			m.Span = [2]int{t.toks[v].Start, t.toks[v].End}
			st.ms = append(st.ms, m)
			tgts = []int{len(st.ms) - 1}
			implicit = true
		}
	}
	if t.parsed && c.opts.NewActorLength > 0 && b.source < 0 && b.target < 0 {
		srcs, tgts = st.newActors(v, srcs, tgts, c.opts.NewActorLength)
	}
	if c.opts.MissingActors && rev == "" && (len(srcs) == 0) != (len(tgts) == 0) &&
		!(len(tgts) == 0 && len(srcs) >= 2 && reciprocalVerbs[t.lemmas[v]] && mutual(fwd)) &&
		!(len(tgts) == 0 && len(srcs) >= 2 && !c.opts.ImplicitTargets) {
		// PETRARCH's require_dyad = false: the missing actor is "---".
		m := st.missing(v)
		if len(srcs) == 0 {
			srcs = []int{m}
		} else {
			tgts = []int{m}
		}
	}
	mod := modality(t, v)
	hearsay := t.parsed && (expectedOf(t, v) || (c.opts.Intent && st.toldByOther(v, srcs)))
	stance, sv, sm := "", -1, dyad.ModalityAsserted
	if t.parsed {
		if p := stanceVerb(t, v); p >= 0 {
			stance, sv, sm = t.lemmas[p], p, modality(t, p)
		}
	}
	add := func(s, g int, code string, reverse bool) {
		if code == "" || code == "---" || s == g || s < 0 || g < 0 {
			return
		}
		if st.ms[s].Code == st.ms[g].Code {
			return
		}
		if c.opts.ImplicitTargets && st.ms[s].Country != "" && st.ms[s].Country == st.ms[g].Country {
			return // one state's officials with each other: never international
		}
		evs = append(evs, coded{verb: v, src: s, tgt: g, code: code, modality: mod, hearsay: hearsay, implicit: implicit,
			reverse: reverse, stance: stance, stanceVerb: sv, stanceMod: sm})
	}
	if (reciprocalVerbs[t.lemmas[v]] || mutualSubject(t, v)) && t.parsed && b.target < 0 && (len(srcs) >= 2 || meeting(fwd)) {
		// "X and Y held talks in Pyongyang", "X's officials met in
		// Geneva", "talks between X and Y resumed in Geneva": the place
		// of a meeting is no party to it (but "held drills near Rohan"
		// are aimed at Rohan).
		tgts = slices.DeleteFunc(tgts, func(m int) bool { return st.atPlace(v, m) && !st.hosted[m] })
	}
	if len(tgts) == 0 && len(srcs) >= 2 && ((reciprocalVerbs[t.lemmas[v]] && (mutual(fwd) || rev != "")) || !c.opts.ImplicitTargets) {
		// A joint act of a compound subject: "Gondor and Rohan met".
		for _, a := range srcs {
			for _, g := range srcs {
				add(a, g, fwd, false)
			}
		}
		return evs
	}
	for _, a := range srcs {
		for _, g := range tgts {
			add(a, g, fwd, false)
			if c.opts.Intent && strings.HasPrefix(rev, "03") {
				// "X will host talks with Y" [036:036]: an intent is
				// its subject's alone; the target states none.
				continue
			}
			add(g, a, rev, true)
		}
	}
	return evs
}

// mistagged reports whether token v, tagged a noun, may be a verb in the
// third person: a lower-case word ending in -s after an actor or a noun,
// not after a determiner or an adjective.
func mistagged(t *tree, st *sent, v int) bool {
	tk := &t.toks[v]
	if tk.UPOS != "NOUN" || v == 0 || !strings.HasSuffix(tk.Form, "s") || tk.Form[0] < 'a' || tk.Form[0] > 'z' {
		return false
	}
	switch t.toks[v-1].UPOS {
	case "DET", "ADJ", "ADP", "NUM", "PRON", "VERB", "AUX":
		return false
	}
	return st.at[v-1] >= 0 || t.toks[v-1].UPOS == "PROPN"
}

// codeMistagged codes a verb the tagger took for a noun with dyad's own
// patterns on the words around it, and the actors before and after it.
func (c *Coder) codeMistagged(st *sent, v int, evs []coded) []coded {
	entries := c.verbs.lookup(st.t, v)
	if len(entries) == 0 || !c.hasSupplement(entries) {
		return evs
	}
	code, b := c.choose(entries, c.frameOf(st, v, true, false), true)
	if b.prio == 0 || b.score <= 0 || code == "" || strings.HasPrefix(code, "---") {
		return evs
	}
	srcs, tgts := linearArgs(st, v)
	if b.source >= 0 {
		srcs = []int{b.source}
	}
	if b.target >= 0 {
		tgts = []int{b.target}
	}
	fwd, rev := dict.SplitCode(code)
	mod := linearModality(st.t, v)
	for _, s := range collapse(st, srcs) {
		for _, g := range collapse(st, tgts) {
			if st.ms[s].Country == "" || st.ms[s].Country == st.ms[g].Country {
				continue
			}
			evs = append(evs, coded{verb: v, src: s, tgt: g, code: fwd, modality: mod})
			if rev != "" && rev != "---" {
				evs = append(evs, coded{verb: v, src: g, tgt: s, code: rev, modality: mod})
			}
		}
	}
	return evs
}

// modifiedVerb reports whether verb v, parsed as the modifier of a
// noun, is the main verb of a sentence the parser read without one: it
// follows an actor (directly, or after a time expression or an adverb of
// its own) and the root is neither a verb nor a
// predicate with a copula ("Russian police arrested students in Moscow
// today", rooted at "today").
func modifiedVerb(t *tree, st *sent, v int) bool {
	if v == 0 || t.toks[v].UPOS != "VERB" {
		return false
	}
	// The actor may stand a time expression or an adverb away: "North
	// Korea on Monday fired missiles", "Gondor last week imposed
	// sanctions", "Rohan also imposed ...".
	k := v - 1
	for k > 0 && st.at[k] < 0 && v-k <= 5 && (st.timeTok(k) || (t.toks[k].UPOS == "ADV" && t.head[k] == v)) {
		k--
	}
	if st.at[k] < 0 {
		return false
	}
	switch t.toks[v].XPOS {
	case "VBD", "VBN", "VBZ", "VBP":
	default:
		return false
	}
	for k, h := range t.head {
		if h < 0 {
			return (!t.isVerb(k) || st.at[k] >= 0) && !t.hasKidRel(k, "cop")
		}
	}
	return false
}

// modalNonVerb reports whether token v, which the tagger took for no
// verb, stands where only a verb can: right after a modal ("will
// abandon"), or as a root noun with an auxiliary ("did not clash"),
// written in lower case, and not an adverb in -ly or a negation.
func modalNonVerb(t *tree, st *sent, v int) bool {
	tk := &t.toks[v]
	switch tk.UPOS {
	case "ADV", "ADJ", "NOUN", "ADP", "PROPN":
	default:
		return false
	}
	if v == 0 || st.at[v] >= 0 || tk.Form == "" || tk.Form[0] < 'a' || tk.Form[0] > 'z' ||
		strings.HasSuffix(t.keys[v], "LY") || negators[t.keys[v]] {
		return false
	}
	switch t.keys[v-1] {
	case "WILL", "WOULD", "CAN", "COULD", "MAY", "MIGHT", "SHALL", "SHOULD", "MUST":
		return t.toks[v-1].UPOS == "AUX"
	}
	if t.head[v] < 0 && tk.UPOS == "NOUN" {
		// "did not even ever clash over ...", "clash" the root noun
		// with an auxiliary of its own.
		for _, k := range t.kids[v] {
			if t.base(k) == "aux" && k < v && t.toks[k].UPOS == "AUX" {
				return true
			}
		}
	}
	return false
}

// codeLinear codes verb v as TABARI did, on the words of its clause
// between punctuation, with the actors before and after it.
func (c *Coder) codeLinear(st *sent, v int, entries []verbEntry, evs []coded) []coded {
	code, b := c.choose(entries, c.frameOf(st, v, true, false), false)
	if code == "" || strings.HasPrefix(code, "---") {
		return evs
	}
	srcs, tgts := linearArgs(st, v)
	if b.source >= 0 {
		srcs = []int{b.source}
	}
	if b.target >= 0 {
		tgts = []int{b.target}
	}
	fwd, rev := dict.SplitCode(code)
	mod := linearModality(st.t, v)
	srcs = collapse(st, srcs)
	if t := st.t; t.parsed && reciprocalVerbs[t.lemmas[v]] && b.target < 0 && (len(srcs) >= 2 || meeting(fwd)) {
		// "Arnorian and Gondorian officials held talks in Bree", read
		// as a noun phrase: the place is no party, the two meet.
		tgts = slices.DeleteFunc(tgts, func(m int) bool { return st.atPlace(v, m) })
		if len(tgts) == 0 && len(srcs) >= 2 && (mutual(fwd) || rev != "") && c.opts.ImplicitTargets {
			tgts = srcs
		}
	}
	for _, s := range srcs {
		for _, g := range collapse(st, tgts) {
			if st.ms[s].Code == st.ms[g].Code || (st.ms[s].Country != "" && st.ms[s].Country == st.ms[g].Country) {
				continue
			}
			evs = append(evs, coded{verb: v, src: s, tgt: g, code: fwd, modality: mod})
			if rev != "" && rev != "---" {
				evs = append(evs, coded{verb: v, src: g, tgt: s, code: rev, modality: mod})
			}
		}
	}
	return evs
}

// expectedOf reports whether clause v is what others expect of its
// subject ("X is expected to recognise"), not what X announced.
func expectedOf(t *tree, v int) bool {
	for depth, c := 0, v; depth < 3 && t.base(c) == "xcomp"; depth++ {
		p := t.head[c]
		if p < 0 {
			return false
		}
		switch t.lemmas[p] {
		case "EXPECT", "BELIEVE", "THINK", "REPORT", "SAY", "RUMOR", "RUMOUR", "TIP", "SEE":
			if t.passive(p) {
				return true
			}
		case "LIKELY", "UNLIKELY":
			return true
		}
		c = p
	}
	return false
}

// toldByOther reports whether clause v, of sources srcs, is what actors
// of other states say of them ("an adviser to Arnor's king said that
// Gondor and Rohan plan to recognise ..."): their plans as another
// reports them, no statement of intent of theirs.
func (s *sent) toldByOther(v int, srcs []int) bool {
	t := s.t
	for depth, c := 0, v; depth < 4; depth++ {
		p := t.head[c]
		if p < 0 {
			return false
		}
		switch t.base(c) {
		case "xcomp", "conj":
			c = p
			continue
		case "ccomp":
		default:
			return false
		}
		if !speechVerbs[t.lemmas[p]] {
			return false
		}
		speakers := s.sources(p)
		if len(speakers) == 0 {
			// The subject lost to the parser ("an adviser to Arnor's
			// king said"): the actors before the verb in its clause.
			in := t.subtree(c, nil, nil)
			for _, k := range t.subtree(p, nil, nil) {
				if k < p && s.at[k] >= 0 && !slices.Contains(in, k) && !slices.Contains(speakers, s.at[k]) {
					speakers = append(speakers, s.at[k])
				}
			}
		}
		if len(speakers) == 0 {
			return false
		}
		for _, m := range speakers {
			sc := s.ms[m].Country
			if sc == "" {
				return false
			}
			for _, a := range srcs {
				if s.ms[a].Country == sc {
					return false
				}
			}
		}
		return true
	}
	return false
}

// recognitionObj reports whether verb v's object names recognition
// ("declared recognition", "extended formal recognition"), whose state is
// then the one the article is about.
func recognitionObj(t *tree, v int) bool {
	for _, k := range t.kids[v] {
		if t.rel(k) == "obj" {
			switch t.lemmas[k] {
			case "RECOGNITION", "STATEHOOD":
				return true
			}
		}
	}
	return false
}

// placeless reports whether an act of code is not aimed at the place
// where it happens: a statement, an appeal, a condemnation ("condemned
// the deaths of civilians in Gaza").
func placeless(code string) bool {
	for _, p := range []string{"02", "11", "12"} {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// pastTense reports whether verb v is in a past tense: "met", "has met".
func pastTense(t *tree, v int) bool {
	switch t.toks[v].XPOS {
	case "VBD":
		return true
	case "VBN":
		return hasAux(t, v, "HAS", "HAVE", "HAD", "'VE", "'S")
	}
	return false
}

// mutual reports whether an act of code can be one that the members of a
// compound subject do to one another: not a statement, an appeal, a
// complaint or a threat, which are addressed to others ("Gondor and Rohan
// spoke out against the coup"). (A code the dictionary pairs with a
// reverse, "exchanged accusations" [112:112], is mutual whatever it is;
// the callers see to that.)
func mutual(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "01", "02", "09", "10", "11", "12", "13", "14":
		return false
	}
	return true
}

// meeting reports whether code is of cooperation, consultation
// included: roots 03 to 08.
func meeting(code string) bool {
	return cooperative(code) || strings.HasPrefix(code, "04")
}

// helping reports whether code is an act of help or goodwill toward its
// target (roots 03, 05, 06 and 07, but not sanctions eased, 035), whose
// target no phrase "against" names: "vowed to defend its islands against
// Gondor" is no aid to Gondor.
func helping(code string) bool {
	if len(code) < 2 || strings.HasPrefix(code, "035") {
		return false
	}
	switch code[:2] {
	case "03", "05", "06", "07":
		return true
	}
	return false
}

// cooperative reports whether code is of verbal or material
// cooperation short of consultation and statements: roots 03 and 05 to 08.
func cooperative(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "03", "05", "06", "07", "08":
		return true
	}
	return false
}

// duringMeeting reports whether the clause of frame f says it took place
// at a meeting ("during a meeting", "at talks").
func duringMeeting(t *tree, f *frame) bool {
	for _, toks := range [][]int{f.before, f.after} {
		for _, k := range toks {
			switch t.lemmas[k] {
			case "MEETING", "TALKS", "TALK", "SUMMIT":
				switch t.caseOf(k) {
				case "DURING", "AT":
					return true
				}
			}
		}
	}
	return false
}

// theCountry returns the subject of verb v if it is "the country" or
// "the nation" alone (no modifier but "the"), or -1. A participle that
// the parser hung from such a subject ("The country called for ...",
// read as "the country (that was) called") has it as its subject too.
func theCountry(t *tree, v int) int {
	k := -1
	for _, c := range t.kids[v] {
		if t.rel(c) == "nsubj" {
			k = c
		}
	}
	if k < 0 && t.rel(v) == "acl" && t.head[v] >= 0 && t.head[v] < v && !t.passive(v) {
		k = t.head[v]
	}
	if k < 0 || t.toks[k].XPOS != "NN" {
		return -1
	}
	switch t.lemmas[k] {
	case "COUNTRY", "NATION":
	default:
		return -1
	}
	the := false
	for _, c := range t.kids[k] {
		switch {
		case t.base(c) == "det" && t.keys[c] == "THE":
			the = true
		case c < v:
			return -1 // "the first country", "the Asian nation"
		}
	}
	if !the {
		return -1
	}
	// Only in the sentence's main clause: in reported speech "the
	// country" is as often the one accused ("The country is committing
	// crimes, the ministry said").
	c := v
	if t.head[k] != v {
		c = k // "The country called for ...", the noun made the root
		if t.head[k] >= 0 {
			c = t.head[k]
		}
	}
	for t.head[c] >= 0 && (t.base(c) == "conj" || t.base(c) == "xcomp") {
		c = t.head[c]
	}
	if t.head[c] >= 0 {
		return -1
	}
	for _, j := range t.kids[c] {
		if t.base(j) == "parataxis" {
			return -1 // "The country is attacking Gaza, the ministry said"
		}
	}
	return k
}

// definite reports whether the noun phrase ending before token k starts
// with "the": "the government", "the newly appointed ambassador".
func definite(t *tree, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch t.keys[j] {
		case "THE":
			return true
		case ",", ".", ";", ":", "A", "AN", "THEIR", "ITS":
			return false
		}
		if u := t.toks[j].UPOS; u == "VERB" && t.toks[j].XPOS != "VBN" && !strings.HasSuffix(t.keys[j], "ED") {
			return false
		}
	}
	return false
}

// reciprocalVerbs are acts that the members of a compound subject do to
// one another when no target is named: "Gondor and Rohan met". (In
// PETRARCH mode, without Options.ImplicitTargets, every act of a compound
// subject without a target is coded so, as PETRARCH does.)
var reciprocalVerbs = map[string]bool{
	"MEET": true, "TALK": true, "NEGOTIATE": true, "SIGN": true, "AGREE": true, "ESTABLISH": true,
	"RESTORE": true, "NORMALIZE": true, "NORMALISE": true, "CONFER": true, "DISCUSS": true,
	"COOPERATE": true, "EXCHANGE": true, "RESUME": true, "CONCLUDE": true, "INK": true, "HOLD": true,
	"REESTABLISH": true, "SETTLE": true, "RECONCILE": true, "CLASH": true, "FIGHT": true,
	"SPEAK": true, "PHONE": true, "TELEPHONE": true, "REACH": true, "SEAL": true, "CLINCH": true, "HAVE": true,
	"FORGE": true,
}

// frameOf builds the pattern frame of predicate v: the tokens of its own
// clause (not of clauses below it), split at the verb.
func (c *Coder) frameOf(st *sent, v int, linear, wide bool) *frame {
	t := st.t
	f := &frame{t: t, verb: v, mentionAt: st.at, synsets: c.verbs.synsets, members: c.verbs.members, compound: st.compound, npGap: maxNPGap, timeTok: st.timeTok}
	if c.opts.ClauseTargets && c.opts.AdverbPatterns {
		// TABARI's phrases ("REAL_PLEASANT") are words side by side,
		// each in the form written.
		f.npGap, f.formOnly = 0, true
	}
	var toks []int
	if !linear {
		toks = t.subtree(v, nil, func(k int) bool {
			if c.opts.ClauseTargets && !c.opts.AdverbPatterns && k < v && t.rel(k) == "advmod" && t.head[k] == v && !negators[t.keys[k]] {
				// PETRARCH 2 matches no adverb of the verb before it but
				// a negation ("was heavily criticised" is a plain
				// criticism).
				return true
			}
			if c.opts.ClauseTargets && c.opts.AdverbPatterns && t.base(k) == "acl" && !t.isVerb(t.head[k]) && !hasSubject(t, k) {
				// PETRARCH 1 sees the words of a noun's participle
				// ("assurances on cultural issues sent from Bree").
				return false
			}
			return t.clausal(k) && !(c.opts.ClauseTargets && (t.base(k) == "ccomp" || t.base(k) == "xcomp")) && !(wide && t.base(k) == "xcomp")
		})
		if p := t.head[v]; c.opts.ClauseTargets && c.opts.AdverbPatterns && t.base(v) == "conj" && p >= 0 && p < v && t.toks[p].UPOS == "ADV" {
			// "was heavily and unjustly criticized", parsed with the
			// first adverb as the head of the verb: PETRARCH 1 sees it
			// before the verb (HEAVILY UNJUSTLY *).
			toks = append(toks, p)
		}
		if p := governing(t, v); c.opts.ClauseTargets && c.opts.AdverbPatterns && p >= 0 {
			// PETRARCH 1 matches the verb that governs a complement
			// before it, with its auxiliaries and adverbs: "indicated it
			// would act" (INDICATED WOULD *), "unexpectedly won't try to
			// clash" (UNEXPECTEDLY &NEGATVAUXVRB *), "is inching nearer
			// to accord" (INCHING &ACCORDSYN *).
			for k := t.head[v]; k != p; k = t.head[k] {
				toks = append(toks, k)
			}
			toks = append(toks, p)
			for _, k := range t.kids[p] {
				switch t.base(k) {
				case "aux", "advmod":
					if k < p {
						toks = append(toks, k)
					}
				case "nsubj":
					// The subject an open complement shares: "Mordor
					// will be hosting Osgiliath to celebrate" (+
					// HOSTING * TABASKI).
					if k < p && t.base(v) == "xcomp" {
						toks = t.subtree(k, toks, func(j int) bool { return t.clausal(j) })
					}
				}
			}
		}
		sort.Ints(toks)
	} else {
		lo, hi := v, v
		for lo > 0 && !clauseBreak(t.keys[lo-1]) {
			lo--
		}
		for hi < len(t.toks)-1 && !clauseBreak(t.keys[hi+1]) {
			hi++
		}
		for k := lo; k <= hi; k++ {
			toks = append(toks, k)
		}
	}
	// In news mode a passive's subject is read where an active clause
	// has its object: "sanctions were imposed on Gondor" matches "-
	// * SANCTIONS".
	var patient []int
	if !linear && !c.opts.ClauseTargets && t.parsed && t.passive(v) {
		for _, k := range t.kids[v] {
			if t.rel(k) == "nsubj:pass" && k < v {
				patient = t.subtree(k, patient, func(j int) bool { return t.clausal(j) })
			}
		}
		sort.Ints(patient)
		f.after = append(f.after, patient...)
	}
	for _, k := range toks {
		switch {
		case k < v && !slices.Contains(patient, k):
			f.before = append(f.before, k)
		case k > v:
			f.after = append(f.after, k)
		}
	}
	return f
}

// governing returns the verb before complement v that governs it,
// directly ("indicated it would act") or through the adjective or noun
// it completes ("is inching nearer to accord"), or -1.
func governing(t *tree, v int) int {
	if b := t.base(v); b != "ccomp" && b != "xcomp" {
		return -1
	}
	p := t.head[v]
	if p >= 0 && !t.isVerb(p) && (t.base(p) == "obj" || t.base(p) == "xcomp") {
		p = t.head[p]
	}
	if p < 0 || p > v || !t.isVerb(p) {
		return -1
	}
	return p
}

// plausibleVerb rules out, in an unparsed sentence, tokens that cannot be
// verbs: actor mentions, capitalised words inside the sentence, numbers
// and punctuation.
func plausibleVerb(t *tree, st *sent, v int) bool {
	if st.at[v] >= 0 {
		return false
	}
	f := t.toks[v].Form
	if f == "" {
		return false
	}
	if c := f[0]; c < 'a' || c > 'z' {
		return v == 0 && c >= 'A' && c <= 'Z'
	}
	return true
}

func clauseBreak(k string) bool {
	switch k {
	case ";", ":", "\"", "“", "”", "(", ")":
		return true
	}
	return false
}

// hasSupplement reports whether one of the entries is of a block of dyad's
// own supplement.
func (c *Coder) hasSupplement(entries []verbEntry) bool {
	for _, e := range entries {
		if c.verbs.blocks[e.block].priority > 0 {
			return true
		}
	}
	return false
}

// choose picks the code of the best matching pattern of the verb's blocks,
// or the verb's own code when none matches. The pattern with the most
// matched elements wins; on a tie, a later block (the dyad supplement)
// before an earlier one, and an earlier pattern before a later one. With
// supplementOnly, only the patterns of dyad's supplement are tried.
func (c *Coder) choose(entries []verbEntry, f *frame, supplementOnly bool) (string, binding) {
	best := binding{source: -1, target: -1, score: -1}
	bestCode := ""
	bestOrder, bestPrio := -1, -1
	defCode, defOrder := "", -1
	seen := map[int]bool{}
	for _, e := range entries {
		blk := &c.verbs.blocks[e.block]
		// The default: the latest block's code, a real code before the null one.
		if null := e.code == "---"; (null && defOrder < 0 && defCode == "") ||
			(!null && (blk.order > defOrder || defCode == "---")) {
			defCode = e.code
			if !null {
				defOrder = blk.order
			}
		}
		if seen[e.block] || (supplementOnly && blk.priority == 0) {
			continue
		}
		seen[e.block] = true
		for pi := range blk.patterns {
			p := &blk.patterns[pi]
			if !f.hasAnchors(blk.anchors[pi]) {
				continue
			}
			b, ok := f.match(p)
			if !ok {
				continue
			}
			if blk.priority > bestPrio || (blk.priority == bestPrio && (b.score > best.score ||
				(b.score == best.score && blk.order > bestOrder))) {
				best, bestCode, bestOrder, bestPrio = b, p.Code, blk.order, blk.priority
				best.prio = blk.priority
			}
		}
	}
	if bestCode != "" {
		return bestCode, best
	}
	return defCode, binding{source: -1, target: -1}
}

// linearArgs finds the source and target of verb v without a parse, as
// TABARI did: the nearest actor before the verb in its clause and the first
// one after it, past a role that only qualifies a noun ("artillery
// shells"), swapped for a passive with "by", each with the actors listed
// with it ("Spain, Ireland and Norway").
func linearArgs(st *sent, v int) (srcs, tgts []int) {
	t := st.t
	for k := v - 1; k >= 0; k-- {
		if clauseBreak(t.keys[k]) {
			break
		}
		if m := st.at[k]; m >= 0 {
			srcs = linearList(st, k, -1)
			break
		}
	}
	by := -1
	for k := v + 1; k < len(t.keys); k++ {
		if clauseBreak(t.keys[k]) {
			break
		}
		if t.keys[k] == "BY" && by < 0 {
			by = k
		}
		if m := st.at[k]; m >= 0 {
			if h := t.head[st.ms[m].Tok[1]-1]; t.parsed && h >= 0 && reasonPreps[t.caseOf(h)] && st.topicOnly(h) {
				// "sanctions over the Rohan war": the topic is no target.
				k = st.ms[m].Tok[1] - 1
				continue
			}
			if st.ms[m].Country == "" && len(tgts) == 0 && t.parsed && t.base(st.ms[m].Tok[1]-1) == "compound" {
				// "fired artillery shells into Rohan": a role of no
				// state that only qualifies a noun gives way to an
				// actor after it.
				tgts = linearList(st, k, +1)
				k = st.ms[m].Tok[1] - 1
				continue
			}
			tgts = linearList(st, k, +1)
			break
		}
	}
	if by >= 0 && len(tgts) > 0 && v > 0 && strings.HasSuffix(t.keys[v], "ED") {
		switch t.keys[v-1] {
		case "WAS", "WERE", "BEEN", "BE", "IS", "ARE", "BEING":
			srcs, tgts = tgts, srcs
		}
	}
	return srcs, tgts
}

// linearList returns the mention at token k and those listed with it in
// direction dir, joined by commas and "and".
func linearList(st *sent, k, dir int) []int {
	t := st.t
	m := st.at[k]
	out := []int{m}
	k0 := st.ms[m].Tok[0]
	k1 := st.ms[m].Tok[1] - 1
	for {
		var j int
		if dir < 0 {
			j = k0 - 1
		} else {
			j = k1 + 1
		}
		sawSep := false
		for j >= 0 && j < len(t.keys) && (t.keys[j] == "," || t.keys[j] == "AND" || t.keys[j] == "THE") {
			if t.keys[j] != "THE" {
				sawSep = true
			}
			j += dir
		}
		if !sawSep || j < 0 || j >= len(t.keys) || st.at[j] < 0 {
			return out
		}
		n := st.at[j]
		out = appendUniq(out, n)
		k0, k1 = st.ms[n].Tok[0], st.ms[n].Tok[1]-1
	}
}

// emit turns the coded events of a sentence into dyad.Events.
func (c *Coder) emit(doc *nlp.Doc, si int, st *sent, evs []coded, date time.Time, out []dyad.Event) []dyad.Event {
	if len(evs) == 0 {
		return out
	}
	s := &doc.Sentences[si]
	evidence := ""
	if s.Start >= 0 && s.End <= len(doc.Text) && s.Start <= s.End {
		evidence = doc.Text[s.Start:s.End]
	}
	day := ""
	if !date.IsZero() {
		day = date.Format("2006-01-02")
	}
	seen := map[[4]string]bool{}
	for _, e := range evs {
		for _, ev := range c.variants(e) {
			// An actor with several codes ("LORIEN [ELR/GAL]") keeps
			// them joined, as PETRARCH 2 does; TABARI and PETRARCH 1
			// code each (see Options.AdverbPatterns).
			for _, src := range c.codesOf(st.ms[ev.src]) {
				for _, tgt := range c.codesOf(st.ms[ev.tgt]) {
					out = c.emitOne(out, &seen, ev, src, tgt, s, si, st, evidence, day, date)
				}
			}
		}
	}
	return out
}

// codesOf returns mention m, or in PETRARCH 1 mode one mention for each
// of its codes when it has several ("FRO/BIL/SAM").
func (c *Coder) codesOf(m actor.Mention) []actor.Mention {
	if !c.opts.ClauseTargets || !c.opts.AdverbPatterns || !strings.Contains(m.Code, "/") {
		return []actor.Mention{m}
	}
	var out []actor.Mention
	for _, code := range strings.Split(m.Code, "/") {
		if code == "" {
			continue
		}
		n := m
		n.Code = code
		n.Country, n.Sector = actor.Split(code)
		out = append(out, n)
	}
	return out
}

// emitOne appends the dyad.Event of one coded event between src and tgt,
// unless the sentence already has it.
func (c *Coder) emitOne(out []dyad.Event, seen *map[[4]string]bool, ev coded, src, tgt actor.Mention, s *nlp.Sentence, si int,
	st *sent, evidence, day string, date time.Time) []dyad.Event {
	key := [4]string{src.Code, tgt.Code, ev.code, string(ev.modality)}
	if (*seen)[key] || src.Code == tgt.Code {
		return out
	}
	(*seen)[key] = true
	vt := &s.Tokens[ev.verb]
	lo := min(vt.Start, src.Span[0], tgt.Span[0])
	hi := max(vt.End, src.Span[1], tgt.Span[1])
	d := dyad.Event{
		Sentence: si, Span: [2]int{lo, hi},
		Source: dyadActor(src), Target: dyadActor(tgt),
		Modality: ev.modality, Attribution: []string{}, Evidence: evidence,
	}
	c.setCode(&d, ev.code)
	if day != "" {
		d.Date, d.DatePrecision = day, dyad.PrecisionPublished
	}
	if c.opts.Dates && !ev.intent {
		if dd, prec, ok := eventDate(st, evidence, s.Start, ev.verb, date); ok {
			d.Date, d.DatePrecision = dd, prec
		}
	}
	return append(out, d)
}

// variants returns the event itself and, for an announced future act, the
// asserted statement of intent it implies ("X will recognise Y" is an
// asserted 032 as well as a future 054); for an act threatened or refused,
// the threat (13x) or the rejection (12x) it is ("threatened to impose
// sanctions on Y" is a 1312 as well as a future 163).
func (c *Coder) variants(e coded) []coded {
	if !c.opts.Intent {
		return []coded{e}
	}
	if e.stance != "" && !e.reverse {
		sc := ""
		switch e.stance {
		case "THREATEN", "VOW", "PLEDGE", "PROMISE":
			// "vowed to retaliate against Y" threatens Y; "vowed to
			// send aid" is an intent, below.
			sc = threatCode(e.code)
		case "REFUSE", "DECLINE":
			sc = refusalCode(e.code)
		}
		if sc != "" {
			s := e
			s.code, s.modality, s.verb, s.stance = sc, e.stanceMod, e.stanceVerb, ""
			return []coded{e, s}
		}
	}
	if e.modality != dyad.ModalityFuture || e.hearsay {
		return []coded{e}
	}
	if strings.HasPrefix(e.code, "03") {
		// "Moscow will host talks", coded as the intent it states: the
		// statement is asserted.
		e.modality = dyad.ModalityAsserted
		return []coded{e}
	}
	if ic := intentCode(e.code); ic != "" && !e.reverse {
		// What a target is to do in return ("will visit Y": Y is to
		// host) is no intent of the target's.
		i := e
		i.code, i.modality, i.intent = ic, dyad.ModalityAsserted, true
		return []coded{e, i}
	}
	return []coded{e}
}

// stanceVerb returns the verb that governs verb v as its open complement
// (or a list of them: "threatened to cut ties and impose sanctions") and
// states a stance on its act, a threat ("threatened", or "vowed" a
// hostile act) or a refusal, or -1.
func stanceVerb(t *tree, v int) int {
	c := v
	for depth := 0; depth < 4; depth++ {
		p := t.head[c]
		if p < 0 {
			return -1
		}
		switch t.base(c) {
		case "conj":
			if !t.isVerb(p) {
				return -1
			}
			c = p
			continue
		case "xcomp":
		case "advcl":
			if markOf(t, c) != "TO" {
				return -1
			}
		default:
			return -1
		}
		switch t.lemmas[p] {
		case "THREATEN", "VOW", "PLEDGE", "PROMISE", "REFUSE", "DECLINE":
			return p
		}
		return -1
	}
	return -1
}

// threatCode maps the code of an act to the CAMEO code of threatening it
// (13x): sanctions 1312, breaking relations 1313, force 138x.
func threatCode(code string) string {
	switch {
	case len(code) < 2:
		return ""
	case strings.HasPrefix(code, "162"):
		return "1311"
	case strings.HasPrefix(code, "163"):
		return "1312"
	case strings.HasPrefix(code, "161"):
		return "1313"
	case strings.HasPrefix(code, "164"):
		return "134"
	case strings.HasPrefix(code, "165"):
		return "135"
	case strings.HasPrefix(code, "166"):
		return "136"
	case strings.HasPrefix(code, "175"):
		return "137"
	case strings.HasPrefix(code, "191"):
		return "1381"
	case strings.HasPrefix(code, "192"):
		return "1382"
	}
	switch code[:2] {
	case "16":
		return "131"
	case "17":
		return "132"
	case "14":
		return "133"
	case "15":
		return "138"
	case "18":
		return "1383"
	case "19":
		return "1384"
	case "20":
		return "1385"
	case "10", "11", "12", "13":
		return "130"
	}
	return "" // a cooperative act threatened is no threat
}

// refusalCode maps the code of a cooperative act to the CAMEO code of
// refusing it (12x): refusing to meet or negotiate is 125, to sign an
// agreement 127, to yield 124.
func refusalCode(code string) string {
	switch {
	case len(code) < 2:
		return ""
	case strings.HasPrefix(code, "045"):
		return "126"
	case strings.HasPrefix(code, "057"):
		return "127"
	case strings.HasPrefix(code, "081"):
		return "1241"
	case strings.HasPrefix(code, "084"):
		return "1243"
	case strings.HasPrefix(code, "085"):
		return "1244"
	case strings.HasPrefix(code, "086"):
		return "1245"
	case strings.HasPrefix(code, "087"):
		return "1246"
	}
	switch code[:2] {
	case "04":
		return "125"
	case "03", "05":
		return "120"
	case "06":
		return "121"
	case "07":
		return "122"
	case "08":
		return "124"
	}
	return "" // refusing to make a statement, or to fight, rejects no one
}

// intentCode maps a cooperative event code to the CAMEO "express intent"
// code (03x) that announcing it amounts to. Conflictual acts announced for
// the future get none: news reports them as decided acts or threats of
// their own.
func intentCode(code string) string {
	if len(code) < 2 {
		return ""
	}
	switch code[:2] {
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		return "031"
	case "07":
		return "033"
	case "08":
		return "035"
	}
	return ""
}

// setCode fills the code fields of d from the ontology.
func (c *Coder) setCode(d *dyad.Event, code string) {
	d.Code = code
	if len(code) >= 2 {
		d.Root = code[:2]
	}
	cc, ok := c.onto.Lookup(code)
	if !ok && cc.Code == "" {
		d.Quad = cameo.QuadOf(d.Root)
		return
	}
	if !ok && !allDigits(code) {
		d.Code = cc.Code // a code the ontology lacks, such as 075A: its nearest ancestor
	}
	d.Root, d.Quad, d.Goldstein = cc.Root, cc.Quad, cc.Goldstein
	d.Plover = cc.Plover.Event
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func dyadActor(m actor.Mention) dyad.Actor {
	return dyad.Actor{Code: m.Code, Country: m.Country, Sector: m.Sector, Text: m.Text}
}

// International reports whether an event is between different states, or
// involves an international organisation.
func International(e *dyad.Event) bool {
	s, t := e.Source.Country, e.Target.Country
	if s == "" || t == "" {
		return false
	}
	if strings.HasPrefix(s, "IGO") || strings.HasPrefix(t, "IGO") {
		return s != t
	}
	return s != t && cameo.IsCountry(s) && cameo.IsCountry(t)
}

// orderVerbs code what their addressee is to do as a demand ("told Rohan
// to withdraw", "ordered Rohan to leave") where a pattern gives a
// statement (010).
var orderVerbs = map[string]bool{"TELL": true, "ORDER": true, "INSTRUCT": true, "DIRECT": true}

// toComplement reports whether verb v has a "to" clause of what its
// addressee is to do: an open complement or, misparsed, an adverbial
// clause.
func toComplement(t *tree, v int) bool {
	for _, k := range t.kids[v] {
		if b := t.base(k); (b == "xcomp" || b == "advcl") && markOf(t, k) == "TO" {
			return true
		}
	}
	return false
}

// officialActor reports whether m is a government, a diplomat or a state
// named as such, not its people: "the foreign ministry", "Gondor", not
// "Gondorians" or "Gondorian students".
func officialActor(t *tree, m actor.Mention) bool {
	switch {
	case m.Sector == "GOV" || m.Sector == "DIP" || m.Agent == "GOV" || m.Agent == "DIP":
		return true
	case m.Kind != actor.Named || m.Code != m.Country || len(m.Code) != 3 || m.Tok[1] <= m.Tok[0] || m.Tok[1] > len(t.keys):
		return false
	}
	last := m.Tok[1] - 1
	if t.toks[last].UPOS != "PROPN" {
		return false // an adjective of people: "Gondorian students"
	}
	for _, suf := range []string{"ANS", "ESE", "IS", "ERS"} {
		if strings.HasSuffix(t.keys[last], suf) {
			return false // people: "Gondorians", "Israelis"
		}
	}
	return true
}

// aimVerbs code force by default (TARGET [190]) though they are as often
// said of campaigns, ads and markets.
var aimVerbs = map[string]bool{"TARGET": true, "AIM": true}

// militaryWords make a clause about force.
var militaryWords = map[string]bool{
	"JET": true, "JETS": true, "WARPLANE": true, "AIRCRAFT": true, "DRONE": true, "MISSILE": true,
	"ROCKET": true, "ARTILLERY": true, "SHELL": true, "BOMB": true, "STRIKE": true, "AIRSTRIKE": true,
	"RAID": true, "ATTACK": true, "FORCE": true, "TROOPS": true, "TROOP": true, "SOLDIER": true,
	"ARMY": true, "MILITARY": true, "NAVY": true, "POSITION": true, "BASE": true, "FIGHTER": true,
	"MILITANT": true, "INFRASTRUCTURE": true, "FACILITY": true, "GRID": true, "WEAPON": true,
	"TANK": true, "SHIP": true, "WARSHIP": true, "FIRE": true, "BOMBER": true, "OFFENSIVE": true,
	"DEPOT": true, "CONVOY": true, "COMMANDER": true, "HIDEOUT": true, "CAMP": true,
}

// civilWords make a clause about campaigns, trade or politics.
var civilWords = map[string]bool{
	"VOTE": true, "VOTER": true, "ELECTION": true, "ELECTORATE": true, "CAMPAIGN": true,
	"MARKET": true, "CUSTOMER": true, "CONSUMER": true, "INVESTOR": true, "EXPORT": true,
	"SALE": true, "AUDIENCE": true, "SPEECH": true, "RALLY": true, "RHETORIC": true, "TARIFF": true,
	"AD": true, "ADVERT": true, "ADVERTISEMENT": true, "SUPPORTER": true, "GROWTH": true,
}

// civilAim reports whether aiming verb v has a civil aim and nothing
// military in its clause (its subtree): "targeted Rohan to win votes",
// "targeted Gondorian voters", not "jets targeted Hezbollah positions".
func civilAim(st *sent, v int) bool {
	t := st.t
	civil := false
	for _, k := range t.kids[v] {
		if b := t.base(k); (b == "advcl" || b == "xcomp") && markOf(t, k) == "TO" {
			civil = true // a purpose: "to win votes", "to attract investors"
		}
	}
	for i := range t.keys {
		c := i
		for d := 0; d < 8 && c >= 0 && c != v; d++ {
			c = t.head[c]
		}
		if c != v {
			continue
		}
		if militaryWords[t.lemmas[i]] || militaryWords[t.keys[i]] {
			return false
		}
		if m := st.at[i]; m >= 0 {
			if sec := st.ms[m].Sector; sec == "MIL" || sec == "REB" || sec == "SPY" || st.ms[m].Agent == "MIL" {
				return false
			}
		}
		if civilWords[t.lemmas[i]] {
			civil = true
		}
	}
	return civil
}
