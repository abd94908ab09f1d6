package read

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"dyad"
)

// input is one opened input on its way to a format reader.
type input struct {
	name string        // for errors and origins
	url  string        // the URL of a fetched page, or ""
	br   *bufio.Reader // the content, positioned after any BOM
	h    hint
	// decoded is set when the content was transcoded to UTF-8, so that
	// a charset declared inside it no longer applies.
	decoded bool
}

// bufSize is the buffer size of the readers over an input.
const bufSize = 64 << 10

// readStream sniffs src and hands it to the reader for its format.
func (r *Reader) readStream(ctx context.Context, name, url string, src io.Reader, h hint, yield func(dyad.Article, error) bool) {
	r.readStreamDepth(ctx, name, url, src, h, 0, yield)
}

func (r *Reader) readStreamDepth(ctx context.Context, name, url string, src io.Reader, h hint, depth int, yield func(dyad.Article, error) bool) {
	fail := func(off int64, err error) { yield(dyad.Article{}, &Error{Input: name, Offset: off, Err: err}) }
	br := bufio.NewReaderSize(src, bufSize)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		fail(0, readError(err))
		return
	}
	if len(head) == 0 {
		fail(0, fmt.Errorf("%w: no bytes", ErrEmpty))
		return
	}
	switch {
	case depth == 0 && len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b:
		zr, err := gzip.NewReader(br)
		if err != nil {
			fail(0, fmt.Errorf("gzip: %w", err))
			return
		}
		defer zr.Close()
		r.readStreamDepth(ctx, name, url, zr, h, depth+1, yield)
		return
	case depth < 2 && (bytes.HasPrefix(head, []byte{0xFE, 0xFF}) || bytes.HasPrefix(head, []byte{0xFF, 0xFE})):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		h.charset = ""
		r.readStreamDepth(ctx, name, url, transform.NewReader(br, dec), h, 2, yield)
		return
	}
	if bytes.HasPrefix(head, utf8BOM) {
		br.Discard(len(utf8BOM))
		head = head[len(utf8BOM):]
	}
	if i, bin := binaryAt(head); bin {
		if i > 0 {
			fail(0, fmt.Errorf("%w (NUL byte at offset %d), not text", ErrBinary, i))
		} else {
			fail(0, fmt.Errorf("%w, not text", ErrBinary))
		}
		return
	}
	if len(head) < sniffLen && len(bytes.TrimSpace(head)) == 0 {
		fail(0, fmt.Errorf("%w: only white space", ErrEmpty))
		return
	}
	f := choose(r.opts.Format, head, h)
	in := &input{name: name, url: url, br: br, h: h, decoded: depth == 2}
	// A charset named by an HTTP Content-Type applies, except to feeds,
	// whose XML declaration names their encoding.
	if cs := h.charset; cs != "" && !isUTF8Name(cs) && f != Feed && depth < 2 {
		enc, _ := charset.Lookup(cs)
		if enc == nil {
			fail(0, fmt.Errorf("unknown charset %q", cs))
			return
		}
		in.br = bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), bufSize)
		in.decoded = true
	}
	switch f {
	case JSONL:
		r.readJSONL(ctx, in, yield)
	case CSV:
		r.readCSV(ctx, in, yield)
	case Feed:
		r.readFeed(ctx, in, yield)
	case HTML:
		r.readHTML(ctx, in, yield)
	case Text:
		r.readText(ctx, in, yield)
	default:
		fail(0, fmt.Errorf("unknown format %q", f))
	}
}

// readAll reads the rest of in, failing with ErrTooLarge past limit bytes.
// what names the thing being read in the error.
func readAll(in *input, limit int64, what string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(in.br, limit+1))
	if err != nil {
		return nil, &Error{Input: in.name, Offset: int64(len(data)), Err: readError(err)}
	}
	if int64(len(data)) > limit {
		return nil, &Error{Input: in.name, Err: fmt.Errorf("%s %w: over the cap of %d bytes", what, ErrTooLarge, limit)}
	}
	return data, nil
}

// readError wraps an error met while reading an input. The size cap of a
// fetched body needs no wrapping.
func readError(err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	return fmt.Errorf("read: %w", err)
}

// checkUTF8 returns an *Error naming the line and column of the first
// invalid UTF-8 in data, which starts at line firstLine and byte offset
// base of the input; it returns nil if data is valid.
func checkUTF8(name string, data []byte, firstLine int, base int64) error {
	if utf8.Valid(data) {
		return nil
	}
	off := invalidUTF8At(data)
	line := firstLine + bytes.Count(data[:off], []byte("\n"))
	col := off - (bytes.LastIndexByte(data[:off], '\n') + 1) + 1
	return &Error{Input: name, Line: line, Offset: base + int64(off),
		Err: fmt.Errorf("%w at column %d (byte offset %d)", ErrInvalidUTF8, col, base+int64(off))}
}

// invalidUTF8At returns the offset of the first invalid UTF-8 sequence in
// b, or len(b).
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// finish fills in an article's defaults, checks it, and calls Finish. It
// returns an error (without the input's name) when the article cannot be
// kept.
func (r *Reader) finish(a *dyad.Article) error {
	a.ID = strings.TrimSpace(a.ID)
	a.URL = strings.TrimSpace(a.URL)
	a.Outlet = strings.TrimSpace(a.Outlet)
	a.Title = strings.TrimSpace(a.Title)
	a.Text = strings.TrimSpace(a.Text)
	if a.Outlet == "" {
		a.Outlet = r.opts.Outlet
	}
	if a.Published.IsZero() {
		a.Published = r.opts.Published
	}
	if a.Text == "" {
		return ErrNoText
	}
	if n := int64(len(a.Text) + len(a.Title)); n > r.opts.MaxArticleBytes {
		return fmt.Errorf("article %w: %d bytes, over the cap of %d bytes", ErrTooLarge, n, r.opts.MaxArticleBytes)
	}
	for _, f := range [...]struct{ name, v string }{{"id", a.ID}, {"url", a.URL}, {"outlet", a.Outlet}, {"title", a.Title}, {"text", a.Text}} {
		if !utf8.ValidString(f.v) {
			return fmt.Errorf("%s: %w", f.name, ErrInvalidUTF8)
		}
	}
	if err := checkTime(a.Published); err != nil {
		return fmt.Errorf("published: %w", err)
	}
	a.Finish()
	return nil
}

// checkTime rejects times that cannot be written as RFC 3339.
func checkTime(t time.Time) error {
	if t.IsZero() {
		return nil
	}
	if y := t.Year(); y < 1 || y > 9999 {
		return fmt.Errorf("year %d out of range", y)
	}
	if _, off := t.Zone(); off <= -24*3600 || off >= 24*3600 {
		return errors.New("zone offset out of range")
	}
	return nil
}

// canceled reports whether ctx is done, yielding its error if so.
func canceled(ctx context.Context, name string, yield func(dyad.Article, error) bool) bool {
	if err := ctx.Err(); err != nil {
		yield(dyad.Article{}, &Error{Input: name, Err: err})
		return true
	}
	return false
}
