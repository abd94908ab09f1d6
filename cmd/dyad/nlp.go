package main

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"dyad/nlp"
	"dyad/nlp/conllu"
	"dyad/nlp/tag"
)

// nlpCommands returns the commands of the linguistic core (parse, train,
// eval parser).
func nlpCommands() []*cobra.Command {
	return []*cobra.Command{nlpNewParseCmd(), nlpNewTrainCmd(), nlpNewEvalCmd()}
}

func nlpNewTrainCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train the tagger or the dependency parser on a CoNLL-U treebank",
		Long: `Train the part-of-speech tagger and lemmatiser, or the labelled dependency
parser, on a Universal Dependencies treebank in CoNLL-U format.

Training is deterministic for a given --seed. The models shipped inside dyad
were trained on UD English-EWT with the defaults.`,
		Example: "  dyad train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out tagger.bin\n" +
			"  dyad train parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out parser.bin",
	}
	cmd.AddCommand(nlpNewTrainTaggerCmd(), nlpNewTrainParserCmd(), nlpNewTrainLemmatizerCmd())
	return cmd
}

func nlpNewTrainTaggerCmd() *cobra.Command {
	var trainPath, devPath, out string
	var seed uint64
	var epochs int
	var minWeight, gate float32
	var plain, forward bool
	cmd := &cobra.Command{
		Use:   "tagger --train FILE [--dev FILE] [--out FILE]",
		Short: "Train the UPOS/XPOS tagger and lemmatiser",
		Long: `Train the averaged-perceptron tagger (UPOS and XPOS) and the lemmatiser on
the gold annotations of a CoNLL-U file. After each epoch the model is scored
on --dev and the best epoch is kept. The model is written to --out.`,
		Example: "  dyad train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out nlp/tag/model/tagger.bin",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			start := time.Now()
			train, err := conllu.ReadFile(trainPath)
			if err != nil {
				return err
			}
			var dev []nlp.Sentence
			if devPath != "" {
				d, err := conllu.ReadFile(devPath)
				if err != nil {
					return err
				}
				dev = d.Sentences
			}
			t, err := tag.Train(train.Sentences, dev, tag.TrainOptions{Epochs: epochs, Seed: seed, MinWeight: minWeight,
				Plain: plain, Forward: forward, Gate: gate, Log: cmd.ErrOrStderr()})
			if err != nil {
				return err
			}
			if err := nlpSaveModel(out, t.Save); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s in %s\n", out, time.Since(start).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().StringVar(&trainPath, "train", "", "training treebank (CoNLL-U)")
	cmd.Flags().StringVar(&devPath, "dev", "", "development treebank for model selection (CoNLL-U)")
	cmd.Flags().StringVar(&out, "out", "tagger.bin", "output model file")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed")
	cmd.Flags().IntVar(&epochs, "epochs", 10, "training epochs")
	cmd.Flags().Float32Var(&minWeight, "min-weight", 0.2, "prune averaged weights smaller than this")
	cmd.Flags().BoolVar(&plain, "plain", false, "leave out the richer word features (the design of the shipped model)")
	cmd.Flags().BoolVar(&forward, "forward", false, "run the first pass left to right (the design of the shipped model)")
	cmd.Flags().Float32Var(&gate, "gate", 0, "second-pass gate: keep first-pass tags whose score leads by more (0: 25, below 0: off)")
	cmd.MarkFlagRequired("train")
	return cmd
}

func nlpSaveModel(path string, save func(w io.Writer) error) error {
	return writeAtomically(path, save)
}

func nlpNewTrainLemmatizerCmd() *cobra.Command {
	var trainPath, taggerPath, out string
	var gate float32
	cmd := &cobra.Command{
		Use:   "lemmatizer --train FILE [--tagger FILE] [--out FILE]",
		Short: "Retrain the lemmatiser of a tagger model, keeping its tags",
		Long: `Train the lemmatiser anew on the gold lemmas of a CoNLL-U file and write the
tagger model (--tagger, default the embedded one) with it. The tags the
model assigns do not change. --gate also sets the tagger's second-pass gate
(0 leaves it as it is).`,
		Example: "  dyad train lemmatizer --train en_ewt-ud-train.conllu --gate 25 --out nlp/tag/model/tagger.bin",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			train, err := conllu.ReadFile(trainPath)
			if err != nil {
				return err
			}
			tg, err := nlpLoadTagger(taggerPath)
			if err != nil {
				return err
			}
			if tg, err = tg.Relemmatize(train.Sentences); err != nil {
				return err
			}
			if gate != 0 {
				tg = tg.WithGate(gate)
			}
			return nlpSaveModel(out, tg.Save)
		},
	}
	cmd.Flags().StringVar(&trainPath, "train", "", "treebank with gold lemmas (CoNLL-U)")
	cmd.Flags().StringVar(&taggerPath, "tagger", "", "tagger model (default: embedded)")
	cmd.Flags().StringVar(&out, "out", "tagger.bin", "output model file")
	cmd.Flags().Float32Var(&gate, "gate", 0, "also set the second-pass gate (0: unchanged)")
	cmd.MarkFlagRequired("train")
	return cmd
}
