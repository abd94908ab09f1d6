package server

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/knowledge"
	"dyad/pipeline"
)

func TestHealth(t *testing.T) {
	ts := start(t, Options{Store: openStore(t, fixture())})
	var h healthBody
	if st := get(t, ts.URL+"/health", &h); st != 200 || !h.OK || h.Articles != 4 || h.SchemaVersion < 1 {
		t.Errorf("health = %d %+v; want 200, ok, 4 articles, schema >= 1", st, h)
	}
}

func TestEventsFilters(t *testing.T) {
	ts := start(t, Options{Store: openStore(t, fixture())})
	tests := []struct {
		query  string
		status int
		n      int
	}{
		{"", 200, 6},
		{"source=RUS", 200, 4},
		{"source=rusgov", 200, 3},
		{"target=JPN", 200, 1},
		{"code=054", 200, 3},
		{"root=04", 200, 1},
		{"modality=negated", 200, 1},
		{"source=RUS&modality=asserted&code=054", 200, 2},
		{"since=2026-03-13", 200, 2},
		{"until=2026-03-12", 200, 4},
		{"since=2026-03-13&until=2026-03-31", 200, 1},
		{"limit=1000", 200, 6},
		{"source=R%25", 400, 0},
		{"code=5x", 400, 0},
		{"root=5", 400, 0},
		{"modality=maybe", 400, 0},
		{"since=12%2F03%2F2026", 400, 0},
		{"limit=0", 400, 0},
		{"limit=1001", 400, 0},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			var p eventsBody
			st := get(t, ts.URL+"/events?"+tt.query, &p)
			if st != tt.status {
				t.Fatalf("status %d, want %d", st, tt.status)
			}
			if st == 200 && (len(p.Events) != tt.n || p.Next != "") {
				t.Errorf("%d events, next %q; want %d, none", len(p.Events), p.Next, tt.n)
			}
		})
	}
}

