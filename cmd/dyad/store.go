package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"dyad/sqlite"
)

// defaultDB is the store used when neither --db nor DYAD_DB is given.
const defaultDB = "dyad.db"

// dbPath returns the store path chosen by --db, DYAD_DB or the default.
func dbPath(cmd *cobra.Command) string {
	if p, _ := cmd.Flags().GetString("db"); p != "" {
		return p
	}
	if p := os.Getenv("DYAD_DB"); p != "" {
		return p
	}
	return defaultDB
}

// openStore opens the store chosen for cmd.
func openStore(ctx context.Context, cmd *cobra.Command) (*sqlite.Store, error) {
	p := dbPath(cmd)
	s, err := sqlite.Open(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", p, err)
	}
	return s, nil
}
