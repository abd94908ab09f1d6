package pipeline_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"dyad"
	"dyad/pipeline"
	"dyad/read"
)

// TestFoundingStyleArticle codes examples/first-recognition.txt, an article
// of the project's own modelled on the founding story with other states
// and names, through the whole pipeline, and checks every event: actors
// with sectors, code, modality, date, place and attribution. The negated
// statements ("Cameroon has not recognised", "no European country has")
// and the open question ("it remains to be seen") must not be asserted.
func TestFoundingStyleArticle(t *testing.T) {
	if _, err := os.Stat("../examples/first-recognition.txt"); err != nil {
		t.Fatal(err)
	}
	var art dyad.Article
	for a, err := range read.New(read.Options{}).ReadInput(context.Background(), "../examples/first-recognition.txt") {
		if err != nil {
			t.Fatal(err)
		}
		art = a
	}
	p, note, err := pipeline.Default(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if note != "" {
		t.Fatalf("degraded pipeline: %s", note)
	}
	evs, err := p.Code(context.Background(), art)
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		source, target, code string
		modality             dyad.Modality
		date, place          string
	}
	wants := []want{
		{"LAO", "TCDGOV", "054", dyad.ModalityAsserted, "2026-05-14", "N'Djamena"},    // Laos has formally recognised the new government
		{"LAODIP", "TCDGOV", "040", dyad.ModalityAsserted, "2026-05-14", "N'Djamena"}, // the ambassador informed the minister during a meeting
		{"TCDGOV", "LAO", "051", dyad.ModalityAsserted, "2026-05-14", "N'Djamena"},    // Mahamat welcomed the move
		{"CMR", "TCDGOV", "054", dyad.ModalityNegated, "2026-05-14", "N'Djamena"},     // Cameroon has not recognised
	}
	sources := []string{"dyad example wire", "Example Wire", "Chadian officials"}
	if len(evs) != len(wants) {
		for _, e := range evs {
			t.Logf("got %s %s %s %s", e.Source.Code, e.Code, e.Target.Code, e.Modality)
		}
		t.Fatalf("got %d events, want %d", len(evs), len(wants))
	}
	for i, w := range wants {
		e := evs[i]
		place := ""
		if e.Location != nil {
			place = e.Location.Name
		}
		got := want{e.Source.Code, e.Target.Code, e.Code, e.Modality, e.Date, place}
		if got != w {
			t.Errorf("event %d = %+v\nwant %+v", i, got, w)
		}
		if e.DatePrecision != dyad.PrecisionDay {
			t.Errorf("event %d date precision %q, want day", i, e.DatePrecision)
		}
		for _, s := range sources {
			if !slices.Contains(e.Attribution, s) {
				t.Errorf("event %d attribution %v lacks %q", i, e.Attribution, s)
			}
		}
		if e.Modality == dyad.ModalityAsserted && strings.Contains(e.Evidence, "remains to be seen") {
			t.Errorf("event %d asserted from an open question: %s", i, e.Evidence)
		}
	}
}
