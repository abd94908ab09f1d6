package main

import (
	"fmt"

	"github.com/spf13/pflag"

	"dyad"
	"dyad/read"
)

// addEventFilterFlags registers the event filters shared by the commands
// that read stored events: actors, codes, dates and modality.
func addEventFilterFlags(fl *pflag.FlagSet, f *dyad.EventFilter, mod *string, modUsage string) {
	fl.StringVar(&f.Source, "source", "", "source actor code prefix (RUS, RUSGOV)")
	fl.StringVar(&f.Target, "target", "", "target actor code prefix")
	fl.StringVar(&f.Code, "code", "", "CAMEO event code (exact)")
	fl.StringVar(&f.Root, "root", "", "CAMEO root code (two digits)")
	fl.StringVar(&f.Since, "since", "", "events dated on or after this date")
	fl.StringVar(&f.Until, "until", "", "events dated on or before this date")
	fl.StringVar(mod, "modality", "", modUsage)
}

// resolveEventFilter turns the --since and --until dates, given in any
// common form, into YYYY-MM-DD and sets the filter's modality from mod.
// With allowAll, "all" means every modality.
func resolveEventFilter(f *dyad.EventFilter, mod string, allowAll bool) error {
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
	case "":
		f.Modality = ""
	case dyad.ModalityAsserted, dyad.ModalityNegated, dyad.ModalityHypothetical,
		dyad.ModalityFuture, dyad.ModalityQuestion, dyad.ModalityConditional:
		f.Modality = m
	default:
		if allowAll && m == "all" {
			f.Modality = ""
			return nil
		}
		want := "asserted, negated, hypothetical, future, question or conditional"
		if allowAll {
			want = "all, " + want
		}
		return fmt.Errorf("--modality %q: want %s", mod, want)
	}
	return nil
}