// TestEventsCursor pages through the events two at a time while new
// events are stored between the pages: every event is seen once, in
// insertion order, and the new ones come last.
func TestEventsCursor(t *testing.T) {
	s := openStore(t, fixture())
	ts := start(t, Options{Store: s})
	want := map[string]bool{}
	all, err := s.Events(context.Background(), dyad.EventFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var wantOrder []string
	for _, e := range all {
		wantOrder = append(wantOrder, e.ID)
		want[e.ID] = true
	}
	var got []string
	cur := ""
	for page := 0; ; page++ {
		var p eventsBody
		u := ts.URL + "/events?limit=2"
		if cur != "" {
			u += "&cursor=" + url.QueryEscape(cur)
		}
		if st := get(t, u, &p); st != 200 {
			t.Fatalf("page %d: status %d", page, st)
		}
		for _, e := range p.Events {
			got = append(got, e.ID)
		}
		if page < 2 {
			// Insert while paging: the new events must come after the others.
			text := fmt.Sprintf("Later invented report number %d.", page)
			a := article(fmt.Sprintf("late-%d", page), "Example Wire", "2026-05-01T00:00:00Z", text)
			e := ev(a.ID, text, 0, 0, len(text), "FRAGOV", "DEUGOV", "042", dyad.ModalityAsserted, "2026-05-01")
			if _, err := s.Save(context.Background(), []dyad.Record{{Article: a, Events: []dyad.Event{e}}}); err != nil {
				t.Fatal(err)
			}
			wantOrder = append(wantOrder, e.ID)
		}
		if p.Next == "" {
			break
		}
		if page > 20 {
			t.Fatal("no end of pages")
		}
		cur = p.Next
	}
	if !slices.Equal(got, wantOrder) {
		t.Errorf("paged events\n%v\nwant\n%v", got, wantOrder)
	}

	// A cursor belongs to its filters.
	var p eventsBody
	get(t, ts.URL+"/events?limit=1", &p)
	if st := get(t, ts.URL+"/events?limit=1&source=RUS&cursor="+url.QueryEscape(p.Next), nil); st != 400 {
		t.Errorf("cursor with other filters: status %d, want 400", st)
	}
}

// TestOffsetPagerStale checks that a cursor whose event moved is refused.
func TestOffsetPagerStale(t *testing.T) {
	s := openStore(t, fixture())
	pg := OffsetPager{Store: s}
	ctx := context.Background()
	evs, next, more, err := pg.EventsAfter(ctx, dyad.EventFilter{}, Position{}, 2)
	if err != nil || len(evs) != 2 || !more || next.Offset != 2 || next.After != evs[1].ID {
		t.Fatalf("first page = %d events, %+v, more %v, %v", len(evs), next, more, err)
	}
	if _, _, _, err := pg.EventsAfter(ctx, dyad.EventFilter{}, Position{After: "other", Offset: 2}, 2); err != ErrStaleCursor {
		t.Errorf("moved cursor: err %v, want ErrStaleCursor", err)
	}
}

func TestArticle(t *testing.T) {
	ts := start(t, Options{Store: openStore(t, fixture())})
	var a articleBody
	if st := get(t, ts.URL+"/articles/art-0001", &a); st != 200 {
		t.Fatalf("status %d", st)
	}
	if len(a.Events) != 3 || len(a.Spans) != 3 {
		t.Fatalf("%d events, %d spans; want 3, 3", len(a.Events), len(a.Spans))
	}
	for i, sp := range a.Spans {
		if sp.EventID != a.Events[i].ID || a.Article.Text[sp.Start:sp.End] != a.Events[i].Evidence {
			t.Errorf("span %d = %+v, text %q; want the evidence of event %s", i, sp, a.Article.Text[sp.Start:sp.End], a.Events[i].ID)
		}
	}
	// The overlapping spans [0,6) and [0,len(text1a)) are marked as one.
	want := MarkOpen + text1a + MarkClose + " " + MarkOpen + text1b + MarkClose
	if a.Marked != want {
		t.Errorf("marked =\n%q\nwant\n%q", a.Marked, want)
	}
	if st := get(t, ts.URL+"/articles/nothing-here", nil); st != 404 {
		t.Errorf("unknown article: status %d, want 404", st)
	}
}

func TestMarkSpans(t *testing.T) {
	tests := []struct {
		text  string
		spans [][2]int
		want  string
	}{
		{"abc", nil, "abc"},
		{"abcdef", [][2]int{{1, 3}}, "a⟦bc⟧def"},
		{"abcdef", [][2]int{{3, 5}, {0, 1}}, "⟦a⟧bc⟦de⟧f"},
		{"abcdef", [][2]int{{0, 3}, {2, 5}}, "⟦abcde⟧f"},
		{"abcdef", [][2]int{{0, 2}, {2, 4}}, "⟦abcd⟧ef"},
		{"abc", [][2]int{{2, 99}}, "ab⟦c⟧"},
		{"héllo", [][2]int{{2, 3}}, "h⟦é⟧llo"}, // inside a rune: widened to it
		{"abc", [][2]int{{2, 2}}, "abc"},
	}
	for _, tt := range tests {
		var spans []Span
		for _, sp := range tt.spans {
			st, en := clampSpan(tt.text, sp)
			spans = append(spans, Span{Start: st, End: en})
		}
		if got := markSpans(tt.text, spans); got != tt.want {
			t.Errorf("markSpans(%q, %v) = %q, want %q", tt.text, tt.spans, got, tt.want)
		}
	}
}

func TestArticlesSearch(t *testing.T) {
	ts := start(t, Options{Store: openStore(t, fixture())})
	tests := []struct {
		query string
		want  []string
		next  int
	}{
		{"q=Japan", []string{"art-0003"}, 0},
		{"q=nothing+matches+this", []string{}, 0},
		{"", []string{"art-0003", "art-0002", "art-0004", "art-0001"}, 0},
		{"limit=2", []string{"art-0003", "art-0002"}, 2},
		{"limit=2&offset=2", []string{"art-0004", "art-0001"}, 0},
		{"outlet=Example+Post", []string{"art-0002", "art-0004"}, 0},
	}
	for _, tt := range tests {
		var p articlesBody
		if st := get(t, ts.URL+"/articles?"+tt.query, &p); st != 200 {
			t.Errorf("%s: status %d", tt.query, st)
			continue
		}
		var got []string
		for _, a := range p.Articles {
			got = append(got, a.ID)
		}
		if !slices.Equal(nonNil(got), tt.want) || p.NextOffset != tt.next {
			t.Errorf("%s: %v next %d; want %v next %d", tt.query, got, p.NextOffset, tt.want, tt.next)
		}
	}
}

func TestKnowledge(t *testing.T) {
	ts := start(t, Options{Store: openStore(t, fixture())})

	var st knowledge.Status
	if code := get(t, ts.URL+"/recognition/AFG?as_of=2026-12-31", &st); code != 200 {
		t.Fatalf("recognition: status %d", code)
	}
	if len(st.Recognizers) != 1 || st.Recognizers[0].Recognizer != "RUS" || st.Recognizers[0].Date != "2026-03-12" {
		t.Errorf("recognizers = %+v; want RUS since 2026-03-12", st.Recognizers)
	}
	if get(t, ts.URL+"/recognition/AFG?as_of=2026-01-01", &st); len(st.Recognizers) != 0 {
		t.Errorf("recognizers before the event = %+v; want none", st.Recognizers)
	}

	var rel relationsBody
	if code := get(t, ts.URL+"/relations/rus/AFG?by=month", &rel); code != 200 {
		t.Fatalf("relations: status %d", code)
	}
	if len(rel.Points) != 1 || rel.Points[0].Start != "2026-03-01" || rel.Points[0].Events != 4 || rel.A != "RUS" {
		t.Errorf("relations = %+v; want one month 2026-03 with 4 events", rel)
	}
	if get(t, ts.URL+"/relations/RUS/AFG?by=week", &rel); len(rel.Points) != 1 || rel.By != "week" || rel.Points[0].Start != "2026-03-09" {
		t.Errorf("weekly relations = %+v; want the week of 2026-03-09", rel)
	}

	var ps partnersBody
	if get(t, ts.URL+"/partners/RUS", &ps); len(ps.Partners) != 1 || ps.Partners[0].Country != "AFG" || ps.Partners[0].Out != 4 {
		t.Errorf("partners = %+v; want AFG with 4 events out", ps)
	}

	var cs clustersBody
	if get(t, ts.URL+"/clusters?min_articles=2", &cs); cs.Total != 1 || cs.Clusters[0].Articles != 2 || cs.Clusters[0].Root != "05" {
		t.Errorf("clusters of two articles = %+v; want the recognition", cs)
	}
	if get(t, ts.URL+"/clusters?source=CHN", &cs); cs.Total != 1 || cs.Clusters[0].Target != "JPN" {
		t.Errorf("clusters of CHN = %+v", cs)
	}
	if get(t, ts.URL+"/clusters?limit=1", &cs); len(cs.Clusters) != 1 || cs.NextOffset != 1 || cs.Total < 2 {
		t.Errorf("first page of clusters = %+v", cs)
	}
}

func TestPostArticles(t *testing.T) {
	const token = "s3cret"
	body := func(ids ...string) string {
		var lines []string
		for _, id := range ids {
			lines = append(lines, jsonLine(dyad.Article{ID: id, Outlet: "Example Wire",
				Published: time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC), Text: "Invented article " + id + " about talks."}))
		}
		return strings.Join(lines, "\n") + "\n"
	}
	tests := []struct {
		name       string
		configured string
		token      string
		body       string
		status     int
		new        int
	}{
		{"read-only", "", token, body("p1"), 403, 0},
		{"no token", token, "", body("p1"), 401, 0},
		{"wrong token", token, "guess", body("p1"), 401, 0},
		{"json lines", token, token, body("p1", "p2"), 200, 2},
		{"json array", token, token, "[" + jsonLine(dyad.Article{ID: "p3", Text: "Invented text three."}) + "]", 200, 1},
		{"empty", token, token, "", 400, 0},
		{"not json", token, token, "{broken\n", 400, 0},
		{"too large", token, token, body("p4") + strings.Repeat(" ", 4<<10), 413, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openStore(t, fixture())
			ts := start(t, Options{Store: s, Coder: stubCoder{}, Token: tt.configured, MaxBodyBytes: 2 << 10})
			var res ingestBody
			st := post(t, ts.URL+"/articles", tt.token, tt.body, &res)
			if st != tt.status || res.New != tt.new {
				t.Fatalf("status %d, %+v; want %d, %d new", st, res, tt.status, tt.new)
			}
			n, _ := s.CountArticles(context.Background())
			if n != 4+tt.new {
				t.Errorf("%d articles stored, want %d", n, 4+tt.new)
			}
			if tt.new == 0 {
				return
			}
			// The knowledge index has the new events at once.
			var ps partnersBody
			get(t, ts.URL+"/partners/CHN", &ps)
			if i := slices.IndexFunc(ps.Partners, func(p knowledge.Partner) bool { return p.Country == "RUS" }); i < 0 || ps.Partners[i].Events != tt.new {
				t.Errorf("partners of CHN after ingest = %+v; want RUS with %d events", ps.Partners, tt.new)
			}
			// Posting again adds nothing.
			if post(t, ts.URL+"/articles", tt.token, tt.body, &res); res.Duplicate != tt.new || res.New != 0 {
				t.Errorf("second post = %+v; want %d duplicates", res, tt.new)
			}
		})
	}
}

