package server

import (
	"errors"
	"fmt"
	"net/http"
	"sync"

	"dyad"
	"dyad/ingest"
	"dyad/read"
)

// maxReportedErrors caps the errors listed in an ingest answer.
const maxReportedErrors = 100

// ingestBody is the answer of POST /articles: the counts of ingest.Stats
// and the errors of the articles that failed.
type ingestBody struct {
	Read      int      `json:"read"`
	New       int      `json:"new"`
	Duplicate int      `json:"duplicate"`
	Failed    int      `json:"failed"`
	Events    int      `json:"events"`
	Errors    []string `json:"errors"`
}

// postArticles ingests the articles of the body (JSON lines or a JSON
// array of objects with the fields id, url, outlet, published, title and
// text) through the reader and ingest pipeline of `dyad ingest`.
func (s *Server) postArticles(w http.ResponseWriter, r *http.Request) {
	if !s.authorize(w, r) {
		drain(http.MaxBytesReader(w, r.Body, maxQueryBodyBytes))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	ctx := r.Context()

	// Read the whole body first, so that an over-long body stores nothing.
	rd := read.New(read.Options{Format: read.JSONL, MaxInputBytes: s.opts.MaxBodyBytes})
	type item struct {
		a   dyad.Article
		err error
	}
	var items []item
	for a, err := range rd.ReadFrom(ctx, "request body", r.Body) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("request body over %d bytes; send fewer articles per request", mbe.Limit))
			return
		}
		items = append(items, item{a, err})
	}
	if len(items) == 0 {
		writeError(w, http.StatusBadRequest, errors.New("no articles in the body: send JSON lines or a JSON array of objects with at least a text field"))
		return
	}
	in := func(yield func(dyad.Article, error) bool) {
		for _, it := range items {
			if !yield(it.a, it.err) {
				return
			}
		}
	}

	var mu sync.Mutex
	body := ingestBody{Errors: []string{}}
	s.ingest.Lock()
	st, err := ingest.Run(ctx, []ingest.Input{in}, ingest.Options{
		Store: s.store, Coder: s.opts.Coder, Workers: s.opts.Workers,
		OnError: func(err error) {
			mu.Lock()
			defer mu.Unlock()
			if len(body.Errors) < maxReportedErrors {
				body.Errors = append(body.Errors, err.Error())
			}
		},
	})
	s.ingest.Unlock()
	body.Read, body.New, body.Duplicate, body.Failed, body.Events = st.Read, st.New, st.Duplicate, st.Failed, st.Events
	s.log.Info("ingest", "remote", r.RemoteAddr, "stats", st.String(), "err", err)
	if err != nil {
		s.storeError(w, r, fmt.Errorf("ingest: %w", err))
		return
	}
	if st.New > 0 {
		if err := s.index.sync(ctx, true); err != nil {
			s.log.Error("knowledge index", "err", err)
		}
	}
	if st.Read == 0 {
		msg := "no article could be read from the body"
		if len(body.Errors) > 0 {
			msg += ": " + body.Errors[0]
		}
		writeError(w, http.StatusBadRequest, errors.New(msg))
		return
	}
	writeJSON(w, http.StatusOK, body)
}
