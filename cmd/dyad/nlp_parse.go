package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"dyad/nlp"
	"dyad/nlp/annotate"
	"dyad/nlp/conllu"
	"dyad/nlp/parse"
	"dyad/nlp/tag"
)

func nlpNewParseCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "parse [FILE|-]",
		Short: "Tag, lemmatise and parse raw text, writing CoNLL-U",
		Long: `Parse reads raw text from FILE, or from standard input when FILE is "-" or
absent, splits it into sentences and tokens, tags, lemmatises and
dependency-parses it with the embedded models, and writes CoNLL-U to standard
output.

Each sentence carries "# sent_id" and "# text" comments. The MISC column of
each word holds TokenRange=START:END, the byte offsets of the token in the
input (as UDPipe writes them), and SpaceAfter=No where no white space
follows the token.`,
		Example: "  echo 'Russia recognised the Taliban government on Thursday.' | dyad parse\n  dyad parse article.txt > article.conllu",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var in io.Reader = cmd.InOrStdin()
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				in = f
			}
			text, err := io.ReadAll(in)
			if err != nil {
				return fmt.Errorf("parse: read input: %w", err)
			}
			a, err := annotate.New()
			if err != nil {
				return err
			}
			return conllu.WriteDoc(cmd.OutOrStdout(), a.Annotate(string(text)))
		},
	}
}

