package read

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strings"

	"golang.org/x/net/html/atom"
)

// Format names an input format.
type Format string

// The formats a Reader knows. Folders, standard input and URLs are not
// formats: their content is read in one of these.
const (
	// Text is plain text holding one article, with optional header lines
	// (Title:, Date:, URL:, Outlet: or Source:) at the top and a headline
	// as its first line.
	Text Format = "text"
	// HTML is a web page; its main text, title and date are extracted and
	// its boilerplate removed.
	HTML Format = "html"
	// JSONL is JSON lines: one object a line with the fields id, url,
	// outlet, published, title and text; or a JSON array of such objects.
	JSONL Format = "jsonl"
	// CSV is comma-, tab- or semicolon-separated values with a header row
	// naming the same fields as JSONL.
	CSV Format = "csv"
	// Feed is an RSS, Atom or JSON Feed document: one article an item.
	Feed Format = "feed"
)

// FormatInfo describes a format for help texts.
type FormatInfo struct {
	// Format is the format's name, as accepted by ParseFormat.
	Format Format
	// Extensions are the file name extensions that suggest the format.
	Extensions []string
	// MediaTypes are the HTTP content types that suggest the format.
	MediaTypes []string
	// Description says in a few words what the format holds.
	Description string
}

// Formats describes the formats a Reader reads, in a fixed order.
// The caller may modify the returned slice.
func Formats() []FormatInfo {
	return []FormatInfo{
		{Text, []string{".txt", ".text", ".md"}, []string{"text/plain", "text/markdown"},
			"plain text, one article; optional Title:, Date:, URL:, Outlet:/Source: header lines; first line is the title when it looks like a headline"},
		{HTML, []string{".html", ".htm", ".xhtml"}, []string{"text/html", "application/xhtml+xml"},
			"a web page; main text, title and date extracted, boilerplate removed"},
		{JSONL, []string{".jsonl", ".ndjson", ".json"}, []string{"application/x-ndjson", "application/jsonl", "application/json"},
			"JSON lines (or a JSON array) of objects with the fields id, url, outlet, published, title, text"},
		{CSV, []string{".csv", ".tsv"}, []string{"text/csv", "text/tab-separated-values"},
			"CSV (comma, tab or semicolon) with a header row naming the JSON lines fields; text is required"},
		{Feed, []string{".xml", ".rss", ".atom", ".rdf"}, []string{"application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml", "text/xml"},
			"an RSS, Atom or JSON Feed; one article an item, outlet from the feed title"},
	}
}

// ParseFormat returns the Format named by s: one of the names in Formats,
// or a common alias such as "txt", "ndjson", "rss", "atom" or "tsv". The
// empty string yields the empty Format, which means "choose by name and
// content".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return "", nil
	case "text", "txt", "plain", "md", "markdown":
		return Text, nil
	case "html", "htm", "xhtml":
		return HTML, nil
	case "jsonl", "ndjson", "json", "jsonlines":
		return JSONL, nil
	case "csv", "tsv":
		return CSV, nil
	case "feed", "rss", "atom", "xml", "rdf":
		return Feed, nil
	}
	return "", fmt.Errorf("unknown format %q (want text, html, jsonl, csv or feed)", s)
}

// hint is what an input's name or HTTP content type says of its format.
type hint struct {
	format  Format // "" when the name says nothing
	charset string // from a Content-Type, lower case
	mtype   string // the media type of a Content-Type, lower case
}

// hintFromName returns the format suggested by a file name's extension,
// ignoring a final ".gz".
func hintFromName(name string) hint {
	ext := strings.ToLower(path.Ext(name))
	if ext == ".gz" {
		ext = strings.ToLower(path.Ext(strings.TrimSuffix(name, name[len(name)-3:])))
	}
	for _, fi := range Formats() {
		for _, e := range fi.Extensions {
			if e == ext {
				return hint{format: fi.Format}
			}
		}
	}
	return hint{}
}

// hintFromContentType returns the format suggested by an HTTP Content-Type,
// falling back to the URL path's extension.
func hintFromContentType(ct, urlPath string) hint {
	h := hintFromName(urlPath)
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return h
	}
	h.mtype = strings.ToLower(mt)
	h.charset = strings.ToLower(params["charset"])
	for _, fi := range Formats() {
		for _, m := range fi.MediaTypes {
			if m == h.mtype {
				// Generic types say less than the URL's extension.
				if (m == "text/plain" || m == "application/xml" || m == "text/xml" || m == "application/json") && h.format != "" {
					return h
				}
				h.format = fi.Format
				return h
			}
		}
	}
	return h
}

// sniffLen is how many leading bytes are examined to choose a format.
const sniffLen = 8 << 10

// choose picks the format of an input from the forced format, its first
// bytes and the hint. A clear signal in the content wins over the name,
// the name wins over a weak guess.
func choose(forced Format, head []byte, h hint) Format {
	if forced != "" {
		return forced
	}
	if f, strong := sniff(head); strong || h.format == "" {
		return f
	}
	return h.format
}

// Sniff reports the format that the leading bytes of an input suggest,
// ignoring its name: JSON lines for a leading JSON object or array of
// objects, Feed for an RSS, Atom, RDF or JSON Feed root (or other XML),
// HTML for a document that starts with markup, CSV for a header row that
// names a text column, and Text otherwise. It examines at most the first
// 8 KiB.
func Sniff(head []byte) Format {
	f, _ := sniff(head)
	return f
}

