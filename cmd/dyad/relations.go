package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"dyad"
	"dyad/knowledge"
)

// storedEvents returns the stored asserted events that match f, page by
// page.
func storedEvents(ctx context.Context, s dyad.Store, f dyad.EventFilter) ([]dyad.Event, error) {
	const page = 10000
	f.Modality = dyad.ModalityAsserted
	f.Limit = page
	var out []dyad.Event
	for {
		evs, err := s.Events(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, evs...)
		if len(evs) < page {
			return out, nil
		}
		f.Offset += len(evs)
	}
}

func newRelationsCmd() *cobra.Command {
	var by, format string
	cmd := &cobra.Command{
		Use:   "relations A B",
		Short: "How relations between two states moved, week by week or month by month",
		Long: `relations gives the asserted events between A and B (country or IGO codes,
both directions) per week or month: how many, by quad class (verbal and
material cooperation, verbal and material conflict), and the sum and mean of
their Goldstein scores.`,
		Example: "  dyad relations RUS AFG --by month",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			a, b := strings.ToUpper(args[0]), strings.ToUpper(args[1])
			s, err := openStore(cmd.Context(), cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			var evs []dyad.Event
			for _, f := range []dyad.EventFilter{{Source: a, Target: b}, {Source: b, Target: a}} {
				got, err := storedEvents(cmd.Context(), s, f)
				if err != nil {
					return err
				}
				evs = append(evs, got...)
			}
			pts, err := knowledge.Series(a, b, knowledge.Period(by), evs)
			if err != nil {
				return fmt.Errorf("--by: %w", err)
			}
			if format == "jsonl" {
				return writeJSONL(cmd.OutOrStdout(), pts)
			}
			t := table{header: []string{by, "events", "verbal coop", "material coop", "verbal conflict", "material conflict", "goldstein", "mean"}}
			for _, p := range pts {
				t.rows = append(t.rows, []string{p.Start, strconv.Itoa(p.Events), strconv.Itoa(p.Quad[0]), strconv.Itoa(p.Quad[1]),
					strconv.Itoa(p.Quad[2]), strconv.Itoa(p.Quad[3]), fmt.Sprintf("%.1f", p.Goldstein), fmt.Sprintf("%.2f", p.Mean)})
			}
			return t.write(cmd.OutOrStdout(), format)
		},
	}
	cmd.Flags().StringVar(&by, "by", "month", "period: week or month")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table, jsonl or csv")
	return cmd
}

func newPartnersCmd() *cobra.Command {
	var n int
	var format string
	cmd := &cobra.Command{
		Use:     "partners A",
		Short:   "The states A deals with most, with the tone of each relation",
		Example: "  dyad partners RUS --top 10",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			a := strings.ToUpper(args[0])
			s, err := openStore(cmd.Context(), cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			var evs []dyad.Event
			for _, f := range []dyad.EventFilter{{Source: a}, {Target: a}} {
				got, err := storedEvents(cmd.Context(), s, f)
				if err != nil {
					return err
				}
				evs = append(evs, got...)
			}
			ps := knowledge.Partners(a, evs, n)
			if format == "jsonl" {
				return writeJSONL(cmd.OutOrStdout(), ps)
			}
			t := table{header: []string{"partner", "events", "out", "in", "cooperation", "conflict", "goldstein mean"}}
			for _, p := range ps {
				t.rows = append(t.rows, []string{p.Country, strconv.Itoa(p.Events), strconv.Itoa(p.Out), strconv.Itoa(p.In),
					strconv.Itoa(p.Quad[0] + p.Quad[1]), strconv.Itoa(p.Quad[2] + p.Quad[3]), fmt.Sprintf("%.2f", p.Mean)})
			}
			return t.write(cmd.OutOrStdout(), format)
		},
	}
	cmd.Flags().IntVar(&n, "top", 20, "how many partners (0: all)")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table, jsonl or csv")
	return cmd
}
