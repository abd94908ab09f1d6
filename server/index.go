package server

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"dyad"
	"dyad/knowledge"
)

// syncPage is the number of events read per store call while syncing.
const syncPage = 5000

// index holds the knowledge built from the stored events: clusters, the
// relations index and the recognition registry. It reads the events in
// the store's insertion order and remembers how many it has read, so a
// sync reads only the events added since the last one, whoever added
// them. Every part is safe for concurrent reads while a sync adds to it.
type index struct {
	store    dyad.Store
	interval time.Duration

	mu       sync.Mutex // held by a sync
	read     int        // events read so far, in insertion order
	lastSync time.Time
	err      error       // of the last sync
	ready    atomic.Bool // a sync has completed

	clusters  *knowledge.Clusterer
	relations *knowledge.Relations
	registry  *knowledge.Registry

	// The cluster list, kept between syncs: reading it from the
	// Clusterer copies and sorts every cluster.
	clusterMu    sync.Mutex
	clusterList  atomic.Pointer[[]knowledge.Cluster]
	clusterDirty atomic.Bool
}

func newIndex(s dyad.Store, interval time.Duration) *index {
	return &index{
		store:     s,
		interval:  interval,
		clusters:  knowledge.NewClusterer(knowledge.ClusterOptions{}),
		relations: knowledge.NewRelations(),
		registry:  knowledge.NewRegistry(knowledge.RegistryOptions{}),
	}
}

// fresh makes sure the index has looked at the store within the interval.
// When another request is syncing it returns at once, answering from the
// index as it is, except before the first sync has finished. After a
// first sync, a failed sync is not an error: the index answers as of its
// last sync, and the next request tries again.
func (x *index) fresh(ctx context.Context) error {
	if !x.mu.TryLock() {
		if x.ready.Load() {
			return nil
		}
		x.mu.Lock() // wait for the first sync
		err := x.err
		x.mu.Unlock()
		return err
	}
	defer x.mu.Unlock()
	if !x.lastSync.IsZero() && time.Since(x.lastSync) < x.interval {
		return nil
	}
	if err := x.syncLocked(ctx); err != nil && !x.ready.Load() {
		return err
	}
	return nil
}

// sync reads the events added to the store since the last sync. With
// force it syncs even when the last sync is recent.
func (x *index) sync(ctx context.Context, force bool) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if !force && !x.lastSync.IsZero() && time.Since(x.lastSync) < x.interval {
		return nil
	}
	return x.syncLocked(ctx)
}

func (x *index) syncLocked(ctx context.Context) error {
	x.err = x.pull(ctx)
	if x.err == nil {
		x.lastSync = time.Now()
		x.ready.Store(true)
	}
	return x.err
}

// pull reads every event after the ones read and adds them to the parts.
// Events of one article are stored together, so each page is taken
// article by article.
func (x *index) pull(ctx context.Context) error {
	var last dyad.Article
	for {
		evs, err := x.store.Events(ctx, dyad.EventFilter{Offset: x.read, Limit: syncPage})
		if err != nil {
			return fmt.Errorf("knowledge index: %w", err)
		}
		for i := 0; i < len(evs); {
			j := i + 1
			for j < len(evs) && evs[j].ArticleID == evs[i].ArticleID {
				j++
			}
			if last.ID != evs[i].ArticleID {
				a, err := x.store.Article(ctx, evs[i].ArticleID)
				if err != nil {
					return fmt.Errorf("knowledge index: %w", err)
				}
				a.Text = "" // the outlet and the date are what the parts use
				last = a
			}
			x.add(last, evs[i:j])
			x.read += j - i
			i = j
		}
		if len(evs) < syncPage {
			return nil
		}
	}
}

// clusterSnapshot returns every cluster, ordered by ID. The slice is
// shared: callers must not modify it.
func (x *index) clusterSnapshot() []knowledge.Cluster {
	if p := x.clusterList.Load(); p != nil && !x.clusterDirty.Load() {
		return *p
	}
	x.clusterMu.Lock()
	defer x.clusterMu.Unlock()
	if p := x.clusterList.Load(); p != nil && !x.clusterDirty.Load() {
		return *p
	}
	x.clusterDirty.Store(false) // a sync during the read sets it again
	cs := x.clusters.Clusters()
	x.clusterList.Store(&cs)
	return cs
}

// add gives the events of one article to every part.
func (x *index) add(a dyad.Article, evs []dyad.Event) {
	if x.clusters.Add(a, evs) > 0 {
		x.clusterDirty.Store(true)
	}
	x.relations.Add(evs)
	var rec []dyad.Event
	for _, e := range evs {
		if knowledge.RecognitionCode(e.Code) {
			rec = append(rec, e)
		}
	}
	if len(rec) > 0 {
		x.registry.Add(a, rec)
	}
}
