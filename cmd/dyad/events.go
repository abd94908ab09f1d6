package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"dyad"
	"dyad/read"
)

func newEventsCmd() *cobra.Command {
	var (
		f      dyad.EventFilter
		mod    string
		format string
	)
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Query the stored events",
		Long: `events lists the events kept in the store, in article and span order. Actor
filters match code prefixes: --source RUS matches RUSGOV and RUSDIP.`,
		Example: `  dyad events --source RUS --root 05
  dyad events --target AFG --since 2025-07-01 --format jsonl
  dyad events --code 054 --modality asserted --format csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			for _, d := range []struct {
				flag string
				val  *string
			}{{"--since", &f.Since}, {"--until", &f.Until}} {
				if *d.val == "" {
					continue
				}
				t, err := read.ParseDate(*d.val)
				if err != nil {
					return fmt.Errorf("%s: %w", d.flag, err)
				}
				*d.val = t.Format("2006-01-02")
			}
			switch m := dyad.Modality(mod); m {
			case "", dyad.ModalityAsserted, dyad.ModalityNegated, dyad.ModalityHypothetical,
				dyad.ModalityFuture, dyad.ModalityQuestion, dyad.ModalityConditional:
				f.Modality = m
			default:
				return fmt.Errorf("--modality %q: want asserted, negated, hypothetical, future, question or conditional", mod)
			}
			s, err := openStore(cmd.Context(), cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			evs, err := s.Events(cmd.Context(), f)
			if err != nil {
				return err
			}
			w := newEventWriter(cmd.OutOrStdout(), format)
			for i := range evs {
				if err := w.add(&evs[i]); err != nil {
					return err
				}
			}
			return w.flush()
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.Source, "source", "", "source actor code prefix (RUS, RUSGOV)")
	fl.StringVar(&f.Target, "target", "", "target actor code prefix")
	fl.StringVar(&f.Code, "code", "", "CAMEO event code (exact)")
	fl.StringVar(&f.Root, "root", "", "CAMEO root code (two digits)")
	fl.StringVar(&f.Since, "since", "", "events dated on or after this date")
	fl.StringVar(&f.Until, "until", "", "events dated on or before this date")
	fl.StringVar(&mod, "modality", "", "asserted, negated, hypothetical, future, question or conditional")
	fl.IntVar(&f.Limit, "limit", 100, "at most this many events")
	fl.IntVar(&f.Offset, "offset", 0, "skip this many events")
	fl.StringVar(&format, "format", "table", "output format: table, jsonl or csv")
	return cmd
}
