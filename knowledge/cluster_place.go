package knowledge

import "slices"

// refresh places the weak reports that may have moved since the last
// refresh and recomputes the summaries of the clusters that changed.
func (c *Clusterer) refresh() {
	if len(c.pendingWeak) == 0 && len(c.touched) == 0 && len(c.dirty) == 0 {
		return
	}
	// The weak reports to place: new ones and those linked to touched
	// strong reports.
	todo := map[int32]bool{}
	for _, w := range c.pendingWeak {
		todo[w] = true
	}
	for _, s := range c.touched {
		n := &c.nodes[s]
		for _, w := range c.near(n.key.weak, n) {
			if !todo[w] && c.linked(n, &c.nodes[w]) {
				todo[w] = true
			}
		}
	}
	c.pendingWeak, c.touched = c.pendingWeak[:0], c.touched[:0]
	ws := make([]int32, 0, len(todo))
	for w := range todo {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	var seeds []int32          // orphans whose components must be rebuilt
	broken := map[int32]bool{} // orphan components that lost a member
	for _, w := range ws {
		n := &c.nodes[w]
		best := c.vote(w)
		wasOrphan := n.attach < 0
		if !wasOrphan && best >= 0 && c.find(n.attach) == c.find(best) {
			continue // it stays where it is
		}
		// Leave the old cluster.
		if wasOrphan {
			if n.comp >= 0 {
				if best >= 0 {
					broken[n.comp] = true
					delete(c.comps[n.comp].weak, w)
				}
			}
		} else {
			old := c.find(n.attach)
			delete(c.cores[old].weak, w)
			c.dirty[ref{node: old, core: true}] = true
		}
		if best >= 0 {
			r := c.find(best)
			n.attach, n.comp = r, -1
			c.cores[r].weak[w] = true
			c.dirty[ref{node: r, core: true}] = true
			continue
		}
		n.attach = -1
		if n.comp < 0 || !wasOrphan {
			seeds = append(seeds, w)
		}
	}
	for id := range broken {
		for w := range c.comps[id].weak {
			seeds = append(seeds, w)
			c.nodes[w].comp = -1
		}
		delete(c.comps, id)
		c.drop(ref{node: id})
	}
	c.rebuildOrphans(seeds)
	for r := range c.dirty {
		if g := c.members(r); g != nil {
			c.summaries[r] = c.summarize(g)
		}
	}
	clear(c.dirty)
}

// vote returns a strong node of the core a weak node joins, or -1: the
// core with the most strong reports linked to it, on a tie the one holding
// the linked report with the lowest event ID.
func (c *Clusterer) vote(w int32) int32 {
	n := &c.nodes[w]
	type tally struct {
		votes int
		low   int32 // linked member with the lowest event ID
	}
	var tallies map[int32]*tally
	seen := map[int32]bool{}
	for _, s := range c.near(n.key.strong, n) {
		if seen[s] || !c.linked(n, &c.nodes[s]) {
			continue
		}
		seen[s] = true
		if tallies == nil {
			tallies = map[int32]*tally{}
		}
		r := c.find(s)
		t := tallies[r]
		if t == nil {
			t = &tally{low: s}
			tallies[r] = t
		}
		t.votes++
		if c.nodes[s].id < c.nodes[t.low].id {
			t.low = s
		}
	}
	best := int32(-1)
	var bt *tally
	for _, t := range tallies {
		if bt == nil || t.votes > bt.votes || t.votes == bt.votes && c.nodes[t.low].id < c.nodes[bt.low].id {
			bt, best = t, t.low
		}
	}
	return best
}

// rebuildOrphans forms the components of orphan weak reports reachable
// from the seeds, absorbing the existing components they reach.
func (c *Clusterer) rebuildOrphans(seeds []int32) {
	slices.Sort(seeds)
	for _, s := range seeds {
		if c.nodes[s].attach >= 0 || c.nodes[s].comp >= 0 {
			continue // placed, or already reached from an earlier seed
		}
		members := []int32{s}
		in := map[int32]bool{s: true}
		for q := 0; q < len(members); q++ {
			x := &c.nodes[members[q]]
			for _, y := range c.near(x.key.weak, x) {
				ny := &c.nodes[y]
				if in[y] || ny.attach >= 0 || !c.linked(x, ny) {
					continue
				}
				if ny.comp >= 0 { // absorb an existing component whole
					old := ny.comp
					for m := range c.comps[old].weak {
						if !in[m] {
							in[m] = true
							members = append(members, m)
						}
						c.nodes[m].comp = -1
					}
					delete(c.comps, old)
					c.drop(ref{node: old})
					continue
				}
				in[y] = true
				members = append(members, y)
			}
		}
		id := slices.Min(members)
		g := &group{weak: make(map[int32]bool, len(members))}
		for _, m := range members {
			g.weak[m] = true
			c.nodes[m].comp = id
		}
		c.comps[id] = g
		c.dirty[ref{node: id}] = true
	}
}
