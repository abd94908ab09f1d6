package linear

import (
	"bytes"
	"testing"
)

func TestTrainFreezeRoundTrip(t *testing.T) {
	// Three classes, each signalled by one feature; a bias feature is shared.
	tr := NewTrainer(3)
	data := []struct {
		feats []uint64
		class int
	}{
		{[]uint64{F1(1, 10), F1(0, 0)}, 0},
		{[]uint64{F1(1, 11), F1(0, 0)}, 1},
		{[]uint64{F1(1, 12), F1(0, 0)}, 2},
	}
	scores := make([]float32, 3)
	for range 5 {
		for _, d := range data {
			tr.Score(d.feats, scores)
			g := argmax(scores)
			tr.Tick()
			tr.Update(d.feats, d.class, g, 1)
		}
	}
	m := tr.Freeze(0)
	for _, d := range data {
		m.Score(d.feats, scores)
		if g := argmax(scores); g != d.class {
			t.Errorf("class %d predicted as %d (scores %v)", d.class, g, scores)
		}
	}
	var buf bytes.Buffer
	e := NewEncoder(&buf)
	e.String("hello")
	e.Strings([]string{"a", "bc"})
	e.Int(-42)
	e.Model(m)
	if err := e.Flush(); err != nil {
		t.Fatal(err)
	}
	d := NewDecoder(&buf)
	if s := d.String(); s != "hello" {
		t.Errorf("String = %q", s)
	}
	if ss := d.Strings(); len(ss) != 2 || ss[1] != "bc" {
		t.Errorf("Strings = %q", ss)
	}
	if i := d.Int(); i != -42 {
		t.Errorf("Int = %d", i)
	}
	m2 := d.Model()
	if err := d.Err(); err != nil {
		t.Fatal(err)
	}
	if m2.NumFeatures() != m.NumFeatures() || m2.NumWeights() != m.NumWeights() {
		t.Fatalf("decoded model has %d/%d features/weights, want %d/%d", m2.NumFeatures(), m2.NumWeights(), m.NumFeatures(), m.NumWeights())
	}
	s2 := make([]float32, 3)
	for _, dd := range data {
		m.Score(dd.feats, scores)
		m2.Score(dd.feats, s2)
		if scores[0] != s2[0] || scores[1] != s2[1] || scores[2] != s2[2] {
			t.Errorf("scores differ after round trip: %v vs %v", scores, s2)
		}
	}
	// Truncated input must fail cleanly.
	var b2 bytes.Buffer
	e2 := NewEncoder(&b2)
	e2.Model(m)
	e2.Flush()
	d2 := NewDecoder(bytes.NewReader(b2.Bytes()[:b2.Len()/2]))
	if d2.Model() != nil || d2.Err() == nil {
		t.Error("truncated model decoded without error")
	}
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
