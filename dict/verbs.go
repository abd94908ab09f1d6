package dict

import (
	"io"
	"maps"
	"slices"
	"strings"
)

// Verbs is a verb pattern dictionary in the PETRARCH format of
// CAMEO.2.0.txt: synsets, verb blocks with their patterns, and
// transformations.
//
//	&CURRENCY                  # a synset: a label and "+" members
//	+DOLLAR
//	+KRONER_                   # no plural for this member
//
//	---  GRANT   [070]  ---    # a block: name and default code
//	GIVE {GAVE GIVEN GIVING}   # a verb with its irregular forms
//	CONTRIBUTE [071]           # a verb with a code of its own
//	+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR}   # multi-word verb; "+" marks the inflected word
//	- * &CURRENCY [0331]       # a pattern: elements before and after the verb "*"
//	- $ * (TO +) [042:043]     # source, prepositional phrase with target, paired code
//
//	~ a (a b ATTACK) SAY = a b 015   # a transformation
type Verbs struct {
	Synsets         map[string]*Synset // by name, "&CURRENCY"
	Blocks          []VerbBlock
	Transformations []Transformation
}

// Synset is a named set of words or phrases usable in patterns.
type Synset struct {
	Name     string // "&CURRENCY", without a trailing "_"
	NoPlural bool   // the label ended in "_": members take no plural
	Members  []Member
	File     string
	Line     int
}

// Member is one member of a synset: usually a single word, sometimes a
// phrase, a prepositional phrase or another synset.
type Member struct {
	Elems    []Element
	NoPlural bool // the member ended in "_"
	Line     int
}

// Words returns the member's words if it is a plain word or noun phrase.
func (m Member) Words() ([]string, bool) {
	var w []string
	for _, e := range m.Elems {
		switch e.Kind {
		case Word:
			w = append(w, e.Text)
		case NounPhrase:
			for _, x := range e.Elems {
				if x.Kind != Word {
					return nil, false
				}
				w = append(w, x.Text)
			}
		default:
			return nil, false
		}
	}
	return w, len(w) > 0
}

// VerbBlock is a block of synonymous verbs sharing a set of patterns.
type VerbBlock struct {
	Name     string // "GRANT"
	Code     string // default code of the block's verbs; "---" for none
	Verbs    []Verb
	Patterns []Pattern
	File     string
	Line     int
}

// Verb is a verb of a block.
type Verb struct {
	Words     []string   // "ASK", or "ASK","FOR" for a multi-word verb
	Head      int        // index in Words of the inflected word
	Forms     [][]string // irregular forms given in {...}, each as Words
	Irregular bool       // forms were given in {...} (perhaps none): no regular forms are made
	Code      string     // the verb's own code; "" for the block's
	Line      int
}

// Inflections returns the verb's forms: the base form, then the forms in
// {...} or, if none were given, the regular forms (-S, -ED, -ING) of the
// head word.
func (v Verb) Inflections() [][]string {
	out := [][]string{v.Words}
	if v.Irregular {
		return append(out, v.Forms...)
	}
	if len(v.Words) == 0 || v.Head < 0 || v.Head >= len(v.Words) {
		return out
	}
	for _, f := range regularForms(v.Words[v.Head]) {
		w := slices.Clone(v.Words)
		w[v.Head] = f
		out = append(out, w)
	}
	return out
}

// regularForms returns the third person singular, past and present
// participle of a regular upper-case verb, by the PETRARCH rules.
func regularForms(v string) []string {
	if v == "" {
		return nil
	}
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "S"), strings.HasSuffix(v, "X"), strings.HasSuffix(v, "Z"),
		strings.HasSuffix(v, "CH"), strings.HasSuffix(v, "SH"):
		s = v + "ES"
	case strings.HasSuffix(v, "Y") && len(v) > 1 && !strings.ContainsRune("AEIOU", rune(v[len(v)-2])):
		s = v[:len(v)-1] + "IES"
	default:
		s = v + "S"
	}
	switch {
	case strings.HasSuffix(v, "E"):
		ed = v + "D"
	case strings.HasSuffix(v, "Y") && len(v) > 1 && !strings.ContainsRune("AEIOU", rune(v[len(v)-2])):
		ed = v[:len(v)-1] + "IED"
	default:
		ed = v + "ED"
	}
	if strings.HasSuffix(v, "E") && len(v) > 2 && !strings.ContainsRune("AEIOU", rune(v[len(v)-2])) {
		ing = v[:len(v)-1] + "ING"
	} else {
		ing = v + "ING"
	}
	return []string{s, ed, ing}
}

