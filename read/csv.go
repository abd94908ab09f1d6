package read

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"dyad"
)

// errRecordTooLarge stops the CSV parser inside a record over the cap.
var errRecordTooLarge = errors.New("CSV record over the cap")

// recordLimiter fails a read once more than limit bytes have been read
// since mark, so that one unterminated quoted field cannot fill memory.
type recordLimiter struct {
	r        io.Reader
	n        int64 // bytes read
	mark     int64 // offset of the current record's start
	limit    int64 // bytes allowed past mark, read-ahead included
	exceeded bool
}

func (l *recordLimiter) Read(p []byte) (int, error) {
	if l.n-l.mark > l.limit {
		l.exceeded = true
		return 0, errRecordTooLarge
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}

// readCSV reads CSV with a header row; the separator is a comma, a tab or
// a semicolon, whichever the header uses most. A bad row yields an error and
// reading goes on with the next row.
func (r *Reader) readCSV(ctx context.Context, in *input, yield func(dyad.Article, error) bool) {
	head, _ := in.br.Peek(sniffLen)
	first := head
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	comma := csvComma(first)
	// The limit leaves room for the csv.Reader's read-ahead.
	lim := &recordLimiter{r: in.br, limit: r.opts.MaxArticleBytes + 64<<10}
	cr := csv.NewReader(lim)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	fail := func(line int, off int64, err error) bool {
		return yield(dyad.Article{}, &Error{Input: in.name, Line: line, Offset: off, Err: err})
	}
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			fail(0, 0, fmt.Errorf("%w: no CSV header", ErrEmpty))
		} else {
			fail(1, 0, csvError(err, r.opts.MaxArticleBytes))
		}
		return
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	if _, ok := col["text"]; !ok {
		fail(1, 0, fmt.Errorf("CSV header has no %q column (want columns %s)", "text", strings.Join(articleFields, ", ")))
		return
	}
	nfields := len(header)
	for n := 0; ; n++ {
		if n&63 == 0 && canceled(ctx, in.name, yield) {
			return
		}
		start := cr.InputOffset()
		lim.mark = start
		rec, err := cr.Read()
		if err == io.EOF {
			return
		}
		line := 0
		if len(rec) > 0 {
			line, _ = cr.FieldPos(0)
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && pe.StartLine > 0 {
				line = pe.StartLine
			}
			if lim.exceeded || errors.Is(err, errRecordTooLarge) {
				fail(line, start, fmt.Errorf("CSV record %w: over the article cap of %d bytes; rest of input skipped", ErrTooLarge, r.opts.MaxArticleBytes))
				return
			}
			if !errors.As(err, &pe) {
				fail(line, start, readError(err))
				return
			}
			if !fail(line, start, csvError(err, r.opts.MaxArticleBytes)) {
				return
			}
			continue
		}
		if len(rec) != nfields {
			if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
				continue // a blank line
			}
			if !fail(line, start, fmt.Errorf("CSV row has %d fields, the header has %d", len(rec), nfields)) {
				return
			}
			continue
		}
		if !yield(r.csvArticle(in, col, rec, line, start, cr)) {
			return
		}
	}
}

// csvArticle turns one CSV record into an article or an *Error.
func (r *Reader) csvArticle(in *input, col map[string]int, rec []string, line int, off int64, cr *csv.Reader) (dyad.Article, error) {
	fail := func(err error) (dyad.Article, error) {
		return dyad.Article{}, &Error{Input: in.name, Line: line, Offset: off, Err: err}
	}
	get := func(name string) string {
		if i, ok := col[name]; ok {
			return rec[i]
		}
		return ""
	}
	for i, f := range rec {
		if !utf8.ValidString(f) {
			l, c := cr.FieldPos(i)
			b := invalidUTF8At([]byte(f))
			return dyad.Article{}, &Error{Input: in.name, Line: l, Offset: off,
				Err: fmt.Errorf("%w in field %d (starting at column %d), at byte %d of the field", ErrInvalidUTF8, i+1, c, b)}
		}
	}
	a := dyad.Article{
		ID:     get("id"),
		URL:    get("url"),
		Outlet: get("outlet"),
		Title:  get("title"),
		Text:   get("text"),
		Origin: in.name + ":" + strconv.Itoa(line),
	}
	if p := strings.TrimSpace(get("published")); p != "" {
		t, err := ParseDate(p)
		if err != nil {
			return fail(fmt.Errorf("published: %w", err))
		}
		a.Published = t
	}
	if err := r.finish(&a); err != nil {
		return fail(err)
	}
	return a, nil
}

// csvError rewords an encoding/csv error.
func csvError(err error, limit int64) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, errRecordTooLarge) {
			return fmt.Errorf("CSV record %w: over the article cap of %d bytes", ErrTooLarge, limit)
		}
		if pe.StartLine != pe.Line {
			return fmt.Errorf("invalid CSV: %v (at line %d, column %d)", pe.Err, pe.Line, pe.Column)
		}
		return fmt.Errorf("invalid CSV: %v (column %d)", pe.Err, pe.Column)
	}
	return fmt.Errorf("invalid CSV: %w", err)
}
