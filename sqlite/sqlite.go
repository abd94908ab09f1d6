// Package sqlite implements dyad.Store on an embedded SQLite database
// through modernc.org/sqlite (pure Go, no cgo).
//
// The database runs in WAL mode with synchronous=NORMAL: a committed batch
// survives the process being killed, and readers never block the writer.
// The schema is created and migrated on Open from migrations embedded in
// the binary; SchemaVersion reports the applied version. Full-text search
// over articles uses FTS5.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"dyad/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// SchemaVersion is the schema version this package migrates to.
const SchemaVersion = 2

// Store is a dyad.Store backed by one SQLite file.
type Store struct {
	*sqlstore.Store
}

// Open opens or creates the database at path, applies pending migrations
// and returns the store. The path ":memory:" gives a private in-memory
// database (useful in tests).
func Open(ctx context.Context, path string) (*Store, error) {
	db, err := sql.Open("sqlite", dataSource(path))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if path == ":memory:" {
		// Every connection to :memory: is a new database: keep one.
		db.SetMaxOpenConns(1)
	} else {
		db.SetMaxOpenConns(8)
	}
	db.SetMaxIdleConns(8)
	if err := ping(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		db.Close()
		return nil, err
	}
	s, err := sqlstore.New(ctx, db, dialect, sub)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &Store{s}, nil
}

// ping opens the first connection. Switching a new database to WAL can
// fail with SQLITE_BUSY without waiting for the busy timeout when another
// process is opening it at the same moment, so that is retried for up to
// ten seconds.
func ping(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(10 * time.Second)
	wait := 5 * time.Millisecond
	for {
		err := db.PingContext(ctx)
		if err == nil || !busy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 200*time.Millisecond)
	}
}

// busy reports whether err is SQLite's "database is locked".
func busy(err error) bool {
	m := err.Error()
	return strings.Contains(m, "SQLITE_BUSY") || strings.Contains(m, "database is locked")
}

var dialect = sqlstore.Dialect{
	Name:  "sqlite",
	Goose: goose.DialectSQLite3,
	Search: func(q string) (from, cond, order string, arg any) {
		return `articles_fts JOIN articles a ON a.seq = articles_fts.rowid`,
			`articles_fts MATCH ?`, `articles_fts.rank, a.seq`, ftsQuery(q)
	},
}

func dataSource(path string) string {
	q := url.Values{}
	// busy_timeout comes first: the pragmas are applied in order, and
	// switching a new database to WAL takes a lock that another process
	// opening it at the same moment may hold.
	for _, p := range []string{
		"busy_timeout(10000)",
		"journal_mode(WAL)",
		"synchronous(NORMAL)",
		"foreign_keys(1)",
		"temp_store(MEMORY)",
		"cache_size(-65536)",
		"wal_autocheckpoint(10000)",
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	if path == ":memory:" {
		return "file::memory:?" + q.Encode()
	}
	return "file:" + path + "?" + q.Encode()
}

// ftsQuery turns a user's search words into an FTS5 query: each word is
// quoted, so punctuation in the input cannot form FTS5 syntax, and all
// words must occur. A query already using FTS5 operators (AND, OR, NOT,
// NEAR, quotes, *) is passed through.
func ftsQuery(q string) string {
	if strings.ContainsAny(q, `"*()`) {
		return q
	}
	fields := strings.Fields(q)
	for _, f := range fields {
		switch f {
		case "AND", "OR", "NOT":
			return q
		}
	}
	for i, f := range fields {
		fields[i] = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
	}
	return strings.Join(fields, " ")
}
