package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRecognition(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	csv := filepath.Join(dir, "facts.csv")
	os.WriteFile(csv, []byte(`recognizer,recognized,date,kind,source
MDA,MNG,2026-03-10,recognize,invented ministry note
KAZ,MNG,2026-03-20,recognize,
MDA,MNG,2026-06-01,withdraw,invented follow-up
WST,MNG,2026-04-01,non-recognition,invented wire report
`), 0o644)
	for i, want := range []string{"facts 4, new 4, duplicate 0", "facts 4, new 0, duplicate 4"} {
		out, _, err := run(t, "", "recognition", "import", "--db", db, csv)
		if err != nil || !strings.Contains(out, want) {
			t.Fatalf("import #%d = %q, %v; want %q", i+1, out, err, want)
		}
	}
	tests := []struct {
		asOf       string
		recognizer []string
	}{
		{"2026-03-15", []string{"MDA"}},
		{"2026-05-01", []string{"MDA", "KAZ"}},
		{"2026-07-01", []string{"KAZ"}},
	}
	for _, tt := range tests {
		out, _, err := run(t, "", "recognition", "--db", db, "--as-of", tt.asOf, "--format", "json", "MNG")
		if err != nil {
			t.Fatal(err)
		}
		var st struct {
			Recognizers []struct{ Recognizer string }
			First       struct{ Recognizer string }
		}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("json: %v\n%s", err, out)
		}
		var got []string
		for _, r := range st.Recognizers {
			got = append(got, r.Recognizer)
		}
		if strings.Join(got, " ") != strings.Join(tt.recognizer, " ") || st.First.Recognizer != "MDA" {
			t.Errorf("as of %s: recognizers %v first %q; want %v first MDA", tt.asOf, got, st.First.Recognizer, tt.recognizer)
		}
	}
	out, _, err := run(t, "", "recognition", "--db", db, "--as-of", "2026-05-01", "MNG")
	if err != nil || !strings.Contains(out, "Western states") || !strings.Contains(out, "first recogniser: MDA on 2026-03-10") {
		t.Errorf("table = %q, %v", out, err)
	}

	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("MDA,MNG,2026-03-10,recognize,\nMDA,MNG,March 2026,recognize,\n"), 0o644)
	if _, _, err := run(t, "", "recognition", "import", "--db", db, bad); err == nil || !strings.Contains(err.Error(), "bad.csv") || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad import error = %v, want the file and line 2", err)
	}
	if _, _, err := run(t, "", "recognition", "--db", db, "Ruritania"); err == nil {
		t.Error("unknown entity succeeded")
	}
}

func TestRelationsAndPartners(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rel.db")
	if _, _, err := run(t, "", "ingest", "--db", db, "-q", "../../examples/wire.jsonl"); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "", "relations", "--db", db, "--format", "csv", "GHA", "TGO")
	if err != nil || !strings.HasPrefix(out, "month,events,") || !strings.Contains(out, "2026-02-01,") {
		t.Errorf("relations = %q, %v", out, err)
	}
	if _, _, err := run(t, "", "relations", "--db", db, "--by", "decade", "GHA", "TGO"); err == nil {
		t.Error("relations --by decade succeeded")
	}
	out, _, err = run(t, "", "partners", "--db", db, "--format", "jsonl", "GHA")
	if err != nil || !strings.Contains(out, `"country":"TGO"`) {
		t.Errorf("partners = %q, %v", out, err)
	}
}
