package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dyad"
)

// collect reads src (named name) and returns its articles and errors.
func collect(t testing.TB, r *Reader, name, src string) ([]dyad.Article, []error) {
	t.Helper()
	var arts []dyad.Article
	var errs []error
	for a, err := range r.ReadFrom(context.Background(), name, strings.NewReader(src)) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

// checkInvariants checks what holds for every article and error a Reader
// returns, whatever the input.
func checkInvariants(t testing.TB, name string, arts []dyad.Article, errs []error) {
	t.Helper()
	for _, a := range arts {
		if a.Hash == "" || a.ID == "" {
			t.Errorf("%s: article without Hash or ID: %+v", name, a)
		}
		if a.Hash != dyad.ContentHash(a.Title, a.Text) {
			t.Errorf("%s: stale hash", name)
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Errorf("%s: article without text", name)
		}
		for _, s := range []string{a.ID, a.URL, a.Outlet, a.Title, a.Text} {
			if !utf8.ValidString(s) {
				t.Errorf("%s: invalid UTF-8 in article %q", name, s)
			}
		}
		if a.Origin == "" {
			t.Errorf("%s: article without Origin", name)
		}
		if y := a.Published.Year(); !a.Published.IsZero() && (y < 1 || y > 9999) {
			t.Errorf("%s: published year %d", name, y)
		}
	}
	for _, err := range errs {
		var re *Error
		if !errors.As(err, &re) {
			t.Errorf("%s: error %v (%T) is not a *read.Error", name, err, err)
			continue
		}
		if re.Input == "" || !strings.HasPrefix(err.Error(), re.Input) {
			t.Errorf("%s: error %q does not start with its input %q", name, err, re.Input)
		}
	}
}

func errStrings(errs []error) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

func TestReadFrom(t *testing.T) {
	published := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	long := strings.Repeat("Sylvania and Freedonia talk. ", 10)
	tests := []struct {
		name     string // file name, for the format hint and messages
		src      string
		opts     Options
		titles   []string // titles of the articles, in order
		errs     []string // substrings of the errors, in order
		check    func(t *testing.T, arts []dyad.Article)
		errCheck func(t *testing.T, errs []error)
	}{
		{
			name: "good.jsonl",
			src: `{"id":"x1","url":"https://a.example/1","outlet":"Wire","published":"2030-05-06T07:08:09+05:30","title":"First","text":"Freedonia praised Sylvania."}

{"id":7,"url":null,"published":1900000000,"title":"Second","text":"Sylvania thanked Freedonia.","extra":[1,2]}
{"title":"Third","text":"Talks went on.","published":null}`,
			titles: []string{"First", "Second", "Third"},
			check: func(t *testing.T, arts []dyad.Article) {
				a := arts[0]
				if a.ID != "x1" || a.URL != "https://a.example/1" || a.Outlet != "Wire" || a.Origin != "good.jsonl:1" {
					t.Errorf("article 1 = %+v", a)
				}
				if _, off := a.Published.Zone(); off != 5*3600+1800 || a.Published.Hour() != 7 {
					t.Errorf("published = %v, want 07:08:09 +05:30", a.Published)
				}
				if arts[1].ID != "7" || arts[1].URL != "" || arts[1].Origin != "good.jsonl:3" || !arts[1].Published.Equal(time.Unix(1900000000, 0)) {
					t.Errorf("article 2 = %+v", arts[1])
				}
				if arts[2].ID == "" || arts[2].ID != arts[2].Hash[:16] {
					t.Errorf("article 3 ID = %q, want from hash", arts[2].ID)
				}
			},
		},
		{
			name: "broken.jsonl",
			src: `{"title":"One","text":"Good."}
{"title":"Two","text":"cut sho
{"title":"Three"}
[1,2]
{"title":"Five","text":"x","published":"someday soon"}
{"title":"Six","text":5}
{"title":"Seven","text":"Good too."}
{"title":"Eight","text":"Bad","id":{}}
{"title":"Nine" "text":"x"}
`,
			titles: []string{"One", "Seven"},
			errs: []string{
				"broken.jsonl:2: invalid JSON: unexpected end of input",
				`broken.jsonl:3: no article text: missing field "text"`,
				"broken.jsonl:4: invalid JSON: want an object",
				`broken.jsonl:5: published: cannot parse date "someday soon"`,
				`broken.jsonl:6: invalid JSON: field "text" is number`,
				`broken.jsonl:8: invalid JSON: field "id" must be a string or a number`,
				"broken.jsonl:9: invalid JSON at column 17: invalid character '\"' after object key:value pair",
			},
		},
		{
			name:   "crlf.jsonl",
			src:    "\uFEFF{\"title\":\"A\",\"text\":\"one\"}\r\n\r\n{\"title\":\"B\",\"text\":\"two\"}\r\n",
			titles: []string{"A", "B"},
			check: func(t *testing.T, arts []dyad.Article) {
				if arts[1].Origin != "crlf.jsonl:3" {
					t.Errorf("origin = %q", arts[1].Origin)
				}
			},
		},
		{
			name:   "utf8.jsonl",
			src:    "{\"title\":\"A\",\"text\":\"one\"}\n{\"title\":\"B\",\"text\":\"t\xffo\"}\n{\"title\":\"C\",\"text\":\"three\"}\n",
			titles: []string{"A", "C"},
			errs:   []string{"utf8.jsonl:2: invalid UTF-8 at column 23 (byte offset 49)"},
			errCheck: func(t *testing.T, errs []error) {
				if !errors.Is(errs[0], ErrInvalidUTF8) {
					t.Errorf("error %v is not ErrInvalidUTF8", errs[0])
				}
			},
		},
		{
			name:   "cap.jsonl",
			opts:   Options{MaxArticleBytes: 100},
			src:    `{"title":"A","text":"short"}` + "\n" + `{"title":"B","text":"` + long + `"}` + "\n" + `{"title":"C","text":"short too"}`,
			titles: []string{"A", "C"},
			errs:   []string{"cap.jsonl:2: line too large: over the article cap of 100 bytes"},
			errCheck: func(t *testing.T, errs []error) {
				if !errors.Is(errs[0], ErrTooLarge) {
					t.Errorf("error %v is not ErrTooLarge", errs[0])
				}
			},
		},
		{
			name:   "defaults.jsonl",
			opts:   Options{Published: published, Outlet: "Default Outlet"},
			src:    `{"title":"A","text":"one"}` + "\n" + `{"title":"B","text":"two","outlet":"Own","published":"2029-01-01"}`,
			titles: []string{"A", "B"},
			check: func(t *testing.T, arts []dyad.Article) {
				if arts[0].Outlet != "Default Outlet" || !arts[0].Published.Equal(published) {
					t.Errorf("defaults not applied: %+v", arts[0])
				}
				if arts[1].Outlet != "Own" || arts[1].Published.Year() != 2029 {
					t.Errorf("own values overridden: %+v", arts[1])
				}
			},
		},
		{
			name: "array.json",
			src: `[
  {"id": "j1", "title": "First", "text": "Freedonia praised Sylvania."},
  {"title": "Bad", "text": 7},
  {"title": "Third", "text": "Sylvania replied."}
]`,
			titles: []string{"First", "Third"},
			errs:   []string{`array.json:3: element 2: invalid JSON: field "text" is number`},
			check: func(t *testing.T, arts []dyad.Article) {
				if arts[1].Origin != "array.json:4" {
					t.Errorf("origin = %q", arts[1].Origin)
				}
			},
		},
		{
			name:   "cut-array.txt",
			src:    `[{"title": "First", "text": "One."}, {"title": "Cut", "te`,
			titles: []string{"First"},
			errs:   []string{"cut-array.txt:1: invalid JSON: truncated array"},
		},
		{
			name:   "bad-array.jsonl",
			src:    `[{"title": "First", "text": "One."} {"title": "Two", "text": "Two."}]`,
			titles: []string{"First"},
			errs:   []string{"bad-array.jsonl:1: invalid JSON: expected comma after array element"},
		},
		{
			name: "good.csv",
			src: "Extra,TEXT,title,published,url,outlet,id\n" +
				"x,\"Freedonia, said the minister, agreed.\",One,2030-02-03,https://c.example/1,Daily,c1\n" +
				"y,\"Two lines\n\nof text\",Two,,,,\n",
			titles: []string{"One", "Two"},
			check: func(t *testing.T, arts []dyad.Article) {
				a := arts[0]
				if a.ID != "c1" || a.Text != "Freedonia, said the minister, agreed." || a.Outlet != "Daily" || a.URL != "https://c.example/1" || a.Published.Day() != 3 || a.Origin != "good.csv:2" {
					t.Errorf("article 1 = %+v", a)
				}
				if arts[1].Text != "Two lines\n\nof text" {
					t.Errorf("article 2 text = %q", arts[1].Text)
				}
			},
		},
		{
			name:   "tabs.tsv",
			src:    "title\ttext\nOne\tFreedonia, Sylvania and others met.\n",
			titles: []string{"One"},
		},
		{
			name:   "semicolons.csv",
			src:    "title;text;published\nOne;Freedonia, Sylvania and others met.;4 July 2030\n",
			titles: []string{"One"},
		},
		{
			name: "broken.csv",
			src: "title,text,published\n" +
				"One,Good.,\n" +
				"Two,\"bad \"quote\" here,\n" +
				"Three,Good too.\n" +
				"Four,x,not a date\n" +
				"Five,,\n" +
				"\n" +
				"Six,\"t\xffx\",\n" +
				"Seven,Last one.,\n",
			titles: []string{"One", "Seven"},
			errs: []string{
				`broken.csv:3: invalid CSV: extraneous or missing " in quoted-field`,
				"broken.csv:4: CSV row has 2 fields, the header has 3",
				`broken.csv:5: published: cannot parse date "not a date"`,
				"broken.csv:6: no article text",
				"broken.csv:8: invalid UTF-8 in field 2",
			},
		},
		{
			name: "notext.csv",
			src:  "title,body\nOne,Two\n",
			errs: []string{`notext.csv:1: CSV header has no "text" column`},
		},
		{
			name:   "bigrecord.csv",
			opts:   Options{MaxArticleBytes: 1000},
			src:    "title,text\nOne,Good.\nTwo,\"" + strings.Repeat("unterminated quoted field\n", 5000),
			titles: []string{"One"},
			errs:   []string{"bigrecord.csv:3: CSV record too large: over the article cap of 1000 bytes; rest of input skipped"},
		},
		{
			name:   "capped.csv",
			opts:   Options{MaxArticleBytes: 100},
			src:    "title,text\nOne,Good.\nTwo," + long + "\nThree,Fine.\n",
			titles: []string{"One", "Three"},
			errs:   []string{"capped.csv:3: article too large"},
		},
		{
			name: "story.txt",
			src: "Title: Freedonia opens an embassy\nDate: 4 July 2030 10:00 UTC\nSource: The Example Herald\nURL: https://h.example/1\n\n" +
				"The government of Freedonia opened an embassy\nin Sylvania on Monday.\n",
			titles: []string{"Freedonia opens an embassy"},
			check: func(t *testing.T, arts []dyad.Article) {
				a := arts[0]
				if a.Outlet != "The Example Herald" || a.URL != "https://h.example/1" || a.Origin != "story.txt" ||
					!a.Published.Equal(time.Date(2030, 7, 4, 10, 0, 0, 0, time.UTC)) ||
					a.Text != "The government of Freedonia opened an embassy\nin Sylvania on Monday." {
					t.Errorf("article = %+v", a)
				}
			},
		},
		{
			name:   "headline.txt",
			opts:   Options{Published: published, Outlet: "Flag Outlet"},
			src:    "\n\nSylvania recalls its ambassador\n\nSylvania recalled its ambassador to Freedonia on Sunday.\n",
			titles: []string{"Sylvania recalls its ambassador"},
			check: func(t *testing.T, arts []dyad.Article) {
				a := arts[0]
				if a.Text != "Sylvania recalled its ambassador to Freedonia on Sunday." || !a.Published.Equal(published) || a.Outlet != "Flag Outlet" {
					t.Errorf("article = %+v", a)
				}
			},
		},
		{
			name:   "markdown.md",
			src:    "# Talks in Ostrava Nova.\nThe talks began.\n",
			titles: []string{"Talks in Ostrava Nova."},
		},
		{
			name:   "nohead.txt",
			src:    "The talks began on Monday in the capital.\nThey ended on Tuesday.\n",
			titles: []string{""},
		},
		{
			name:   "wrapped.txt",
			src:    "The ministers of Freedonia and Sylvania met on\nMonday in the capital to discuss the treaty and\nthe border.\n",
			titles: []string{""},
		},
		{
			name:   "oneline.txt",
			src:    "Freedonia recognises the Northern Republic",
			titles: []string{""},
		},
		{
			name: "baddate.txt",
			src:  "Title: A\nDate: the day after tomorrow\n\nText.\n",
			errs: []string{`baddate.txt:2: cannot parse date "the day after tomorrow"`},
		},
		{
			name: "headers-only.txt",
			src:  "Title: Nothing follows\nDate: 2030-01-01\n",
			errs: []string{"headers-only.txt: no article text"},
		},
		{
			name: "big.txt",
			opts: Options{MaxArticleBytes: 100},
			src:  long,
			errs: []string{"big.txt: article too large: over the cap of 100 bytes"},
		},
		{
			name: "latin1.txt",
			src:  "Title: Caf\xe9\n\nText.\n",
			errs: []string{"latin1.txt:1: invalid UTF-8 at column 11 (byte offset 10)"},
		},
		{
			name: "empty.txt",
			src:  "",
			errs: []string{"empty.txt: empty input: no bytes"},
			errCheck: func(t *testing.T, errs []error) {
				if !errors.Is(errs[0], ErrEmpty) {
					t.Errorf("not ErrEmpty: %v", errs[0])
				}
			},
		},
		{
			name: "blank.jsonl",
			src:  " \n\n\t\n",
			errs: []string{"blank.jsonl: empty input: only white space"},
		},
		{
			name: "nul.txt",
			src:  "Some text\x00with a NUL",
			errs: []string{"nul.txt: binary content (NUL byte at offset 9), not text"},
			errCheck: func(t *testing.T, errs []error) {
				if !errors.Is(errs[0], ErrBinary) {
					t.Errorf("not ErrBinary: %v", errs[0])
				}
			},
		},
		{
			name: "picture.jpg",
			src:  "\xff\xd8\xff\xe0 JFIF",
			errs: []string{"picture.jpg: binary content, not text"},
		},
		{
			name:   "disguised.txt",
			src:    `{"title":"JSON in a .txt","text":"Still read as JSON lines."}` + "\n",
			titles: []string{"JSON in a .txt"},
		},
		{
			name:   "noext",
			src:    "title,text\nCSV without extension,Read by its header.\n",
			titles: []string{"CSV without extension"},
		},
		{
			name:   "utf16.txt",
			src:    "\xff\xfeH\x00e\x00a\x00d\x00l\x00i\x00n\x00e\x00\n\x00\n\x00B\x00o\x00d\x00y\x00.\x00",
			titles: []string{"Headline"},
		},
		{
			name: "feed.rss",
			src: `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire &amp; Co</title>
<item><title>One</title><link>https://w.example/1</link><pubDate>Mon, 04 Aug 2030 10:00:00 +0200</pubDate>
<description>&lt;p&gt;First &lt;b&gt;para&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Second para.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
<item><title>Two</title><link>https://w.example/2</link></item>
<item><title>Three</title><description>Plain &amp; simple.</description><pubDate>yesterday-ish</pubDate></item>
<item><title>Four</title><description>Fine.</description></item>
</channel></rss>`,
			titles: []string{"One", "Four"},
			errs: []string{
				"feed.rss: item 2 (https://w.example/2): no article text",
				`feed.rss: item 3: published: cannot parse date "yesterday-ish"`,
			},
			check: func(t *testing.T, arts []dyad.Article) {
				a := arts[0]
				if a.Outlet != "Wire & Co" || a.URL != "https://w.example/1" || a.Text != "First para.\n\nSecond para." || a.Origin != "feed.rss#1" {
					t.Errorf("article = %+v", a)
				}
				if _, off := a.Published.Zone(); off != 7200 || a.Published.Hour() != 10 {
					t.Errorf("published = %v", a.Published)
				}
				if arts[1].Origin != "feed.rss#4" {
					t.Errorf("origin = %q", arts[1].Origin)
				}
			},
		},
		{
			name: "feed.atom",
			src: `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title type="html">A &lt;b&gt;bold&lt;/b&gt; move</title><link href="https://a.example/1"/><updated>2030-09-01T11:30:00-05:00</updated>
<summary>Short.</summary><content type="html">&lt;p&gt;The longer content wins.&lt;/p&gt;</content></entry></feed>`,
			titles: []string{"A bold move"},
			check: func(t *testing.T, arts []dyad.Article) {
				a := arts[0]
				if a.Text != "The longer content wins." || a.Outlet != "Atom Desk" || a.Published.Hour() != 11 {
					t.Errorf("article = %+v", a)
				}
			},
		},
		{
			name:   "feed.json",
			src:    `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Desk","items":[{"id":"1","url":"https://j.example/1","title":"JF","content_text":"A JSON Feed item.","date_published":"2030-01-02T03:04:05+01:00"}]}`,
			titles: []string{"JF"},
		},
		{
			name: "broken-feed.json",
			src:  `{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1",]}`,
			errs: []string{"broken-feed.json: offset 78: invalid JSON feed: invalid character ']'"},
		},
		{
			name:   "latin1.rss",
			src:    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\xe9 Wire</title><item><title>Caf\xe9 talks</title><description>Ministers met.</description></item></channel></rss>",
			titles: []string{"Café talks"},
			check: func(t *testing.T, arts []dyad.Article) {
				if arts[0].Outlet != "Café Wire" {
					t.Errorf("outlet = %q", arts[0].Outlet)
				}
			},
		},
		{
			name: "badutf8.rss",
			src:  "<rss version=\"2.0\"><channel><title>W</title>\n<item><title>Caf\xe9</title></item></channel></rss>",
			errs: []string{"badutf8.rss:2: invalid UTF-8 at column 17"},
		},
		{
			name: "notafeed.xml",
			src:  "<?xml version=\"1.0\"?><catalog><book>A</book></catalog>",
			errs: []string{"notafeed.xml: not an RSS, Atom or JSON feed"},
		},
		{
			name: "truncated.xml",
			src:  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>One</title><desc`,
			errs: []string{"truncated.xml: offset 97: truncated feed"},
			errCheck: func(t *testing.T, errs []error) {
				if !errors.Is(errs[0], ErrTruncated) {
					t.Errorf("not ErrTruncated: %v", errs[0])
				}
			},
		},
		{
			name: "bad.rss",
			src:  "<rss version=\"2.0\"><channel><title>W</title>\n<item><title>One</title></item>\n<item><title <=></title></item></channel></rss>",
			errs: []string{"bad.rss:3: invalid feed"},
		},
		{
			name: "page.html",
			src: `<!DOCTYPE html><html><head><title>Summit | Site</title><meta property="og:title" content="Summit opens">
<meta property="og:site_name" content="The Example Times"><meta name="date" content="2025-07-04T10:00:00+04:30"></head>
<body><nav><a href="/">Home</a> <a href="/w">World</a></nav><article><h1>Summit opens</h1>
<p>The president of Freedonia welcomed the leaders of six neighbouring states to a two-day summit in the capital on Friday.</p>
<p>The leaders are expected to sign a declaration on water sharing and on the reopening of trade routes.</p>
<p>Sylvania sent its foreign minister, who met her Freedonian counterpart on the margins of the summit and praised what she called a new spirit of cooperation between the two states.</p></article>
<footer>Copyright. <a href="/privacy">Privacy</a></footer></body></html>`,
			titles: []string{"Summit opens"},
			check: func(t *testing.T, arts []dyad.Article) {
				a := arts[0]
				if a.Outlet != "The Example Times" || !strings.HasPrefix(a.Text, "The president of Freedonia") ||
					strings.Contains(a.Text, "Privacy") || strings.Contains(a.Text, "Home") || !strings.Contains(a.Text, "\n\nThe leaders") {
					t.Errorf("article = %+v", a)
				}
				if _, off := a.Published.Zone(); off != 16200 || a.Published.Hour() != 10 {
					t.Errorf("published = %v", a.Published)
				}
			},
		},
		{
			name: "empty.html",
			src:  "<html><body><nav><a href='/'>Home</a></nav></body></html>",
			errs: []string{"empty.html: no article text"},
		},
		{
			name:   "html-in-txt.txt",
			src:    "<html><body><article><p>Freedonia and Sylvania resumed talks on the border on Wednesday, the mediators said in a statement.</p></article></body></html>",
			titles: []string{""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New(tt.opts)
			arts, errs := collect(t, r, tt.name, tt.src)
			checkInvariants(t, tt.name, arts, errs)
			var titles []string
			for _, a := range arts {
				titles = append(titles, a.Title)
			}
			if !slices.Equal(titles, tt.titles) {
				t.Errorf("titles = %q, want %q", titles, tt.titles)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors = %q, want %d errors like %q", errStrings(errs), len(tt.errs), tt.errs)
			}
			for i, err := range errs {
				if !strings.Contains(err.Error(), tt.errs[i]) {
					t.Errorf("error %d = %q, want it to contain %q", i, err, tt.errs[i])
				}
			}
			if tt.check != nil && len(arts) == len(tt.titles) {
				tt.check(t, arts)
			}
			if tt.errCheck != nil && len(errs) > 0 {
				tt.errCheck(t, errs)
			}
		})
	}
}

func TestGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`{"title":"Zipped","text":"Compressed JSON lines are read."}` + "\n"))
	zw.Close()
	r := New(Options{})
	arts, errs := collect(t, r, "news.jsonl.gz", buf.String())
	if len(errs) != 0 || len(arts) != 1 || arts[0].Title != "Zipped" {
		t.Fatalf("got %v, %v", arts, errs)
	}
	// A broken gzip stream is an error, not a panic.
	_, errs = collect(t, r, "broken.gz", buf.String()[:20])
	if len(errs) != 1 {
		t.Fatalf("errors = %v, want one", errs)
	}
}

func TestForcedFormat(t *testing.T) {
	r := New(Options{Format: Text})
	arts, errs := collect(t, r, "x.jsonl", `{"text":"kept as text"}`)
	if len(errs) != 0 || len(arts) != 1 || arts[0].Text != `{"text":"kept as text"}` {
		t.Fatalf("got %v, %v", arts, errs)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		want Format
	}{
		{`{"id":1}`, JSONL},
		{"  \n{\"text\": \"x\"}\n", JSONL},
		{`{"version": "https://jsonfeed.org/version/1", "items": []}`, Feed},
		{"[\n  {\"text\": \"x\"}]", JSONL},
		{"[]", JSONL},
		{"[citation needed] text", Text},
		{`<?xml version="1.0"?><rss version="2.0">`, Feed},
		{`<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">`, Feed},
		{`<rdf:RDF xmlns:rdf="x">`, Feed},
		{`<!DOCTYPE html><html>`, HTML},
		{`<html><body>`, HTML},
		{`<p>Para</p>`, HTML},
		{`<?xml version="1.0"?><catalog>`, Feed},
		{`<catalog>`, HTML},
		{"title,text\nA,B\n", CSV},
		{"id\ttext\turl\n", CSV},
		{"title;text\n", CSV},
		{"Title: A headline\n\nText.", Text},
		{"Just some words, and a comma.", Text},
		{"", Text},
		{"{not json", Text},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.head)); got != tt.want {
			t.Errorf("Sniff(%q) = %q, want %q", tt.head, got, tt.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": "", "auto": "", "TXT": Text, "ndjson": JSONL, "rss": Feed, "atom": Feed, "tsv": CSV, "htm": HTML} {
		got, err := ParseFormat(in)
		if err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("ParseFormat(pdf): no error")
	}
	for _, fi := range Formats() {
		if got, err := ParseFormat(string(fi.Format)); err != nil || got != fi.Format {
			t.Errorf("ParseFormat(%q) = %q, %v", fi.Format, got, err)
		}
	}
}

func TestExpand(t *testing.T) {
	r := New(Options{})
	got, errs := r.Expand([]string{"testdata/folder", "-", "https://x.example/a", "testdata/missing.txt"})
	want := []string{
		filepath.Join("testdata", "folder", "b.txt"),
		filepath.Join("testdata", "folder", "noext"),
		filepath.Join("testdata", "folder", "sub", "a.jsonl"),
		"-", "https://x.example/a", "testdata/missing.txt",
	}
	if !slices.Equal(got, want) || len(errs) != 0 {
		t.Errorf("Expand = %q, %v; want %q", got, errs, want)
	}
}

func TestReadFiles(t *testing.T) {
	r := New(Options{})
	var got []string
	err := r.Read(context.Background(), []string{"testdata/folder", "testdata/missing.txt", "testdata/broken.jsonl", "testdata/truncated.rss", "testdata/image.png", "testdata/empty.txt", "testdata"}, func(a dyad.Article, err error) error {
		if err != nil {
			got = append(got, "error "+err.Error())
		} else {
			got = append(got, a.Origin)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"testdata/folder/b.txt",
		"testdata/folder/noext",
		"testdata/folder/sub/a.jsonl:1",
		"testdata/folder/sub/a.jsonl:2",
		"testdata/folder/sub/a.jsonl:4",
		"error testdata/missing.txt: open: no such file or directory",
		"testdata/broken.jsonl:1",
		"error testdata/broken.jsonl:2: invalid JSON: unexpected end of input",
	}
	if len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
		t.Fatalf("got %q\nwant it to start with %q", got, want)
	}
	for _, s := range []string{
		"error testdata/truncated.rss: offset 600: truncated feed",
		"error testdata/image.png: binary content",
		"error testdata/empty.txt: empty input",
		"testdata/page.html",
		"testdata/feed.atom#1",
	} {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, s) }) {
			t.Errorf("no line starts with %q in %q", s, got)
		}
	}
}

