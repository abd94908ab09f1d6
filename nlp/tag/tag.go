// Package tag assigns part-of-speech tags (UPOS and XPOS), lemmas and
// morphological features to tokenised sentences.
//
// The tagger is a greedy left-to-right averaged perceptron (Collins 2002)
// over a combined UPOS+XPOS tag set, with features of the word, its
// affixes and shape, the surrounding words, the two previous predicted
// tags and the ambiguity classes (tags seen in training) of the word and
// the next two words, a cheap form of lookahead. A second left-to-right
// pass also sees the first pass's tags of the next two words; it is
// trained on first-pass tags predicted by jack-knifing. Frequent unambiguous words
// are tagged from a dictionary without scoring. The lemmatiser is learned
// from the same treebank: a (word, XPOS) table backed by suffix rewrite
// rules for unseen words.
//
// Default loads the model trained on UD English-EWT that is embedded in the
// package (model/tagger.bin, CC BY-SA 4.0 like the treebank), trained with
//
//	dyad train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \
//		--out nlp/tag/model/tagger.bin
//
// (seed 1, 10 epochs per pass, weights below 0.2 pruned).
package tag

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"dyad/nlp"
	"dyad/nlp/internal/linear"
)

//go:embed model/tagger.bin
var embedded []byte

const magic = "dyad-tagger-1"

// Tagger tags, lemmatises and adds features to sentences. It is safe for
// concurrent use.
type Tagger struct {
	model *linear.Model
	// model2, when not nil, runs a second left-to-right pass that also
	// sees the first pass's tags of the next two words.
	model2 *linear.Model
	upos   []string // per class
	xpos   []string // per class
	dict   map[string]int32
	amb    map[string]uint64
	lem    *Lemmatizer
	pool   sync.Pool
}

// Default returns the tagger embedded in the package, trained on UD
// English-EWT.
func Default() (*Tagger, error) {
	if len(embedded) == 0 {
		return nil, errors.New("tag: no embedded model")
	}
	t, err := Load(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("tag: embedded model: %w", err)
	}
	return t, nil
}

// Load reads a tagger written by Save.
func Load(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tag: load: %w", err)
	}
	d := linear.NewDecoder(zr)
	if m := d.String(); m != magic && d.Err() == nil {
		return nil, fmt.Errorf("tag: load: not a tagger model (%q)", m)
	}
	t := &Tagger{}
	classes := d.Strings()
	for _, c := range classes {
		u, x, _ := strings.Cut(c, "\t")
		t.upos = append(t.upos, u)
		t.xpos = append(t.xpos, x)
	}
	n := d.Len(1 << 24)
	t.dict = make(map[string]int32, n)
	for i := 0; i < n && d.Err() == nil; i++ {
		w := d.String()
		t.dict[w] = int32(d.Len(len(classes) - 1))
	}
	n = d.Len(1 << 24)
	t.amb = make(map[string]uint64, n)
	for i := 0; i < n && d.Err() == nil; i++ {
		w := d.String()
		t.amb[w] = d.Uint()
	}
	t.lem = decodeLemmatizer(d)
	t.model = d.Model()
	if d.Uint() == 1 {
		t.model2 = d.Model()
	}
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("tag: load: %w", err)
	}
	if t.model.NumClasses() != len(classes) || (t.model2 != nil && t.model2.NumClasses() != len(classes)) {
		return nil, fmt.Errorf("tag: load: model has %d classes, want %d", t.model.NumClasses(), len(classes))
	}
	return t, nil
}

