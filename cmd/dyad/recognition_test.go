package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/sqlite"
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

// TestRecognitionAcceptance ingests the project's example articles, which
// mirror the founding story with other states, through the whole pipeline
// and asks who recognises the government: the output must name the first
// recogniser and its date, and no state that a negated or questioned
// statement mentions may be listed as a recogniser.
func TestRecognitionAcceptance(t *testing.T) {
	db := filepath.Join(t.TempDir(), "acc.db")
	if _, _, err := run(t, "", "ingest", "--db", db, "-q", "../../examples"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		entity, first, date string
		notRecognizers      []string
	}{
		// examples/first-recognition.txt: Laos recognises Chad's new
		// government; Cameroon has not; whether others follow is open.
		{"TCD", "LAO", "2026-05-14", []string{"CMR"}},
		// examples/recognition.txt: Moldova and Mongolia establish
		// relations; whether Kazakhstan will follow is a question.
		{"MNG", "MDA", "2026-03-10", []string{"KAZ"}},
	}
	for _, tt := range tests {
		out, _, err := run(t, "", "recognition", "--db", db, "--format", "json", tt.entity)
		if err != nil {
			t.Fatal(err)
		}
		var st struct {
			Recognizers []struct{ Recognizer string }
			First       *struct{ Recognizer, Date string }
		}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatal(err)
		}
		if st.First == nil || st.First.Recognizer != tt.first || st.First.Date != tt.date {
			t.Errorf("%s: first recogniser %+v, want %s on %s", tt.entity, st.First, tt.first, tt.date)
		}
		for _, r := range st.Recognizers {
			for _, no := range tt.notRecognizers {
				if r.Recognizer == no {
					t.Errorf("%s: %s listed as a recogniser, but the story says it has not recognised", tt.entity, no)
				}
			}
		}
	}
}

// TestRecognitionMayFollow stores invented events (Spain announces and
// later recognises Palestine; Belgium could recognise it; Papua New Guinea
// recognises, withdraws and announces again) and reads the "may follow"
// section in JSON and as a table.
func TestRecognitionMayFollow(t *testing.T) {
	db := filepath.Join(t.TempDir(), "follow.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	record := func(id, published string, evs ...dyad.Event) dyad.Record {
		p, _ := time.Parse(time.DateOnly, published)
		a := dyad.Article{ID: id, Outlet: "Invented Wire", Published: p.Add(9 * time.Hour), Title: id, Text: "Invented text " + id + "."}
		a.Finish()
		for i := range evs {
			evs[i].ArticleID, evs[i].Sentence, evs[i].Span = id, i, [2]int{i, i + 1}
		}
		return dyad.Record{Article: a, Events: evs}
	}
	event := func(src, code string, m dyad.Modality, date, sentence string) dyad.Event {
		return dyad.Event{Source: dyad.Actor{Code: src + "GOV", Country: src}, Target: dyad.Actor{Code: "PSEGOV", Country: "PSE"},
			Code: code, Root: code[:2], Modality: m, Date: date, DatePrecision: dyad.PrecisionDay, Evidence: sentence, Attribution: []string{}}
	}
	_, err = s.Save(ctx, []dyad.Record{
		record("f1", "2024-05-22",
			event("ESP", "032", dyad.ModalityAsserted, "2024-05-22", "Spain said it will recognise Palestine on 28 May."),
			event("ESP", "054", dyad.ModalityFuture, "2024-05-28", "Spain said it will recognise Palestine on 28 May.")),
		record("f2", "2024-05-28", event("ESP", "054", dyad.ModalityAsserted, "2024-05-28", "Spain recognised Palestine.")),
		record("f3", "2024-05-23", event("BEL", "054", dyad.ModalityHypothetical, "2024-05-23", "Belgium could recognise Palestine.")),
		record("f4", "2020-01-10", event("PNG", "054", dyad.ModalityAsserted, "2020-01-10", "Papua New Guinea recognised Palestine.")),
		record("f5", "2021-03-01", event("PNG", "161", dyad.ModalityAsserted, "2021-03-01", "Papua New Guinea withdrew recognition.")),
		record("f6", "2022-06-01", event("PNG", "032", dyad.ModalityAsserted, "2022-06-01", "Papua New Guinea said it would restore recognition.")),
	})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		asOf string
		want []string // recogniser and kind
	}{
		{"2020-06-01", nil},
		{"2021-06-01", nil},
		{"2022-06-01", []string{"PNG announced"}},
		{"2024-05-27", []string{"ESP announced", "PNG announced", "BEL hypothetical"}},
		{"2024-05-28", []string{"PNG announced", "BEL hypothetical"}},
	}
	for _, tt := range tests {
		out, _, err := run(t, "", "recognition", "--db", db, "--as-of", tt.asOf, "--format", "json", "PSE")
		if err != nil {
			t.Fatal(err)
		}
		var st struct {
			MayFollow []struct{ Recognizer, Kind string } `json:"may_follow"`
		}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("json: %v\n%s", err, out)
		}
		var got []string
		for _, p := range st.MayFollow {
			got = append(got, p.Recognizer+" "+p.Kind)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("as of %s: may follow %v, want %v", tt.asOf, got, tt.want)
		}
	}
	out, _, err := run(t, "", "recognition", "--db", db, "--as-of", "2024-05-27", "PSE")
	for _, want := range []string{"may follow", "ESP Spain", "announced (future)", "2024-05-28", "BEL Belgium", "hypothetical",
		"Invented Wire: Spain said it will recognise Palestine"} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("table lacks %q (%v):\n%s", want, err, out)
		}
	}
	if out, _, err := run(t, "", "recognition", "--db", db, "--as-of", "2021-06-01", "PSE"); err != nil || strings.Contains(out, "may follow  ") {
		t.Errorf("table with no one to follow = %q, %v", out, err)
	}
}
