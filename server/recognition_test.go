package server

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"dyad"
	"dyad/knowledge"
)

// followFixture returns invented articles about who may recognise
// Palestine: Spain announces (032 and a future 054) and later recognises;
// Belgium could recognise; Norway's 032 is not about recognition.
func followFixture() []dyad.Record {
	const (
		t1 = "Spain said it will recognise Palestine on 28 May. Madrid will recognise it then."
		t2 = "Spain recognised Palestine on Tuesday."
		t3 = "Belgium could recognise Palestine. Norway pledged to keep working with the authority on aid."
	)
	a1 := article("fol-0001", "Example Wire", "2024-05-22T09:00:00Z", t1)
	a2 := article("fol-0002", "Example Post", "2024-05-28T09:00:00Z", t2)
	a3 := article("fol-0003", "Example Times", "2024-05-23T09:00:00Z", t3)
	s1 := len("Spain said it will recognise Palestine on 28 May.")
	s3 := len("Belgium could recognise Palestine.")
	return []dyad.Record{
		{Article: a1, Events: []dyad.Event{
			ev(a1.ID, t1, 0, 0, s1, "ESPGOV", "PSEGOV", "032", dyad.ModalityAsserted, "2024-05-22"),
			ev(a1.ID, t1, 1, s1+1, len(t1), "ESPGOV", "PSEGOV", "054", dyad.ModalityFuture, "2024-05-28"),
		}},
		{Article: a2, Events: []dyad.Event{ev(a2.ID, t2, 0, 0, len(t2), "ESPGOV", "PSEGOV", "054", dyad.ModalityAsserted, "2024-05-28")}},
		{Article: a3, Events: []dyad.Event{
			ev(a3.ID, t3, 0, 0, s3, "BELGOV", "PSEGOV", "054", dyad.ModalityHypothetical, "2024-05-23"),
			ev(a3.ID, t3, 1, s3+1, len(t3), "NORGOV", "PSEGOV", "032", dyad.ModalityAsserted, "2024-05-23"),
		}},
	}
}

// TestRecognitionMayFollow asks the recognition route who may follow, as
// of days before and after Spain's recognition, and checks every entry of
// may_follow against the documented Prospect schema.
func TestRecognitionMayFollow(t *testing.T) {
	d := loadDoc(t)
	prospect := d.resolve(t, schema{Ref: "#/components/schemas/Prospect"})
	ts := start(t, Options{Store: openStore(t, followFixture())})
	tests := []struct {
		asOf string
		want []string
	}{
		{"2024-05-21", nil},
		{"2024-05-22", []string{"ESP announced 2024-05-22 expected 2024-05-28"}},
		{"2024-05-27", []string{"ESP announced 2024-05-22 expected 2024-05-28", "BEL hypothetical 2024-05-23 expected "}},
		{"2024-05-28", []string{"BEL hypothetical 2024-05-23 expected "}},
	}
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			var raw json.RawMessage
			if code := get(t, ts.URL+"/recognition/PSE?as_of="+tt.asOf, &raw); code != 200 {
				t.Fatalf("status %d: %s", code, raw)
			}
			var body struct {
				MayFollow []json.RawMessage `json:"may_follow"`
			}
			if err := json.Unmarshal(raw, &body); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range body.MayFollow {
				checkBody(t, "may_follow", prospect, m)
				var p knowledge.Prospect
				if err := json.Unmarshal(m, &p); err != nil {
					t.Fatal(err)
				}
				got = append(got, fmt.Sprintf("%s %s %s expected %s", p.Recognizer, p.Kind, p.Since, p.Expected))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("may follow %q, want %q", got, tt.want)
			}
		})
	}
}
