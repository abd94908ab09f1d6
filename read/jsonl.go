package read

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"dyad"
)

// jsonArticle is one JSON line. Fields that may hold a string or a number
// (id, published) are kept raw and converted by hand.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	URL       *string         `json:"url"`
	Outlet    *string         `json:"outlet"`
	Published json.RawMessage `json:"published"`
	Title     *string         `json:"title"`
	Text      *string         `json:"text"`
}

// readJSONL reads JSON lines: one object a line, blank lines skipped.
// A bad line yields an error and reading goes on with the next line. Input
// that starts with "[" is read as a JSON array of the same objects.
func (r *Reader) readJSONL(ctx context.Context, in *input, yield func(dyad.Article, error) bool) {
	if head, _ := in.br.Peek(sniffLen); firstByte(head) == '[' {
		r.readJSONArray(ctx, in, yield)
		return
	}
	var (
		lineNo int
		offset int64 // of the current line's first byte
		buf    []byte
		limit  = r.opts.MaxArticleBytes
	)
	for {
		if lineNo&63 == 0 && canceled(ctx, in.name, yield) {
			return
		}
		line, n, tooLong, err := readLine(in.br, &buf, limit)
		lineNo++
		start := offset
		offset += n
		if err != nil && err != io.EOF {
			yield(dyad.Article{}, &Error{Input: in.name, Line: lineNo, Offset: start, Err: readError(err)})
			return
		}
		if n == 0 && err == io.EOF {
			return
		}
		switch {
		case tooLong:
			if !yield(dyad.Article{}, &Error{Input: in.name, Line: lineNo, Offset: start,
				Err: fmt.Errorf("line %w: over the article cap of %d bytes", ErrTooLarge, limit)}) {
				return
			}
		case len(bytes.TrimSpace(line)) == 0:
			// Blank lines are skipped.
		default:
			a, perr := r.parseJSONLine(in.name, lineNo, start, line)
			if !yield(a, perr) {
				return
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// readLine reads one line from br into *buf (reused between calls) and
// returns it without its line ending. n counts every byte consumed. A line
// longer than limit is consumed but not kept, and tooLong is set.
func readLine(br *bufio.Reader, buf *[]byte, limit int64) (line []byte, n int64, tooLong bool, err error) {
	*buf = (*buf)[:0]
	for {
		chunk, e := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !tooLong {
			if int64(len(*buf)+len(chunk)) > limit+2 { // +2 for "\r\n"
				tooLong = true
				*buf = (*buf)[:0]
			} else if e == nil && len(*buf) == 0 {
				// The common case: the whole line is in br's buffer.
				line = chunk
			} else {
				*buf = append(*buf, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if line == nil {
			line = *buf
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if tooLong {
			line = nil
		} else if int64(len(line)) > limit {
			tooLong, line = true, nil
		}
		return line, n, tooLong, e
	}
}

// parseJSONLine turns one JSON line into an article or an *Error.
func (r *Reader) parseJSONLine(name string, lineNo int, offset int64, line []byte) (dyad.Article, error) {
	if lineNo == 1 {
		line = bytes.TrimPrefix(line, utf8BOM)
	}
	if err := checkUTF8(name, line, lineNo, offset); err != nil {
		return dyad.Article{}, err
	}
	a, err := r.jsonArticle(line, name+":"+strconv.Itoa(lineNo))
	if err != nil {
		return dyad.Article{}, &Error{Input: name, Line: lineNo, Offset: offset, Err: err}
	}
	return a, nil
}

// jsonArticle turns one JSON object into an article.
func (r *Reader) jsonArticle(data []byte, origin string) (dyad.Article, error) {
	var ja jsonArticle
	if err := json.Unmarshal(data, &ja); err != nil {
		return dyad.Article{}, jsonError(err)
	}
	a := dyad.Article{
		URL:    deref(ja.URL),
		Outlet: deref(ja.Outlet),
		Title:  deref(ja.Title),
		Text:   deref(ja.Text),
		Origin: origin,
	}
	if ja.Text == nil {
		return dyad.Article{}, fmt.Errorf("%w: missing field \"text\"", ErrNoText)
	}
	id, err := rawID(ja.ID)
	if err != nil {
		return dyad.Article{}, err
	}
	a.ID = id
	if a.Published, err = rawTime(ja.Published); err != nil {
		return dyad.Article{}, fmt.Errorf("published: %w", err)
	}
	if err := r.finish(&a); err != nil {
		return dyad.Article{}, err
	}
	return a, nil
}

// readJSONArray reads a JSON array of article objects, as a whole
// document (capped by MaxInputBytes). A bad element yields an error and
// reading goes on with the next; a syntax error ends the array.
func (r *Reader) readJSONArray(ctx context.Context, in *input, yield func(dyad.Article, error) bool) {
	data, err := readAll(in, r.opts.MaxInputBytes, "JSON array")
	if err != nil {
		yield(dyad.Article{}, err)
		return
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if err := checkUTF8(in.name, data, 1, 0); err != nil {
		yield(dyad.Article{}, err)
		return
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	syntax := func(off int64, err error) (int64, error) {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return se.Offset, fmt.Errorf("invalid JSON: %s", strings.Replace(se.Error(), "unexpected end of JSON input", "unexpected end of input", 1))
		}
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return int64(len(data)), fmt.Errorf("invalid JSON: %w array", ErrTruncated)
		}
		return off, jsonError(err)
	}
	fail := func(off int64, err error) bool {
		line := 1 + bytes.Count(data[:min(off, int64(len(data)))], []byte("\n"))
		return yield(dyad.Article{}, &Error{Input: in.name, Line: line, Offset: off, Err: err})
	}
	if _, err := dec.Token(); err != nil { // the opening bracket
		fail(syntax(dec.InputOffset(), err))
		return
	}
	for n := 1; dec.More(); n++ {
		if n&63 == 0 && canceled(ctx, in.name, yield) {
			return
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			fail(syntax(dec.InputOffset(), err))
			return
		}
		// The element starts at the first non-space byte before the end.
		start := dec.InputOffset() - int64(len(raw))
		if int64(len(raw)) > r.opts.MaxArticleBytes {
			if !fail(start, fmt.Errorf("element %d %w: over the article cap of %d bytes", n, ErrTooLarge, r.opts.MaxArticleBytes)) {
				return
			}
			continue
		}
		line := 1 + bytes.Count(data[:start], []byte("\n"))
		a, err := r.jsonArticle(raw, in.name+":"+strconv.Itoa(line))
		if err != nil {
			if !fail(start, fmt.Errorf("element %d: %w", n, err)) {
				return
			}
			continue
		}
		if !yield(a, nil) {
			return
		}
	}
	if _, err := dec.Token(); err != nil { // the closing bracket
		fail(syntax(dec.InputOffset(), err))
	}
}

// firstByte returns the first byte of b after a BOM and white space, or 0.
func firstByte(b []byte) byte {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, utf8BOM), " \t\r\n")
	if len(b) == 0 {
		return 0
	}
	return b[0]
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// jsonError rewords an encoding/json error for people.
func jsonError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		msg := strings.Replace(se.Error(), "unexpected end of JSON input", "unexpected end of input", 1)
		if msg == "unexpected end of input" {
			return fmt.Errorf("invalid JSON: %s", msg)
		}
		return fmt.Errorf("invalid JSON at column %d: %s", se.Offset, msg)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Errorf("invalid JSON: want an object, not %s", te.Value)
		}
		return fmt.Errorf("invalid JSON: field %q is %s, want %s", te.Field, te.Value, te.Type)
	}
	return fmt.Errorf("invalid JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// rawID converts a JSON string or number id to a string.
func rawID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("id: %w", jsonError(err))
		}
		return s, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", errors.New("invalid JSON: field \"id\" must be a string or a number")
}

// rawTime converts a JSON published value (a date string, unix seconds as
// a number, or null) to a time.
func rawTime(raw json.RawMessage) (time.Time, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return time.Time{}, nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return time.Time{}, jsonError(err)
		}
		if strings.TrimSpace(s) == "" {
			return time.Time{}, nil
		}
		return ParseDate(s)
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		if bytes.ContainsAny(raw, "eE") {
			// 1.7e9: a float in exponent form.
			f, err := strconv.ParseFloat(string(raw), 64)
			if err != nil || f < -1e11 || f > 1e11 {
				return time.Time{}, fmt.Errorf("invalid unix time %s", raw)
			}
			raw = strconv.AppendFloat(nil, f, 'f', -1, 64)
		}
		return parseUnix(string(raw))
	}
	return time.Time{}, errors.New("want a date string or unix seconds")
}
