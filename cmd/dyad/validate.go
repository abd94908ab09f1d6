package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"dyad"
	"dyad/coder"
	"dyad/dict"
	"dyad/eval"
	"dyad/ingest"
	"dyad/nlp"
	"dyad/pipeline"
)

func newValidateCmd() *cobra.Command {
	var (
		dictDir  string
		gold     bool
		failures bool
	)
	cmd := &cobra.Command{
		Use:   "validate RECORDS",
		Short: "Run a PETRARCH-format validation suite",
		Long: `validate codes the sentences of a PETRARCH validation file with the
dictionaries it names in its <Environment> (read from --dict-dir, by default
the file's own folder) and compares the codings with the expected ones.

By default each sentence's <Text> is annotated with dyad's own tagger and
parser; with --conllu the record's gold CoNLL-U parse is used instead (the
UD-PETRARCH suite). As PETRARCH does, records marked evaluate="false" and
records whose category is not in <Include> are skipped. The sentence dates
are the reference dates of date-restricted actors. In a suite for PETRARCH
1 (one without <PICOfile>), a <Config> element sets options for the
records after it, as PETRARCH 1 did: require_dyad = false keeps events with
one actor missing, coded "---", and new_actor_length = N codes an unknown
noun phrase of up to N words by its quoted text; the comma_* limits have
no counterpart in dyad and are ignored. PETRARCH 2 implemented none of
them, so they are ignored in its suites. Events of every
modality count; when the suite names a <PICOfile>, negated events are
recoded by its negation mappings, as PETRARCH does ("did not clash", 110
negated, is 050).

The report gives the pass rate per category, every failure with the
expected and the coded events (with --failures), and ends with a line that
scripts can read: "exact 0.91 lenient 0.95 records 284". Exact: the set of
(source, target, code) equals the expected set; lenient: the same on the
first three letters of the actors and the root of the code.`,
		Example: `  dyad validate ../shared/data/petrarch/PETR.UnitTest.records.xml
  dyad validate --conllu --failures ../shared/data/ud-petrarch/PETR_Validate_records_2_02.xml`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			suite, err := eval.ReadRecords(f)
			f.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			if dictDir == "" {
				dictDir = filepath.Dir(args[0])
			}
			set, err := suiteDicts(suite, dictDir)
			if err != nil {
				return err
			}
			opts := coder.PetrarchOptions()
			if suite.PETRARCH1() {
				// A suite from before PETRARCH 2 (which brought the
				// internal coding ontology): its patterns see adverbs.
				opts.AdverbPatterns = true
			}
			// A coder for each combination of the options the records'
			// <Config> elements put in force.
			coders := map[coder.Options]*coder.Coder{}
			coderFor := func(r *eval.Record) *coder.Coder {
				o := opts
				requireDyad, length := suite.Applied(r)
				o.MissingActors, o.NewActorLength = !requireDyad, length
				c := coders[o]
				if c == nil {
					c = coder.New(set, o)
					coders[o] = c
				}
				return c
			}
			parse := eval.GoldParse
			if !gold {
				ann, note := pipeline.DefaultAnnotator()
				if note != "" {
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", note)
				}
				parse = func(r *eval.Record) (*nlp.Doc, error) { return ann.Annotate(r.Text), nil }
			}
			var neg map[string]string
			if name := suite.Files["PICOfile"]; name != "" {
				if f, err := os.Open(filepath.Join(dictDir, name)); err == nil {
					neg, err = eval.ReadPICO(f)
					f.Close()
					if err != nil {
						return fmt.Errorf("%s: %w", name, err)
					}
				}
			}
			rep := eval.Validate(suite, parse, func(doc *nlp.Doc, r *eval.Record) []dyad.Event {
				evs := coderFor(r).CodeDoc(doc, r.Date)
				eval.Negate(evs, neg)
				return evs
			})
			return rep.Write(cmd.OutOrStdout(), failures)
		},
	}
	cmd.Flags().StringVar(&dictDir, "dict-dir", "", "folder of the suite's dictionaries (default: the records file's folder)")
	cmd.Flags().BoolVar(&gold, "conllu", false, "use the records' gold CoNLL-U parses instead of dyad's parser")
	cmd.Flags().BoolVar(&failures, "failures", false, "list each failed record with the expected and coded events")
	return cmd
}

