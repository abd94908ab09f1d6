package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"dyad"
	"dyad/export"
)

func newExportCmd() *cobra.Command {
	var (
		f      dyad.EventFilter
		mod    string
		format string
		output string
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the stored events as GDELT, PLOVER, CSV or JSON lines",
		Long: `export writes the stored events that match the filters in one of these formats:

  gdelt   the GDELT 2.0 event table: 61 tab-separated columns, no header;
          as in GDELT, the place columns (ActionGeo_CountryCode, _ADM1Code)
          hold FIPS 10-4 country codes (AF, RS, UK, GM), while the actor
          country codes are CAMEO's three-letter codes (AFG, RUS, GBR, DEU)
  plover  PLOVER-style JSON, one object a line (event_type, mode, context,
          actor1, actor2, date, location, source_text, ...)
  csv     the fields of the event record, with a header row
  jsonl   the event record, one JSON object a line

gdelt and plover export only asserted events unless --modality says
otherwise (--modality all for every event); csv and jsonl export every
modality by default. With --output the file is written in full or not at
all. See the package dyad/export for the columns and the mapping.`,
		Example: `  dyad export --format gdelt --output events.tsv
  dyad export --format plover --source RUS --since 2025-01-01
  dyad export --format csv --root 05 --modality all > recognition.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ef, err := export.ParseFormat(format)
			if err != nil {
				return fmt.Errorf("--format: %w", err)
			}
			if mod == "" && (ef == export.GDELT || ef == export.PLOVER) {
				mod = string(dyad.ModalityAsserted)
			}
			if err := resolveEventFilter(&f, mod, true); err != nil {
				return err
			}
			s, err := openStore(cmd.Context(), cmd)
			if err != nil {
				return err
			}
			defer s.Close()

			var n int
			write := func(out io.Writer) error {
				w, err := export.NewWriter(out, ef)
				if err != nil {
					return err
				}
				if n, err = export.Events(cmd.Context(), w, s, f); err != nil {
					return err
				}
				return w.Flush()
			}
			if output == "" || output == "-" {
				return write(cmd.OutOrStdout())
			}
			// Written beside the target and renamed at the end, so that a
			// failed export leaves no partial file.
			if err := writeAtomically(output, write); err != nil {
				return fmt.Errorf("--output: %w", err)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "dyad: exported %d events as %s to %s\n", n, ef, output)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "jsonl", "gdelt, plover, csv or jsonl")
	fl.StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	addEventFilterFlags(fl, &f, &mod, "all, asserted, negated, ... (default: asserted for gdelt and plover, all otherwise)")
	fl.IntVar(&f.Limit, "limit", 0, "at most this many events (0: all)")
	return cmd
}
