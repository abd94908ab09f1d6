package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/export"
	"dyad/sqlite"
)

// exportDB returns a store with one invented article and three events,
// one of them negated and one with a tab and a newline in its evidence.
func exportDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "export.db")
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := dyad.Article{ID: "x1", URL: "https://news.example/x1", Outlet: "Example Wire",
		Published: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC), Text: "Invented text.\tSecond\nline."}
	a.Finish()
	mk := func(sent int, src, code string, mod dyad.Modality, evidence string) dyad.Event {
		e := dyad.Event{ArticleID: a.ID, Sentence: sent, Span: [2]int{0, 5},
			Source: dyad.Actor{Code: src + "GOV", Country: src, Sector: "GOV", Text: src},
			Target: dyad.Actor{Code: "DEUGOV", Country: "DEU", Sector: "GOV", Text: "Germany"},
			Code:   code, Root: code[:2], Quad: 1, Goldstein: 1, Modality: mod, Date: "2026-03-02",
			DatePrecision: "day", Attribution: []string{}, Evidence: evidence}
		e.ID = dyad.EventID(&e)
		return e
	}
	evs := []dyad.Event{
		mk(0, "FRA", "042", dyad.ModalityAsserted, "Invented text."),
		mk(1, "FRA", "111", dyad.ModalityNegated, "Not\ta criticism."),
		mk(2, "POL", "051", dyad.ModalityAsserted, "Second\nline."),
	}
	if _, err := s.Save(context.Background(), []dyad.Record{{Article: a, Events: evs}}); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestExport(t *testing.T) {
	db := exportDB(t)
	tests := []struct {
		args  []string
		lines int // lines of output, header included
		check func(t *testing.T, out string)
	}{
		{[]string{"--format", "gdelt"}, 2, func(t *testing.T, out string) {
			for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
				if n := len(strings.Split(l, "\t")); n != 61 {
					t.Errorf("%d columns, want 61", n)
				}
				if !strings.HasSuffix(l, "\thttps://news.example/x1") {
					t.Errorf("no SOURCEURL at the end of %q", l)
				}
			}
		}},
		{[]string{"--format", "gdelt", "--modality", "all"}, 3, nil},
		{[]string{"--format", "gdelt", "--source", "POL"}, 1, nil},
		{[]string{"--format", "plover"}, 2, func(t *testing.T, out string) {
			var p export.PloverEvent
			json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &p)
			if p.EventType != "CONSULT" || p.Mode != "visit" || p.Actor1.Country != "FRA" {
				t.Errorf("plover = %+v", p)
			}
		}},
		{[]string{"--format", "jsonl"}, 3, func(t *testing.T, out string) {
			var e dyad.Event
			if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &e); err != nil || e.Code != "042" {
				t.Errorf("jsonl: %+v %v", e, err)
			}
		}},
		{[]string{"--format", "jsonl", "--limit", "1"}, 1, nil},
		{[]string{"--format", "csv"}, 0, func(t *testing.T, out string) {
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(rows) != 4 || len(rows[1]) != len(export.CSVColumns) {
				t.Fatalf("csv: %d rows, %v", len(rows), err)
			}
			if ev := rows[3][len(rows[3])-1]; ev != "Second\nline." {
				t.Errorf("evidence = %q", ev)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, _, err := run(t, "", append([]string{"export", "--db", db}, tt.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(out, "\n"); tt.lines > 0 && n != tt.lines {
				t.Errorf("%d lines, want %d:\n%s", n, tt.lines, out)
			}
			if tt.check != nil {
				tt.check(t, out)
			}
		})
	}
}

func TestExportOutput(t *testing.T) {
	db := exportDB(t)
	file := filepath.Join(t.TempDir(), "events.tsv")
	_, stderr, err := run(t, "", "export", "--db", db, "--format", "gdelt", "--output", file)
	if err != nil || !strings.Contains(stderr, "exported 2 events") {
		t.Fatalf("export --output: %v %q", err, stderr)
	}
	b, err := os.ReadFile(file)
	if err != nil || strings.Count(string(b), "\n") != 2 {
		t.Errorf("output file: %v\n%s", err, b)
	}
	entries, _ := os.ReadDir(filepath.Dir(file))
	if len(entries) != 1 {
		t.Errorf("files beside the output: %v", entries)
	}
	for _, args := range [][]string{{"--format", "xml"}, {"--format", "csv", "--modality", "perhaps"}, {"--since", "someday"}} {
		if _, _, err := run(t, "", append([]string{"export", "--db", db}, args...)...); err == nil {
			t.Errorf("export %v: no error", args)
		}
	}
}
