// Command dyad turns news into a record of relations between states.
//
// See README.md for the quick start and `dyad --help` for the commands.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// version and commit are set at link time:
//
//	go build -ldflags "-X main.version=v0.1.0 -X main.commit=$(git rev-parse --short HEAD)"
var (
	version = "dev"
	commit  = ""
)

// exitError carries a process exit code out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func main() {
	root := newRootCmd()
	if err := root.Execute(); err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			fmt.Fprintln(os.Stderr, "dyad:", ee.err)
			os.Exit(ee.code)
		}
		fmt.Fprintln(os.Stderr, "dyad:", err)
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "dyad",
		Short: "dyad turns news into a record of relations between states",
		Long: `dyad reads news articles, codes the events between states in them as CAMEO
events (who did what to whom, when and where, according to whom) and keeps
them in a store that can be queried.

By default everything is kept in ./dyad.db (SQLite); --db or DYAD_DB selects
another file.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().String("db", "", "SQLite file or postgres:// URL (default $DYAD_DB or ./dyad.db)")
	root.AddCommand(
		newVersionCmd(),
		newIngestCmd(),
		newArticlesCmd(),
	)
	// Commands of later pipeline stages are registered here, one line each.
	root.AddCommand(nlpCommands()...)
	root.AddCommand(coderCommands()...)
	root.AddCommand(knowledgeCommands()...)
	root.Example = examples(root)
	return root
}

// examples gathers the first example of every command, so that
// `dyad --help` shows one for each.
func examples(root *cobra.Command) string {
	var b strings.Builder
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() {
			continue
		}
		ex := c.Example
		if ex == "" {
			for _, sub := range c.Commands() {
				if sub.Example != "" {
					ex = sub.Example
					break
				}
			}
		}
		if ex == "" {
			continue
		}
		line, _, _ := strings.Cut(ex, "\n")
		fmt.Fprintf(&b, "%s\n", line)
	}
	return strings.TrimRight(b.String(), "\n")
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version and the commit dyad was built from",
		Example: "  dyad version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c := commit
			if c == "" {
				if bi, ok := debug.ReadBuildInfo(); ok {
					modified := false
					for _, s := range bi.Settings {
						switch s.Key {
						case "vcs.revision":
							c = s.Value
						case "vcs.modified":
							modified = s.Value == "true"
						}
					}
					if c != "" && modified {
						c += ", modified"
					}
				}
			}
			if c == "" {
				c = "unknown"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "dyad %s (commit %s)\n", version, c)
			return nil
		},
	}
}