// Pattern is a verb pattern: what must stand before and after the verb
// for Code to apply.
type Pattern struct {
	Before []Element // elements before the verb, in sentence order
	After  []Element // elements after the verb, in sentence order
	Code   string    // as written: "0331", "042:043" (see SplitCode), "---"
	Line   int
}

// String formats the pattern in the dictionary's notation.
func (p Pattern) String() string {
	s := "-"
	if len(p.Before) > 0 {
		s += " " + formatElems(p.Before)
	}
	s += " *"
	if len(p.After) > 0 {
		s += " " + formatElems(p.After)
	}
	return s + " [" + p.Code + "]"
}

// SplitCode splits a verb code. A paired code "042:043" codes two events:
// the source acting on the target with the first code (042, make a visit)
// and the target acting on the source with the second (043, host a visit);
// either side may be empty (":173"). A code without ":" is forward only.
func SplitCode(code string) (forward, reverse string) {
	forward, reverse, _ = strings.Cut(code, ":")
	return strings.TrimSpace(forward), strings.TrimSpace(reverse)
}

// Transformation rewrites a pair of nested events into one, as in
// "~ a (a b ATTACK) SAY = a b 015". It is kept as written.
type Transformation struct {
	Pattern string // "a (a b ATTACK) SAY"
	Result  string // "a b 015"
	Line    int
}

// ReadVerbs reads a verb pattern dictionary; see ReadActors for the
// handling of problems.
func ReadVerbs(r io.Reader, file string) (*Verbs, []Problem, error) {
	ps := &problems{file: file}
	lr := newLineReader(r, ps)
	v := &Verbs{Synsets: map[string]*Synset{}}
	var syn *Synset    // the synset being read
	var blk *VerbBlock // the block being read
	for {
		s, n, ok := lr.next()
		if !ok {
			break
		}
		if syn != nil && !strings.HasPrefix(s, "+") {
			syn = nil
		}
		switch {
		case strings.HasPrefix(s, "---"):
			v.Blocks = append(v.Blocks, readBlockHeader(s, file, n, ps))
			blk = &v.Blocks[len(v.Blocks)-1]
		case strings.HasPrefix(s, "&"):
			name, _, _ := strings.Cut(strings.Fields(s)[0], "[")
			syn = &Synset{Name: synsetName(name), NoPlural: strings.HasSuffix(name, "_"), File: file, Line: n}
			if syn.Name == "&" {
				ps.add(n, "synset without a name")
				syn = nil
				continue
			}
			if old, dup := v.Synsets[syn.Name]; dup {
				ps.add(n, "synset %s already defined on line %d; the later definition is used", syn.Name, old.Line)
			}
			v.Synsets[syn.Name] = syn
		case syn != nil: // a "+" member
			text := strings.TrimSpace(s[1:])
			elems, _, probs := parseElements(text)
			for _, p := range probs {
				ps.add(n, "%s", p)
			}
			if len(elems) == 0 {
				ps.add(n, "empty synset member")
				continue
			}
			syn.Members = append(syn.Members, Member{Elems: elems, NoPlural: strings.HasSuffix(text, "_"), Line: n})
		case strings.HasPrefix(s, "~"):
			pat, res, ok := strings.Cut(s[1:], "=")
			if !ok {
				ps.add(n, "transformation without '='")
				continue
			}
			v.Transformations = append(v.Transformations, Transformation{
				Pattern: strings.Join(strings.Fields(pat), " "),
				Result:  strings.Join(strings.Fields(res), " "),
				Line:    n,
			})
		case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "*"):
			if strings.HasPrefix(s, "*") {
				ps.add(n, "pattern without leading '-'")
			} else {
				s = s[1:]
			}
			if blk == nil {
				ps.add(n, "pattern outside a verb block")
				continue
			}
			if p, ok := readPattern(s, n, ps); ok {
				blk.Patterns = append(blk.Patterns, p)
			}
		default:
			if blk == nil {
				ps.add(n, "verb outside a verb block")
				continue
			}
			if vb, ok := readVerb(s, n, ps); ok {
				blk.Verbs = append(blk.Verbs, vb)
			}
		}
	}
	return v, ps.list, lr.error()
}