// TestPostArticlesPipeline posts an article through the real coding
// pipeline and checks only that it is stored.
func TestPostArticlesPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the NLP models")
	}
	coder, _, err := pipeline.Default(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := openStore(t, nil)
	ts := start(t, Options{Store: s, Coder: coder, Token: "tok"})
	a := dyad.Article{ID: "pipe-1", Outlet: "Example Wire", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Title: "Talks", Text: "France condemned Germany on Monday."}
	var res ingestBody
	if st := post(t, ts.URL+"/articles", "tok", jsonLine(a), &res); st != 200 || res.New != 1 {
		t.Fatalf("post = %d %+v", st, res)
	}
	var got articleBody
	if st := get(t, ts.URL+"/articles/pipe-1", &got); st != 200 || got.Article.Text != a.Text {
		t.Errorf("stored article = %d %+v", st, got.Article)
	}
}

// TestIndexSeesOtherWriters checks that events stored by someone else show
// up in the knowledge routes after the sync interval.
func TestIndexSeesOtherWriters(t *testing.T) {
	s := openStore(t, fixture())
	ts := start(t, Options{Store: s, SyncInterval: time.Millisecond})
	var ps partnersBody
	get(t, ts.URL+"/partners/FRA", &ps)
	if len(ps.Partners) != 0 {
		t.Fatalf("partners of FRA = %+v; want none", ps.Partners)
	}
	text := "Invented: France praised Germany."
	a := article("other-1", "Example Wire", "2026-05-01T00:00:00Z", text)
	e := ev(a.ID, text, 0, 0, len(text), "FRAGOV", "DEUGOV", "051", dyad.ModalityAsserted, "2026-05-01")
	if _, err := s.Save(context.Background(), []dyad.Record{{Article: a, Events: []dyad.Event{e}}}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * time.Millisecond)
	if get(t, ts.URL+"/partners/FRA", &ps); len(ps.Partners) != 1 || ps.Partners[0].Country != "DEU" {
		t.Errorf("partners of FRA after a store write = %+v; want DEU", ps.Partners)
	}
}

// TestServeShutdown serves on a real listener and shuts down gracefully
// when the context ends.
func TestServeShutdown(t *testing.T) {
	srv, err := New(Options{Store: openStore(t, fixture())})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln, 5*time.Second) }()
	var h healthBody
	if st := get(t, "http://"+ln.Addr().String()+"/health", &h); st != 200 {
		t.Fatalf("health: %d", st)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve = %v, want nil after shutdown", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no shutdown")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/health"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestJSONErrorsKeepStatus(t *testing.T) {
	ts := start(t, Options{Store: openStore(t, fixture())})
	req, _ := http.NewRequest("PATCH", ts.URL+"/health", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var e errorBody
	if st := decode(t, res, &e); st != 405 || !strings.Contains(e.Error, "GET") {
		t.Errorf("PATCH /health = %d %q; want 405 naming GET", st, e.Error)
	}
}
