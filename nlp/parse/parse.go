// Package parse is a labelled transition-based dependency parser for
// Universal Dependencies.
//
// The parser uses the arc-hybrid transition system (Kuhlmann,
// Gómez-Rodríguez and Satta 2011) with the root token at the bottom of the stack
// and the constraint that the root gets exactly one dependent, attached by
// the very last transition. A greedy averaged perceptron scores the
// transitions (SHIFT, and LEFT and RIGHT with every relation label seen in
// that direction) with the feature templates of Zhang and Nivre (2011)
// adapted to arc-hybrid: words, tags, left- and right-most dependents and
// their labels, valency, label sets and distance.
//
// Training uses the dynamic oracle of Goldberg and Nivre (2013) with
// exploration: after the first epochs the parser follows its own
// predictions, and updates towards the best-scoring transition of least
// cost. Non-projective training trees need no preprocessing: the arc-hybrid
// oracle's cost counts the gold arcs still reachable, so arcs that cannot
// be built projectively are simply never counted as lost by any move, and
// the parser learns to build the best projective approximation.
//
// Default loads the model trained on UD English-EWT that is embedded in the
// package (model/parser.bin, CC BY-SA 4.0 like the treebank). It was
// trained, on tags predicted by 5-fold jack-knifing of the tagger, with
//
//	dyad train parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \
//		--out nlp/parse/model/parser.bin
//
// (seed 1, 12 epochs, weights below 1 pruned), and is selected by LAS on
// the dev set tagged by the embedded tagger.
package parse

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"sync"

	"dyad/nlp"
	"dyad/nlp/internal/linear"
)

//go:embed model/parser.bin
var embedded []byte

const magic = "dyad-parser-1"

// Parser assigns heads and relation labels to tagged sentences. It is safe
// for concurrent use.
type Parser struct {
	model  *linear.Model
	labels []string // relation labels
	left   []int32  // class -> label for LEFT classes
	right  []int32
	root   int32 // label index of "root"
	pool   sync.Pool
}

// class layout: 0 = SHIFT, 1..len(left) = LEFT-label, then RIGHT-label.

func (p *Parser) nclass() int { return 1 + len(p.left) + len(p.right) }

// Default returns the parser embedded in the package, trained on UD
// English-EWT.
func Default() (*Parser, error) {
	if len(embedded) == 0 {
		return nil, errors.New("parse: no embedded model")
	}
	p, err := Load(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("parse: embedded model: %w", err)
	}
	return p, nil
}

// Load reads a parser written by Save.
func Load(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parse: load: %w", err)
	}
	d := linear.NewDecoder(zr)
	if m := d.String(); m != magic && d.Err() == nil {
		return nil, fmt.Errorf("parse: load: not a parser model (%q)", m)
	}
	p := &Parser{}
	p.labels = d.Strings()
	for _, dst := range []*[]int32{&p.left, &p.right} {
		n := d.Len(1 << 16)
		for i := 0; i < n && d.Err() == nil; i++ {
			*dst = append(*dst, int32(d.Len(len(p.labels)-1)))
		}
	}
	p.model = d.Model()
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("parse: load: %w", err)
	}
	if err := p.init(); err != nil {
		return nil, fmt.Errorf("parse: load: %w", err)
	}
	if p.model.NumClasses() != p.nclass() {
		return nil, fmt.Errorf("parse: load: model has %d classes, want %d", p.model.NumClasses(), p.nclass())
	}
	return p, nil
}

func (p *Parser) init() error {
	p.root = -1
	for i, l := range p.labels {
		if l == "root" {
			p.root = int32(i)
		}
	}
	if p.root < 0 {
		return errors.New("no root label")
	}
	return nil
}

// Save writes p in the gzip-compressed binary format read by Load.
func (p *Parser) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	e := linear.NewEncoder(zw)
	e.String(magic)
	e.Strings(p.labels)
	for _, src := range [][]int32{p.left, p.right} {
		e.Uint(uint64(len(src)))
		for _, l := range src {
			e.Uint(uint64(l))
		}
	}
	e.Model(p.model)
	if err := e.Flush(); err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	return nil
}

// Labels returns the relation labels p can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Parse sets Head and Rel of toks, which must carry Form and XPOS/UPOS
// tags.
func (p *Parser) Parse(toks []nlp.Token) {
	if len(toks) == 0 {
		return
	}
	st := p.getState()
	st.reset(toks)
	for !st.terminal() {
		if len(st.stack) == 1 {
			st.shift() // the only valid move: no need to score
			continue
		}
		st.feats = st.features(st.feats[:0])
		p.model.Score(st.feats, st.scores)
		c := p.bestValid(st, st.scores)
		p.apply(st, c)
	}
	for i := range toks {
		toks[i].Head = int(st.head[i+1])
		if l := st.label[i+1]; l >= 0 {
			toks[i].Rel = p.labels[l]
		} else {
			toks[i].Rel = "dep"
		}
	}
	p.pool.Put(st)
}

// ParseDoc parses every sentence of d.
func (p *Parser) ParseDoc(d *nlp.Doc) {
	for i := range d.Sentences {
		p.Parse(d.Sentences[i].Tokens)
	}
}

func (p *Parser) getState() *state {
	if st, ok := p.pool.Get().(*state); ok {
		return st
	}
	return &state{scores: make([]float32, p.nclass()), feats: make([]uint64, 0, 128)}
}

// valid reports which move kinds are allowed: shift, left, right, and
// whether right must be labelled root.
func (st *state) valid() (shift, left, right, rightRoot bool) {
	bufOK := st.b <= st.n
	ns := len(st.stack)
	shift = bufOK
	left = bufOK && ns >= 2
	if ns >= 2 {
		if st.stack[ns-2] == 0 {
			right = !bufOK
			rightRoot = true
		} else {
			right = true
		}
	}
	return
}

func (p *Parser) bestValid(st *state, scores []float32) int {
	shift, left, right, rightRoot := st.valid()
	best, bs := -1, float32(0)
	try := func(c int) {
		if best < 0 || scores[c] > bs {
			best, bs = c, scores[c]
		}
	}
	if shift {
		try(0)
	}
	if left {
		for i, l := range p.left {
			if l != p.root {
				try(1 + i)
			}
		}
	}
	if right {
		base := 1 + len(p.left)
		for i, l := range p.right {
			if (l == p.root) == rightRoot {
				try(base + i)
			}
		}
	}
	return best
}

func (p *Parser) apply(st *state, c int) {
	switch {
	case c == 0:
		st.shift()
	case c <= len(p.left):
		st.leftArc(p.left[c-1])
	default:
		st.rightArc(p.right[c-1-len(p.left)])
	}
}

// Pruned returns a copy of p without the weights whose magnitude is below
// minAbs: a smaller, faster and usually slightly less accurate parser.
func (p *Parser) Pruned(minAbs float32) *Parser {
	q := &Parser{model: p.model.Prune(minAbs), labels: p.labels, left: p.left, right: p.right, root: p.root}
	return q
}

// Size returns the number of features and weights of p's model.
func (p *Parser) Size() (features, weights int) {
	return p.model.NumFeatures(), p.model.NumWeights()
}
