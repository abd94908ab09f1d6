// Package server is dyad's HTTP JSON API over a dyad.Store.
//
// The API is read-only by default. Its routes are:
//
//	GET  /health                  ok, schema version and article count
//	GET  /events                  stored events, filtered, with cursor pagination
//	GET  /articles                articles, newest first, or by full-text query (q)
//	GET  /articles/{id}           one article with its events and marked evidence spans
//	POST /articles                ingest articles (JSON lines or a JSON array); needs a bearer token
//	GET  /recognition/{entity}    who recognises a state or government, and who may follow (as_of)
//	GET  /relations/{a}/{b}       relations between two states per week or month
//	GET  /partners/{a}            a state's partners by volume of events
//	GET  /clusters                the reports of one real-world event grouped together
//	GET  /openapi.json            the OpenAPI 3 document of all of the above
//
// Every answer is JSON; errors are {"error": "..."} with a fitting status.
// The document served at /openapi.json describes every route, and the
// package's tests check the routes against it.
//
// The knowledge routes (recognition, relations, partners, clusters) answer
// from an in-memory index of the stored events that the server keeps up to
// date by reading the events added to the store since its last look (see
// Options.SyncInterval), and at once after a POST /articles.
//
// POST /articles is enabled only when Options.Token is set; it runs the
// same read and ingest pipeline as `dyad ingest`, with Options.Coder.
package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"dyad"
)

// Defaults of Options.
const (
	DefaultMaxBodyBytes    = 16 << 20
	DefaultSyncInterval    = 2 * time.Second
	DefaultShutdownTimeout = 10 * time.Second
)

// maxQueryBodyBytes caps the body of requests that take none.
const maxQueryBodyBytes = 1 << 20

// Options configures a Server.
type Options struct {
	// Store is read by every route and written by POST /articles. Required.
	Store dyad.Store
	// Coder codes the articles of POST /articles. Nil stores them without
	// events.
	Coder dyad.Coder
	// Token, when not empty, enables POST /articles for requests that
	// carry "Authorization: Bearer <Token>".
	Token string
	// MaxBodyBytes caps the body of POST /articles; zero means
	// DefaultMaxBodyBytes. Other requests may carry at most 1 MiB.
	MaxBodyBytes int64
	// SyncInterval is how long the knowledge index may go without looking
	// for events added to the store by others; zero means
	// DefaultSyncInterval.
	SyncInterval time.Duration
	// Workers is the number of goroutines that read and code the articles
	// of one POST /articles; zero means all cores.
	Workers int
	// Logger receives server errors and ingest summaries; nil discards them.
	Logger *slog.Logger
}

// Server answers the API's requests. It is safe for concurrent use.
type Server struct {
	opts    Options
	store   dyad.Store
	pager   EventPager
	index   *index
	mux     *http.ServeMux
	log     *slog.Logger
	ingest  sync.Mutex // one POST /articles at a time: one writer
	handler http.Handler
}

// route is one method and path of the API, with its handler.
type route struct {
	method, path string
	handle       func(*Server, http.ResponseWriter, *http.Request)
}

// routes lists every route. The mux is built from it and the tests
// compare it with the OpenAPI document.
var routes = []route{
	{"GET", "/health", (*Server).health},
	{"GET", "/events", (*Server).events},
	{"GET", "/articles", (*Server).articles},
	{"GET", "/articles/{id}", (*Server).article},
	{"POST", "/articles", (*Server).postArticles},
	{"GET", "/recognition/{entity}", (*Server).recognition},
	{"GET", "/relations/{a}/{b}", (*Server).relations},
	{"GET", "/partners/{a}", (*Server).partners},
	{"GET", "/clusters", (*Server).clusters},
	{"GET", "/openapi.json", (*Server).openAPI},
}

