package postgres_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"dyad"
	"dyad/postgres"
	"dyad/storetest"
)

// dsnEnv names the environment variable with the connection string of a
// PostgreSQL database the tests may use. .ci/run sets it.
const dsnEnv = "DYAD_TEST_POSTGRES"

// openFresh opens a store in a new schema of its own, dropped after the test.
func openFresh(t *testing.T) *postgres.Store {
	t.Helper()
	dsn := os.Getenv(dsnEnv)
	if dsn == "" {
		t.Skipf("PostgreSQL tests skipped: set %s to a connection string, e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable", dsnEnv)
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatalf("connect to %s: %v", dsnEnv, err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dyad_test_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
		admin.Close()
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("%s is not a URL: %v", dsnEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := postgres.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != postgres.SchemaVersion {
		t.Fatalf("SchemaVersion = %d, %v", v, err)
	}
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.Store { return openFresh(t) })
}

func TestOpenBadDSN(t *testing.T) {
	if os.Getenv(dsnEnv) == "" {
		t.Skipf("PostgreSQL tests skipped: %s is not set", dsnEnv)
	}
	if _, err := postgres.Open(context.Background(), "postgres://nobody@127.0.0.1:1/none?connect_timeout=2"); err == nil {
		t.Error("Open of an unreachable server succeeded")
	}
}
