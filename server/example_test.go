package server_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"

	"dyad/server"
	"dyad/sqlite"
)

func Example() {
	dir, err := os.MkdirTemp("", "dyad-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	store, err := sqlite.Open(context.Background(), filepath.Join(dir, "dyad.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()

	// A read-only API; set Options.Token (and Coder) to enable POST /articles.
	srv, err := server.New(server.Options{Store: store})
	if err != nil {
		log.Fatal(err)
	}
	ts := httptest.NewServer(srv) // or srv.Serve(ctx, listener, 0)
	defer ts.Close()

	for _, path := range []string{"/events?source=RUS&limit=10", "/articles/nothing"} {
		res, err := http.Get(ts.URL + path)
		if err != nil {
			log.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		fmt.Printf("%s %d %s", path, res.StatusCode, body)
	}
	// Output:
	// /events?source=RUS&limit=10 200 {"events":[]}
	// /articles/nothing 404 {"error":"sqlite: article \"nothing\": not found"}
}
