package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"dyad/sqlite"
)

func TestIngestExamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ex.db")
	out, _, err := run(t, "", "ingest", "--db", db, "-q", "../../examples")
	if err != nil {
		t.Fatalf("ingest examples: %v\n%s", err, out)
	}
	if !strings.Contains(out, "read 10, new 10, duplicate 0, failed 0") {
		t.Errorf("summary = %q, want 10 new articles", out)
	}
	out, _, err = run(t, "", "ingest", "--db", db, "-q", "../../examples")
	if err != nil || !strings.Contains(out, "read 10, new 0, duplicate 10, failed 0") {
		t.Errorf("second ingest = %q, %v; want 10 duplicates", out, err)
	}

	out, _, err = run(t, "", "articles", "search", "--db", db, "fisheries")
	if err != nil || !strings.Contains(out, "Chile and Norway sign fisheries pact") || strings.Count(out, "\n") != 2 {
		t.Errorf("search fisheries = %q, %v", out, err)
	}
	out, _, err = run(t, "", "articles", "list", "--db", db, "--format", "jsonl", "--since", "2026-04-01", "--until", "2026-05-01")
	if err != nil {
		t.Fatal(err)
	}
	var a struct{ ID, Title, Outlet string }
	if err := json.Unmarshal([]byte(out), &a); err != nil || a.Title != "Egyptian president visits Morocco" {
		t.Errorf("list --since = %q (%v), want the one April article", out, err)
	}
	out, _, err = run(t, "", "articles", "show", "--db", db, "ex-0002")
	if err != nil || !strings.Contains(out, "Ghana recalled its ambassador") {
		t.Errorf("show = %q, %v", out, err)
	}
	out, _, err = run(t, "", "articles", "list", "--db", db, "--format", "csv", "--outlet", "Example Daily")
	if err != nil || strings.Count(out, "ex-01") != 2 {
		t.Errorf("list csv = %q, %v", out, err)
	}
	if _, _, err := run(t, "", "articles", "show", "--db", db, "no-such-id"); err == nil {
		t.Error("show of a missing ID succeeded")
	}
}

func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.jsonl", `{"id":"g1","title":"Fine","text":"A good article about Ruritania."}
{"id":"g2","title":"Broken","text":"unterminated
{"id":"g3","title":"Also fine","text":"Another good article about Freedonia."}
`)
	empty := write("empty.txt", "")
	binary := write("blob.bin", "\x00\x01\x02\x03binary\x00")
	db := filepath.Join(dir, "bad.db")
	out, stderr, err := run(t, "", "ingest", "--db", db, "-q", good, empty, binary, filepath.Join(dir, "missing.txt"))
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 1 {
		t.Fatalf("ingest error = %v, want exit status 1", err)
	}
	if !strings.Contains(out, "new 2") || !strings.Contains(out, "failed 4") {
		t.Errorf("summary = %q, want the 2 good articles kept and 4 failures", out)
	}
	for _, want := range []string{"good.jsonl:2", "empty.txt", "blob.bin", "missing.txt"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("messages %q do not name %q", stderr, want)
		}
	}
}

func TestIngestStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "in.db")
	out, _, err := run(t, "Envoys meet in Geneva\n\nDiplomats from Ruritania and Freedonia met in Geneva on Monday.\n",
		"ingest", "--db", db, "-q", "--published", "2026-01-05", "-")
	if err != nil || !strings.Contains(out, "new 1") {
		t.Fatalf("ingest - = %q, %v", out, err)
	}
	out, _, _ = run(t, "", "articles", "list", "--db", db, "--format", "jsonl")
	if !strings.Contains(out, `"title":"Envoys meet in Geneva"`) || !strings.Contains(out, `"published":"2026-01-05T00:00:00Z"`) {
		t.Errorf("stored = %q", out)
	}
}

// TestKillAndRerun kills a real ingest process with SIGKILL in the middle of
// a large input, then reruns it, and checks that every article is stored
// exactly once and that the database is intact. It ingests with --no-code:
// what is tested is the store's batching, and coding 40,000 articles would
// only make the test slow.
func TestKillAndRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a child process; skipped in -short mode")
	}
	const n = 40000
	dir := t.TempDir()
	in := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := range n {
		fmt.Fprintf(w, `{"id":"k%d","outlet":"Kill Wire","published":"2026-01-01","title":"Story %d","text":"Delegations from Ruritania and Freedonia met for round %d of talks on trade and borders."}`+"\n", i, i, i)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	db := filepath.Join(dir, "kill.db")

	child := dyadCmd(t, "ingest", "--no-code", "--db", db, "--batch", "200", "-q", in)
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it as soon as the first batches are committed.
	ctx := context.Background()
	var before int
	deadline := time.Now().Add(60 * time.Second)
	for before == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
		before = countArticles(t, db)
	}
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	before = countArticles(t, db)
	if before == 0 || before >= n {
		t.Fatalf("after SIGKILL %d of %d articles are stored; want the ingest killed midway", before, n)
	}
	t.Logf("killed after %d of %d articles were committed", before, n)

	out, err := dyadCmd(t, "ingest", "--no-code", "--db", db, "-q", in).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	want := fmt.Sprintf("read %d, new %d, duplicate %d, failed 0", n, n-before, before)
	if !strings.Contains(string(out), want) {
		t.Errorf("rerun summary = %q, want %q", out, want)
	}
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var total, ids, hashes, fts int
	var check string
	q := s.DB().QueryRow(`SELECT COUNT(*), COUNT(DISTINCT id), COUNT(DISTINCT hash), (SELECT COUNT(*) FROM articles_fts) FROM articles`)
	if err := q.Scan(&total, &ids, &hashes, &fts); err != nil {
		t.Fatal(err)
	}
	if total != n || ids != n || hashes != n || fts != n {
		t.Errorf("stored %d articles (%d ids, %d hashes, %d indexed), want %d of each", total, ids, hashes, fts, n)
	}
	if err := s.DB().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v", check, err)
	}
}

// countArticles counts the stored articles through a read-only connection
// of its own, which neither migrates nor writes; 0 while the child has not
// created the table.
func countArticles(t *testing.T, db string) int {
	t.Helper()
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return 0
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		return 0
	}
	return n
}
