package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
)

// TestIngestPostgres runs ingest against the PostgreSQL named by
// DYAD_TEST_POSTGRES, in a schema of its own.
func TestIngestPostgres(t *testing.T) {
	dsn := os.Getenv("DYAD_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("PostgreSQL tests skipped: set DYAD_TEST_POSTGRES, e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable")
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dyad_cli_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(context.Background(), `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	defer admin.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()

	for i, want := range []string{"new 10, duplicate 0", "new 0, duplicate 10"} {
		out, _, err := run(t, "", "ingest", "--db", u.String(), "-q", "../../examples")
		if err != nil || !strings.Contains(out, want) {
			t.Fatalf("ingest #%d = %q, %v; want %q", i+1, out, err, want)
		}
	}
	out, _, err := run(t, "", "articles", "search", "--db", u.String(), "fisheries")
	if err != nil || !strings.Contains(out, "Chile and Norway") {
		t.Errorf("search = %q, %v", out, err)
	}
}
