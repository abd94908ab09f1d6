package main

import (
	"github.com/spf13/cobra"

	"dyad"
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
			if err := resolveEventFilter(&f, mod, false); err != nil {
				return err
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
	addEventFilterFlags(fl, &f, &mod, "asserted, negated, hypothetical, future, question or conditional")
	fl.IntVar(&f.Limit, "limit", 100, "at most this many events")
	fl.IntVar(&f.Offset, "offset", 0, "skip this many events")
	fl.StringVar(&format, "format", "table", "output format: table, jsonl or csv")
	return cmd
}
