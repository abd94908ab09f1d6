package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"sync"
	"syscall"

	"github.com/spf13/cobra"

	"dyad"
	"dyad/ingest"
	"dyad/pipeline"
)

// coderCommands returns the commands of the event coder: code, events,
// validate and the evaluation of coded events.
func coderCommands() []*cobra.Command {
	return []*cobra.Command{newCodeCmd(), newEventsCmd(), newValidateCmd(), newDictCmd()}
}

func newCodeCmd() *cobra.Command {
	var (
		rf       readFlags
		df       dictFlags
		format   string
		all      bool
		domestic bool
		workers  int
		quiet    bool
	)
	cmd := &cobra.Command{
		Use:   "code PATH|URL|- ...",
		Short: "Code the events of articles without storing them",
		Long: `code reads articles as ingest does (files, folders, standard input, URLs; text,
HTML, JSON lines, CSV, feeds), codes the events between states in them and
writes the events: one JSON object per line in the event record format with
--format jsonl, or an aligned table or CSV.

By default only asserted international events are written: the source and
the target are different states, or one is an international organisation.
--all adds the negated, hypothetical, future, question and conditional
statements; --domestic adds events within one country.`,
		Example: `  dyad code story.txt
  dyad code --format jsonl articles.jsonl > events.jsonl
  echo "Spain and Norway recognised Palestine on Tuesday." | dyad code --published 2024-05-29 -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			r, err := rf.reader(cmd.InOrStdin())
			if err != nil {
				return err
			}
			p, note, err := newPipeline(&df, pipeline.Options{Domestic: domestic}, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			stderr := cmd.ErrOrStderr()
			if note != "" && !quiet {
				fmt.Fprintln(stderr, "dyad:", note)
			}
			keep := func(e *dyad.Event) bool { return all || e.Modality == dyad.ModalityAsserted }
			w := newEventWriter(cmd.OutOrStdout(), format)
			ins, _ := inputs(ctx, r, args)
			failed := codeArticles(ctx, ins, p, workers, func(a dyad.Article, evs []dyad.Event, err error) error {
				if err != nil {
					fmt.Fprintln(stderr, "dyad:", err)
					return nil
				}
				for i := range evs {
					if keep(&evs[i]) {
						if err := w.add(&evs[i]); err != nil {
							return err
						}
					}
				}
				return nil
			})
			if err := w.flush(); err != nil {
				return err
			}
			if failed.err != nil {
				return failed.err
			}
			if failed.n > 0 {
				return &exitError{code: 1, err: fmt.Errorf("%d input(s) or article(s) failed; see the messages above", failed.n)}
			}
			return nil
		},
	}
	rf.register(cmd)
	df.register(cmd)
	cmd.Flags().StringVar(&format, "format", "table", "output format: table, jsonl or csv")
	cmd.Flags().BoolVar(&all, "all", false, "also write negated, hypothetical, future, question and conditional events")
	cmd.Flags().BoolVar(&domestic, "domestic", false, "also write events within one country")
	cmd.Flags().IntVar(&workers, "workers", 0, "goroutines coding articles (default: all cores)")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no notes")
	return cmd
}

// failures counts failed inputs and holds an error that stopped the run.
type failures struct {
	n   int
	err error
}

// codeArticles codes the articles of ins on workers goroutines and calls
// emit for each in input order, from one goroutine.
func codeArticles(ctx context.Context, ins []ingest.Input, c dyad.Coder, workers int,
	emit func(a dyad.Article, evs []dyad.Event, err error) error) failures {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		a   dyad.Article
		err error
		evs []dyad.Event
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers*2)
	done := make(chan job, workers*2)
	go func() {
		defer close(jobs)
		seq := 0
		for _, in := range ins {
			for a, err := range in {
				select {
				case jobs <- job{seq: seq, a: a, err: err}:
				case <-ctx.Done():
					return
				}
				seq++
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.err == nil {
					j.evs, j.err = c.Code(ctx, j.a)
					if j.err != nil {
						j.err = fmt.Errorf("code %s: %w", j.a.ID, j.err)
					}
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	var f failures
	pending := map[int]job{}
	next := 0
	for j := range done {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if j.err != nil {
				f.n++
			}
			if f.err == nil {
				if err := emit(j.a, j.evs, j.err); err != nil {
					f.err = err
					cancel()
				}
			}
		}
	}
	if f.err == nil && ctx.Err() != nil && f.n == 0 {
		f.err = context.Cause(ctx)
	}
	return f
}

// eventWriter writes events as JSON lines (streamed) or as a table or CSV
// (buffered until flush).
type eventWriter struct {
	w      io.Writer
	format string
	t      table
}

func newEventWriter(w io.Writer, format string) *eventWriter {
	return &eventWriter{w: w, format: format, t: table{header: eventHeader}}
}

var eventHeader = []string{"article", "sent", "source", "code", "target", "modality", "date", "evidence"}

func (ew *eventWriter) add(e *dyad.Event) error {
	if ew.format == "jsonl" {
		return writeJSONL(ew.w, []dyad.Event{*e})
	}
	ev := e.Evidence
	if ew.format == "table" {
		ev = clip(ev, 60)
	}
	ew.t.rows = append(ew.t.rows, []string{
		e.ArticleID, strconv.Itoa(e.Sentence), e.Source.Code, e.Code, e.Target.Code, string(e.Modality), e.Date, ev,
	})
	return nil
}

func (ew *eventWriter) flush() error {
	if ew.format == "jsonl" {
		return nil
	}
	return ew.t.write(ew.w, ew.format)
}
