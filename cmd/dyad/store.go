package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"dyad"
	"dyad/postgres"
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

// openStore opens the store chosen for cmd: PostgreSQL for a postgres://
// or postgresql:// URL, SQLite for anything else (a file path).
func openStore(ctx context.Context, cmd *cobra.Command) (dyad.Store, error) {
	p := dbPath(cmd)
	if strings.HasPrefix(p, "postgres://") || strings.HasPrefix(p, "postgresql://") {
		s, err := postgres.Open(ctx, p)
		if err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		return s, nil
	}
	s, err := sqlite.Open(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", p, err)
	}
	return s, nil
}

// storeName names the store for messages, without any password.
func storeName(cmd *cobra.Command) string {
	p := dbPath(cmd)
	if u, err := url.Parse(p); err == nil && u.Scheme != "" && u.User != nil {
		return u.Redacted()
	}
	return p
}
