package parse

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"dyad/nlp"
	"dyad/nlp/conllu"
)

func readDoc(t testing.TB, path string) *nlp.Doc {
	t.Helper()
	d, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// ewtPath returns the path of an EWT split, skipping the test when the
// treebank is not beside the module.
func ewtPath(t testing.TB, split string) string {
	p := filepath.Join("..", "..", "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-"+split+".conllu")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("UD English-EWT not found at %s; skipping", p)
	}
	return p
}

func projective(toks []nlp.Token) bool {
	for i, a := range toks {
		d, h := i+1, a.Head
		lo, hi := min(d, h), max(d, h)
		for j, b := range toks {
			e, g := j+1, b.Head
			if e == d {
				continue
			}
			in := func(x int) bool { return x > lo && x < hi }
			if in(e) != in(g) && e != lo && e != hi && g != lo && g != hi {
				return false
			}
		}
	}
	return true
}

// oracleParse follows the dynamic oracle's zero-cost transitions.
func oracleParse(p *Parser, g *goldSent) (heads, labels []int32) {
	st := &state{scores: make([]float32, p.nclass())}
	costs := make([]int, p.nclass())
	st.reset(g.toks)
	for !st.terminal() {
		p.costs(st, g, costs)
		best := -1
		for c, k := range costs {
			if k >= 0 && (best < 0 || k < costs[best]) {
				best = c
			}
		}
		p.apply(st, best)
	}
	return slices.Clone(st.head), slices.Clone(st.label)
}

func tinyParser(t *testing.T, sents []nlp.Sentence, epochs int) *Parser {
	t.Helper()
	p, err := Train(sents, nil, TrainOptions{Epochs: epochs, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestOracle(t *testing.T) {
	tiny := readDoc(t, "testdata/tiny.conllu").Sentences
	p := tinyParser(t, tiny, 1)
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared", "data", "ud-english-ewt")); err == nil && !testing.Short() {
		// A parser that knows every EWT label in both directions.
		seen := map[string]bool{}
		q := &Parser{}
		for _, s := range readDoc(t, ewtPath(t, "dev")).Sentences {
			for _, tk := range s.Tokens {
				if !seen[tk.Rel] {
					seen[tk.Rel] = true
					l := int32(len(q.labels))
					q.labels = append(q.labels, tk.Rel)
					q.right = append(q.right, l)
					if tk.Rel != "root" {
						q.left = append(q.left, l)
					}
				}
			}
		}
		if err := q.init(); err != nil {
			t.Fatal(err)
		}
		p = q
	}
	check := func(sents []nlp.Sentence) (n, bad int) {
		for _, s := range sents {
			if !projective(s.Tokens) {
				continue
			}
			g := goldSent{toks: s.Tokens, head: make([]int32, len(s.Tokens)+1), label: make([]int32, len(s.Tokens)+1)}
			g.head[0], g.label[0] = -1, -1
			for i, tk := range s.Tokens {
				g.head[i+1] = int32(tk.Head)
				g.label[i+1] = int32(slices.Index(p.labels, tk.Rel))
			}
			n++
			if h, l := oracleParse(p, &g); !slices.Equal(h[1:], g.head[1:]) || !slices.Equal(l[1:], g.label[1:]) {
				bad++
				if bad < 3 {
					t.Errorf("oracle tree %v %v, want %v %v", h[1:], l[1:], g.head[1:], g.label[1:])
				}
			}
		}
		return n, bad
	}
	if n, bad := check(tiny); n != len(tiny) || bad > 0 {
		t.Errorf("tiny: %d of %d projective trees not rebuilt", bad, n)
	}
	if testing.Short() {
		return
	}
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared", "data", "ud-english-ewt")); err != nil {
		return
	}
	dev := readDoc(t, ewtPath(t, "dev")).Sentences
	n, bad := check(dev)
	if bad > 0 {
		t.Errorf("EWT dev: oracle failed on %d of %d projective trees", bad, n)
	}
}

func TestTrainTiny(t *testing.T) {
	sents := readDoc(t, "testdata/tiny.conllu").Sentences
	p := tinyParser(t, sents, 20)
	uas, las := p.Accuracy(sents)
	if uas < 0.95 || las < 0.95 {
		t.Errorf("training-set UAS %.2f LAS %.2f, want >= 0.95", uas, las)
	}
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		a, b := slices.Clone(s.Tokens), slices.Clone(s.Tokens)
		p.Parse(a)
		q.Parse(b)
		if !slices.Equal(a, b) {
			t.Errorf("loaded model parses differently:\n%v\n%v", a, b)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, nil, TrainOptions{}); err == nil {
		t.Error("Train(nil) succeeded")
	}
	if _, err := Load(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Load(garbage) succeeded")
	}
}

func TestDefault(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := []nlp.Token{
		{Form: "The", UPOS: "DET", XPOS: "DT"},
		{Form: "minister", UPOS: "NOUN", XPOS: "NN"},
		{Form: "visited", UPOS: "VERB", XPOS: "VBD"},
		{Form: "Kabul", UPOS: "PROPN", XPOS: "NNP"},
		{Form: "on", UPOS: "ADP", XPOS: "IN"},
		{Form: "Monday", UPOS: "PROPN", XPOS: "NNP"},
		{Form: ".", UPOS: "PUNCT", XPOS: "."},
	}
	p.Parse(toks)
	want := []struct {
		head int
		rel  string
	}{{2, "det"}, {3, "nsubj"}, {0, "root"}, {3, "obj"}, {6, "case"}, {3, "obl"}, {3, "punct"}}
	for i, w := range want {
		if toks[i].Head != w.head || toks[i].Rel != w.rel {
			t.Errorf("%s: head %d %s, want %d %s", toks[i].Form, toks[i].Head, toks[i].Rel, w.head, w.rel)
		}
	}
	p.Parse(nil) // must not panic
	one := []nlp.Token{{Form: "Yes", UPOS: "INTJ", XPOS: "UH"}}
	p.Parse(one)
	if one[0].Head != 0 || one[0].Rel != "root" {
		t.Errorf("one-word sentence: %+v", one[0])
	}
}

// TestEWTDev checks the embedded parser on EWT dev with gold tags against a
// conservative floor.
func TestEWTDev(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	dev := readDoc(t, ewtPath(t, "dev")).Sentences
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	uas, las := p.Accuracy(dev)
	t.Logf("EWT dev, gold tags: UAS %.2f LAS %.2f", 100*uas, 100*las)
	if uas < 0.80 || las < 0.76 {
		t.Errorf("EWT dev UAS %.2f LAS %.2f below the floor (80, 76)", 100*uas, 100*las)
	}
}
