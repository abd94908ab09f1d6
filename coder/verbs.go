package coder

import (
	"strings"

	"dyad/dict"
)

// SupplementPrefix starts the names of verb files whose patterns take
// precedence over all others when they match: dyad's own supplement,
// written for the domain of relations between states.
const SupplementPrefix = "dyad."

// verbIndex finds the verb blocks and patterns of a verb token.
type verbIndex struct {
	byWord  map[string][]verbEntry // by the inflected (head) word of each form
	blocks  []block
	synsets map[string]*dict.Synset
	members map[string]*memberIndex // synset members by first word
}

// memberIndex finds the members of a synset that may start at a token.
type memberIndex struct {
	byFirst map[string][]int // first literal word (and its plural) -> member indices
	rest    []int            // members that start with something else
}

func newMemberIndex(s *dict.Synset) *memberIndex {
	mi := &memberIndex{byFirst: map[string][]int{}}
	for i, m := range s.Members {
		var first dict.Element
		if len(m.Elems) > 0 {
			first = m.Elems[0]
			if first.Kind == dict.NounPhrase && len(first.Elems) > 0 {
				first = first.Elems[0]
			}
		}
		if first.Kind != dict.Word {
			mi.rest = append(mi.rest, i)
			continue
		}
		if h := strings.IndexByte(first.Text, '-'); h > 0 {
			// Tokens split at hyphens: index by the first part as well.
			mi.byFirst[first.Text[:h]] = append(mi.byFirst[first.Text[:h]], i)
		}
		mi.byFirst[first.Text] = append(mi.byFirst[first.Text], i)
		if p := dict.Plural(first.Text); p != first.Text {
			mi.byFirst[p] = append(mi.byFirst[p], i)
		}
	}
	return mi
}

type block struct {
	code     string
	patterns []dict.Pattern
	anchors  [][]anchor // per pattern: literal words that must occur in the frame
	order    int        // later blocks (the dyad supplement) take precedence
	priority int        // 1 for dyad's own supplement, whose matching patterns win outright
	name     string
}

// anchor is a literal word of a pattern, with its plural; a frame without
// it cannot match the pattern, which saves trying.
type anchor struct{ word, plural string }

// anchorsOf collects the literal words of elements outside synsets.
func anchorsOf(es []dict.Element, out []anchor) []anchor {
	for _, e := range es {
		switch e.Kind {
		case dict.Word:
			if !strings.Contains(e.Text, "-") {
				out = append(out, anchor{e.Text, dict.Plural(e.Text)})
			}
		case dict.Prep:
			out = append(out, anchor{e.Text, e.Text})
			out = anchorsOf(e.Elems, out)
		case dict.NounPhrase:
			out = anchorsOf(e.Elems, out)
		}
	}
	return out
}

// verbEntry is one form of one verb of a block.
type verbEntry struct {
	words []string
	head  int
	code  string // the verb's own code, or its block's
	block int
}

func newVerbIndex(v *dict.Verbs) *verbIndex {
	ix := &verbIndex{byWord: map[string][]verbEntry{}, synsets: map[string]*dict.Synset{}, members: map[string]*memberIndex{}}
	if v == nil {
		return ix
	}
	ix.synsets = v.Synsets
	ix.members = make(map[string]*memberIndex, len(v.Synsets))
	for name, syn := range v.Synsets {
		ix.members[name] = newMemberIndex(syn)
	}
	for bi, b := range v.Blocks {
		blk := block{code: b.Code, patterns: splitSynsetPhrases(b.Patterns, v.Synsets), order: bi, name: b.Name}
		if strings.HasPrefix(b.File, SupplementPrefix) {
			blk.priority = 1
		}
		for _, p := range blk.patterns {
			blk.anchors = append(blk.anchors, anchorsOf(p.After, anchorsOf(p.Before, nil)))
		}
		ix.blocks = append(ix.blocks, blk)
		for _, vb := range b.Verbs {
			code := vb.Code
			if code == "" {
				code = b.Code
			}
			for _, f := range vb.Inflections() {
				if vb.Head >= len(f) {
					continue
				}
				e := verbEntry{words: f, head: vb.Head, code: code, block: bi}
				key := f[vb.Head]
				dup := false
				for _, o := range ix.byWord[key] {
					if o.block == bi && strings.Join(o.words, " ") == strings.Join(f, " ") {
						dup = true
						break
					}
				}
				if !dup {
					ix.byWord[key] = append(ix.byWord[key], e)
				}
			}
		}
	}
	return ix
}

