package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/cameo"
	"dyad/sqlite"
)

// The fixture: invented articles with hand-made events, so that the tests
// do not depend on what the NLP models make of the text.

const (
	text1a = "Russia formally recognised the government of Afghanistan on Thursday, the invented wire said."
	text1b = "The Russian envoy met the Afghan foreign minister in Kabul."
	text2a = "Officials in Kabul said that no Western country has recognised the government so far."
	text3a = "China sharply criticised Japan over its fishing plans on Monday.\tThe ministry's note was brief."
)

// ev returns an event of article id over text[start:end].
func ev(article, text string, sentence, start, end int, src, tgt, code string, mod dyad.Modality, date string) dyad.Event {
	c, _ := cameo.Default().Lookup(code)
	e := dyad.Event{
		ArticleID: article, Sentence: sentence, Span: [2]int{start, end},
		Source: actor(src), Target: actor(tgt),
		Code: code, Root: code[:2], Quad: c.Quad, Goldstein: c.Goldstein, Plover: c.Plover.Event,
		Modality: mod, Date: date, DatePrecision: dyad.PrecisionDay,
		Attribution: []string{}, Evidence: text[start:end],
	}
	e.ID = dyad.EventID(&e)
	return e
}

func actor(code string) dyad.Actor {
	a := dyad.Actor{Code: code, Country: code[:3], Text: code}
	if len(code) > 3 {
		a.Sector = code[3:]
	}
	return a
}

func article(id, outlet, published, text string) dyad.Article {
	t, err := time.Parse(time.RFC3339, published)
	if err != nil {
		panic(err)
	}
	a := dyad.Article{ID: id, Outlet: outlet, Published: t, Title: "Invented story " + id, Text: text,
		URL: "https://news.example/" + id}
	a.Finish()
	return a
}

// fixture returns the records of the test store.
func fixture() []dyad.Record {
	t1 := text1a + " " + text1b
	a1 := article("art-0001", "Example Wire", "2026-03-12T09:00:00Z", t1)
	e1 := ev(a1.ID, t1, 0, 0, len(text1a), "RUSGOV", "AFGGOV", "054", dyad.ModalityAsserted, "2026-03-12")
	e2 := ev(a1.ID, t1, 1, len(text1a)+1, len(t1), "RUSDIP", "AFGGOV", "040", dyad.ModalityAsserted, "2026-03-12")
	e2.Location = &dyad.Location{Name: "Kabul", Country: "AFG", Lat: 34.53, Lon: 69.17}
	// An overlapping span, to test the marking.
	e3 := ev(a1.ID, t1, 0, 0, 6, "RUSGOV", "AFGGOV", "050", dyad.ModalityAsserted, "2026-03-12")

	a2 := article("art-0002", "Example Post", "2026-03-13T10:00:00Z", text2a)
	e4 := ev(a2.ID, text2a, 0, 0, len(text2a), "WST", "AFGGOV", "054", dyad.ModalityNegated, "2026-03-13")
	e4.Source.Country = "WST"

	a3 := article("art-0003", "Example Times", "2026-04-06T08:00:00Z", text3a)
	e5 := ev(a3.ID, text3a, 0, 0, strings.Index(text3a, "\t"), "CHNGOV", "JPNGOV", "111", dyad.ModalityAsserted, "2026-04-06")

	// A second report of the recognition, for a cluster of two articles.
	a4 := article("art-0004", "Example Post", "2026-03-12T18:00:00Z", text1a)
	e6 := ev(a4.ID, text1a, 0, 0, len(text1a), "RUSGOV", "AFGGOV", "054", dyad.ModalityAsserted, "2026-03-12")

	return []dyad.Record{
		{Article: a1, Events: []dyad.Event{e1, e2, e3}},
		{Article: a2, Events: []dyad.Event{e4}},
		{Article: a3, Events: []dyad.Event{e5}},
		{Article: a4, Events: []dyad.Event{e6}},
	}
}

// openStore returns a new SQLite store in a temporary directory, filled
// with recs.
func openStore(t testing.TB, recs []dyad.Record) dyad.Store {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if len(recs) > 0 {
		if _, err := s.Save(ctx, recs); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// start serves a Server over s on a real listener.
func start(t testing.TB, opts Options) *httptest.Server {
	t.Helper()
	srv, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}

// stubCoder codes every article as one asserted 042 event of RUSGOV to
// CHNGOV over its whole text, dated by publication.
type stubCoder struct{}

func (stubCoder) Code(_ context.Context, a dyad.Article) ([]dyad.Event, error) {
	date := ""
	if !a.Published.IsZero() {
		date = a.Published.Format(time.DateOnly)
	}
	e := ev(a.ID, a.Text, 0, 0, len(a.Text), "RUSGOV", "CHNGOV", "042", dyad.ModalityAsserted, date)
	e.ID = ""
	return []dyad.Event{e}, nil
}

// get fetches url and decodes its JSON body into v (when v is not nil).
func get(t testing.TB, url string, v any) int {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	return decode(t, res, v)
}

func decode(t testing.TB, res *http.Response, v any) int {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q, want application/json", res.Request.Method, res.Request.URL, ct)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("%s %s: %v\n%s", res.Request.Method, res.Request.URL, err, b)
		}
	}
	return res.StatusCode
}

// post sends body to url with the bearer token (none when empty).
func post(t testing.TB, url, token, body string, v any) int {
	t.Helper()
	req, err := http.NewRequest("POST", url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	return decode(t, res, v)
}

func jsonLine(a dyad.Article) string {
	b, err := json.Marshal(a)
	if err != nil {
		panic(fmt.Sprint(err))
	}
	return string(b)
}
