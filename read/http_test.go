package read

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"dyad"
)

// readURL collects what ReadInput yields for a URL.
func readURL(t *testing.T, r *Reader, u string) ([]dyad.Article, []error) {
	t.Helper()
	var arts []dyad.Article
	var errs []error
	for a, err := range r.ReadInput(context.Background(), u) {
		if err != nil {
			errs = append(errs, err)
		} else {
			arts = append(arts, a)
		}
	}
	checkInvariants(t, u, arts, errs)
	return arts, errs
}

func TestHTTP(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Border reopens</title>
<meta property="article:published_time" content="2025-03-01T08:00:00-03:00"></head><body>
<nav><a href="/">Home</a> <a href="/a">About</a></nav><article><h1>Border reopens</h1>
<p>Freedonia reopened its border with Sylvania on Saturday after three months of closure, the interior ministry said in a statement.</p>
<p>Trucks carrying grain and fuel were the first to cross at the northern checkpoint, where officials from both countries shook hands.</p>
<p>The closure had followed a dispute over customs fees that was settled by a regional court in February.</p>
</article><footer>Example footer. <a href="/terms">Terms</a></footer></body></html>`
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>HTTP Wire</title>
<item><title>One</title><link>https://w.example/1</link><description>Freedonia and Sylvania agreed.</description></item>
</channel></rss>`
	var agent string
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, req *http.Request) {
		agent = req.UserAgent()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write([]byte("Title: Caf\xe9 diplomacy\n\nThe ministers met in a caf\xe9.\n"))
	})
	mux.HandleFunc("/latin1.html", func(w http.ResponseWriter, req *http.Request) {
		// Both the header and the page name the charset: decode once.
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write([]byte(`<html><head><meta charset="iso-8859-1"><title>Caf` + "\xe9" + ` talks</title></head><body><article>` +
			`<p>The ministers of Freedonia and Sylvania met in a caf` + "\xe9" + ` near the border on Monday and agreed to meet again next month.</p>` +
			`<p>Both said the talks had been useful, and that the question of the river would be settled before the summer.</p>` +
			`<p>Observers from the regional council attended the meeting at the invitation of both governments.</p></article></body></html>`))
	})
	mux.HandleFunc("/news", func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	})
	mux.HandleFunc("/lines", func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream") // wrong type: content decides
		fmt.Fprint(w, `{"title":"A","text":"one"}`+"\n"+`{"title":"B","text":"two"}`+"\n")
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, req *http.Request) {
		http.Redirect(w, req, "/page", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, req *http.Request) {
		http.Redirect(w, req, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.(http.Flusher).Flush() // no Content-Length: the cap must hold while reading
		for range 100 {
			fmt.Fprint(w, strings.Repeat("Sylvania and Freedonia. ", 100))
		}
	})
	mux.HandleFunc("/declared-big", func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Content-Length", "1000000")
		w.Write([]byte("x"))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, req *http.Request) {
		select {
		case <-req.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	// A port that was open and is closed now: nothing listens there.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/"
	ln.Close()

	r := New(Options{MaxInputBytes: 50000, Timeout: 2 * time.Second})
	tests := []struct {
		path   string
		url    string
		titles []string
		err    string
		is     error
	}{
		{path: "/page", titles: []string{"Border reopens"}},
		{path: "/moved", titles: []string{"Border reopens"}},
		{path: "/latin1", titles: []string{"Café diplomacy"}},
		{path: "/latin1.html", titles: []string{"Café talks"}},
		{path: "/news", titles: []string{"One"}},
		{path: "/lines", titles: []string{"A", "B"}},
		{path: "/loop", err: "/loop: fetch: stopped after 5 redirects"},
		{path: "/big", err: "/big: offset 50000: body too large: over the cap of 50000 bytes", is: ErrTooLarge},
		{path: "/declared-big", err: "/declared-big: body too large: 1000000 bytes, over the cap of 50000 bytes", is: ErrTooLarge},
		{path: "/missing", err: "/missing: fetch: HTTP 404 Not Found"},
		{url: closed, err: closed + ": fetch: dial tcp " + ln.Addr().String() + ": connect: connection refused"},
		{url: "http://[::1", err: "invalid URL"},
	}
	for _, tt := range tests {
		u := tt.url
		if u == "" {
			u = srv.URL + tt.path
		}
		t.Run(u, func(t *testing.T) {
			arts, errs := readURL(t, r, u)
			var titles []string
			for _, a := range arts {
				titles = append(titles, a.Title)
			}
			if fmt.Sprint(titles) != fmt.Sprint(tt.titles) {
				t.Errorf("titles = %q, want %q (errors %v)", titles, tt.titles, errs)
			}
			if tt.err == "" {
				if len(errs) != 0 {
					t.Errorf("errors = %v", errs)
				}
				return
			}
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.err) {
				t.Fatalf("errors = %v, want one containing %q", errs, tt.err)
			}
			if tt.is != nil && !errors.Is(errs[0], tt.is) {
				t.Errorf("error %v is not %v", errs[0], tt.is)
			}
		})
	}
	if !strings.HasPrefix(agent, "dyad/") {
		t.Errorf("User-Agent = %q, want dyad/...", agent)
	}

	// The page's details.
	arts, _ := readURL(t, r, srv.URL+"/moved")
	if len(arts) == 1 {
		a := arts[0]
		if a.URL != srv.URL+"/page" || a.Origin != srv.URL+"/moved" || !strings.HasPrefix(a.Text, "Freedonia reopened its border") ||
			strings.Contains(a.Text, "Terms") || a.Published.Hour() != 8 {
			t.Errorf("article = %+v", a)
		}
	}

	// A timeout.
	fast := New(Options{Timeout: 100 * time.Millisecond})
	if _, errs := readURL(t, fast, srv.URL+"/slow"); len(errs) != 1 || !strings.Contains(errs[0].Error(), "fetch:") {
		t.Errorf("slow: errors = %v", errs)
	}

	// A client of the caller's own is used, not modified.
	own := &http.Client{}
	withOwn := New(Options{HTTPClient: own, MaxRedirects: 1})
	if _, errs := readURL(t, withOwn, srv.URL+"/loop"); len(errs) != 1 || !strings.Contains(errs[0].Error(), "stopped after 1 redirects") {
		t.Errorf("own client: errors = %v", errs)
	}
	if own.CheckRedirect != nil || own.Timeout != 0 {
		t.Error("the caller's client was modified")
	}
}
