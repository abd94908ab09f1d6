package server

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"dyad"
	"dyad/knowledge"
)

// Page sizes.
const (
	defaultLimit = 100
	maxLimit     = 1000
)

// healthBody is the answer of GET /health.
type healthBody struct {
	OK            bool  `json:"ok"`
	SchemaVersion int64 `json:"schema_version"`
	Articles      int   `json:"articles"`
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	v, err := s.store.SchemaVersion(r.Context())
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, fmt.Errorf("store: %w", err))
		return
	}
	n, err := s.store.CountArticles(r.Context())
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, fmt.Errorf("store: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, healthBody{OK: true, SchemaVersion: v, Articles: n})
}

// eventsBody is the answer of GET /events.
type eventsBody struct {
	Events []dyad.Event `json:"events"`
	// Next is the cursor of the next page; empty on the last page.
	Next string `json:"next,omitempty"`
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := eventFilter(q.Get)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	limit, err := intParam(q.Get("limit"), "limit", defaultLimit, 1, maxLimit)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	var p Position
	if tok := q.Get("cursor"); tok != "" {
		if p, err = decodeCursor(f, tok); err != nil {
			writeError(w, http.StatusBadRequest, err)
			return
		}
	}
	evs, next, more, err := s.pager.EventsAfter(r.Context(), f, p, limit)
	if errors.Is(err, ErrStaleCursor) {
		writeError(w, http.StatusGone, err)
		return
	}
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	body := eventsBody{Events: nonNil(evs)}
	if more {
		body.Next = encodeCursor(f, next)
	}
	writeJSON(w, http.StatusOK, body)
}

// eventFilter reads the event filters source, target, code, root,
// modality, since and until.
func eventFilter(get func(string) string) (dyad.EventFilter, error) {
	f := dyad.EventFilter{
		Source: strings.ToUpper(strings.TrimSpace(get("source"))),
		Target: strings.ToUpper(strings.TrimSpace(get("target"))),
		Code:   strings.TrimSpace(get("code")),
		Root:   strings.TrimSpace(get("root")),
	}
	for _, a := range []struct{ name, v string }{{"source", f.Source}, {"target", f.Target}} {
		if !allIn(a.v, 'A', 'Z') {
			return f, fmt.Errorf("%s %q: want a CAMEO actor code prefix such as RUS or RUSGOV", a.name, a.v)
		}
	}
	if !allIn(f.Code, '0', '9') || len(f.Code) > 4 || len(f.Code) == 1 {
		return f, fmt.Errorf("code %q: want a CAMEO event code such as 054", f.Code)
	}
	if !allIn(f.Root, '0', '9') || f.Root != "" && len(f.Root) != 2 {
		return f, fmt.Errorf("root %q: want a two-digit CAMEO root such as 05", f.Root)
	}
	switch m := dyad.Modality(get("modality")); m {
	case "", dyad.ModalityAsserted, dyad.ModalityNegated, dyad.ModalityHypothetical,
		dyad.ModalityFuture, dyad.ModalityQuestion, dyad.ModalityConditional:
		f.Modality = m
	default:
		return f, fmt.Errorf("modality %q: want asserted, negated, hypothetical, future, question or conditional", m)
	}
	var err error
	if f.Since, err = dateParam(get("since"), "since"); err != nil {
		return f, err
	}
	if f.Until, err = dateParam(get("until"), "until"); err != nil {
		return f, err
	}
	return f, nil
}

// allIn reports whether every byte of s is in [lo, hi].
func allIn(s string, lo, hi byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < lo || s[i] > hi {
			return false
		}
	}
	return true
}

// dateParam checks a YYYY-MM-DD parameter; "" is allowed.
func dateParam(v, name string) (string, error) {
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return "", fmt.Errorf("%s %q: want a date YYYY-MM-DD", name, v)
	}
	return v, nil
}

