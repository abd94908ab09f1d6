// Package postgres implements dyad.Store on PostgreSQL through pgx, with
// the same schema as package sqlite and the same test suite (storetest).
// Full-text search uses a generated tsvector column and websearch syntax:
// words, "quoted phrases", OR and -negation.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/pressly/goose/v3"

	"dyad/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// SchemaVersion is the schema version this package migrates to.
const SchemaVersion = 2

// Store is a dyad.Store backed by a PostgreSQL database.
type Store struct {
	*sqlstore.Store
}

// Open connects to the database named by the connection string (a URL
// such as postgres://user@host:5432/db or key=value pairs), applies pending
// migrations and returns the store.
func Open(ctx context.Context, dsn string) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	db.SetMaxOpenConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		db.Close()
		return nil, err
	}
	s, err := sqlstore.New(ctx, db, dialect, sub)
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Store{s}, nil
}

var dialect = sqlstore.Dialect{
	Name:     "postgres",
	Goose:    goose.DialectPostgres,
	Numbered: true,
	Search: func(q string) (from, cond, order string, arg any) {
		return `articles a, websearch_to_tsquery('simple', ?) query`, `a.fts @@ query`,
			`ts_rank(a.fts, query) DESC, a.seq`, q
	},
}