// New returns a Server over opts.Store.
func New(opts Options) (*Server, error) {
	if opts.Store == nil {
		return nil, errors.New("server: no store")
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.SyncInterval <= 0 {
		opts.SyncInterval = DefaultSyncInterval
	}
	s := &Server{opts: opts, store: opts.Store, log: opts.Logger, mux: http.NewServeMux()}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if p, ok := opts.Store.(EventPager); ok {
		s.pager = p
	} else {
		s.pager = OffsetPager{Store: opts.Store}
	}
	s.index = newIndex(opts.Store, opts.SyncInterval)
	for _, rt := range routes {
		h := rt.handle
		s.mux.HandleFunc(rt.method+" "+rt.path, func(w http.ResponseWriter, r *http.Request) { h(s, w, r) })
	}
	s.handler = s.middleware(s.mux)
	return s, nil
}

// Handler returns the server's http.Handler.
func (s *Server) Handler() http.Handler { return s.handler }

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Sync brings the knowledge index up to date with the store at once. A
// server syncs by itself; calling Sync before serving moves the first,
// longest sync out of the first request.
func (s *Server) Sync(ctx context.Context) error { return s.index.sync(ctx, true) }

// HTTPServer returns an http.Server for the handler with the API's
// timeouts: 5 s to read the headers, 2 min to read a request, 5 min to
// write an answer (an ingest can take that long) and 2 min idle.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Serve answers requests on ln until ctx is done, then shuts down
// gracefully: it stops accepting connections and waits up to
// shutdownTimeout (zero means DefaultShutdownTimeout) for the requests in
// flight. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener, shutdownTimeout time.Duration) error {
	if shutdownTimeout <= 0 {
		shutdownTimeout = DefaultShutdownTimeout
	}
	hs := s.HTTPServer(ln.Addr().String())
	hs.BaseContext = func(net.Listener) context.Context { return context.WithoutCancel(ctx) }
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("server: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", err)
	}
	return nil
}

// middleware wraps the mux: it limits request bodies, turns the mux's own
// plain-text 404 and 405 answers into JSON errors and recovers panics.
func (s *Server) middleware(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if r.Method != http.MethodPost {
			r.Body = http.MaxBytesReader(w, r.Body, maxQueryBodyBytes)
		}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v)
				writeError(w, http.StatusInternalServerError, errors.New("internal error"))
			}
		}()
		if _, pattern := mux.Handler(r); pattern == "" {
			// Not found or method not allowed: the mux's own answer, as JSON.
			w = &jsonErrorWriter{ResponseWriter: w, path: r.URL.Path}
		}
		mux.ServeHTTP(w, r) // sets the path values that Handler does not
	})
}

// jsonErrorWriter replaces the plain-text body of the mux's error answers
// with a JSON error, keeping the status and headers such as Allow.
type jsonErrorWriter struct {
	http.ResponseWriter
	path  string
	wrote bool
}

func (w *jsonErrorWriter) WriteHeader(code int) {
	if w.wrote {
		return
	}
	w.wrote = true
	msg := http.StatusText(code)
	switch code {
	case http.StatusNotFound:
		msg = fmt.Sprintf("no route for %s; see /openapi.json", w.path)
	case http.StatusMethodNotAllowed:
		msg = fmt.Sprintf("method not allowed for %s (allowed: %s)", w.path, w.Header().Get("Allow"))
	}
	w.Header().Del("Content-Length")
	writeError(w.ResponseWriter, code, errors.New(msg))
}

func (w *jsonErrorWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return len(b), nil // the JSON body is written already
}

// writeJSON writes v as the JSON answer with the status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v) // a write error means the client has gone
}

// errorBody is the JSON form of every error answer.
type errorBody struct {
	Error string `json:"error"`
}

// writeError writes {"error": err} with the status code.
func writeError(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, errorBody{Error: err.Error()})
}

// storeError answers a failed store call: 404 for dyad.ErrNotFound, 503
// when the request was cancelled or timed out, 500 otherwise.
func (s *Server) storeError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, dyad.ErrNotFound):
		writeError(w, http.StatusNotFound, err)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, err)
	default:
		s.log.Error("store", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, err)
	}
}

// authorize checks the bearer token of a write request. It answers 403
// when writes are not configured and 401 when the token is missing or
// wrong, and reports whether the request may go on.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) bool {
	if s.opts.Token == "" {
		writeError(w, http.StatusForbidden, errors.New("the API is read-only: start dyad serve with --token or DYAD_TOKEN to enable POST /articles"))
		return false
	}
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.opts.Token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dyad"`)
		msg := "missing bearer token"
		if auth != "" {
			msg = "invalid bearer token"
		}
		writeError(w, http.StatusUnauthorized, errors.New(msg))
		return false
	}
	return true
}

// drain reads what is left of a body so that the connection can be
// reused; it stops at the body's size limit.
func drain(r io.Reader) { io.Copy(io.Discard, r) }
