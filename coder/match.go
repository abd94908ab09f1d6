package coder

import (
	"strings"

	"dyad/dict"
)

// frame is what the patterns of one verb are matched against: the tokens
// of its clause before and after it, and the actor mentions by token.
type frame struct {
	t         *tree
	verb      int
	before    []int // token indices before the verb, ascending
	after     []int // token indices after the verb, ascending
	mentionAt []int // token -> index into the sentence's mentions, or -1
	synsets   map[string]*dict.Synset
	members   map[string]*memberIndex
	compound  func(m int) bool // whether mention m is one of several conjoined actors; nil: any
	npGap     int              // how many words may stand inside a noun phrase of a pattern
	// formOnly makes a plain word of a pattern match its own form
	// only, not an inflection ("EFFORT" not "efforts"), as in TABARI's
	// phrases; synset members still take plurals.
	formOnly bool
	// timeTok reports whether a token belongs to a time expression, whose
	// preposition ("on Monday") is none of a pattern's; nil: none does.
	timeTok func(k int) bool
}

// binding is the outcome of matching a pattern.
type binding struct {
	source, target int // mention indices bound by "$" and "+", or -1
	compound       bool
	score          int
	prio           int // priority of the pattern's block
}

// hasAnchors reports whether every anchor word occurs in the frame.
func (f *frame) hasAnchors(as []anchor) bool {
	for _, a := range as {
		if !f.has(a, f.before) && !f.has(a, f.after) {
			return false
		}
	}
	return true
}

func (f *frame) has(a anchor, toks []int) bool {
	for _, k := range toks {
		if key := f.t.keys[k]; key == a.word || key == a.plural || f.t.lemmas[k] == a.word {
			return true
		}
	}
	return false
}

// maxPrepGap is how far into a prepositional phrase its object may stand.
const maxPrepGap = 6

// match matches pattern p against the frame.
func (f *frame) match(p *dict.Pattern) (binding, bool) {
	b := binding{source: -1, target: -1}
	ok := true
	if len(p.Before) > 0 {
		_, b, ok = f.seq(p.Before, f.before, 0, len(f.before), b)
	}
	if ok && len(p.After) > 0 {
		_, b, ok = f.seq(p.After, f.after, 0, len(f.after), b)
	}
	return b, ok
}

// seq matches elems in order within toks[p:lim], allowing gaps between
// them; each element takes the first place where it matches.
func (f *frame) seq(elems []dict.Element, toks []int, p, lim int, b binding) (int, binding, bool) {
	for _, e := range elems {
		if e.Kind == dict.Skip {
			// "^": the next noun phrase is passed over ("* AT ^ +":
			// "warned at the Gondor of the Prince of Dol Amroth").
			end, ok := f.skipNP(toks, p, lim)
			if !ok {
				return p, b, false
			}
			p = end
			continue
		}
		found := false
		for j := p; j < lim; j++ {
			if end, b2, ok := f.one(e, toks, j, lim, b); ok {
				p, b, found = end, b2, true
				break
			}
		}
		if !found {
			return p, b, false
		}
	}
	return p, b, true
}

// skipNP returns the position after the noun phrase (or prepositional
// phrase) that starts at toks[p]: its preposition, determiners,
// adjectives, numbers and nouns, and the whole of an actor's name; false
// when none starts there.
func (f *frame) skipNP(toks []int, p, lim int) (int, bool) {
	j := p
	if j < lim && f.t.toks[toks[j]].UPOS == "ADP" && f.mentionAt[toks[j]] < 0 {
		// A prepositional phrase: "with Eriador".
		j++
	}
	start := j
	for j < lim {
		k := toks[j]
		if m := f.mentionAt[k]; m >= 0 {
			for j < lim && f.mentionAt[toks[j]] == m {
				j++
			}
			continue
		}
		switch f.t.toks[k].UPOS {
		case "DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON":
			j++
			continue
		}
		break
	}
	return j, j > start
}

// maxNPGap is how many words may stand between the words of a noun
// phrase of a pattern ("new global economic relations" matches {NEW
// &TIETYPES RELATIONS}).
const maxNPGap = 2

// joined marks (as its Text) a noun phrase whose words stand side by
// side, without gaps: a synset joined to words ("&TIETYPES_MEMOS").
const joined = "_"

