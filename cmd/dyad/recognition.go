package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"dyad"
	"dyad/cameo"
	"dyad/knowledge"
	"dyad/read"
)

// knowledgeCommands returns the commands of the knowledge layer.
func knowledgeCommands() []*cobra.Command {
	return []*cobra.Command{newActorsCmd(), newRecognitionCmd(), newRelationsCmd(), newPartnersCmd(), newServeCmd(), newExportCmd()}
}

func newRecognitionCmd() *cobra.Command {
	var (
		asOf   string
		format string
	)
	cmd := &cobra.Command{
		Use:   "recognition ENTITY",
		Short: "Who recognises a state or government, since when, who holds back and who may follow",
		Long: `recognition answers from the stored events (and imported facts) who
recognises ENTITY — a state by ISO code or name, read as its government on
the day (the Taliban government for AFG after 15 August 2021), or a regime ID
such as AFG-2021 — as of a day: the recognisers with the date, first evidence
and support of each, the first recogniser, the withdrawals, the states and
groups reported not to recognise it, the states that may follow, and counts
by group (EU, NATO, G7, Western, SCO, BRICS, Arab League, African Union,
ASEAN, OIC).

Only asserted events count as recognitions: 054 recognises, 161 ends a
recognition, and a negated 054 is reported non-recognition.

"may follow" lists the states that do not recognise ENTITY on the day but
announced an intention to (kind announced: an asserted 032 toward it whose
sentence speaks of recognition, or whose article also says the state will,
would or could recognise it) or were reported as going to (future), as
conditionally (conditional) or as possibly (hypothetical) recognising it.
Only reports after the state's last recognition or withdrawal count, so an
intention is dropped once fulfilled. A report counts from its date, or from
its article's publication when that is earlier ("X will recognise Y on 28
May" counts from the day it was published; "expected" shows 28 May).`,
		Example: `  dyad recognition AFG --as-of 2025-12-31
  dyad recognition Palestine --format json
  dyad recognition import facts.csv`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var day time.Time
			if asOf != "" {
				t, err := read.ParseDate(asOf)
				if err != nil {
					return fmt.Errorf("--as-of: %w", err)
				}
				day = t
			}
			if format != "table" && format != "json" {
				return fmt.Errorf("unknown --format %q (want table or json)", format)
			}
			state, ok := knowledge.NewRegistry(knowledge.RegistryOptions{}).StateOf(args[0])
			if !ok {
				return fmt.Errorf("%q is neither a known state nor a regime", args[0])
			}
			reg, err := loadRegistry(cmd, state)
			if err != nil {
				return err
			}
			st := reg.Status(args[0], day)
			if st.StateName == "" && st.Regime == nil {
				return fmt.Errorf("%q is neither a known state nor a regime", args[0])
			}
			if format == "json" {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			return writeStatus(cmd, st)
		},
	}
	cmd.Flags().StringVar(&asOf, "as-of", "", "the day to answer for (default: everything known)")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	cmd.AddCommand(newRecognitionImportCmd())
	return cmd
}

// loadRegistry builds the registry of the state from the events of the
// chosen store.
func loadRegistry(cmd *cobra.Command, state string) (*knowledge.Registry, error) {
	s, err := openStore(cmd.Context(), cmd)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return knowledge.LoadRegistry(cmd.Context(), s, knowledge.RegistryOptions{}, state)
}

func writeStatus(cmd *cobra.Command, st knowledge.Status) error {
	w := cmd.OutOrStdout()
	title := st.State
	if st.StateName != "" {
		title += " " + st.StateName
	}
	if st.Regime != nil {
		title += " — " + st.Regime.Name + " (" + st.Regime.ID + ")"
	}
	asOf := st.AsOf
	if asOf == "" {
		asOf = "everything known"
	}
	fmt.Fprintf(w, "%s, as of %s\n", title, asOf)
	if st.First != nil {
		fmt.Fprintf(w, "first recogniser: %s on %s\n", st.First.Recognizer, st.First.Date)
	}
	fmt.Fprintln(w)
	t := table{header: []string{"recognised by", "since", "articles", "outlets", "first evidence"}}
	for _, r := range st.Recognizers {
		t.rows = append(t.rows, []string{name(r.Recognizer, r.Name), r.Date, strconv.Itoa(r.Support.Articles),
			strconv.Itoa(r.Support.Outlets), evidence(r.Evidence)})
	}
	if err := t.write(w, "table"); err != nil {
		return err
	}
	if len(st.Withdrawals) > 0 {
		fmt.Fprintln(w)
		t = table{header: []string{"withdrawn by", "on", "since", "evidence"}}
		for _, x := range st.Withdrawals {
			t.rows = append(t.rows, []string{name(x.Recognizer, x.Name), x.Date, x.Since, evidence(x.Evidence)})
		}
		if err := t.write(w, "table"); err != nil {
			return err
		}
	}
	if len(st.NonRecognizers) > 0 {
		fmt.Fprintln(w)
		t = table{header: []string{"reported not recognising", "as of", "reports", "evidence"}}
		for _, x := range st.NonRecognizers {
			t.rows = append(t.rows, []string{name(x.Recognizer, x.Name), x.Date, strconv.Itoa(x.Reports), evidence(x.Evidence)})
		}
		if err := t.write(w, "table"); err != nil {
			return err
		}
	}
	if len(st.MayFollow) > 0 {
		fmt.Fprintln(w)
		t = table{header: []string{"may follow", "kind", "since", "latest", "expected", "reports", "first evidence"}}
		for _, x := range st.MayFollow {
			kind := x.Kind
			if len(x.Kinds) > 1 {
				kind += " (" + strings.Join(x.Kinds[1:], ", ") + ")"
			}
			t.rows = append(t.rows, []string{name(x.Recognizer, x.Name), kind, x.Since, x.Date, x.Expected,
				strconv.Itoa(x.Reports), evidence(x.Evidence)})
		}
		if err := t.write(w, "table"); err != nil {
			return err
		}
	}
	fmt.Fprintln(w)
	t = table{header: []string{"group", "members", "recognising", "reported not", "may follow"}}
	for _, g := range st.Groups {
		t.rows = append(t.rows, []string{g.Name, strconv.Itoa(g.Members), strconv.Itoa(g.Recognizing), strconv.Itoa(g.NonRecognizing),
			strconv.Itoa(g.MayFollow)})
	}
	return t.write(w, "table")
}

