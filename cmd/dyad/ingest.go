package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"dyad"
	"dyad/ingest"
	"dyad/pipeline"
	"dyad/read"
)

// readFlags are the reader options shared by commands that read articles.
type readFlags struct {
	published string
	outlet    string
	format    string
	maxBytes  int64
	timeout   time.Duration
}

func (f *readFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.published, "published", "", "publication date for articles that carry none (e.g. 2025-07-04)")
	fl.StringVar(&f.outlet, "outlet", "", "outlet name for articles that name none")
	fl.StringVar(&f.format, "input-format", "", "force the input format instead of detecting it (text, html, jsonl, csv, feed)")
	fl.Int64Var(&f.maxBytes, "max-bytes", read.DefaultMaxArticleBytes, "size cap of one article in bytes")
	fl.DurationVar(&f.timeout, "timeout", read.DefaultTimeout, "time limit of one URL fetch")
}

func (f *readFlags) reader(stdin io.Reader) (*read.Reader, error) {
	opts := read.Options{Outlet: f.outlet, MaxArticleBytes: f.maxBytes, Timeout: f.timeout, Stdin: stdin}
	if f.published != "" {
		t, err := read.ParseDate(f.published)
		if err != nil {
			return nil, fmt.Errorf("--published: %w", err)
		}
		opts.Published = t
	}
	if f.format != "" {
		ft, err := read.ParseFormat(f.format)
		if err != nil {
			return nil, fmt.Errorf("--input-format: %w", err)
		}
		opts.Format = ft
	}
	return read.New(opts), nil
}

// inputs expands the command-line inputs into ingest inputs. Inputs that
// cannot be opened or walked become inputs that yield their error, so they
// are counted as failed like any other bad input.
func inputs(ctx context.Context, r *read.Reader, args []string) ([]ingest.Input, int64) {
	files, errs := r.Expand(args)
	var ins []ingest.Input
	for _, err := range errs {
		ins = append(ins, func(yield func(dyad.Article, error) bool) { yield(dyad.Article{}, err) })
	}
	var total int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() && total >= 0 {
			total += st.Size()
		} else {
			total = -1 // stdin or a URL: size unknown
		}
		ins = append(ins, r.ReadInput(ctx, f))
	}
	return ins, total
}

func newIngestCmd() *cobra.Command {
	var (
		rf      readFlags
		df      dictFlags
		workers int
		batch   int
		quiet   bool
		noCode  bool
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL|- ...",
		Short: "Read articles, code their events and store both",
		Long: `ingest reads articles from files, folders (recursively), standard input (-)
and http(s) URLs, codes the events in them and stores articles and events in
the database. Formats are detected: plain text, HTML, JSON lines, CSV and
RSS/Atom feeds.

Ingest is idempotent: an article already stored (same content hash) is
counted as a duplicate and adds nothing. Articles are committed in batches,
so an interrupted run keeps what it committed and a rerun completes the
rest. Bad inputs are reported with their file and line and do not stop the
run; the exit status is 1 when any input failed.`,
		Example: `  dyad ingest examples/
  dyad ingest --db news.db articles.jsonl feed.xml https://example.org/story.html
  cat story.txt | dyad ingest --published 2025-07-04 -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			r, err := rf.reader(cmd.InOrStdin())
			if err != nil {
				return err
			}
			s, err := openStore(ctx, cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			var coder dyad.Coder
			note := "--no-code: articles are stored without events"
			if !noCode {
				if coder, note, err = newCoder(&df, cmd.ErrOrStderr()); err != nil {
					return err
				}
			}
			stderr := cmd.ErrOrStderr()
			if note != "" && !quiet {
				fmt.Fprintln(stderr, "dyad:", note)
			}
			ins, total := inputs(ctx, r, args)

			var mu sync.Mutex
			var failures []error
			p := newProgress(stderr, total, quiet)
			for i := range ins {
				ins[i] = p.count(ins[i])
			}
			st, err := ingest.Run(ctx, ins, ingest.Options{
				Store: s, Coder: coder, Workers: workers, BatchSize: batch,
				Progress: p.update,
				OnError: func(err error) {
					mu.Lock()
					failures = append(failures, err)
					mu.Unlock()
					p.clear()
					fmt.Fprintln(stderr, "dyad:", err)
				},
			})
			p.finish()
			fmt.Fprintf(cmd.OutOrStdout(), "%s (store %s)\n", st, storeName(cmd))
			if err != nil {
				return err
			}
			if st.Failed > 0 {
				return &exitError{code: 1, err: fmt.Errorf("%d input(s) or article(s) failed; see the messages above", st.Failed)}
			}
			return nil
		},
	}
	rf.register(cmd)
	df.register(cmd)
	cmd.Flags().IntVar(&workers, "workers", 0, "goroutines reading and coding (default: all cores)")
	cmd.Flags().IntVar(&batch, "batch", 500, "articles committed per transaction")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress bar or notes")
	cmd.Flags().BoolVar(&noCode, "no-code", false, "store articles without coding their events")
	return cmd
}

// progress draws a progress bar on a terminal and nothing otherwise. Its
// length is the total input size; each article advances it by its own size,
// which gives a fair ETA for text, JSON lines and CSV input.
type progress struct {
	bar   *progressbar.ProgressBar
	start time.Time
	total int64
	bytes atomic.Int64
	last  time.Time
}

func newProgress(w io.Writer, total int64, quiet bool) *progress {
	p := &progress{start: time.Now(), total: total}
	f, ok := w.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return p
	}
	max := total
	if max <= 0 {
		max = -1
	}
	p.bar = progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowBytes(false),
		progressbar.OptionSetWidth(30),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	return p
}

func (p *progress) update(st ingest.Stats) {
	if p.bar == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	rate := float64(st.Read) / now.Sub(p.start).Seconds()
	p.bar.Describe(fmt.Sprintf("%d articles, %.0f articles/s", st.Read, rate))
	if p.total <= 0 {
		p.bar.Set(st.Read)
		return
	}
	p.bar.Set64(min(p.bytes.Load(), p.total-1))
}

// count wraps in so that the bytes of the articles it yields advance the
// bar. The size of an article in its file is estimated from its fields.
func (p *progress) count(in ingest.Input) ingest.Input {
	return func(yield func(dyad.Article, error) bool) {
		for a, err := range in {
			p.bytes.Add(int64(len(a.ID) + len(a.URL) + len(a.Outlet) + len(a.Title) + len(a.Text) + 80))
			if !yield(a, err) {
				return
			}
		}
	}
}

func (p *progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

// newCoder returns the event-coding stage used by ingest, and a note to show
// the user about it.
func newCoder(df *dictFlags, w io.Writer) (dyad.Coder, string, error) {
	p, note, err := newPipeline(df, pipeline.Options{}, w)
	if err != nil {
		return nil, "", fmt.Errorf("event coder: %w", err)
	}
	return p, note, nil
}