// exact matches elems from toks[p]: the first at p, the others in order
// with at most gap words between them.
func (f *frame) exact(elems []dict.Element, toks []int, p, lim int, b binding, plural bool, gap int) (int, binding, bool) {
	for i, e := range elems {
		if e.Kind == dict.Skip {
			continue
		}
		if i > 0 {
			// Allow a short gap before the element.
			found := false
			for g := 0; g <= gap && p+g < lim; g++ {
				if end, b2, ok := f.exact(elems[i:i+1], toks, p+g, lim, b, plural && i == len(elems)-1, gap); ok {
					p, b, found = end, b2, true
					break
				}
			}
			if !found {
				return p, b, false
			}
			continue
		}
		if e.Kind == dict.Word && plural && i == len(elems)-1 {
			if end, ok := f.word(e.Text, toks, p, lim, true); ok {
				p = end
				b.score += 2
				continue
			}
			return p, b, false
		}
		end, b2, ok := f.one(e, toks, p, lim, b)
		if !ok {
			return p, b, false
		}
		p, b = end, b2
	}
	return p, b, true
}

// one matches element e starting exactly at toks[j].
func (f *frame) one(e dict.Element, toks []int, j, lim int, b binding) (int, binding, bool) {
	if j >= lim {
		return j, b, false
	}
	switch e.Kind {
	case dict.Word:
		if f.formOnly && !strings.Contains(e.Text, "-") && f.t.keys[toks[j]] != e.Text {
			return j, b, false
		}
		if end, ok := f.word(e.Text, toks, j, lim, true); ok {
			b.score += 2
			return end, b, true
		}
	case dict.NounPhrase:
		gap := f.npGap
		if e.Text == joined {
			gap = 0
		}
		return f.exact(e.Elems, toks, j, lim, b, true, gap)
	case dict.SynsetRef:
		syn := f.synsets[e.Text]
		if syn == nil {
			return j, b, false
		}
		try := func(idx []int) (int, binding, bool) {
			for _, i := range idx {
				m := &syn.Members[i]
				if end, b2, ok := f.exact(m.Elems, toks, j, lim, b, !m.NoPlural && !syn.NoPlural, f.npGap); ok {
					return end, b2, true
				}
			}
			return j, b, false
		}
		mi := f.members[e.Text]
		if mi == nil {
			mi = newMemberIndex(syn)
		}
		k := toks[j]
		if end, b2, ok := try(mi.byFirst[f.t.keys[k]]); ok {
			return end, b2, true
		}
		if f.t.lemmas[k] != f.t.keys[k] {
			if end, b2, ok := try(mi.byFirst[f.t.lemmas[k]]); ok {
				return end, b2, true
			}
		}
		return try(mi.rest)
	case dict.Prep:
		if f.t.keys[toks[j]] != e.Text || (f.timeTok != nil && f.timeTok(toks[j])) {
			// "called Gondor on Monday" is no call on Gondor (ON).
			return j, b, false
		}
		b.score++
		if len(e.Elems) == 0 {
			return j + 1, b, true
		}
		return f.seq(e.Elems, toks, j+1, min(lim, j+1+maxPrepGap), b)
	case dict.Source, dict.Target, dict.Compound:
		m := f.mentionAt[toks[j]]
		if m < 0 || (e.Kind == dict.Compound && f.compound != nil && !f.compound(m)) {
			return j, b, false
		}
		switch e.Kind {
		case dict.Source:
			b.source = m
		case dict.Target:
			b.target = m
		case dict.Compound:
			b.compound = true
		}
		b.score++
		end := j + 1
		for end < lim && f.mentionAt[toks[end]] == m {
			end++
		}
		return end, b, true
	}
	return j, b, false
}

// word matches a dictionary word at toks[j]: by form or lemma, a regular
// plural, or a hyphenated word spread over several tokens.
func (f *frame) word(w string, toks []int, j, lim int, plural bool) (int, bool) {
	if j >= lim {
		return j, false
	}
	k := toks[j]
	key, lem := f.t.keys[k], f.t.lemmas[k]
	if key == w || lem == w || (plural && len(key) > len(w) && strings.HasPrefix(key, w) && key == dict.Plural(w)) {
		return j + 1, true
	}
	if h := strings.IndexByte(w, '-'); h > 0 && h < len(w)-1 {
		// Walk the parts of w without allocating: tokens "CEASE" "-" "FIRE".
		p, rest := j, w
		for first := true; ; first = false {
			part := rest
			if i := strings.IndexByte(rest, '-'); i >= 0 {
				part = rest[:i]
			}
			if !first && p < lim && f.t.keys[toks[p]] == "-" {
				p++
			}
			if p >= lim || (f.t.keys[toks[p]] != part && f.t.lemmas[toks[p]] != part) {
				return j, false
			}
			p++
			if len(part) == len(rest) {
				return p, true
			}
			rest = rest[len(part)+1:]
		}
	}
	return j, false
}
