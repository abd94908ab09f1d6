package main

import (
	"fmt"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"dyad"
	"dyad/read"
)

func newArticlesCmd() *cobra.Command {
	var (
		format       string
		limit        int
		offset       int
		outlet       string
		since, until string
	)
	cmd := &cobra.Command{
		Use:   "articles",
		Short: "List, show and search stored articles",
		Long: `articles lists the stored articles (newest first), shows one in full, or
searches their titles and texts (SQLite FTS5: words, "exact phrases",
OR, NOT, prefix*).`,
		Example: `  dyad articles list --limit 20
  dyad articles show 3f2a9c1d0b7e4a65
  dyad articles search recognition Taliban --format jsonl`,
	}
	filter := func(cmd *cobra.Command, query string) (dyad.ArticleFilter, error) {
		f := dyad.ArticleFilter{Query: query, Outlet: outlet, Limit: limit, Offset: offset}
		for _, d := range []struct {
			flag string
			val  string
			dst  *time.Time
		}{{"--since", since, &f.Since}, {"--until", until, &f.Until}} {
			if d.val == "" {
				continue
			}
			t, err := read.ParseDate(d.val)
			if err != nil {
				return f, fmt.Errorf("%s: %w", d.flag, err)
			}
			*d.dst = t
		}
		return f, checkFormat(format)
	}
	list := func(cmd *cobra.Command, query string) error {
		f, err := filter(cmd, query)
		if err != nil {
			return err
		}
		s, err := openStore(cmd.Context(), cmd)
		if err != nil {
			return err
		}
		defer s.Close()
		arts, err := s.Articles(cmd.Context(), f)
		if err != nil {
			return err
		}
		return writeArticles(cmd, arts, format)
	}
	listCmd := &cobra.Command{
		Use:     "list",
		Short:   "List stored articles, newest first",
		Example: "  dyad articles list --since 2025-07-01 --format csv",
		Args:    cobra.NoArgs,
		RunE:    func(cmd *cobra.Command, _ []string) error { return list(cmd, "") },
	}
	searchCmd := &cobra.Command{
		Use:     "search QUERY...",
		Short:   "Search titles and texts, best match first",
		Example: `  dyad articles search '"formal recognition"' OR embassy`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q := args[0]
			for _, a := range args[1:] {
				q += " " + a
			}
			return list(cmd, q)
		},
	}
	showCmd := &cobra.Command{
		Use:     "show ID...",
		Short:   "Show stored articles in full",
		Example: "  dyad articles show 3f2a9c1d0b7e4a65",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			s, err := openStore(cmd.Context(), cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			var arts []dyad.Article
			for _, id := range args {
				a, err := s.Article(cmd.Context(), id)
				if err != nil {
					return err
				}
				arts = append(arts, a)
			}
			if format != "table" {
				return writeArticles(cmd, arts, format)
			}
			w := cmd.OutOrStdout()
			for i, a := range arts {
				if i > 0 {
					fmt.Fprintln(w)
				}
				fmt.Fprintf(w, "id:        %s\nhash:      %s\ntitle:     %s\noutlet:    %s\nurl:       %s\npublished: %s\norigin:    %s\n\n%s\n",
					a.ID, a.Hash, a.Title, a.Outlet, a.URL, formatPublished(a.Published), a.Origin, a.Text)
			}
			return nil
		},
	}
	for _, c := range []*cobra.Command{listCmd, searchCmd, showCmd} {
		c.Flags().StringVar(&format, "format", "table", "output format: table, jsonl or csv")
		cmd.AddCommand(c)
	}
	for _, c := range []*cobra.Command{listCmd, searchCmd} {
		fl := c.Flags()
		fl.IntVar(&limit, "limit", 50, "at most this many articles")
		fl.IntVar(&offset, "offset", 0, "skip this many articles")
		fl.StringVar(&outlet, "outlet", "", "only articles of this outlet")
		fl.StringVar(&since, "since", "", "only articles published at or after this date")
		fl.StringVar(&until, "until", "", "only articles published before this date")
	}
	return cmd
}

func formatPublished(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func writeArticles(cmd *cobra.Command, arts []dyad.Article, format string) error {
	w := cmd.OutOrStdout()
	if format == "jsonl" {
		return writeJSONL(w, arts)
	}
	t := table{header: []string{"id", "published", "outlet", "title", "chars"}}
	if format == "csv" {
		t.header = []string{"id", "url", "outlet", "published", "title", "text", "hash"}
	}
	for _, a := range arts {
		if format == "csv" {
			t.rows = append(t.rows, []string{a.ID, a.URL, a.Outlet, formatPublished(a.Published), a.Title, a.Text, a.Hash})
			continue
		}
		t.rows = append(t.rows, []string{a.ID, formatPublished(a.Published), clip(a.Outlet, 20), clip(a.Title, 60), strconv.Itoa(len(a.Text))})
	}
	return t.write(w, format)
}
