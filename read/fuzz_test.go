package read

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dyad"
)

// fuzzRead reads data as the named input and checks the invariants that
// hold for any input: no panic, complete articles, typed errors.
func fuzzRead(t *testing.T, name string, data []byte, opts Options) {
	if opts.MaxArticleBytes == 0 {
		opts.MaxArticleBytes = 64 << 10
	}
	if opts.MaxInputBytes == 0 {
		opts.MaxInputBytes = 256 << 10
	}
	r := New(opts)
	var arts []dyad.Article
	var errs []error
	for a, err := range r.ReadFrom(context.Background(), name, bytes.NewReader(data)) {
		if err != nil {
			errs = append(errs, err)
		} else {
			arts = append(arts, a)
		}
	}
	checkInvariants(t, name, arts, errs)
}

// addSeeds adds the testdata files matching pattern to the corpus.
func addSeeds(f *testing.F, patterns ...string) {
	for _, p := range patterns {
		files, _ := filepath.Glob(filepath.Join("testdata", p))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
}

func FuzzJSONL(f *testing.F) {
	addSeeds(f, "*.jsonl")
	f.Add([]byte(`{"id":1,"url":null,"published":1751623200,"text":"x"}`))
	f.Add([]byte("{\"text\":\"a\"}\r\n\n{\"text\":\"\xff\"}\n{\"text\":"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "fuzz.jsonl", data, Options{Format: JSONL, MaxArticleBytes: 200})
	})
}

func FuzzCSV(f *testing.F) {
	addSeeds(f, "*.csv")
	f.Add([]byte("text\tTitle\tpublished\nA\tB\t2025-01-02\n"))
	f.Add([]byte("title,text\n\"a\"\"b\",\"c\nd\"\n\"open"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "fuzz.csv", data, Options{Format: CSV, MaxArticleBytes: 200})
	})
}

func FuzzText(f *testing.F) {
	addSeeds(f, "*.txt")
	f.Add([]byte("Title: x\nDate: 2025-07-04\nURL: u\n\n# Head\nBody."))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "fuzz.txt", data, Options{Format: Text, MaxArticleBytes: 4096})
	})
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, "*.html")
	f.Add([]byte(`<html><head><meta charset="iso-8859-1"><meta name="date" content="2025-01-01"></head><body><p>Caf` + "\xe9" + ` and more words here to read.</p></body></html>`))
	f.Add([]byte(`<script type="application/ld+json">{"datePublished":"2025-02-03T04:05:06+07:00"}</script><article><p>a b c d e f</p></article>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "fuzz.html", data, Options{Format: HTML})
	})
}

func FuzzFeed(f *testing.F) {
	addSeeds(f, "*.rss", "*.atom")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_html":"<p>x</p>","date_published":"2025-01-02"}]}`))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>t</title><description>d</description></item></rdf:RDF>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "fuzz.xml", data, Options{Format: Feed, MaxArticleBytes: 4096})
	})
}

// FuzzSniff reads input of any kind under any name, so that sniffing
// and every reader meet it.
func FuzzSniff(f *testing.F) {
	addSeeds(f, "*")
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255})
	f.Add([]byte("\xfe\xff\x00{\x00}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Sniff(data)
		for _, name := range []string{"fuzz", "fuzz.txt", "fuzz.jsonl.gz"} {
			fuzzRead(t, name, data, Options{MaxArticleBytes: 4096})
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2025-07-04T10:00:00+04:30", "Fri, 04 Jul 2025 10:00:00 GMT", "July 4, 2025", "4 July 2025 10:00 UTC",
		"1751623200", "1751623200123", "-1751623200.5", "2 hours ago", "le 4 juillet 2025", "2025-07-04 10:00 EDT",
		"Mon, 2 Jan 2006 15:04:05 XYZ", "9999-12-31T23:59:59-23:59",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseDate(s)
		if err != nil {
			return
		}
		if err := checkTime(got); err != nil {
			t.Fatalf("ParseDate(%q) = %v: %v", s, got, err)
		}
		// The result survives a round trip through RFC 3339.
		text := got.Format(time.RFC3339Nano)
		back, err := ParseDate(text)
		if err != nil {
			t.Fatalf("ParseDate(%q) = %v, which does not parse back: %v", s, got, err)
		}
		_, off1 := got.Zone()
		_, off2 := back.Zone()
		if !back.Equal(got) || off1 != off2 {
			t.Fatalf("ParseDate(%q) = %v, round trip gives %v", s, got, back)
		}
	})
}
