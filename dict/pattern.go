package dict

import (
	"strings"
)

// Kind is the kind of an element of a verb pattern.
type Kind int

// The kinds of pattern elements.
const (
	Word       Kind = iota // a literal word: Text
	Source                 // "$": the source actor
	Target                 // "+": the target actor
	Compound               // "%": a compound actor, both source and target
	Skip                   // "^": skip the next noun phrase
	SynsetRef              // "&NAME": any member of a synset; Text is the name
	Prep                   // "(PREP ...)": a prepositional phrase; Text is the preposition, Elems its object
	NounPhrase             // "{A B C}" or "A_B_C": a noun phrase whose last element is the head; Elems
)

var kindNames = [...]string{"word", "source", "target", "compound", "skip", "synset", "prep", "np"}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Element is one element of a verb pattern or synset member.
type Element struct {
	Kind  Kind
	Text  string    // the word, the synset name ("&CURRENCY") or the preposition
	Elems []Element // the object of a Prep; the words of a NounPhrase, head last
}

// String formats the element in the dictionary's own notation.
func (e Element) String() string {
	switch e.Kind {
	case Source:
		return "$"
	case Target:
		return "+"
	case Compound:
		return "%"
	case Skip:
		return "^"
	case Prep:
		if len(e.Elems) == 0 {
			return "(" + e.Text + ")"
		}
		return "(" + e.Text + " " + formatElems(e.Elems) + ")"
	case NounPhrase:
		return "{" + formatElems(e.Elems) + "}"
	}
	return e.Text
}

func formatElems(es []Element) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.String()
	}
	return strings.Join(parts, " ")
}

// tokenize splits pattern text into words and the characters ( ) { } *,
// which are always tokens of their own.
func tokenize(s string) []string {
	var toks []string
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			if start >= 0 {
				toks = append(toks, s[start:i])
				start = -1
			}
		case c == '(' || c == ')' || c == '{' || c == '}' || c == '*':
			if start >= 0 {
				toks = append(toks, s[start:i])
				start = -1
			}
			toks = append(toks, s[i:i+1])
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// elemParser builds elements from tokens.
type elemParser struct {
	toks  []string
	i     int
	verb  int // number of "*" seen at the top level
	split int // index in the top-level element list where "*" stood
	probs []string
	depth int
}

// maxDepth bounds the nesting of brackets in a pattern.
const maxDepth = 8

// parseElements parses a whole pattern or synset member. It returns the
// top-level elements and the position of the verb marker "*" among them
// (-1 if none).
func parseElements(s string) (elems []Element, verbAt int, probs []string) {
	p := &elemParser{toks: tokenize(s), split: -1}
	elems = p.seq("")
	if p.verb > 1 {
		p.probs = append(p.probs, "more than one verb marker '*'")
	}
	return elems, p.split, p.probs
}

// seq parses elements up to the closing token (")" or "}"; "" at the top).
func (p *elemParser) seq(closer string) []Element {
	var out []Element
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		p.i++
		switch t {
		case ")", "}":
			if t == closer {
				return out
			}
			p.probs = append(p.probs, "unbalanced '"+t+"'")
			continue
		case "(", "{":
			if p.depth >= maxDepth {
				p.probs = append(p.probs, "brackets nested too deep")
				continue
			}
			p.depth++
			if t == "(" {
				out = append(out, p.prep())
			} else {
				inner := p.seq("}")
				if len(inner) > 0 {
					out = append(out, Element{Kind: NounPhrase, Elems: flattenNP(inner)})
				}
			}
			p.depth--
			continue
		case "*":
			if closer != "" || p.depth > 0 {
				p.probs = append(p.probs, "verb marker '*' inside brackets ignored")
				continue
			}
			p.verb++
			if p.split < 0 {
				p.split = len(out)
			}
			continue
		}
		if e, ok := atom(t); ok {
			out = append(out, e)
		}
	}
	if closer != "" {
		p.probs = append(p.probs, "unbalanced bracket: missing '"+closer+"'")
	}
	return out
}

// prep parses a prepositional phrase after its "(".
func (p *elemParser) prep() Element {
	e := Element{Kind: Prep}
	if p.i < len(p.toks) {
		if t := p.toks[p.i]; t != ")" && t != "(" && t != "{" && t != "}" {
			e.Text = strings.ToUpper(strings.Trim(t, "_"))
			p.i++
		}
	}
	e.Elems = p.seq(")")
	if e.Text == "" {
		p.probs = append(p.probs, "prepositional phrase without a preposition")
	}
	return e
}

// flattenNP removes nested noun phrases inside a noun phrase.
func flattenNP(es []Element) []Element {
	var out []Element
	for _, e := range es {
		if e.Kind == NounPhrase {
			out = append(out, e.Elems...)
		} else {
			out = append(out, e)
		}
	}
	return out
}

// atom reads one word token.
func atom(t string) (Element, bool) {
	switch t {
	case "$":
		return Element{Kind: Source}, true
	case "+":
		return Element{Kind: Target}, true
	case "%":
		return Element{Kind: Compound}, true
	case "^":
		return Element{Kind: Skip}, true
	}
	if strings.HasPrefix(t, "&") {
		return Element{Kind: SynsetRef, Text: synsetName(t)}, true
	}
	w := words(t)
	switch len(w) {
	case 0:
		return Element{}, false
	case 1:
		return Element{Kind: Word, Text: w[0]}, true
	}
	np := Element{Kind: NounPhrase}
	for _, x := range w {
		if strings.HasPrefix(x, "&") && len(x) > 1 { // NEW_&TIETYPES_RELATIONS
			np.Elems = append(np.Elems, Element{Kind: SynsetRef, Text: x})
			continue
		}
		np.Elems = append(np.Elems, Element{Kind: Word, Text: x})
	}
	return np, true
}

// synsetName normalises a synset label: upper case, without the trailing
// "_" that marks a synset whose members take no plural.
func synsetName(t string) string {
	return strings.ToUpper(strings.TrimRight(t, "_"))
}
