package read

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"dyad"
)

// readHTML reads a web page as one article: its main text without the
// boilerplate, its title, date, outlet (site name) and canonical URL.
func (r *Reader) readHTML(ctx context.Context, in *input, yield func(dyad.Article, error) bool) {
	if canceled(ctx, in.name, yield) {
		return
	}
	data, err := readAll(in, r.opts.MaxInputBytes, "page")
	if err != nil {
		yield(dyad.Article{}, err)
		return
	}
	if !in.decoded {
		if data, err = htmlToUTF8(in.name, data); err != nil {
			yield(dyad.Article{}, err)
			return
		}
	}
	a, err := r.extractHTML(in.url, data)
	if err != nil {
		yield(dyad.Article{}, &Error{Input: in.name, Err: err})
		return
	}
	a.Origin = in.name
	yield(a, nil)
}

// htmlToUTF8 returns a page as UTF-8. A page that declares a charset in a
// meta tag is decoded from it; one that declares none must be UTF-8.
func htmlToUTF8(name string, data []byte) ([]byte, error) {
	head := data[:min(len(data), 1024)]
	enc, encName, _ := charset.DetermineEncoding(head, "text/html")
	declared := bytes.Contains(bytes.ToLower(head), []byte("charset"))
	if encName == "utf-8" || !declared {
		if err := checkUTF8(name, data, 1, 0); err != nil {
			return nil, err
		}
		return data, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, &Error{Input: name, Err: fmt.Errorf("decode %s: %w", encName, err)}
	}
	return out, nil
}

// minPageWords is the fewest words of main text that make a page an
// article.
const minPageWords = 5

// extractHTML runs go-trafilatura over a page. A panic in it becomes an
// error.
func (r *Reader) extractHTML(pageURL string, data []byte) (a dyad.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = dyad.Article{}, fmt.Errorf("HTML extraction failed: %v", p)
		}
	}()
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	}
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil {
			opts.OriginalURL = u
		}
	}
	// The page is UTF-8 by now: parse it here, since trafilatura.Extract
	// would guess the encoding again. The parser refuses elements nested
	// over 512 deep, which keeps the extractor's recursion bounded.
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return dyad.Article{}, fmt.Errorf("HTML: %w", err)
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return dyad.Article{}, fmt.Errorf("HTML: %w", err)
	}
	// A page with no article (a list of links, say) leaves a few words of
	// boilerplate.
	if res == nil || len(strings.Fields(res.ContentText)) < minPageWords {
		return dyad.Article{}, fmt.Errorf("%w: no main text found in the page", ErrNoText)
	}
	a = dyad.Article{
		URL:    pageURL,
		Outlet: res.Metadata.Sitename,
		Title:  strings.TrimSpace(res.Metadata.Title),
		Text:   res.ContentText,
	}
	if res.ContentNode != nil {
		// Rendering keeps the paragraphs that ContentText runs together.
		var b strings.Builder
		if err := html.Render(&b, res.ContentNode); err == nil {
			if t := htmlToText(b.String()); t != "" {
				a.Text = t
			}
		}
	}
	if a.Title != "" {
		// The page's own headline often opens the main text.
		if rest, ok := strings.CutPrefix(a.Text, a.Title+"\n"); ok && strings.TrimSpace(rest) != "" {
			a.Text = rest
		}
	}
	if u := res.Metadata.URL; u != "" && (strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://")) {
		a.URL = u
	}
	// The page's metadata keeps the time and zone that go-htmldate drops.
	if t, ok := pagePublished(data); ok {
		a.Published = t
	} else if d := res.Metadata.Date; !d.IsZero() {
		a.Published, _ = fixZone(d, false)
	}
	if err := r.finish(&a); err != nil {
		return dyad.Article{}, err
	}
	return a, nil
}

// htmlToText returns the text of an HTML fragment (such as a feed item's
// description): tags dropped, entities decoded, scripts and styles
// skipped, block elements set apart as paragraphs, runs of spaces folded.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return tidyText(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidyText(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch a := atom.Lookup(name); a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case atom.Br:
				b.WriteByte('\n')
			case atom.Td, atom.Th:
				b.WriteByte(' ')
			case atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
				atom.Blockquote, atom.Tr, atom.Section, atom.Article, atom.Header, atom.Footer,
				atom.Table, atom.Ul, atom.Ol, atom.Pre, atom.Figure, atom.Figcaption, atom.Hr, atom.Dd, atom.Dt:
				b.WriteString("\n\n")
			}
		}
	}
}

// tidyText folds runs of spaces within lines, drops spaces at line ends,
// keeps at most one blank line between paragraphs, and trims the ends.
func tidyText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	newlines, space := 0, false
	for _, r := range s {
		switch {
		case r == '\n':
			newlines++
			space = false
		case unicode.IsSpace(r):
			space = true
		default:
			if b.Len() > 0 {
				if newlines > 0 {
					b.WriteString("\n\n"[:min(newlines, 2)])
				} else if space {
					b.WriteByte(' ')
				}
			}
			newlines, space = 0, false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// publishedMeta are the names of meta tags (in name, property or itemprop)
// that hold a page's publication time, in order of preference.
var publishedMeta = []string{
	"article:published_time", "og:article:published_time", "og:published_time",
	"datepublished", "publishdate", "publish-date", "pubdate", "parsely-pub-date",
	"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date",
}

// jsonLDPublished finds a datePublished value in JSON-LD.
var jsonLDPublished = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{1,64})"`)

// pagePublished returns the publication time named in a page's meta tags
// or JSON-LD, with its zone, if it names one that ParseDate reads.
func pagePublished(data []byte) (time.Time, bool) {
	found := map[string]string{}
	z := html.NewTokenizer(bytes.NewReader(data))
scan:
	for range 10000 {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			break scan
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Body {
				break scan
			}
			if a != atom.Meta || !hasAttr {
				continue
			}
			var key, content string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "name", "property", "itemprop":
					key = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if key != "" && content != "" {
				if _, dup := found[key]; !dup {
					found[key] = content
				}
			}
		}
	}
	for _, k := range publishedMeta {
		if v, ok := found[k]; ok {
			if t, err := ParseDate(v); err == nil {
				return t, true
			}
		}
	}
	if m := jsonLDPublished.FindSubmatch(data); m != nil {
		if t, err := ParseDate(string(m[1])); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