// intParam reads an integer parameter in [lo, hi], def when empty.
func intParam(v, name string, def, lo, hi int) (int, error) {
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%s %q: want an integer from %d to %d", name, v, lo, hi)
	}
	return n, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// articlesBody is the answer of GET /articles.
type articlesBody struct {
	Articles []dyad.Article `json:"articles"`
	// NextOffset is the offset of the next page; absent on the last page.
	NextOffset int `json:"next_offset,omitempty"`
}

func (s *Server) articles(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := intParam(q.Get("limit"), "limit", defaultLimit, 1, maxLimit)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	offset, err := intParam(q.Get("offset"), "offset", 0, 0, 1<<30)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	f := dyad.ArticleFilter{Query: strings.TrimSpace(q.Get("q")), Outlet: q.Get("outlet"), Limit: limit + 1, Offset: offset}
	as, err := s.store.Articles(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	body := articlesBody{Articles: nonNil(as)}
	if len(as) > limit {
		body.Articles = as[:limit]
		body.NextOffset = offset + limit
	}
	writeJSON(w, http.StatusOK, body)
}

// Markers put around the evidence spans in articleBody.Marked.
const (
	MarkOpen  = "⟦"
	MarkClose = "⟧"
)

// Span is the evidence of one event: byte offsets into the article text.
type Span struct {
	EventID  string `json:"event_id"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// articleBody is the answer of GET /articles/{id}.
type articleBody struct {
	Article dyad.Article `json:"article"`
	Events  []dyad.Event `json:"events"`
	// Spans lists the evidence span of each event (byte offsets into
	// Article.Text, end exclusive), in the order of Events.
	Spans []Span `json:"spans"`
	// Marked is the text with every evidence span between MarkOpen and
	// MarkClose; overlapping spans are marked as one.
	Marked string `json:"marked"`
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	a, err := s.store.Article(r.Context(), id)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	var evs []dyad.Event
	for off := 0; ; {
		page, err := s.store.Events(r.Context(), dyad.EventFilter{ArticleID: a.ID, Limit: maxLimit, Offset: off})
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		evs = append(evs, page...)
		if len(page) < maxLimit {
			break
		}
		off += len(page)
	}
	body := articleBody{Article: a, Events: nonNil(evs), Spans: make([]Span, 0, len(evs))}
	for _, e := range evs {
		st, en := clampSpan(a.Text, e.Span)
		body.Spans = append(body.Spans, Span{EventID: e.ID, Sentence: e.Sentence, Start: st, End: en})
	}
	body.Marked = markSpans(a.Text, body.Spans)
	writeJSON(w, http.StatusOK, body)
}

// clampSpan returns sp within text and on rune boundaries.
func clampSpan(text string, sp [2]int) (int, int) {
	st, en := max(0, min(sp[0], len(text))), max(0, min(sp[1], len(text)))
	if en < st {
		st, en = en, st
	}
	for st > 0 && st < len(text) && !utf8.RuneStart(text[st]) {
		st--
	}
	for en < len(text) && !utf8.RuneStart(text[en]) {
		en++
	}
	return st, en
}

// markSpans returns text with the union of the spans marked.
func markSpans(text string, spans []Span) string {
	ivs := make([][2]int, 0, len(spans))
	for _, sp := range spans {
		if sp.End > sp.Start {
			ivs = append(ivs, [2]int{sp.Start, sp.End})
		}
	}
	slices.SortFunc(ivs, func(a, b [2]int) int { return a[0] - b[0] })
	var merged [][2]int
	for _, iv := range ivs {
		if n := len(merged); n > 0 && iv[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], iv[1])
			continue
		}
		merged = append(merged, iv)
	}
	var b strings.Builder
	b.Grow(len(text) + len(merged)*(len(MarkOpen)+len(MarkClose)))
	at := 0
	for _, iv := range merged {
		b.WriteString(text[at:iv[0]])
		b.WriteString(MarkOpen)
		b.WriteString(text[iv[0]:iv[1]])
		b.WriteString(MarkClose)
		at = iv[1]
	}
	b.WriteString(text[at:])
	return b.String()
}

func (s *Server) recognition(w http.ResponseWriter, r *http.Request) {
	var day time.Time
	if v := r.URL.Query().Get("as_of"); v != "" {
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Errorf("as_of %q: want a date YYYY-MM-DD", v))
			return
		}
		day = t
	}
	if err := s.index.fresh(r.Context()); err != nil {
		s.storeError(w, r, err)
		return
	}
	entity := r.PathValue("entity")
	st := s.index.registry.Status(entity, day)
	if st.StateName == "" && st.Regime == nil {
		writeError(w, http.StatusNotFound, fmt.Errorf("%q is neither a known state nor a regime", entity))
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// relationsBody is the answer of GET /relations/{a}/{b}.
type relationsBody struct {
	A      string            `json:"a"`
	B      string            `json:"b"`
	By     knowledge.Period  `json:"by"`
	Points []knowledge.Point `json:"points"`
}

func (s *Server) relations(w http.ResponseWriter, r *http.Request) {
	a, b := strings.ToUpper(r.PathValue("a")), strings.ToUpper(r.PathValue("b"))
	by := knowledge.Period(r.URL.Query().Get("by"))
	if by == "" {
		by = knowledge.Month
	}
	if by != knowledge.Month && by != knowledge.Week {
		writeError(w, http.StatusBadRequest, fmt.Errorf("by %q: want month or week", by))
		return
	}
	if err := s.index.fresh(r.Context()); err != nil {
		s.storeError(w, r, err)
		return
	}
	pts, err := s.index.relations.Series(a, b, by)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	writeJSON(w, http.StatusOK, relationsBody{A: a, B: b, By: by, Points: nonNil(pts)})
}

// partnersBody is the answer of GET /partners/{a}.
type partnersBody struct {
	A        string              `json:"a"`
	Partners []knowledge.Partner `json:"partners"`
}

func (s *Server) partners(w http.ResponseWriter, r *http.Request) {
	n, err := intParam(r.URL.Query().Get("n"), "n", 20, 0, 1000)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	if err := s.index.fresh(r.Context()); err != nil {
		s.storeError(w, r, err)
		return
	}
	a := strings.ToUpper(r.PathValue("a"))
	writeJSON(w, http.StatusOK, partnersBody{A: a, Partners: nonNil(s.index.relations.Partners(a, n))})
}

// clustersBody is the answer of GET /clusters.
type clustersBody struct {
	Clusters []knowledge.Cluster `json:"clusters"`
	// Total counts the clusters that match, over all pages.
	Total      int `json:"total"`
	NextOffset int `json:"next_offset,omitempty"`
}

func (s *Server) clusters(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := intParam(q.Get("limit"), "limit", defaultLimit, 1, maxLimit)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	offset, err := intParam(q.Get("offset"), "offset", 0, 0, 1<<30)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	minArticles, err := intParam(q.Get("min_articles"), "min_articles", 0, 0, 1<<30)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	src, tgt, root := strings.ToUpper(q.Get("source")), strings.ToUpper(q.Get("target")), q.Get("root")
	if err := s.index.fresh(r.Context()); err != nil {
		s.storeError(w, r, err)
		return
	}
	all := s.index.clusterSnapshot()
	var match []knowledge.Cluster
	for _, c := range all {
		if src != "" && c.Source != src || tgt != "" && c.Target != tgt || root != "" && c.Root != root || c.Articles < minArticles {
			continue
		}
		match = append(match, c)
	}
	body := clustersBody{Clusters: []knowledge.Cluster{}, Total: len(match)}
	if offset < len(match) {
		end := min(len(match), offset+limit)
		body.Clusters = match[offset:end]
		if end < len(match) {
			body.NextOffset = end
		}
	}
	writeJSON(w, http.StatusOK, body)
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPIDoc)
}
