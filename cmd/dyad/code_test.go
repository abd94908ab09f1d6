package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad"
)

func TestCodeCommand(t *testing.T) {
	text := "Spain recognised Palestine on Tuesday. Norway will not recognise Atlantis.\n"
	out, stderr, err := run(t, text, "code", "-q", "--format", "jsonl", "--published", "2024-05-29", "-")
	if err != nil {
		t.Fatalf("code: %v\n%s", err, stderr)
	}
	var found bool
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var e dyad.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		if e.Modality != dyad.ModalityAsserted {
			t.Errorf("non-asserted event without --all: %s", line)
		}
		if e.Source.Country == "ESP" && e.Target.Country == "PSE" && e.Root == "05" {
			found = true
		}
		for _, k := range []string{`"article_id"`, `"span"`, `"source"`, `"goldstein"`, `"attribution":[]`, `"evidence"`} {
			if !strings.Contains(line, k) {
				t.Errorf("line lacks %s: %s", k, line)
			}
		}
	}
	if !found {
		t.Errorf("no ESP 05 PSE event in\n%s", out)
	}
	out, _, err = run(t, text, "code", "-q", "--format", "csv", "--published", "2024-05-29", "-")
	if err != nil || !strings.HasPrefix(out, "article,sent,source,code,target") {
		t.Errorf("csv: %v\n%s", err, out)
	}
	if _, _, err := run(t, text, "code", "--format", "xml", "-"); err == nil {
		t.Error("no error for --format xml")
	}
}

func TestEventsCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	in := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(in, []byte("Spain recognised Palestine on Tuesday.\n"), 0o644)
	if _, stderr, err := run(t, "", "--db", db, "ingest", "-q", "--published", "2024-05-29", in); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	out, stderr, err := run(t, "", "--db", db, "events", "--source", "ESP", "--root", "05")
	if err != nil {
		t.Fatalf("events: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "ESP") || !strings.Contains(out, "PSE") {
		t.Errorf("events output lacks the event:\n%s", out)
	}
	if _, _, err := run(t, "", "--db", db, "events", "--modality", "maybe"); err == nil {
		t.Error("no error for a bad --modality")
	}
}

func TestValidateCommand(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "ud-petrarch")
	recs := filepath.Join(dir, "PETR_Validate_records_2_02.xml")
	if _, err := os.Stat(recs); err != nil {
		t.Skipf("skipping: %s not found", recs)
	}
	out, stderr, err := run(t, "", "validate", "--conllu", recs)
	if err != nil {
		t.Fatalf("validate: %v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "exact ") || !strings.Contains(last, " records ") {
		t.Errorf("last line %q", last)
	}
}
