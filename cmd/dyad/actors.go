package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"

	"github.com/spf13/cobra"

	"dyad"
	"dyad/actor"
	"dyad/coder"
	"dyad/nlp/annotate"
)

func newActorsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "Dictionary maintenance: names the actor dictionaries miss",
		Example: `  dyad actors unknown articles.jsonl
  dyad actors unknown --min 3 --format jsonl news/`,
	}
	var (
		rf     readFlags
		top    int
		min    int
		format string
	)
	unknown := &cobra.Command{
		Use:   "unknown [PATH|URL|-]...",
		Short: "List frequent unresolved names seen with titles, with counts and example sentences",
		Long: `unknown reads articles, finds the names that stand next to a title the
dictionaries know ("Foreign Minister Idriss Mahamat", "Somsak Vongsa, the Lao
ambassador") but that no dictionary entry covers, and lists them, most frequent
first, with the titles and codes they were seen with and example sentences.
These are the entries worth adding to a --dict actors file.`,
		Example: "  dyad actors unknown --top 50 articles.jsonl",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			r, err := rf.reader(cmd.InOrStdin())
			if err != nil {
				return err
			}
			ann, err := annotate.New()
			if err != nil {
				return err
			}
			set, err := coder.DefaultSet()
			if err != nil {
				return err
			}
			idx := actor.New(set)
			var counts actor.Unknowns
			files, errs := r.Expand(args)
			failed := len(errs)
			for _, err := range errs {
				fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", err)
			}
			arts := make(chan dyad.Article)
			var wg sync.WaitGroup
			for range runtime.GOMAXPROCS(0) {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for a := range arts {
						d := ann.Annotate(a.Text)
						ms := make([][]actor.Mention, len(d.Sentences))
						for i := range d.Sentences {
							ms[i] = idx.Find(&d.Sentences[i], d.Text, a.Published)
						}
						counts.Add(d, ms)
					}
				}()
			}
			for _, f := range files {
				for a, err := range r.ReadInput(cmd.Context(), f) {
					if err != nil {
						failed++
						fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", err)
						continue
					}
					arts <- a
				}
			}
			close(arts)
			wg.Wait()
			us := counts.Top(top, min)
			if format == "jsonl" {
				if err := writeJSONL(cmd.OutOrStdout(), us); err != nil {
					return err
				}
			} else {
				t := table{header: []string{"count", "name", "title", "code", "example"}}
				if format == "csv" {
					t.header[4] = "examples"
				}
				for _, u := range us {
					ex := clip(u.Examples[0], 70)
					if format == "csv" {
						ex = u.Examples[0]
					}
					t.rows = append(t.rows, []string{strconv.Itoa(u.Count), u.Name, u.Titles[0], u.Codes[0], ex})
				}
				if err := t.write(cmd.OutOrStdout(), format); err != nil {
					return err
				}
			}
			if failed > 0 {
				return &exitError{code: 1, err: fmt.Errorf("%d input(s) or article(s) failed", failed)}
			}
			return nil
		},
	}
	rf.register(unknown)
	unknown.Flags().IntVar(&top, "top", 100, "at most this many names (0: all)")
	unknown.Flags().IntVar(&min, "min", 1, "only names seen at least this many times")
	unknown.Flags().StringVar(&format, "format", "table", "output format: table, jsonl or csv")
	cmd.AddCommand(unknown)
	return cmd
}
