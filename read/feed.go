package read

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"

	"dyad"
)

// xmlEncoding finds the encoding named in an XML declaration.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']`)

// readFeed reads an RSS, Atom or JSON Feed document: one article an item.
// A bad item yields an error and reading goes on with the next item.
func (r *Reader) readFeed(ctx context.Context, in *input, yield func(dyad.Article, error) bool) {
	if canceled(ctx, in.name, yield) {
		return
	}
	data, err := readAll(in, r.opts.MaxInputBytes, "feed")
	if err != nil {
		yield(dyad.Article{}, err)
		return
	}
	head := data[:min(len(data), 256)]
	m := xmlEncoding.FindSubmatch(head)
	if cs := in.h.charset; m == nil && cs != "" && !isUTF8Name(cs) && !in.decoded {
		// No XML declaration of the encoding: the HTTP header's holds.
		if enc, _ := charset.Lookup(cs); enc != nil {
			if out, err := enc.NewDecoder().Bytes(data); err == nil {
				data = out
			}
		}
	}
	if m == nil || isUTF8Name(string(m[1])) {
		if err := checkUTF8(in.name, data, 1, 0); err != nil {
			yield(dyad.Article{}, err)
			return
		}
	}
	feed, err := parseFeed(data)
	if err != nil {
		yield(dyad.Article{}, feedError(in.name, data, err))
		return
	}
	outlet := strings.TrimSpace(htmlToText(feed.Title))
	for i, item := range feed.Items {
		if i&63 == 0 && canceled(ctx, in.name, yield) {
			return
		}
		if item == nil {
			continue
		}
		a, err := r.feedArticle(item, outlet)
		if err != nil {
			where := "item " + strconv.Itoa(i+1)
			if item.Link != "" {
				where += " (" + item.Link + ")"
			}
			err = &Error{Input: in.name, Err: fmt.Errorf("%s: %w", where, err)}
		} else {
			a.Origin = in.name + "#" + strconv.Itoa(i+1)
		}
		if !yield(a, err) {
			return
		}
	}
}

func isUTF8Name(s string) bool {
	s = strings.ToLower(s)
	return s == "utf-8" || s == "utf8" || s == "us-ascii" || s == "ascii"
}

// parseFeed runs gofeed over a document. A panic in it becomes an error.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err == nil && feed == nil {
		err = errors.New("no feed")
	}
	return feed, err
}

// feedError turns a gofeed error into an *Error with a line or offset.
func feedError(name string, data []byte, err error) error {
	e := &Error{Input: name}
	var (
		se  *xml.SyntaxError
		jse *json.SyntaxError
	)
	msg := err.Error()
	switch {
	case errors.Is(err, gofeed.ErrFeedTypeNotDetected):
		e.Err = errors.New("not an RSS, Atom or JSON feed")
	case errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(msg, "unexpected EOF") ||
		strings.Contains(msg, "unexpected end of JSON input") || strings.Contains(msg, "unexpected end"):
		e.Offset = int64(len(data))
		e.Err = fmt.Errorf("%w feed: %v", ErrTruncated, err)
	case errors.As(err, &se):
		e.Line = se.Line
		e.Err = fmt.Errorf("invalid feed: %s", se.Msg)
	case errors.As(err, &jse):
		e.Offset = jse.Offset
		e.Err = fmt.Errorf("invalid JSON feed: %w", err)
	default:
		e.Err = fmt.Errorf("invalid feed: %w", err)
	}
	return e
}

// feedArticle turns one feed item into an article.
func (r *Reader) feedArticle(item *gofeed.Item, outlet string) (dyad.Article, error) {
	a := dyad.Article{
		URL:    strings.TrimSpace(item.Link),
		Outlet: outlet,
		Title:  htmlToText(item.Title),
	}
	desc := htmlToText(item.Description)
	content := htmlToText(item.Content)
	a.Text = desc
	if len(content) > len(desc) {
		a.Text = content
	}
	// gofeed's parsed times are in UTC; parse the text again to keep the
	// zone.
	for _, d := range [...]struct {
		text   string
		parsed *time.Time
	}{{item.Published, item.PublishedParsed}, {item.Updated, item.UpdatedParsed}} {
		if t, err := ParseDate(d.text); err == nil {
			a.Published = t
			break
		}
		if d.parsed != nil {
			a.Published, _ = fixZone(*d.parsed, false)
			break
		}
		if strings.TrimSpace(d.text) != "" {
			return dyad.Article{}, fmt.Errorf("published: cannot parse date %q", d.text)
		}
	}
	if a.Text == "" {
		return dyad.Article{}, fmt.Errorf("%w: the item has no description or content", ErrNoText)
	}
	if err := r.finish(&a); err != nil {
		return dyad.Article{}, err
	}
	return a, nil
}