// suiteDicts reads the dictionaries a suite names from dir; if it names
// none that exist there, every dictionary file of dir.
func suiteDicts(s *eval.Suite, dir string) (*dict.Set, error) {
	set := &dict.Set{Verbs: &dict.Verbs{Synsets: map[string]*dict.Synset{}}}
	n := 0
	for _, k := range []struct {
		tag  string
		kind dict.FileKind
	}{{"Actorfile", dict.ActorsFile}, {"Agentfile", dict.AgentsFile}, {"Verbfile", dict.VerbsFile}, {"Discardfile", dict.DiscardsFile}} {
		name := s.Files[k.tag]
		if name == "" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		if err := set.ReadFile(bytes.NewReader(data), name, k.kind); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		n++
	}
	if n > 0 {
		return set, nil
	}
	set, err := dict.LoadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("no dictionaries of the suite in %s (use --dict-dir): %w", dir, err)
	}
	return set, nil
}

// newEvalEventsCmd scores coded events against a news gold file. It
// is "dyad eval events".
func newEvalEventsCmd() *cobra.Command {
	var (
		goldPath, articles string
		byArticle          bool
	)
	cmd := &cobra.Command{
		Use:   "events --gold FILE [--articles FILE] [PRED]",
		Short: "Score coded events against a news gold set",
		Long: `Score coded events against a gold file in the format of dyad's annotation
guidelines (one article per line with its events and traps). PRED is a
file of coded events (dyad code --format jsonl); without it, the articles
of --articles (or, failing that, of the gold file itself, which carries the
texts) are coded first.

The figures follow the guidelines' matching rules: within an article events
compare as sets of (source, target, root) keys, actors on their country or
organisation; only asserted events count. Printed: root- and code-level
precision, recall and F1, recall of the core events, date accuracy on the
matched dated events, and trap avoidance, with --by-article the spurious and
missed events of each article.`,
		Example: `  dyad eval events --gold gold.jsonl events.jsonl
  dyad eval events --gold gold.jsonl --articles articles.jsonl --by-article`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			gf, err := os.Open(goldPath)
			if err != nil {
				return err
			}
			gold, err := eval.ReadGold(gf)
			gf.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", goldPath, err)
			}
			var pred []eval.PredEvent
			if len(args) == 1 {
				pf, err := os.Open(args[0])
				if err != nil {
					return err
				}
				pred, err = eval.ReadPred(pf)
				pf.Close()
				if err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
			} else {
				src := articles
				if src == "" {
					src = goldPath
				}
				if pred, err = codeForEval(cmd, src); err != nil {
					return err
				}
			}
			return eval.Score(gold, pred).Write(cmd.OutOrStdout(), byArticle)
		},
	}
	cmd.Flags().StringVar(&goldPath, "gold", "", "gold file (JSON lines, one article per line)")
	cmd.Flags().StringVar(&articles, "articles", "", "articles to code when no PRED file is given (default: the gold file)")
	cmd.Flags().BoolVar(&byArticle, "by-article", false, "list the spurious and missed events of each article")
	cmd.MarkFlagRequired("gold")
	return cmd
}

// codeForEval codes the articles of path (a news set's articles or gold
// file, read with eval.ReadArticles, which accepts partial publication
// dates) and returns their events as predictions.
func codeForEval(cmd *cobra.Command, path string) ([]eval.PredEvent, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	arts, err := eval.ReadArticles(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	p, note, err := pipeline.Default(pipeline.Options{})
	if err != nil {
		return nil, err
	}
	if note != "" {
		fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", note)
	}
	ins := make([]ingest.Input, len(arts))
	published := map[string]string{}
	for i, a := range arts {
		published[a.Article.ID] = a.Published
		ins[i] = func(yield func(dyad.Article, error) bool) { yield(a.Article, nil) }
	}
	var pred []eval.PredEvent
	res := codeArticles(cmd.Context(), ins, p, 0, func(a dyad.Article, evs []dyad.Event, err error) error {
		if err != nil {
			fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", err)
			return nil
		}
		eval.FixDates(evs, published[a.ID])
		for _, e := range evs {
			pred = append(pred, eval.PredEvent{
				ArticleID: e.ArticleID, Code: e.Code, Modality: string(e.Modality), Date: e.Date,
				Source: eval.ActorRef{Code: e.Source.Code, Country: e.Source.Country},
				Target: eval.ActorRef{Code: e.Target.Code, Country: e.Target.Country},
			})
		}
		return nil
	})
	if res.err != nil {
		return nil, res.err
	}
	return pred, nil
}