// readBlockHeader reads "--- NAME [CODE] ---".
func readBlockHeader(s, file string, n int, ps *problems) VerbBlock {
	out, codes, bad := brackets(strings.Trim(s, "- \t"))
	if bad != "" {
		ps.add(n, "%s", bad)
	}
	b := VerbBlock{Code: "---", File: file, Line: n}
	if f := strings.Fields(strings.Trim(out, "- \t")); len(f) > 0 {
		b.Name = strings.ToUpper(f[0])
	} else {
		ps.add(n, "verb block without a name")
	}
	if len(codes) > 0 {
		if c := strings.TrimSpace(codes[0]); c != "" {
			b.Code = c
		}
	}
	return b
}

// readPattern reads a pattern line without its leading "-".
func readPattern(s string, n int, ps *problems) (Pattern, bool) {
	text, codes, bad := brackets(s)
	if bad != "" {
		ps.add(n, "%s", bad)
	}
	if len(codes) == 0 {
		ps.add(n, "pattern without a code; skipped")
		return Pattern{}, false
	}
	if len(codes) > 1 {
		ps.add(n, "pattern with %d codes; the last is used", len(codes))
	}
	p := Pattern{Code: strings.TrimSpace(codes[len(codes)-1]), Line: n}
	if p.Code == "" {
		ps.add(n, "pattern with an empty code; skipped")
		return Pattern{}, false
	}
	elems, at, probs := parseElements(text)
	for _, m := range probs {
		ps.add(n, "%s", m)
	}
	if at < 0 {
		ps.add(n, "pattern without the verb marker '*'; skipped")
		return Pattern{}, false
	}
	p.Before, p.After = elems[:at:at], elems[at:]
	if len(p.After) == 0 {
		p.After = nil
	}
	if len(p.Before) == 0 {
		p.Before = nil
	}
	return p, true
}

// readVerb reads a verb line: "WORD {FORMS} [CODE]".
func readVerb(s string, n int, ps *problems) (Verb, bool) {
	text, codes, bad := brackets(s)
	if bad != "" {
		ps.add(n, "%s", bad)
	}
	v := Verb{Line: n}
	if len(codes) > 0 {
		v.Code = strings.TrimSpace(codes[0])
	}
	if i := strings.IndexByte(text, '{'); i >= 0 {
		j := strings.IndexByte(text[i:], '}')
		if j < 0 {
			ps.add(n, "unbalanced brace: '{' without '}'")
			j = len(text) - i
		}
		v.Irregular = true
		for _, f := range strings.Fields(text[i+1 : i+j]) {
			if w, _, ok := verbPhrase(f); ok {
				v.Forms = append(v.Forms, w)
			}
		}
		if i+j < len(text) {
			text = text[:i] + " " + text[i+j+1:]
		} else {
			text = text[:i]
		}
	}
	if strings.ContainsAny(text, "{}") {
		ps.add(n, "stray brace in verb")
	}
	w, head, ok := verbPhrase(strings.Join(strings.Fields(strings.Trim(text, "{} \t")), "_"))
	if !ok {
		ps.add(n, "empty verb; skipped")
		return Verb{}, false
	}
	if len(w) > 1 && head < 0 {
		ps.add(n, "multi-word verb %s without '+' on the inflected word; the first is used", strings.Join(w, "_"))
	}
	v.Words, v.Head = w, max(head, 0)
	return v, true
}

// verbPhrase splits "RE_+ARREST" into words and the index of the word
// marked "+" (-1 if none).
func verbPhrase(s string) ([]string, int, bool) {
	head := -1
	var w []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' }) {
		if strings.HasPrefix(part, "+") {
			part = strings.TrimLeft(part, "+")
			if head < 0 {
				head = len(w)
			}
		}
		if part != "" {
			w = append(w, strings.ToUpper(part))
		}
	}
	if head >= len(w) {
		head = -1
	}
	return w, head, len(w) > 0
}

// merge adds other's synsets (replacing those of the same name), blocks
// and transformations to v.
func (v *Verbs) merge(other *Verbs) {
	if other == nil {
		return
	}
	if v.Synsets == nil {
		v.Synsets = map[string]*Synset{}
	}
	maps.Copy(v.Synsets, other.Synsets)
	v.Blocks = append(v.Blocks, other.Blocks...)
	v.Transformations = append(v.Transformations, other.Transformations...)
}

// clone returns a copy of v that can be merged into without changing v.
func (v *Verbs) clone() *Verbs {
	if v == nil {
		return &Verbs{Synsets: map[string]*Synset{}}
	}
	return &Verbs{
		Synsets:         maps.Clone(v.Synsets),
		Blocks:          slices.Clip(v.Blocks),
		Transformations: slices.Clip(v.Transformations),
	}
}
