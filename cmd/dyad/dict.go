package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"dyad/coder"
	"dyad/dict"
	"dyad/pipeline"
)

// dictFlags are the flags that choose the dictionaries of the coder.
type dictFlags struct {
	paths   []string
	replace bool
}

func (f *dictFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&f.paths, "dict", nil,
		"dictionary folder or file (PETRARCH *.txt or dyad *.jsonl) added after the embedded ones; repeatable")
	cmd.Flags().BoolVar(&f.replace, "dict-replace", false, "use only the --dict dictionaries, not the embedded ones")
}

// loadDicts reads the dictionaries in paths, in order, into one set.
func loadDicts(paths []string) (*dict.Set, error) {
	set := &dict.Set{Verbs: &dict.Verbs{Synsets: map[string]*dict.Synset{}}}
	for _, p := range paths {
		s, err := dict.Load(p)
		if err != nil {
			return nil, err
		}
		set.Merge(s)
	}
	return set, nil
}

// dictsOrDefault reads the dictionaries in paths, or returns the embedded
// set when there are none.
func dictsOrDefault(paths []string) (*dict.Set, error) {
	if len(paths) == 0 {
		return coder.DefaultSet()
	}
	return loadDicts(paths)
}

// set returns the dictionaries the flags choose, or nil for the embedded
// defaults. Warnings of reading the user's files are written to w.
func (f *dictFlags) set(w io.Writer) (*dict.Set, error) {
	if len(f.paths) == 0 {
		if f.replace {
			return nil, fmt.Errorf("--dict-replace needs at least one --dict")
		}
		return nil, nil
	}
	user, err := loadDicts(f.paths)
	if err != nil {
		return nil, err
	}
	probs := append(user.Warnings, dict.Check(user)...)
	if len(probs) > 0 && w != nil {
		fmt.Fprintf(w, "dyad: %d problem(s) in the --dict dictionaries (see dyad dict check); the first: %s\n", len(probs), probs[0])
	}
	if f.replace {
		return user, nil
	}
	set, err := coder.DefaultSet()
	if err != nil {
		return nil, err
	}
	set.Merge(user)
	return set, nil
}

// newPipeline returns the coding pipeline over the dictionaries df
// chooses.
func newPipeline(df *dictFlags, opts pipeline.Options, w io.Writer) (*pipeline.Pipeline, string, error) {
	set, err := df.set(w)
	if err != nil {
		return nil, "", err
	}
	if set == nil {
		return pipeline.Default(opts)
	}
	ann, note := pipeline.DefaultAnnotator()
	return pipeline.New(ann, coder.New(set, coder.NewsOptions()), opts), note, nil
}

func newDictCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dict",
		Short: "Check and convert event dictionaries",
		Long: `dict works with the dictionaries the coder uses: actors (with dated codes),
agents, verb patterns, discards and issues, in the TABARI/PETRARCH formats or
in dyad's JSON lines format (*.jsonl, one entry per line).

The embedded dictionaries are the Phoenix actor, agent, discard and issue
files and the CAMEO 2.0 verb patterns, with dyad's own supplements. code,
ingest and serve take --dict to add dictionaries after them (later entries
win) and --dict-replace to use only the given ones.`,
		Example: "  dyad dict check my-dictionaries/\n  dyad dict convert my-dictionaries/ --output my.jsonl",
	}
	cmd.AddCommand(newDictCheckCmd(), newDictConvertCmd())
	return cmd
}

func newDictCheckCmd() *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Validate dictionary files and report problems with file and line",
		Long: `check reads dictionary folders or files (the embedded set when none is
given) and reports every problem with its file and line: lines that cannot
be read, duplicate actor and agent names, actor codes that break the CAMEO
actor-code grammar, verb codes unknown to CAMEO, undefined synsets and verbs
listed in more than one block. The exit status is 1 when there is any
problem.`,
		Example: "  dyad dict check ../shared/data/petrarch\n  dyad dict check my.actors.txt my.jsonl",
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := dictsOrDefault(args)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			probs := append(set.Warnings, dict.Check(set)...)
			for i, p := range probs {
				if limit > 0 && i == limit {
					fmt.Fprintf(out, "... and %d more\n", len(probs)-limit)
					break
				}
				fmt.Fprintln(out, p)
			}
			blocks, synsets := 0, 0
			if set.Verbs != nil {
				blocks, synsets = len(set.Verbs.Blocks), len(set.Verbs.Synsets)
			}
			fmt.Fprintf(out, "files %d actors %d agents %d verb_blocks %d synsets %d discards %d issues %d problems %d\n",
				len(set.Files), len(set.Actors), len(set.Agents), blocks, synsets, len(set.Discards), len(set.Issues), len(probs))
			if len(probs) > 0 {
				return &exitError{code: 1, err: fmt.Errorf("%d problem(s) in %d dictionary file(s)", len(probs), len(set.Files))}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 0, "list at most this many problems (0: all)")
	return cmd
}

func newDictConvertCmd() *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "convert [PATH...] [--output FILE]",
		Short: "Write dictionaries in dyad's JSON lines format",
		Long: `convert reads dictionary folders or files (the embedded set when none is
given) and writes all their entries in dyad's JSON lines dictionary format,
one entry per line: {"actor":…}, {"agent":…}, {"synset":…}, {"verbs":…},
{"transformation":…}, {"discard":…} or {"issue":…}. Verb patterns and synset
members keep the PETRARCH notation. Files in this format can be given to
--dict and to dict check like the PETRARCH ones.`,
		Example: "  dyad dict convert my-dictionaries/ --output my.jsonl\n  dyad dict convert --output dyad-default.jsonl",
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := dictsOrDefault(args)
			if err != nil {
				return err
			}
			if output == "" || output == "-" {
				return dict.WriteJSONL(cmd.OutOrStdout(), set)
			}
			return writeAtomically(output, func(w io.Writer) error { return dict.WriteJSONL(w, set) })
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "", "output file (default: standard output)")
	return cmd
}