// sniff is Sniff that also reports whether the signal is strong enough to
// override a file's extension.
func sniff(head []byte) (Format, bool) {
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	s := bytes.TrimLeft(head, " \t\r\n\f")
	if len(s) == 0 {
		return Text, false
	}
	switch s[0] {
	case '{':
		if isJSONFeed(s) {
			return Feed, true
		}
		// A JSON object that is a whole line, or an object key: JSON lines.
		line := s
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		line = bytes.TrimRight(line, " \t\r")
		rest := bytes.TrimLeft(s[1:], " \t\r\n")
		if bytes.HasSuffix(line, []byte("}")) || (len(rest) > 0 && rest[0] == '"') {
			return JSONL, true
		}
		return Text, false
	case '[':
		// A JSON array of objects.
		if rest := bytes.TrimLeft(s[1:], " \t\r\n"); len(rest) > 0 && (rest[0] == '{' || rest[0] == ']') {
			return JSONL, true
		}
		return Text, false
	case '<':
		return sniffMarkup(s)
	}
	if isCSVHeader(s) {
		return CSV, true
	}
	return Text, false
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// isJSONFeed reports whether s starts a JSON Feed document
// (https://jsonfeed.org), whose version names jsonfeed.org.
func isJSONFeed(s []byte) bool {
	i := bytes.Index(s, []byte(`"version"`))
	if i < 0 || i > 512 {
		return false
	}
	return bytes.Contains(s[i:min(len(s), i+80)], []byte("jsonfeed.org"))
}

// sniffMarkup classifies a document that starts with '<' by its first
// element, skipping an XML declaration, comments, processing instructions
// and a doctype.
func sniffMarkup(s []byte) (Format, bool) {
	xmlDecl := false
	for range 64 {
		s = bytes.TrimLeft(s, " \t\r\n\f")
		switch {
		case len(s) == 0:
			return HTML, false
		case bytes.HasPrefix(s, []byte("<?")):
			xmlDecl = true
			i := bytes.Index(s, []byte("?>"))
			if i < 0 {
				return Feed, false
			}
			s = s[i+2:]
		case bytes.HasPrefix(s, []byte("<!--")):
			i := bytes.Index(s, []byte("-->"))
			if i < 0 {
				return HTML, false
			}
			s = s[i+3:]
		case len(s) >= 9 && bytes.EqualFold(s[:9], []byte("<!doctype")):
			i := bytes.IndexByte(s, '>')
			if i < 0 {
				i = len(s)
			}
			if bytes.Contains(bytes.ToLower(s[:i]), []byte("html")) {
				return HTML, true
			}
			s = s[i:]
			if len(s) > 0 {
				s = s[1:]
			}
		case bytes.HasPrefix(s, []byte("<")):
			name := s[1:]
			end := bytes.IndexAny(name, " \t\r\n/>")
			if end < 0 {
				end = len(name)
			}
			name = bytes.ToLower(name[:end])
			switch {
			case bytes.Equal(name, []byte("rss")), bytes.Equal(name, []byte("feed")),
				bytes.Equal(name, []byte("rdf:rdf")), bytes.HasSuffix(name, []byte(":rss")),
				bytes.HasSuffix(name, []byte(":feed")):
				return Feed, true
			case len(name) == 0:
				return Text, false
			case atom.Lookup(name) != 0:
				return HTML, true
			case xmlDecl:
				return Feed, false // some other XML: a feed if the name says so
			}
			return HTML, false
		default:
			return HTML, false
		}
	}
	return HTML, false
}

// articleFields are the column names of CSV and the keys of JSON lines.
var articleFields = []string{"id", "url", "outlet", "published", "title", "text"}

// isCSVHeader reports whether the first line of s is a CSV or TSV header
// that names a text column and at least one other article field.
func isCSVHeader(s []byte) bool {
	line := s
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	if len(line) > 1024 {
		return false
	}
	cr := csv.NewReader(bytes.NewReader(line))
	cr.Comma = csvComma(line)
	rec, err := cr.Read()
	if err != nil || len(rec) < 2 {
		return false
	}
	hasText, known := false, 0
	for _, f := range rec {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "text" {
			hasText = true
		}
		for _, k := range articleFields {
			if f == k {
				known++
				break
			}
		}
	}
	return hasText && known >= 2
}

// csvComma returns the field separator that a CSV header line uses: a
// comma, a tab or a semicolon, whichever occurs most (commas on a tie).
func csvComma(header []byte) rune {
	comma, most := ',', bytes.Count(header, []byte(","))
	for _, c := range []rune{'\t', ';'} {
		if n := bytes.Count(header, []byte(string(c))); n > most {
			comma, most = c, n
		}
	}
	return comma
}

// binaryAt reports whether head looks like binary data rather than text,
// and where: the offset of a NUL byte, or 0 for a known binary signature.
func binaryAt(head []byte) (int, bool) {
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return i, true
	}
	switch ct := http.DetectContentType(head); {
	case ct == "application/octet-stream",
		strings.HasPrefix(ct, "image/"), strings.HasPrefix(ct, "audio/"),
		strings.HasPrefix(ct, "video/"), strings.HasPrefix(ct, "font/"),
		ct == "application/pdf", ct == "application/zip",
		ct == "application/x-rar-compressed", ct == "application/wasm",
		ct == "application/vnd.ms-fontobject", ct == "application/postscript":
		return 0, true
	}
	return 0, false
}