// Save writes t in the gzip-compressed binary format read by Load.
func (t *Tagger) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	e := linear.NewEncoder(zw)
	e.String(magic)
	classes := make([]string, len(t.upos))
	for i := range classes {
		classes[i] = t.upos[i] + "\t" + t.xpos[i]
	}
	e.Strings(classes)
	keys := sortedKeys(t.dict)
	e.Uint(uint64(len(keys)))
	for _, k := range keys {
		e.String(k)
		e.Uint(uint64(t.dict[k]))
	}
	keys = sortedKeys(t.amb)
	e.Uint(uint64(len(keys)))
	for _, k := range keys {
		e.String(k)
		e.Uint(t.amb[k])
	}
	t.lem.encode(e)
	e.Model(t.model)
	if t.model2 != nil {
		e.Uint(1)
		e.Model(t.model2)
	} else {
		e.Uint(0)
	}
	if err := e.Flush(); err != nil {
		return fmt.Errorf("tag: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("tag: save: %w", err)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Lemmatizer returns the lemmatiser of t.
func (t *Tagger) Lemmatizer() *Lemmatizer { return t.lem }

// Tags returns the UPOS and XPOS tag pairs t can assign.
func (t *Tagger) Tags() (upos, xpos []string) {
	return slices.Clone(t.upos), slices.Clone(t.xpos)
}

// atoms are the per-token hashes features are built from.
type atoms struct {
	w, l, shape, amb uint64
	s1, s2, s3, s4   uint64
	p1, p2, p3       uint64
	aux              uint64 // nearest preceding "be" or "have" (see fillAtoms)
	first            bool
}

type scratch struct {
	at     []atoms
	feats  []uint64
	scores []float32
	first  []int32 // classes of the first pass
	second []int32
}

const pad = 2

var padAtoms = atoms{
	w: 0x5a5a1, l: 0x5a5a2, shape: 0x5a5a3, amb: 0x5a5a4,
	s1: 0x5a5a5, s2: 0x5a5a6, s3: 0x5a5a7, s4: 0x5a5a8, p1: 0x5a5a9, p2: 0x5a5aa, p3: 0x5a5ab,
}

// shape maps a word to a coarse shape such as "Xx", "d,d" or "x-x".
func shape(s string) string {
	var b [16]byte
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case r >= 'a' && r <= 'z' || unicode.IsLower(r):
			c = 'x'
		case r >= 'A' && r <= 'Z' || unicode.IsUpper(r):
			c = 'X'
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n < len(b) {
			b[n] = c
			n++
		}
	}
	return string(b[:n])
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func suffixHash(l string, n int) uint64 {
	if len(l) < n {
		return linear.String(l) ^ 0x77
	}
	return linear.String(l[len(l)-n:])
}

func prefixHash(l string, n int) uint64 {
	if len(l) < n {
		return linear.String(l) ^ 0x99
	}
	return linear.String(l[:n])
}

func (t *Tagger) fillAtoms(sc *scratch, toks []nlp.Token) {
	n := len(toks)
	if cap(sc.at) < n+2*pad {
		sc.at = make([]atoms, n+2*pad)
	}
	sc.at = sc.at[:n+2*pad]
	for i := 0; i < pad; i++ {
		sc.at[i] = padAtoms
		sc.at[n+pad+i] = padAtoms
		sc.at[n+pad+i].w ^= 0xe0f
		sc.at[n+pad+i].l ^= 0xe0f
	}
	aux, dist := uint64(0x4a0), 0
	for i := range toks {
		a := &sc.at[i+pad]
		fillTokenAtoms(a, toks[i].Form, i == 0, t.amb)
		// The nearest form of "be" or "have" in the three previous
		// words tells past participles from past tenses.
		if dist > 3 {
			aux = 0x4a0
		}
		a.aux = aux
		if auxWords[a.l] {
			aux, dist = a.l, 0
		}
		dist++
	}
}

// auxWords holds the hashes of the forms of "be" and "have".
var auxWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields("be is are was were been being am 's 're 'm have has had having 've 'd get gets got getting") {
		m[linear.String(w)] = true
	}
	return m
}()

func fillTokenAtoms(a *atoms, form string, first bool, amb map[string]uint64) {
	l := lowerASCII(form)
	a.w = linear.String(form)
	a.l = linear.String(l)
	a.shape = linear.String(shape(form))
	a.amb = amb[l]
	a.s1, a.s2, a.s3, a.s4 = suffixHash(l, 1), suffixHash(l, 2), suffixHash(l, 3), suffixHash(l, 4)
	a.p1, a.p2, a.p3 = prefixHash(l, 1), prefixHash(l, 2), prefixHash(l, 3)
	a.first = first
}

// features appends the features of token i (0-based) given the two
// previous tags (class+1, 0 at the start).
func features(f []uint64, at []atoms, i int, t1, t2 uint64) []uint64 {
	F1, F2, F3 := linear.F1, linear.F2, linear.F3
	c := &at[i+pad]
	p, pp := &at[i+pad-1], &at[i+pad-2]
	n, nn := &at[i+pad+1], &at[i+pad+2]
	first := uint64(0)
	if c.first {
		first = 1
	}
	return append(f,
		F1(1, 0),
		F1(2, c.w),
		F1(3, c.l),
		F1(4, c.s1), F1(5, c.s2), F1(6, c.s3), F1(7, c.s4),
		F1(8, c.p1), F1(9, c.p2), F1(10, c.p3),
		F2(11, c.shape, first),
		F1(12, t1),
		F1(13, t2),
		F2(14, t1, t2),
		F2(15, t1, c.l),
		F1(16, p.l),
		F1(17, pp.l),
		F1(18, n.l),
		F1(19, nn.l),
		F1(20, p.s3),
		F1(21, n.s3),
		F1(22, c.amb),
		F1(23, n.amb),
		F1(24, nn.amb),
		F2(25, t1, c.amb),
		F2(26, c.l, n.l),
		F2(27, p.l, c.l),
		F2(28, t1, c.s3),
		F1(29, n.shape),
		F1(30, p.shape),
		F2(31, c.amb, n.amb),
		F2(32, t1, n.l),
		F3(33, t1, c.amb, n.amb),
		F2(34, c.shape, c.s3),
		F1(35, p.w),
		F1(36, n.w),
		F2(37, c.aux, c.s2),
		F3(38, c.aux, t1, c.s2),
		F3(39, t2, t1, c.s2),
	)
}

const noTag = 0x3f3f

// rightTag returns the first-pass tag atom of token i.
func rightTag(right []int32, i int) uint64 {
	if i < len(right) {
		return uint64(right[i]) + 1
	}
	return noTag
}

// features2 appends the features of the second pass: those of the first
// plus the first-pass tags of the next two words.
func features2(f []uint64, at []atoms, i int, t1, t2 uint64, right []int32) []uint64 {
	f = features(f, at, i, t1, t2)
	F1, F2, F3 := linear.F1, linear.F2, linear.F3
	c, n := &at[i+pad], &at[i+pad+1]
	r0, r1, r2 := rightTag(right, i), rightTag(right, i+1), rightTag(right, i+2)
	return append(f,
		F1(60, r1),
		F1(61, r2),
		F2(62, r1, r2),
		F2(63, t1, r1),
		F3(64, t1, r1, r2),
		F2(65, c.l, r1),
		F2(66, c.amb, r1),
		F2(67, c.s3, r1),
		F2(68, n.l, r1),
		F1(69, r0),
		F2(70, r0, c.amb),
		F3(71, t1, r0, r1),
	)
}

type scorer interface {
	Score(feats []uint64, scores []float32)
}

func argmax(s []float32) int {
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}

func (t *Tagger) getScratch() *scratch {
	if sc, ok := t.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{feats: make([]uint64, 0, 64), scores: make([]float32, len(t.upos))}
}

// pass runs one greedy left-to-right pass with model m over the tokens
// whose atoms are in sc, writing the classes to out. right holds the
// classes of the first pass for the second pass, and is nil in the first.
func (t *Tagger) pass(sc *scratch, m scorer, toks []nlp.Token, right, out []int32) {
	var t1, t2 uint64
	for i := range toks {
		c, ok := t.dict[toks[i].Form]
		if !ok {
			if right == nil {
				sc.feats = features(sc.feats[:0], sc.at, i, t1, t2)
			} else {
				sc.feats = features2(sc.feats[:0], sc.at, i, t1, t2, right)
			}
			m.Score(sc.feats, sc.scores)
			c = int32(argmax(sc.scores))
		}
		out[i] = c
		t2, t1 = t1, uint64(c)+1
	}
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// Tag sets UPOS, XPOS, Lemma and Feats of toks.
func (t *Tagger) Tag(toks []nlp.Token) {
	if len(toks) == 0 {
		return
	}
	sc := t.getScratch()
	t.fillAtoms(sc, toks)
	sc.first = grow32(sc.first, len(toks))
	t.pass(sc, t.model, toks, nil, sc.first)
	classes := sc.first
	if t.model2 != nil {
		sc.second = grow32(sc.second, len(toks))
		t.pass(sc, t.model2, toks, sc.first, sc.second)
		classes = sc.second
	}
	for i, c := range classes {
		tk := &toks[i]
		tk.UPOS, tk.XPOS = t.upos[c], t.xpos[c]
		tk.Lemma = t.lem.Lemma(tk.Form, tk.UPOS, tk.XPOS)
		tk.Feats = t.lem.Feats(tk.Form, tk.UPOS, tk.XPOS)
	}
	t.pool.Put(sc)
}

// TagDoc tags every sentence of d.
func (t *Tagger) TagDoc(d *nlp.Doc) {
	for i := range d.Sentences {
		t.Tag(d.Sentences[i].Tokens)
	}
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs    int       // passes over the training data; 0 means 10
	Seed      uint64    // seed of the shuffling
	MinWeight float32   // averaged weights below this magnitude are pruned
	Log       io.Writer // progress, when not nil
	// OnePass trains only the first pass. By default a second pass is
	// trained on first-pass tags predicted by jack-knifing (Folds folds,
	// 0 means 5).
	OnePass bool
	Folds   int
}

type goldWord struct {
	form, lemma, upos, xpos, feats string
}

// Train trains a tagger and lemmatiser on the gold annotations of train.
// After each epoch the averaged model is scored on dev (when given) and the
// best one is kept.
func Train(train, dev []nlp.Sentence, opt TrainOptions) (*Tagger, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	t := &Tagger{}
	classID := map[string]int32{}
	var words []goldWord
	formCount := map[string]map[int32]int{}
	lowerCount := map[string]map[int32]int{}
	for _, s := range train {
		for _, tk := range s.Tokens {
			if tk.UPOS == "" {
				continue
			}
			k := tk.UPOS + "\t" + tk.XPOS
			c, ok := classID[k]
			if !ok {
				c = int32(len(t.upos))
				classID[k] = c
				t.upos = append(t.upos, tk.UPOS)
				t.xpos = append(t.xpos, tk.XPOS)
			}
			words = append(words, goldWord{tk.Form, tk.Lemma, tk.UPOS, tk.XPOS, tk.Feats})
			for _, p := range []struct {
				m map[string]map[int32]int
				k string
			}{{formCount, tk.Form}, {lowerCount, lowerASCII(tk.Form)}} {
				if p.m[p.k] == nil {
					p.m[p.k] = map[int32]int{}
				}
				p.m[p.k][c]++
			}
		}
	}
	if len(words) == 0 {
		return nil, errors.New("tag: train: no tagged tokens")
	}
	t.dict = map[string]int32{}
	for w, m := range formCount {
		c, total := best(m, func(a, b int32) bool { return a < b })
		if total >= 20 && float64(m[c]) >= 0.97*float64(total) {
			t.dict[w] = c
		}
	}
	t.amb = map[string]uint64{}
	for w, m := range lowerCount {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < 2 {
			continue
		}
		var cs []int32
		for c, n := range m {
			if float64(n) >= 0.02*float64(total) {
				cs = append(cs, c)
			}
		}
		slices.Sort(cs)
		h := uint64(0xabc)
		for _, c := range cs {
			h = linear.F2(99, h, uint64(c))
		}
		t.amb[w] = h
	}
	t.lem = trainLemmatizer(words)
	logf("tagger: %d tokens, %d tags, %d dictionary words, %d lemma rules\n", len(words), len(t.upos), len(t.dict), len(t.lem.rules))

	t.model = t.trainPass(train, dev, classID, nil, opt, logf)
	if opt.OnePass {
		return t, nil
	}
	// The second pass learns from first-pass tags as good as those seen at
	// run time: each training sentence is tagged by a first pass trained
	// on the other folds.
	k := opt.Folds
	if k <= 0 {
		k = 5
	}
	k = min(k, len(train))
	if k < 2 {
		return t, nil // too little data for a second pass
	}
	right := make([][]int32, len(train))
	var wg sync.WaitGroup
	errs := make([]error, k)
	for f := 0; f < k; f++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var tr []nlp.Sentence
			for i, s := range train {
				if i%k != f {
					tr = append(tr, s)
				}
			}
			fo := opt
			fo.Log, fo.OnePass = nil, true
			ft, err := Train(tr, nil, fo)
			if err != nil {
				errs[f] = fmt.Errorf("tag: train: fold %d: %w", f, err)
				return
			}
			sc := ft.getScratch()
			for i := f; i < len(train); i += k {
				toks := train[i].Tokens
				out := make([]int32, len(toks))
				ft.fillAtoms(sc, toks)
				ft.pass(sc, ft.model, toks, nil, out)
				for j, c := range out {
					// Map the fold's classes to the full tag set.
					out[j] = classID[ft.upos[c]+"\t"+ft.xpos[c]]
				}
				right[i] = out
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	logf("tagger: first-pass tags of the training set predicted in %d folds\n", k)
	t.model2 = t.trainPass(train, dev, classID, right, opt, logf)
	return t, nil
}

// trainPass trains the model of the first pass (right == nil) or of the
// second (right holds the first-pass classes of each training sentence),
// keeping the epoch that tags dev best.
func (t *Tagger) trainPass(train, dev []nlp.Sentence, classID map[string]int32, right [][]int32, opt TrainOptions, logf func(string, ...any)) *linear.Model {
	name := "first"
	if right != nil {
		name = "second"
	}
	tr := linear.NewTrainer(len(t.upos))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a66))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	sc := &scratch{scores: make([]float32, len(t.upos))}
	var bestModel *linear.Model
	bestAcc := -1.0
	for ep := 1; ep <= opt.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			toks := train[si].Tokens
			if len(toks) == 0 {
				continue
			}
			var r []int32
			if right != nil {
				r = right[si]
			}
			t.fillAtoms(sc, toks)
			var t1, t2 uint64
			for i := range toks {
				gold, ok := classID[toks[i].UPOS+"\t"+toks[i].XPOS]
				c, inDict := t.dict[toks[i].Form]
				if !inDict {
					if r == nil {
						sc.feats = features(sc.feats[:0], sc.at, i, t1, t2)
					} else {
						sc.feats = features2(sc.feats[:0], sc.at, i, t1, t2, r)
					}
					tr.Score(sc.feats, sc.scores)
					c = int32(argmax(sc.scores))
					tr.Tick()
					if ok && c != gold {
						tr.Update(sc.feats, int(gold), int(c), 1)
					}
				}
				if ok {
					total++
					if c == gold {
						correct++
					}
				}
				t2, t1 = t1, uint64(c)+1
			}
		}
		m := tr.Freeze(opt.MinWeight)
		acc := float64(correct) / float64(max(total, 1))
		if len(dev) == 0 {
			bestModel = m
			logf("tagger %s pass epoch %d: train %.2f%% (%s)\n", name, ep, 100*acc, time.Since(start).Round(time.Millisecond))
			continue
		}
		if right == nil {
			t.model = m
		} else {
			t.model2 = m
		}
		upos, xpos, _ := t.Accuracy(dev)
		logf("tagger %s pass epoch %d: train %.2f%%, dev UPOS %.2f%% XPOS %.2f%%, %d features (%s)\n",
			name, ep, 100*acc, 100*upos, 100*xpos, m.NumFeatures(), time.Since(start).Round(time.Millisecond))
		if upos+xpos > bestAcc {
			bestAcc, bestModel = upos+xpos, m
		}
	}
	return bestModel
}