func name(code, n string) string {
	if n == "" {
		return code
	}
	return code + " " + n
}

func evidence(e knowledge.Evidence) string {
	switch {
	case e.Source != "" && e.Sentence == "":
		return "fact: " + clip(e.Source, 50)
	case e.Outlet != "":
		return clip(e.Outlet+": "+e.Sentence, 60)
	}
	return clip(e.Sentence, 60)
}

func newRecognitionImportCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE.csv",
		Short: "Load known recognition facts into the store",
		Long: `import reads known facts from CSV with the columns recognizer, recognized,
date, kind and source (kind: recognize, withdraw or non-recognition; date:
YYYY-MM-DD, YYYY-MM or YYYY) and keeps each as an event of its own in the
store, so that later questions see them beside the news. Importing the same
file twice adds nothing.`,
		Example: "  dyad recognition import facts.csv",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			facts, err := knowledge.ReadFacts(f)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			// Check every fact against the registry's rules before storing any.
			check := knowledge.NewRegistry(knowledge.RegistryOptions{})
			recs := make([]dyad.Record, 0, len(facts))
			for _, fc := range facts {
				if err := check.AddFact(fc); err != nil {
					return fmt.Errorf("%s:%d: %w", args[0], fc.Line, err)
				}
				recs = append(recs, factRecord(fc))
			}
			s, err := openStore(cmd.Context(), cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			res, err := s.Save(cmd.Context(), recs)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "facts %d, new %d, duplicate %d\n", len(facts), res.New, res.Duplicate)
			return nil
		},
	}
}

// factRecord keeps an imported fact as an article of its own (outlet: the
// fact's source) with one event: 054 for a recognition, 161 for a
// withdrawal and a negated 054 for a non-recognition.
func factRecord(f knowledge.Fact) dyad.Record {
	text := fmt.Sprintf("%s %s %s on %s.", f.Recognizer, f.Kind, f.Recognized, f.Date)
	if f.Source != "" {
		text += " Source: " + f.Source + "."
	}
	pub, _ := read.ParseDate(f.Date)
	if pub.IsZero() {
		if y, err := strconv.Atoi(f.Date); err == nil {
			pub = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		}
	}
	a := dyad.Article{Outlet: "imported fact", Published: pub, Title: "Recognition fact", Text: text}
	if f.Source != "" {
		a.Outlet = f.Source
	}
	a.Finish()
	a.ID = "fact-" + a.Hash[:16]
	code, mod := "054", dyad.ModalityAsserted
	switch f.Kind {
	case knowledge.KindWithdraw:
		code = "161"
	case knowledge.KindNonRecognition:
		mod = dyad.ModalityNegated
	}
	target := strings.ToUpper(f.Recognized)
	country, _, _ := strings.Cut(target, "-") // a regime ID such as AFG-2021
	e := dyad.Event{
		ArticleID: a.ID, Span: [2]int{0, len(text)},
		Source: dyad.Actor{Code: strings.ToUpper(f.Recognizer), Country: strings.ToUpper(f.Recognizer), Text: f.Recognizer},
		Target: dyad.Actor{Code: country, Country: country, Text: f.Recognized},
		Code:   code, Root: code[:2], Modality: mod,
		Date: f.Date, DatePrecision: precisionOf(f.Date),
		Evidence: text, Attribution: []string{},
	}
	if f.Source != "" {
		e.Attribution = []string{f.Source}
	}
	if c, ok := cameo.Default().Lookup(code); ok {
		e.Quad, e.Goldstein, e.Plover = c.Quad, c.Goldstein, c.Plover.Event
	}
	return dyad.Record{Article: a, Events: []dyad.Event{e}}
}

func precisionOf(date string) string {
	switch len(date) {
	case 10:
		return dyad.PrecisionDay
	case 7:
		return dyad.PrecisionMonth
	}
	return dyad.PrecisionYear
}
