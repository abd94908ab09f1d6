package parse

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"dyad/nlp"
	"dyad/nlp/internal/linear"
)

// TrainOptions control Train.
type TrainOptions struct {
	Epochs int // passes over the training data; 0 means 15
	Seed   uint64
	// ExploreAfter is the number of epochs trained on the oracle's path
	// before exploration starts; Explore is the probability of then
	// following the model's own prediction.
	ExploreAfter int
	Explore      float64
	MinWeight    float32   // averaged weights below this magnitude are pruned
	Log          io.Writer // progress, when not nil
}

type goldSent struct {
	toks  []nlp.Token
	head  []int32 // head[k] of token k (1-based); head[0] = -1
	label []int32
}

// Train trains a parser on the trees of train, whose tokens should carry
// the tags the parser will see at run time (predicted, e.g. by
// tag.JackKnife). After each epoch the model is scored on dev (when
// given) and the one with the best LAS is kept.
func Train(train, dev []nlp.Sentence, opt TrainOptions) (*Parser, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 15
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	if opt.ExploreAfter == 0 {
		opt.ExploreAfter = 1
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	p := &Parser{}
	labelID := map[string]int32{}
	leftSeen, rightSeen := map[int32]bool{}, map[int32]bool{}
	var gold []goldSent
	skipped := 0
	for _, s := range train {
		n := len(s.Tokens)
		if n == 0 {
			continue
		}
		g := goldSent{toks: s.Tokens, head: make([]int32, n+1), label: make([]int32, n+1)}
		g.head[0], g.label[0] = -1, -1
		ok := true
		for i, tk := range s.Tokens {
			if tk.Head < 0 || tk.Head > n || tk.Head == i+1 || tk.Rel == "" {
				ok = false
				break
			}
			l, seen := labelID[tk.Rel]
			if !seen {
				l = int32(len(p.labels))
				labelID[tk.Rel] = l
				p.labels = append(p.labels, tk.Rel)
			}
			g.head[i+1], g.label[i+1] = int32(tk.Head), l
			if tk.Head > i+1 {
				leftSeen[l] = true
			} else {
				rightSeen[l] = true
			}
		}
		if !ok {
			skipped++
			continue
		}
		gold = append(gold, g)
	}
	if len(gold) == 0 {
		return nil, errors.New("parse: train: no usable trees")
	}
	if _, ok := labelID["root"]; !ok {
		return nil, errors.New(`parse: train: no "root" relation`)
	}
	for l := range int32(len(p.labels)) {
		if leftSeen[l] && p.labels[l] != "root" {
			p.left = append(p.left, l)
		}
		if rightSeen[l] {
			p.right = append(p.right, l)
		}
	}
	if err := p.init(); err != nil {
		return nil, err
	}
	logf("parser: %d trees (%d skipped), %d labels, %d classes\n", len(gold), skipped, len(p.labels), p.nclass())

	tr := linear.NewTrainer(p.nclass())
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a55))
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	st := &state{scores: make([]float32, p.nclass())}
	costs := make([]int, p.nclass())
	var bestModel *linear.Model
	bestLAS := -1.0
	for ep := 1; ep <= opt.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := ep > opt.ExploreAfter
		var steps, errs int
		for _, si := range order {
			g := &gold[si]
			st.reset(g.toks)
			for !st.terminal() {
				st.feats = st.features(st.feats[:0])
				tr.Score(st.feats, st.scores)
				pred := p.bestValid(st, st.scores)
				p.costs(st, g, costs)
				best, minCost := -1, 1<<30
				for c, k := range costs {
					if k < 0 {
						continue
					}
					if k < minCost || (k == minCost && st.scores[c] > st.scores[best]) {
						best, minCost = c, k
					}
				}
				tr.Tick()
				steps++
				if costs[pred] > minCost {
					errs++
					tr.Update(st.feats, best, pred, 1)
				}
				next := best
				if explore && rng.Float64() < opt.Explore {
					next = pred
				}
				p.apply(st, next)
			}
		}
		p.model = tr.Freeze(opt.MinWeight)
		msg := fmt.Sprintf("parser epoch %d: %.2f%% wrong moves, %d features, %d weights", ep,
			100*float64(errs)/float64(max(steps, 1)), p.model.NumFeatures(), p.model.NumWeights())
		if len(dev) == 0 {
			bestModel = p.model
			logf("%s (%s)\n", msg, time.Since(start).Round(time.Millisecond))
			continue
		}
		uas, las := p.Accuracy(dev)
		logf("%s, dev UAS %.2f LAS %.2f (%s)\n", msg, 100*uas, 100*las, time.Since(start).Round(time.Millisecond))
		if las > bestLAS {
			bestLAS, bestModel = las, p.model
		}
	}
	p.model = bestModel
	return p, nil
}

// costs sets costs[c] to the number of gold arcs that become unreachable
// if class c is applied (Goldberg and Nivre 2013), or -1 when c is not
// valid.
func (p *Parser) costs(st *state, g *goldSent, costs []int) {
	for i := range costs {
		costs[i] = -1
	}
	shift, left, right, rightRoot := st.valid()
	ns := len(st.stack)
	s0 := st.stack[ns-1]
	s1 := int32(-1)
	if ns >= 2 {
		s1 = st.stack[ns-2]
	}
	b0 := st.b
	if shift {
		c := 0
		h := g.head[b0]
		for _, k := range st.stack {
			if k == h && k != s0 {
				c++
			}
			if g.head[k] == b0 {
				c++
			}
		}
		costs[0] = c
	}
	if !left && !right {
		return
	}
	deps := 0
	for d := b0; d <= st.n; d++ {
		if g.head[d] == s0 {
			deps++
		}
	}
	hs0, ls0 := g.head[s0], g.label[s0]
	if left {
		c := deps
		if hs0 != b0 && (hs0 == s1 || hs0 > b0) {
			c++
		}
		for i, l := range p.left {
			if l == p.root {
				continue
			}
			k := c
			if hs0 == b0 && l != ls0 {
				k++
			}
			costs[1+i] = k
		}
	}
	if right {
		c := deps
		if hs0 >= b0 && b0 <= st.n {
			c++
		}
		base := 1 + len(p.left)
		for i, l := range p.right {
			if (l == p.root) != rightRoot {
				continue
			}
			k := c
			if hs0 == s1 && l != ls0 {
				k++
			}
			costs[base+i] = k
		}
	}
}

// Accuracy parses copies of the gold sentences, keeping their tags, and
// returns the unlabelled and labelled attachment scores over all tokens.
func (p *Parser) Accuracy(gold []nlp.Sentence) (uas, las float64) {
	var n, u, l int
	var toks []nlp.Token
	for _, s := range gold {
		toks = append(toks[:0], s.Tokens...)
		p.Parse(toks)
		for i, tk := range toks {
			g := s.Tokens[i]
			n++
			if tk.Head == g.Head {
				u++
				if tk.Rel == g.Rel {
					l++
				}
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(u) / float64(n), float64(l) / float64(n)
}
