package knowledge

import (
	"slices"
	"strings"
)

// Len returns the number of clusters.
func (c *Clusterer) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.refresh()
	return len(c.cores) + len(c.comps)
}

// Clusters returns every cluster, ordered by ID.
func (c *Clusterer) Clusters() []Cluster {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.refresh()
	out := make([]Cluster, 0, len(c.summaries))
	for _, s := range c.summaries {
		out = append(out, s.clone())
	}
	slices.SortFunc(out, func(a, b Cluster) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// ClusterOf returns the cluster that holds the event with the ID.
func (c *Clusterer) ClusterOf(eventID string) (Cluster, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	i, ok := c.byID[eventID]
	if !ok {
		return Cluster{}, false
	}
	c.refresh()
	return c.summaries[c.refOf(i)].clone(), true
}

// Assignments returns, for every clustered event ID, the ID of its cluster.
func (c *Clusterer) Assignments() map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.refresh()
	out := make(map[string]string, len(c.nodes))
	for i := range c.nodes {
		out[c.nodes[i].id] = c.summaries[c.refOf(int32(i))].ID
	}
	return out
}