func nlpNewTrainParserCmd() *cobra.Command {
	var trainPath, devPath, out, taggerPath, saveTagged string
	var seed uint64
	var epochs, folds, exploreAfter int
	var explore float64
	var minWeight float32
	cmd := &cobra.Command{
		Use:   "parser --train FILE [--dev FILE] [--out FILE]",
		Short: "Train the labelled dependency parser",
		Long: `Train the arc-hybrid dependency parser (averaged perceptron, dynamic oracle
with exploration) on the trees of a CoNLL-U file.

The parser is trained on predicted tags, as it will see at run time: the
training file is tagged by jack-knifing (--jackknife K taggers of the
design of --tagger, each trained on the other K-1 folds), and --dev is tagged
with --tagger (default: the embedded tagger). After each epoch the model is scored on --dev and the
epoch with the best LAS is kept.`,
		Example: "  dyad train parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out nlp/parse/model/parser.bin",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			start := time.Now()
			log := cmd.ErrOrStderr()
			train, err := conllu.ReadFile(trainPath)
			if err != nil {
				return err
			}
			tg, err := nlpLoadTagger(taggerPath)
			if err != nil {
				return err
			}
			sents := train.Sentences
			if folds > 1 {
				// The folds' taggers have the design of the run-time tagger.
				opt := tg.Design()
				opt.Epochs, opt.Seed, opt.Log = 8, seed, log
				sents, err = tag.JackKnife(sents, folds, opt)
				if err != nil {
					return err
				}
				if saveTagged != "" {
					if err := nlpSaveModel(saveTagged, func(w io.Writer) error {
						return conllu.WriteDoc(w, &nlp.Doc{Text: train.Text, Sentences: sents})
					}); err != nil {
						return err
					}
				}
			}
			var dev []nlp.Sentence
			if devPath != "" {
				d, err := conllu.ReadFile(devPath)
				if err != nil {
					return err
				}
				for i := range d.Sentences {
					nlpRetag(tg, d.Sentences[i].Tokens)
				}
				dev = d.Sentences
			}
			p, err := parse.Train(sents, dev, parse.TrainOptions{Epochs: epochs, Seed: seed, MinWeight: minWeight,
				ExploreAfter: exploreAfter, Explore: explore, Log: log})
			if err != nil {
				return err
			}
			if err := nlpSaveModel(out, p.Save); err != nil {
				return err
			}
			fmt.Fprintf(log, "wrote %s in %s\n", out, time.Since(start).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().StringVar(&trainPath, "train", "", "training treebank (CoNLL-U)")
	cmd.Flags().StringVar(&devPath, "dev", "", "development treebank for model selection (CoNLL-U)")
	cmd.Flags().StringVar(&out, "out", "parser.bin", "output model file")
	cmd.Flags().StringVar(&taggerPath, "tagger", "", "tagger model for the dev set (default: embedded)")
	cmd.Flags().StringVar(&saveTagged, "save-tagged", "", "also write the jack-knifed training set to this CoNLL-U file")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed")
	cmd.Flags().IntVar(&epochs, "epochs", 12, "training epochs")
	cmd.Flags().IntVar(&exploreAfter, "explore-after", 1, "epochs on the oracle's path before exploration starts")
	cmd.Flags().Float64Var(&explore, "explore", 0.9, "probability of following the model's own prediction when exploring")
	cmd.Flags().IntVar(&folds, "jackknife", 5, "jack-knifing folds for predicted training tags (0: gold tags)")
	cmd.Flags().Float32Var(&minWeight, "min-weight", 1, "prune averaged weights smaller than this")
	cmd.MarkFlagRequired("train")
	return cmd
}

func nlpLoadTagger(path string) (*tag.Tagger, error) {
	if path == "" {
		return tag.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return tag.Load(f)
}

func nlpLoadParser(path string) (*parse.Parser, error) {
	if path == "" {
		return parse.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parse.Load(f)
}

// nlpRetag replaces the tags of toks by predicted ones, keeping the gold
// lemmas and features.
func nlpRetag(t *tag.Tagger, toks []nlp.Token) {
	cp := slices.Clone(toks)
	t.Tag(cp)
	for i := range toks {
		toks[i].UPOS, toks[i].XPOS = cp[i].UPOS, cp[i].XPOS
	}
}

func nlpNewEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Evaluate dyad's components against gold data",
		Long:  "Evaluate dyad's components against gold data.",
		Example: "  dyad eval parser --gold en_ewt-ud-test.conllu\n" +
			"  dyad eval parser --gold en_ewt-ud-test.conllu --raw\n" +
			"  dyad eval events --gold gold.jsonl events.jsonl",
	}
	cmd.AddCommand(nlpNewEvalParserCmd(), newEvalEventsCmd())
	return cmd
}

func nlpNewEvalParserCmd() *cobra.Command {
	var gold, taggerPath, parserPath string
	var raw bool
	cmd := &cobra.Command{
		Use:   "parser --gold FILE.conllu [--raw]",
		Short: "Score the tagger, lemmatiser and parser on a CoNLL-U treebank",
		Long: `Score UPOS, XPOS, UFeats, lemma, UAS and LAS against a gold CoNLL-U file.

By default the gold tokenisation is kept and the tags, lemmas and trees are
predicted. With --raw the whole pipeline runs on the raw text rebuilt from
the "# text" comments (sentences joined by spaces, paragraphs by blank
lines), and system and gold words are aligned by character offsets as in
the CoNLL 2018 shared task; scores are then F1, and tokens and sentences F1
are printed as well.

LAS counts full relation labels with subtypes (nsubj:pass); "LAS-univ"
compares only the universal part, as the CoNLL 2018 evaluation does. The
last line is machine-readable.`,
		Example: "  dyad eval parser --gold en_ewt-ud-test.conllu\n" +
			"  dyad eval parser --gold en_ewt-ud-test.conllu --raw",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			g, err := conllu.ReadFile(gold)
			if err != nil {
				return err
			}
			tg, err := nlpLoadTagger(taggerPath)
			if err != nil {
				return err
			}
			ps, err := nlpLoadParser(parserPath)
			if err != nil {
				return err
			}
			a := annotate.NewWith(tg, ps)
			start := time.Now()
			var sc nlpScores
			if raw {
				sys := a.Annotate(g.Text)
				sc = nlpScoreRaw(g, sys)
			} else {
				sys := &nlp.Doc{Text: g.Text, Sentences: make([]nlp.Sentence, len(g.Sentences))}
				for i, s := range g.Sentences {
					sys.Sentences[i] = s
					toks := make([]nlp.Token, len(s.Tokens))
					for j, tk := range s.Tokens {
						toks[j] = nlp.Token{Start: tk.Start, End: tk.End, Form: tk.Form, SpaceAfter: tk.SpaceAfter, Head: -1}
					}
					sys.Sentences[i].Tokens = toks
				}
				a.AnnotateDoc(sys)
				sc = nlpScoreAligned(g, sys)
			}
			sc.print(cmd.OutOrStdout(), raw, time.Since(start))
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "gold treebank (CoNLL-U)")
	cmd.Flags().BoolVar(&raw, "raw", false, "run the whole pipeline on the raw text and align by character offsets")
	cmd.Flags().StringVar(&taggerPath, "tagger", "", "tagger model file (default: embedded)")
	cmd.Flags().StringVar(&parserPath, "parser", "", "parser model file (default: embedded)")
	cmd.MarkFlagRequired("gold")
	return cmd
}

// nlpScores counts matches between system and gold words.
type nlpScores struct {
	goldWords, sysWords, aligned       int
	goldSents, sysSents, sentsMatched  int
	upos, xpos, feats, lemma, uas, las int
	lasUniv                            int
}

func nlpUniv(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

func (sc *nlpScores) compare(g, s *nlp.Token, headOK bool) {
	sc.aligned++
	if g.UPOS == s.UPOS {
		sc.upos++
	}
	if g.XPOS == s.XPOS {
		sc.xpos++
	}
	if nlpNormFeats(g.Feats) == nlpNormFeats(s.Feats) {
		sc.feats++
	}
	if g.Lemma == s.Lemma {
		sc.lemma++
	}
	if headOK {
		sc.uas++
		if g.Rel == s.Rel {
			sc.las++
		}
		if nlpUniv(g.Rel) == nlpUniv(s.Rel) {
			sc.lasUniv++
		}
	}
}

func nlpNormFeats(f string) string {
	if f == "" {
		return "_"
	}
	return f
}

// nlpScoreAligned scores a system doc with the gold tokenisation.
func nlpScoreAligned(g, sys *nlp.Doc) nlpScores {
	var sc nlpScores
	for i, gs := range g.Sentences {
		ss := sys.Sentences[i]
		for j := range gs.Tokens {
			gt, st := &gs.Tokens[j], &ss.Tokens[j]
			sc.compare(gt, st, gt.Head == st.Head)
		}
		sc.goldWords += len(gs.Tokens)
	}
	sc.sysWords, sc.goldSents, sc.sysSents, sc.sentsMatched = sc.goldWords, len(g.Sentences), len(g.Sentences), len(g.Sentences)
	return sc
}

type nlpWordKey struct{ start, end, k int }

// nlpScoreRaw aligns system and gold words by their character spans in the
// shared text (words sharing a span, as in a multiword token, in order)
// and scores the aligned words as the CoNLL 2018 shared task does.
func nlpScoreRaw(g, sys *nlp.Doc) nlpScores {
	var sc nlpScores
	index := func(d *nlp.Doc) (map[nlpWordKey][2]int, map[[2]int]bool) {
		words := map[nlpWordKey][2]int{}
		sents := map[[2]int]bool{}
		for i, s := range d.Sentences {
			seen := map[[2]int]int{}
			for j, tk := range s.Tokens {
				sp := [2]int{tk.Start, tk.End}
				words[nlpWordKey{tk.Start, tk.End, seen[sp]}] = [2]int{i, j}
				seen[sp]++
			}
			if len(s.Tokens) > 0 {
				sents[[2]int{s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End}] = true
			}
		}
		return words, sents
	}
	gw, gsents := index(g)
	sw, ssents := index(sys)
	sc.goldWords, sc.sysWords = len(gw), len(sw)
	sc.goldSents, sc.sysSents = len(gsents), len(ssents)
	for k := range ssents {
		if gsents[k] {
			sc.sentsMatched++
		}
	}
	// gold position -> key, to map heads.
	gkey := map[[2]int]nlpWordKey{}
	for k, v := range gw {
		gkey[v] = k
	}
	skey := map[[2]int]nlpWordKey{}
	for k, v := range sw {
		skey[v] = k
	}
	for k, sp := range sw {
		gp, ok := gw[k]
		if !ok {
			continue
		}
		gt := &g.Sentences[gp[0]].Tokens[gp[1]]
		st := &sys.Sentences[sp[0]].Tokens[sp[1]]
		var headOK bool
		switch {
		case gt.Head == 0 || st.Head == 0:
			headOK = gt.Head == st.Head
		case gt.Head > 0 && st.Head > 0:
			headOK = gkey[[2]int{gp[0], gt.Head - 1}] == skey[[2]int{sp[0], st.Head - 1}]
		}
		sc.compare(gt, st, headOK)
	}
	return sc
}

func nlpF1(match, sys, gold int) float64 {
	if sys+gold == 0 {
		return 0
	}
	return 100 * 2 * float64(match) / float64(sys+gold)
}

func (sc *nlpScores) print(w io.Writer, raw bool, took time.Duration) {
	m := func(n int) float64 {
		if raw {
			return nlpF1(n, sc.sysWords, sc.goldWords)
		}
		return 100 * float64(n) / float64(max(sc.goldWords, 1))
	}
	kind := "accuracy, gold tokenisation"
	if raw {
		kind = "F1, raw text, aligned by character offsets"
		fmt.Fprintf(w, "%-9s %6.2f  (gold %d, system %d)\n", "Tokens", nlpF1(sc.aligned, sc.sysWords, sc.goldWords), sc.goldWords, sc.sysWords)
		fmt.Fprintf(w, "%-9s %6.2f  (gold %d, system %d)\n", "Sentences", nlpF1(sc.sentsMatched, sc.sysSents, sc.goldSents), sc.goldSents, sc.sysSents)
	}
	fmt.Fprintf(w, "# %s; %d gold words in %d sentences, %s\n", kind, sc.goldWords, sc.goldSents, took.Round(time.Millisecond))
	for _, r := range []struct {
		name string
		n    int
	}{{"UPOS", sc.upos}, {"XPOS", sc.xpos}, {"UFeats", sc.feats}, {"Lemma", sc.lemma}, {"UAS", sc.uas}, {"LAS", sc.las}, {"LAS-univ", sc.lasUniv}} {
		fmt.Fprintf(w, "%-9s %6.2f\n", r.name, m(r.n))
	}
	fmt.Fprintf(w, "LAS %.2f UAS %.2f UPOS %.2f XPOS %.2f LEMMA %.2f\n", m(sc.las), m(sc.uas), m(sc.upos), m(sc.xpos), m(sc.lemma))
}