// lookup returns the entries whose words match around token i: the head
// word by lemma or form, the other words of a multi-word verb next to it
// (particles may stand up to two words after the verb). Only the longest
// matching entries are returned.
func (ix *verbIndex) lookup(t *tree, i int) []verbEntry {
	var best []verbEntry
	bestLen := 0
	try := func(key string) {
		for _, e := range ix.byWord[key] {
			if len(e.words) < bestLen || !e.matchAround(t, i) {
				continue
			}
			if len(e.words) > bestLen {
				best, bestLen = best[:0], len(e.words)
			}
			best = append(best, e)
		}
	}
	try(t.lemmas[i])
	if t.keys[i] != t.lemmas[i] {
		try(t.keys[i])
	}
	return best
}

// lookupAfter returns the entries of token i whose head word is not
// their first, so that the token before i belongs to the verb: the
// entries of "tap" for "wire tap" (WIRE_+TAP).
func (ix *verbIndex) lookupAfter(t *tree, i int) []verbEntry {
	var out []verbEntry
	for _, e := range ix.lookup(t, i) {
		if e.head > 0 {
			out = append(out, e)
		}
	}
	return out
}

// matchAround reports whether the words of a multi-word verb stand around
// token i.
func (e verbEntry) matchAround(t *tree, i int) bool {
	for k := e.head - 1; k >= 0; k-- {
		j := i - (e.head - k)
		if j < 0 || (t.keys[j] != e.words[k] && t.lemmas[j] != e.words[k]) {
			return false
		}
	}
	j := i + 1
	for k := e.head + 1; k < len(e.words); k++ {
		found := false
		for limit := j + 3; j < len(t.keys) && j < limit; j++ {
			if t.keys[j] == e.words[k] || t.lemmas[j] == e.words[k] {
				found = true
				j++
				break
			}
			if t.keys[j] == "," || t.keys[j] == "." {
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// splitSynsetPhrases returns the patterns with each reference to an
// unknown synset whose name joins a known one to words
// ("&TIETYPES_MEMOS") read as the noun phrase it writes ({&TIETYPES
// MEMOS}). Patterns that need no change are shared, not copied.
func splitSynsetPhrases(ps []dict.Pattern, synsets map[string]*dict.Synset) []dict.Pattern {
	var out []dict.Pattern
	for i, p := range ps {
		before, bok := splitElems(p.Before, synsets)
		after, aok := splitElems(p.After, synsets)
		if !bok && !aok {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]dict.Pattern, 0, len(ps)), ps[:i]...)
		}
		p.Before, p.After = before, after
		out = append(out, p)
	}
	if out == nil {
		return ps
	}
	return out
}

// splitElems is splitSynsetPhrases for a list of elements; it reports
// whether it changed any.
func splitElems(es []dict.Element, synsets map[string]*dict.Synset) ([]dict.Element, bool) {
	changed := false
	out := make([]dict.Element, len(es))
	for i, e := range es {
		out[i] = e
		switch e.Kind {
		case dict.SynsetRef:
			if np, ok := synsetPhrase(e.Text, synsets); ok {
				out[i], changed = np, true
			}
		case dict.Prep, dict.NounPhrase:
			if sub, ok := splitElems(e.Elems, synsets); ok {
				out[i].Elems, changed = sub, true
			}
		}
	}
	return out, changed
}

// synsetPhrase reads an unknown synset name with underscores as a noun
// phrase of synsets and words, if its first part names a known synset.
func synsetPhrase(name string, synsets map[string]*dict.Synset) (dict.Element, bool) {
	if _, ok := synsets[name]; ok || !strings.Contains(name, "_") {
		return dict.Element{}, false
	}
	parts := strings.Split(name, "_")
	if _, ok := synsets[parts[0]]; !ok {
		return dict.Element{}, false
	}
	np := dict.Element{Kind: dict.NounPhrase, Text: joined}
	for _, w := range parts {
		switch {
		case w == "":
		case strings.HasPrefix(w, "&"):
			np.Elems = append(np.Elems, dict.Element{Kind: dict.SynsetRef, Text: w})
		default:
			np.Elems = append(np.Elems, dict.Element{Kind: dict.Word, Text: w})
		}
	}
	return np, true
}

// stem returns the dictionary word of past tense form, upper case, or ""
// when the dictionary knows neither the form nor a stem of it: "CONDEMN"
// for "CONDEMNED", "RECOGNISE" for "RECOGNISED", "SUPPLY" for "SUPPLIED".
func (ix *verbIndex) stem(form string) string {
	if _, ok := ix.byWord[form]; ok {
		return form
	}
	base, ok := strings.CutSuffix(form, "ED")
	if !ok {
		return ""
	}
	cands := []string{base, base + "E"}
	if b, ok := strings.CutSuffix(base, "I"); ok {
		cands = append(cands, b+"Y")
	}
	if n := len(base); n > 2 && base[n-1] == base[n-2] {
		cands = append(cands, base[:n-1])
	}
	for _, c := range cands {
		if _, ok := ix.byWord[c]; ok {
			return c
		}
	}
	return ""
}
