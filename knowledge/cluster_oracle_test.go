package knowledge

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// oracle clusters the events held by c from the definition, comparing
// every pair, and returns event ID -> lowest event ID of its cluster.
func oracle(c *Clusterer) map[string]string {
	n := int32(len(c.nodes))
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(int32) int32
	find = func(i int32) int32 {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	union := func(i, j int32) { parent[find(i)] = find(j) }
	same := func(i, j int32) bool { return c.nodes[i].key == c.nodes[j].key }
	strong := func(i int32) bool { return c.nodes[i].strong }
	dated := func(i int32) bool { return c.nodes[i].span.known() }
	// Cores.
	for i := range n {
		for j := range i {
			if strong(i) && strong(j) && same(i, j) && c.linked(&c.nodes[i], &c.nodes[j]) {
				union(i, j)
			}
		}
	}
	// Weak reports join the core with most links, ties to the lowest linked ID.
	attach := make([]int32, n)
	for w := range n {
		attach[w] = -1
		if strong(w) || !dated(w) {
			continue
		}
		votes, low := map[int32]int{}, map[int32]string{}
		for s := range n {
			if strong(s) && same(w, s) && c.linked(&c.nodes[w], &c.nodes[s]) {
				r := find(s)
				votes[r]++
				if l, ok := low[r]; !ok || c.nodes[s].id < l {
					low[r] = c.nodes[s].id
				}
			}
		}
		for r, v := range votes {
			if attach[w] < 0 || v > votes[attach[w]] || v == votes[attach[w]] && low[r] < low[attach[w]] {
				attach[w] = r
			}
		}
	}
	orphan := func(i int32) bool { return !strong(i) && dated(i) && attach[i] < 0 }
	for i := range n {
		for j := range i {
			if orphan(i) && orphan(j) && same(i, j) && c.linked(&c.nodes[i], &c.nodes[j]) {
				union(i, j)
			}
		}
	}
	label := map[int32]string{}
	cluster := func(i int32) int32 {
		if attach[i] >= 0 {
			return find(attach[i])
		}
		return find(i)
	}
	for i := range n {
		r := cluster(i)
		if l, ok := label[r]; !ok || c.nodes[i].id < l {
			label[r] = c.nodes[i].id
		}
	}
	out := map[string]string{}
	for i := range n {
		out[c.nodes[i].id] = label[cluster(i)]
	}
	return out
}

// TestIncrementalMatchesOracle adds generated corpora in random orders,
// reading the clusters after random articles, and compares the result
// with the definition computed from scratch.
func TestIncrementalMatchesOracle(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		c := genCorpus(seed, 120)
		for _, opt := range []ClusterOptions{{}, {UnknownPlaceMatches: true}} {
			batch := c.run(opt, identity(len(c.articles)))
			want := oracle(batch)
			if got := batch.Assignments(); !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d %+v: batch clusters differ from the definition", seed, opt)
			}
			wantClusters := batch.Clusters()
			r := rand.New(rand.NewPCG(seed, 99))
			for trial := range 5 {
				cl := NewClusterer(opt)
				for _, i := range r.Perm(len(c.articles)) {
					a := c.articles[i]
					cl.Add(a, c.events[a.ID])
					if r.IntN(3) == 0 {
						cl.Len()
					}
				}
				if got := cl.Assignments(); !reflect.DeepEqual(got, want) {
					t.Fatalf("seed %d %+v trial %d: live clusters differ from the definition", seed, opt, trial)
				}
				if got := cl.Clusters(); !reflect.DeepEqual(got, wantClusters) {
					t.Fatalf("seed %d %+v trial %d: live summaries differ", seed, opt, trial)
				}
			}
		}
	}
}
