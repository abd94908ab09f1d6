package main

import (
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"dyad"
	"dyad/server"
)

func newServeCmd() *cobra.Command {
	var (
		addr     string
		token    string
		maxBody  int64
		interval time.Duration
		shutdown time.Duration
		noCode   bool
		df       dictFlags
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the store as an HTTP JSON API",
		Long: `serve answers HTTP requests for the stored events and articles and for the
knowledge built on them, as JSON:

  GET  /health                  ok, schema version, article count
  GET  /events                  filters source, target, code, root, modality,
                                since, until; limit; cursor pagination (next)
  GET  /articles?q=…            full-text search (limit, offset, outlet)
  GET  /articles/{id}           the article, its events and marked evidence
  GET  /recognition/{entity}    ?as_of=YYYY-MM-DD
  GET  /relations/{a}/{b}       ?by=month|week
  GET  /partners/{a}            ?n=20
  GET  /clusters                source, target, root, min_articles, limit, offset
  GET  /openapi.json            the OpenAPI 3 document
  POST /articles                JSON lines or a JSON array of articles, ingested
                                as by dyad ingest; needs a token

The API is read-only unless a token is given (--token or DYAD_TOKEN): then
POST /articles accepts requests with "Authorization: Bearer TOKEN". It
listens on 127.0.0.1 only by default; SIGINT or SIGTERM shut it down
gracefully.`,
		Example: `  dyad serve
  dyad serve --addr 127.0.0.1:9000 --db news.db
  DYAD_TOKEN=s3cret dyad serve   # and: curl -H 'Authorization: Bearer s3cret' --data-binary @a.jsonl localhost:8080/articles`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if token == "" {
				token = os.Getenv("DYAD_TOKEN")
			}
			stderr := cmd.ErrOrStderr()
			s, err := openStore(ctx, cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			var coder dyad.Coder
			if token != "" && !noCode {
				var note string
				if coder, note, err = newCoder(&df, stderr); err != nil {
					return err
				}
				if note != "" {
					fmt.Fprintln(stderr, "dyad:", note)
				}
			}
			srv, err := server.New(server.Options{
				Store: s, Coder: coder, Token: token, MaxBodyBytes: maxBody, SyncInterval: interval,
				Logger: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo})),
			})
			if err != nil {
				return err
			}
			if err := srv.Sync(ctx); err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			mode := "read-only"
			if token != "" {
				mode = "POST /articles enabled"
			}
			fmt.Fprintf(stderr, "dyad: serving %s on http://%s (%s)\n", storeName(cmd), ln.Addr(), mode)
			if err := srv.Serve(ctx, ln, shutdown); err != nil {
				return err
			}
			fmt.Fprintln(stderr, "dyad: server stopped")
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	fl.StringVar(&token, "token", "", "bearer token that enables POST /articles (default $DYAD_TOKEN)")
	fl.Int64Var(&maxBody, "max-body", server.DefaultMaxBodyBytes, "size cap of a POST /articles body in bytes")
	fl.DurationVar(&interval, "sync", server.DefaultSyncInterval, "how often to look for events stored by others")
	fl.DurationVar(&shutdown, "shutdown-timeout", server.DefaultShutdownTimeout, "how long to wait for requests in flight on shutdown")
	fl.BoolVar(&noCode, "no-code", false, "store posted articles without coding their events")
	df.register(cmd)
	return cmd
}