func TestReadInputDirectory(t *testing.T) {
	r := New(Options{})
	var errs []error
	for _, err := range r.ReadInput(context.Background(), "testdata/folder") {
		errs = append(errs, err)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "is a directory") {
		t.Errorf("errors = %v", errs)
	}
}

func TestStdin(t *testing.T) {
	r := New(Options{Stdin: strings.NewReader(`{"title":"From stdin","text":"Piped in."}` + "\n" + "{bad\n")})
	var got []string
	for a, err := range r.ReadInput(context.Background(), "-") {
		if err != nil {
			got = append(got, err.Error())
		} else {
			got = append(got, a.Origin)
		}
	}
	want := []string{"<stdin>:1", "<stdin>:2: invalid JSON at column 2: invalid character 'b' looking for beginning of object key string"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadStops(t *testing.T) {
	r := New(Options{})
	stop := errors.New("stop")
	n := 0
	err := r.Read(context.Background(), []string{"testdata/articles.jsonl", "testdata/plain.txt"}, func(dyad.Article, error) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("Read = %v after %d calls, want stop after 2", err, n)
	}
	// Breaking out of the iterator early is fine too.
	for range r.ReadInput(context.Background(), "testdata/articles.jsonl") {
		break
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := New(Options{})
	err := r.Read(ctx, []string{"testdata/articles.jsonl"}, func(a dyad.Article, err error) error {
		if err == nil {
			t.Errorf("article %v read after cancel", a.Origin)
		} else if !errors.Is(err, context.Canceled) {
			t.Errorf("error %v, want context.Canceled", err)
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Read = %v, want context.Canceled", err)
	}
}

func TestErrorFormat(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Input: "a.jsonl", Line: 17, Offset: 99, Err: errors.New("invalid JSON: unexpected end of input")}, "a.jsonl:17: invalid JSON: unexpected end of input"},
		{&Error{Input: "feed.xml", Offset: 4096, Err: errors.New("truncated feed")}, "feed.xml: offset 4096: truncated feed"},
		{&Error{Input: "x.txt", Err: ErrEmpty}, "x.txt: empty input"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	if !errors.Is(&Error{Input: "x", Err: ErrEmpty}, ErrEmpty) {
		t.Error("Unwrap does not reach the cause")
	}
}

func TestConcurrent(t *testing.T) {
	// One Reader, many goroutines: run with -race.
	r := New(Options{})
	files, _ := r.Expand([]string{"testdata"})
	done := make(chan int)
	for _, f := range files {
		go func() {
			n := 0
			for range r.ReadInput(context.Background(), f) {
				n++
			}
			done <- n
		}()
	}
	for range files {
		<-done
	}
}

func TestMain(m *testing.M) {
	// Tests must not depend on the machine's zone.
	os.Setenv("TZ", "America/New_York")
	os.Exit(m.Run())
}

func TestDeepHTML(t *testing.T) {
	r := New(Options{})
	src := "<html><body>" + strings.Repeat("<div>", 5000) + "Deep text in many divs." + "</body></html>"
	_, errs := collect(t, r, "deep.html", src)
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "deep.html: HTML: ") {
		t.Errorf("errors = %v", errs)
	}
}

func TestJSONLPublishedNumbers(t *testing.T) {
	r := New(Options{})
	tests := []struct {
		published string
		want      time.Time
		err       string
	}{
		{"1751623200", time.Unix(1751623200, 0), ""},
		{"1.7516232e9", time.Unix(1751623200, 0), ""},
		{"1751623200.25", time.Unix(1751623200, 25e7), ""},
		{"1751623200123", time.UnixMilli(1751623200123), ""},
		{"1e300", time.Time{}, "invalid unix time"},
		{"true", time.Time{}, "want a date string or unix seconds"},
		{`""`, time.Time{}, ""},
	}
	for _, tt := range tests {
		arts, errs := collect(t, r, "n.jsonl", `{"text":"x","published":`+tt.published+`}`)
		if tt.err != "" {
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.err) {
				t.Errorf("%s: errors = %v, want %q", tt.published, errs, tt.err)
			}
			continue
		}
		if len(arts) != 1 || !arts[0].Published.Equal(tt.want) {
			t.Errorf("%s: got %v %v, want %v", tt.published, arts, errs, tt.want)
		}
	}
}

func TestHintFromContentType(t *testing.T) {
	tests := []struct {
		ct, path string
		want     Format
		charset  string
	}{
		{"text/html; charset=UTF-8", "/story", HTML, "utf-8"},
		{"application/rss+xml", "/feed", Feed, ""},
		{"application/atom+xml; charset=iso-8859-1", "/", Feed, "iso-8859-1"},
		{"application/x-ndjson", "/dump", JSONL, ""},
		{"text/csv", "/x", CSV, ""},
		{"text/plain", "/a.jsonl", JSONL, ""}, // a generic type: the extension says more
		{"application/xml", "/page.html", HTML, ""},
		{"text/plain", "/story", Text, ""},
		{"application/octet-stream", "/a.csv.gz", CSV, ""},
		{"", "/a.rss", Feed, ""},
		{"nonsense;;", "", "", ""},
	}
	for _, tt := range tests {
		h := hintFromContentType(tt.ct, tt.path)
		if h.format != tt.want || h.charset != tt.charset {
			t.Errorf("hintFromContentType(%q, %q) = %q %q, want %q %q", tt.ct, tt.path, h.format, h.charset, tt.want, tt.charset)
		}
	}
}
