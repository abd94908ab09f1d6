// Package ingest runs articles through the coding stage into a store.
//
// Inputs are read concurrently, one worker per input at a time, and the
// articles they yield are coded on all cores. One writer commits them to
// the store in transactional batches, so a crash loses at most the batch
// in flight, and a rerun skips what was committed (the store is idempotent
// on the content hash).
package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"time"

	"dyad"
)

// Input is one source of articles, such as a file, a feed or a URL. Each
// pair holds an article or an error; errors do not end the input.
type Input = iter.Seq2[dyad.Article, error]

// Options configures Run.
type Options struct {
	// Store receives the articles and their events. Required.
	Store dyad.Store
	// Coder codes each article into events. Nil stores articles without
	// events.
	Coder dyad.Coder
	// Workers is the number of goroutines that read and code. Zero means
	// runtime.GOMAXPROCS(0).
	Workers int
	// BatchSize is the number of articles committed in one transaction.
	// Zero means 500.
	BatchSize int
	// FlushInterval bounds how long a partial batch waits before it is
	// committed. Zero means one second.
	FlushInterval time.Duration
	// Progress, when set, is called by the writer after each article and
	// each commit. It must be quick.
	Progress func(Stats)
	// OnError, when set, is called for every failed article or input, in
	// the writer's goroutine.
	OnError func(error)
}

// Stats counts what a run did.
type Stats struct {
	Read      int // articles read (new, duplicate or failed in coding)
	New       int // articles stored for the first time
	Duplicate int // articles already stored, or repeated within the run
	Failed    int // inputs or articles that could not be read or coded
	Events    int // events stored
	Skipped   int // of Duplicate: articles found stored before coding
}

// String gives the one-line summary printed at the end of an ingest.
func (s Stats) String() string {
	return fmt.Sprintf("read %d, new %d, duplicate %d, failed %d, events %d",
		s.Read, s.New, s.Duplicate, s.Failed, s.Events)
}

type item struct {
	rec     dyad.Record
	err     error
	skipped bool // already stored: count as duplicate, do not write
}

// Run reads every input, codes the articles and stores them. It returns
// the statistics and the first storage error; read and coding errors are
// counted in Stats.Failed and passed to Options.OnError, and do not stop
// the run. When ctx is cancelled, Run commits what it has and returns
// ctx.Err().
func Run(ctx context.Context, inputs []Input, opts Options) (Stats, error) {
	if opts.Store == nil {
		return Stats{}, errors.New("ingest: no store")
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 500
	}
	if opts.FlushInterval <= 0 {
		opts.FlushInterval = time.Second
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Stage 1: readers, one input per worker at a time.
	jobs := make(chan Input)
	articles := make(chan item, 4*opts.Workers)
	var readers sync.WaitGroup
	for range opts.Workers {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for in := range jobs {
				for a, err := range in {
					select {
					case articles <- item{rec: dyad.Record{Article: a}, err: err}:
					case <-ctx.Done():
						return
					}
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, in := range inputs {
			select {
			case jobs <- in:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		readers.Wait()
		close(articles)
	}()

	// Stage 2: coders on all cores.
	coded := make(chan item, 4*opts.Workers)
	var coders sync.WaitGroup
	for range opts.Workers {
		coders.Add(1)
		go func() {
			defer coders.Done()
			for it := range articles {
				if it.err == nil {
					it = code(ctx, opts, it)
				}
				select {
				case coded <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		coders.Wait()
		close(coded)
	}()

	// Stage 3: one writer.
	return write(ctx, coded, opts)
}

func code(ctx context.Context, opts Options, it item) item {
	a := &it.rec.Article
	if a.Hash == "" {
		a.Finish()
	}
	if opts.Coder == nil {
		return it
	}
	// Skip the coding work for articles committed by an earlier run.
	if ok, err := opts.Store.HasHash(ctx, a.Hash); err == nil && ok {
		it.skipped = true
		return it
	}
	evs, err := opts.Coder.Code(ctx, *a)
	if err != nil {
		it.err = fmt.Errorf("code article %s (%s): %w", a.ID, a.Origin, err)
		return it
	}
	it.rec.Events = evs
	return it
}

func write(ctx context.Context, in <-chan item, opts Options) (Stats, error) {
	var st Stats
	batch := make([]dyad.Record, 0, opts.BatchSize)
	ticker := time.NewTicker(opts.FlushInterval)
	defer ticker.Stop()
	var werr error
	flush := func() {
		if len(batch) == 0 || werr != nil {
			return
		}
		// Commit even when ctx is cancelled, so that an interrupted run keeps
		// what it has read; a hard kill loses at most this batch.
		res, err := opts.Store.Save(context.WithoutCancel(ctx), batch)
		if err != nil {
			werr = fmt.Errorf("ingest: %w", err)
			return
		}
		st.New += res.New
		st.Duplicate += res.Duplicate
		st.Events += res.Events
		batch = batch[:0]
		if opts.Progress != nil {
			opts.Progress(st)
		}
	}
	for {
		select {
		case it, ok := <-in:
			if !ok {
				flush()
				if werr == nil {
					werr = ctx.Err()
				}
				return st, werr
			}
			switch {
			case it.err != nil:
				st.Failed++
				if it.rec.Article.Text != "" || it.rec.Article.ID != "" {
					st.Read++
				}
				if opts.OnError != nil {
					opts.OnError(it.err)
				}
			case it.skipped:
				st.Read++
				st.Duplicate++
				st.Skipped++
			default:
				st.Read++
				batch = append(batch, it.rec)
				if len(batch) >= opts.BatchSize {
					flush()
				}
			}
			if werr != nil {
				return st, werr
			}
			if opts.Progress != nil {
				opts.Progress(st)
			}
		case <-ticker.C:
			flush()
			if werr != nil {
				return st, werr
			}
		}
	}
}