// Accuracy tags copies of the gold sentences and returns the UPOS, XPOS
// and lemma accuracies.
func (t *Tagger) Accuracy(gold []nlp.Sentence) (upos, xpos, lemma float64) {
	var n, u, x, l int
	var toks []nlp.Token
	for _, s := range gold {
		toks = append(toks[:0], s.Tokens...)
		t.Tag(toks)
		for i, tk := range toks {
			g := s.Tokens[i]
			n++
			if tk.UPOS == g.UPOS {
				u++
			}
			if tk.XPOS == g.XPOS {
				x++
			}
			if tk.Lemma == g.Lemma {
				l++
			}
		}
	}
	if n == 0 {
		return 0, 0, 0
	}
	return float64(u) / float64(n), float64(x) / float64(n), float64(l) / float64(n)
}

// JackKnife returns copies of sents whose UPOS and XPOS are predicted by
// taggers trained on the other k-1 of k folds, as training data for a
// parser that will see predicted tags.
func JackKnife(sents []nlp.Sentence, k int, opt TrainOptions) ([]nlp.Sentence, error) {
	if k < 2 {
		return nil, fmt.Errorf("tag: jackknife: need at least 2 folds, have %d", k)
	}
	if len(sents) < k {
		return nil, fmt.Errorf("tag: jackknife: %d sentences for %d folds", len(sents), k)
	}
	out := make([]nlp.Sentence, len(sents))
	for i, s := range sents {
		out[i] = s
		out[i].Tokens = slices.Clone(s.Tokens)
	}
	// The folds are independent: train them concurrently.
	errs := make([]error, k)
	var wg sync.WaitGroup
	for f := 0; f < k; f++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var tr []nlp.Sentence
			for i, s := range sents {
				if i%k != f {
					tr = append(tr, s)
				}
			}
			fo := opt
			fo.Log = nil
			t, err := Train(tr, nil, fo)
			if err != nil {
				errs[f] = fmt.Errorf("tag: jackknife fold %d: %w", f, err)
				return
			}
			for i := f; i < len(out); i += k {
				toks := out[i].Tokens
				gold := slices.Clone(toks)
				t.Tag(toks)
				for j := range toks {
					toks[j].Lemma, toks[j].Feats = gold[j].Lemma, gold[j].Feats
				}
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, "jackknife: %d folds done\n", k)
	}
	return out, nil
}

// Pruned returns a copy of t without the weights whose magnitude is below
// minAbs: a smaller, faster and usually slightly less accurate tagger.
func (t *Tagger) Pruned(minAbs float32) *Tagger {
	q := &Tagger{model: t.model.Prune(minAbs), upos: t.upos, xpos: t.xpos, dict: t.dict, amb: t.amb, lem: t.lem}
	if t.model2 != nil {
		q.model2 = t.model2.Prune(minAbs)
	}
	return q
}

// Size returns the number of features and weights of t's model.
func (t *Tagger) Size() (features, weights int) {
	return t.model.NumFeatures(), t.model.NumWeights()
}
