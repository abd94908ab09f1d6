// Package storetest is the test suite every dyad.Store implementation must
// pass. An implementation's tests call Run with a function that opens a
// fresh, empty store.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"dyad"
)

// Opener returns a new, empty store for one subtest. The store is closed by
// the suite.
type Opener func(t *testing.T) dyad.Store

// Run runs the whole suite against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, dyad.Store)
	}{
		{"SaveAndGet", testSaveAndGet},
		{"Idempotent", testIdempotent},
		{"DuplicateInBatch", testDuplicateInBatch},
		{"IDCollision", testIDCollision},
		{"EventsRoundTrip", testEventsRoundTrip},
		{"EventFilters", testEventFilters},
		{"Search", testSearch},
		{"ArticleFilters", testArticleFilters},
		{"NotFound", testNotFound},
		{"SchemaVersion", testSchemaVersion},
		{"Rollback", testRollback},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

// Article returns a test article with its derived fields filled.
func Article(id, title, text string, published time.Time) dyad.Article {
	a := dyad.Article{ID: id, Title: title, Text: text, Published: published, Outlet: "Test Wire", URL: "https://news.example/" + id}
	a.Finish()
	return a
}

// Day returns the publication time of the suite's articles: a fixed
// instant in a zone with a half-hour offset.
func Day() time.Time { return time.Date(2025, 7, 4, 9, 30, 0, 0, time.FixedZone("AFT", 4*3600+1800)) }

func save(t *testing.T, s dyad.Store, recs ...dyad.Record) dyad.SaveResult {
	t.Helper()
	res, err := s.Save(context.Background(), recs)
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	return res
}

func testSaveAndGet(t *testing.T, s dyad.Store) {
	a := Article("a1", "Ruritania opens embassy", "Ruritania opened an embassy in Freedonia on Monday.", Day())
	if got := save(t, s, dyad.Record{Article: a}); got.New != 1 || got.Duplicate != 0 {
		t.Fatalf("Save = %+v, want 1 new", got)
	}
	got, err := s.Article(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !got.Published.Equal(Day()) {
		t.Errorf("published = %v, want %v", got.Published, Day())
	}
	if _, off := got.Published.Zone(); off != 4*3600+1800 {
		t.Errorf("published zone offset = %d, want the original +04:30 kept", off)
	}
	got.Published = a.Published
	if !reflect.DeepEqual(got, a) {
		t.Errorf("Article = %+v\nwant %+v", got, a)
	}
	ok, err := s.HasHash(context.Background(), a.Hash)
	if err != nil || !ok {
		t.Errorf("HasHash = %v, %v; want true", ok, err)
	}
	if n, _ := s.CountArticles(context.Background()); n != 1 {
		t.Errorf("CountArticles = %d, want 1", n)
	}
}

func testIdempotent(t *testing.T, s dyad.Store) {
	var recs []dyad.Record
	for i := range 20 {
		recs = append(recs, dyad.Record{Article: Article(fmt.Sprint("id", i), "T", fmt.Sprint("text number ", i), Day())})
	}
	if r := save(t, s, recs...); r.New != 20 {
		t.Fatalf("first save: %+v", r)
	}
	if r := save(t, s, recs...); r.New != 0 || r.Duplicate != 20 {
		t.Fatalf("second save: %+v, want 20 duplicates", r)
	}
	// Same content under another ID and layout is still a duplicate.
	b := Article("other-id", " T ", "text   number\n0", Day())
	if r := save(t, s, dyad.Record{Article: b}); r.Duplicate != 1 {
		t.Fatalf("relaid-out copy: %+v, want duplicate", r)
	}
	if n, _ := s.CountArticles(context.Background()); n != 20 {
		t.Errorf("CountArticles = %d, want 20", n)
	}
}

func testDuplicateInBatch(t *testing.T, s dyad.Store) {
	a := Article("x", "T", "same", Day())
	r := save(t, s, dyad.Record{Article: a}, dyad.Record{Article: a})
	if r.New != 1 || r.Duplicate != 1 {
		t.Fatalf("Save = %+v, want 1 new 1 duplicate", r)
	}
}

func testIDCollision(t *testing.T, s dyad.Store) {
	a := Article("same-id", "T", "first text", Day())
	b := Article("same-id", "T", "second, different text", Day())
	ev := event("", 0, "RUSGOV", "AFGGOV", "054")
	r := save(t, s, dyad.Record{Article: a}, dyad.Record{Article: b, Events: []dyad.Event{ev}})
	if r.New != 2 {
		t.Fatalf("Save = %+v, want 2 new", r)
	}
	evs, err := s.Events(context.Background(), dyad.EventFilter{})
	if err != nil || len(evs) != 1 {
		t.Fatalf("Events = %v, %v", evs, err)
	}
	got, err := s.Article(context.Background(), evs[0].ArticleID)
	if err != nil || got.Text != b.Text {
		t.Errorf("event points at %q (%v), want the second article", evs[0].ArticleID, err)
	}
}

func event(articleID string, sent int, src, tgt, code string) dyad.Event {
	return dyad.Event{
		ArticleID: articleID, Sentence: sent, Span: [2]int{0, 10},
		Source: dyad.Actor{Code: src, Country: src[:3], Sector: src[3:], Text: src},
		Target: dyad.Actor{Code: tgt, Country: tgt[:3], Sector: tgt[3:], Text: tgt},
		Code:   code, Root: code[:2], Quad: 1, Goldstein: 3.5, Plover: "COOPERATE",
		Modality: dyad.ModalityAsserted, Date: "2025-07-03", DatePrecision: dyad.PrecisionDay,
		Attribution: []string{}, Evidence: "evidence",
	}
}

func testEventsRoundTrip(t *testing.T, s dyad.Store) {
	a := Article("a1", "T", "Russia recognised the government.", Day())
	e := event("a1", 0, "RUSGOV", "AFGGOV", "054")
	e.ID = "ev1"
	e.Location = &dyad.Location{Name: "Kabul", Country: "AFG", Lat: 34.53, Lon: 69.17}
	e.Attribution = []string{"BBC", "Afghan authorities"}
	e2 := event("a1", 1, "AFGGOV", "RUSGOV", "051")
	if r := save(t, s, dyad.Record{Article: a, Events: []dyad.Event{e, e2}}); r.Events != 2 {
		t.Fatalf("Save = %+v, want 2 events", r)
	}
	got, err := s.Events(context.Background(), dyad.EventFilter{ArticleID: "a1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d events, want 2", len(got))
	}
	if !reflect.DeepEqual(got[0], e) {
		t.Errorf("event = %+v\nwant %+v", got[0], e)
	}
	if got[1].ID == "" || got[1].ID != dyad.EventID(&e2) {
		t.Errorf("second event ID = %q, want the derived ID", got[1].ID)
	}
}

func testEventFilters(t *testing.T, s dyad.Store) {
	a := Article("a1", "T", "text", Day())
	evs := []dyad.Event{
		event("a1", 0, "RUSGOV", "AFGGOV", "054"),
		event("a1", 1, "AFGGOV", "RUSGOV", "051"),
		event("a1", 2, "USAGOV", "AFGGOV", "112"),
		event("a1", 3, "RUSDIP", "AFGGOV", "042"),
		event("a1", 4, "IGOUNO", "AFGGOV", "020"),
	}
	evs[4].Source.Country = "IGOUNO"
	evs[2].Date = "2025-06"
	evs[2].DatePrecision = dyad.PrecisionMonth
	evs[3].Modality = dyad.ModalityNegated
	save(t, s, dyad.Record{Article: a, Events: evs})
	tests := []struct {
		f    dyad.EventFilter
		want int
	}{
		{dyad.EventFilter{}, 5},
		{dyad.EventFilter{Source: "RUS"}, 2},
		{dyad.EventFilter{Source: "rus"}, 2},
		{dyad.EventFilter{Source: "RUSGOV"}, 1},
		{dyad.EventFilter{Source: "IGO"}, 1},
		{dyad.EventFilter{Source: "IGOUNO"}, 1},
		{dyad.EventFilter{Target: "AFG"}, 4},
		{dyad.EventFilter{Code: "054"}, 1},
		{dyad.EventFilter{Root: "05"}, 2},
		{dyad.EventFilter{Modality: dyad.ModalityNegated}, 1},
		{dyad.EventFilter{Since: "2025-07-01"}, 4},
		{dyad.EventFilter{Until: "2025-06"}, 1},
		{dyad.EventFilter{Until: "2025-06-30"}, 1},
		{dyad.EventFilter{Source: "RU_"}, 0}, // LIKE wildcards are literal
		{dyad.EventFilter{Limit: 2}, 2},
		{dyad.EventFilter{Offset: 3}, 2},
	}
	for _, tt := range tests {
		got, err := s.Events(context.Background(), tt.f)
		if err != nil {
			t.Fatalf("Events(%+v): %v", tt.f, err)
		}
		if len(got) != tt.want {
			t.Errorf("Events(%+v) = %d events, want %d", tt.f, len(got), tt.want)
		}
	}
}

func testSearch(t *testing.T, s dyad.Store) {
	save(t, s,
		dyad.Record{Article: Article("a", "Embassy opens", "Ruritania opened an embassy in Freedonia.", Day())},
		dyad.Record{Article: Article("b", "Talks stall", "Talks between Ruritania and Sylvania stalled over recognition.", Day())},
		dyad.Record{Article: Article("c", "Weather", "Rain is expected in the capital.", Day())},
	)
	tests := []struct {
		q    string
		want []string
	}{
		{"Ruritania", []string{"a", "b"}},
		{"recognition", []string{"b"}},
		{"embassy Freedonia", []string{"a"}},
		{"Ruritania's", nil}, // punctuation is quoted, not FTS syntax
		{"Sylvania OR rain", []string{"b", "c"}},
		{"nothing-here", nil},
	}
	for _, tt := range tests {
		got, err := s.Articles(context.Background(), dyad.ArticleFilter{Query: tt.q})
		if err != nil {
			t.Errorf("search %q: %v", tt.q, err)
			continue
		}
		var ids []string
		for _, a := range got {
			ids = append(ids, a.ID)
		}
		if !sameSet(ids, tt.want) {
			t.Errorf("search %q = %v, want %v", tt.q, ids, tt.want)
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func testArticleFilters(t *testing.T, s dyad.Store) {
	old := Article("old", "T", "old text", Day().AddDate(0, -1, 0))
	undated := Article("undated", "T", "no date", time.Time{})
	other := Article("other", "T", "other outlet", Day())
	other.Outlet = "Other Post"
	other.Finish()
	save(t, s, dyad.Record{Article: old}, dyad.Record{Article: Article("new", "T", "new text", Day())},
		dyad.Record{Article: undated}, dyad.Record{Article: other})
	got, err := s.Articles(context.Background(), dyad.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 || got[3].ID != "undated" || got[2].ID != "old" {
		t.Errorf("order: got %v, want newest first and undated last", ids(got))
	}
	got, _ = s.Articles(context.Background(), dyad.ArticleFilter{Since: Day().Add(-time.Hour)})
	if len(got) != 2 {
		t.Errorf("Since: got %v, want 2", ids(got))
	}
	got, _ = s.Articles(context.Background(), dyad.ArticleFilter{Outlet: "Other Post"})
	if len(got) != 1 || got[0].ID != "other" {
		t.Errorf("Outlet: got %v", ids(got))
	}
	got, _ = s.Articles(context.Background(), dyad.ArticleFilter{Until: Day().Add(-time.Hour)})
	if len(got) != 1 || got[0].ID != "old" {
		t.Errorf("Until: got %v", ids(got))
	}
}

func ids(as []dyad.Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func testNotFound(t *testing.T, s dyad.Store) {
	_, err := s.Article(context.Background(), "missing")
	if !errors.Is(err, dyad.ErrNotFound) {
		t.Errorf("Article(missing) error = %v, want ErrNotFound", err)
	}
}

func testSchemaVersion(t *testing.T, s dyad.Store) {
	v, err := s.SchemaVersion(context.Background())
	if err != nil || v < 1 {
		t.Errorf("SchemaVersion = %d, %v; want >= 1", v, err)
	}
}

func testRollback(t *testing.T, s dyad.Store) {
	// A batch whose context is already cancelled stores nothing.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.Save(ctx, []dyad.Record{{Article: Article("z", "T", "cancelled", Day())}})
	if err == nil {
		t.Fatal("Save with a cancelled context succeeded")
	}
	if n, _ := s.CountArticles(context.Background()); n != 0 {
		t.Errorf("CountArticles = %d after a failed batch, want 0", n)
	}
}
