package read

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// readText reads a plain text file as one article.
func (r *Reader) readText(ctx context.Context, in *input, yield func(dyad.Article, error) bool) {
	if canceled(ctx, in.name, yield) {
		return
	}
	data, err := readAll(in, r.opts.MaxArticleBytes, "article")
	if err != nil {
		yield(dyad.Article{}, err)
		return
	}
	if err := checkUTF8(in.name, data, 1, 0); err != nil {
		yield(dyad.Article{}, err)
		return
	}
	a, err := r.parseText(in.name, string(data))
	if err != nil {
		yield(dyad.Article{}, err)
		return
	}
	if a.URL == "" {
		a.URL = in.url
	}
	yield(a, nil)
}

// textHeaders maps the header names of a text file, in lower case, to the
// article field they set.
var textHeaders = map[string]string{
	"title": "title", "headline": "title",
	"date": "date", "published": "date",
	"url": "url", "link": "url",
	"outlet": "outlet", "source": "outlet",
	"id": "id",
}

// parseText parses the text of one article: optional header lines, an
// optional headline, then the body.
func (r *Reader) parseText(name, s string) (dyad.Article, error) {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	a := dyad.Article{Origin: name}
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	// Header lines, up to the first line that is not one.
	headers := false
	for ; i < len(lines); i++ {
		key, val, ok := strings.Cut(lines[i], ":")
		field := textHeaders[strings.ToLower(strings.TrimSpace(key))]
		if !ok || field == "" || strings.TrimSpace(key) != key {
			break
		}
		val = strings.TrimSpace(val)
		headers = true
		switch field {
		case "title":
			a.Title = val
		case "url":
			a.URL = val
		case "outlet":
			a.Outlet = val
		case "id":
			a.ID = val
		case "date":
			if val == "" {
				continue
			}
			t, err := ParseDate(val)
			if err != nil {
				return dyad.Article{}, &Error{Input: name, Line: i + 1, Err: err}
			}
			a.Published = t
		}
	}
	if headers {
		for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
			i++
		}
	}
	// The headline, when the first line looks like one.
	if a.Title == "" && i < len(lines) {
		line := strings.TrimSpace(lines[i])
		heading := strings.HasPrefix(line, "#")
		if heading {
			line = strings.TrimSpace(strings.TrimLeft(line, "#"))
		}
		next, rest := "", false
		for _, l := range lines[i+1:] {
			if strings.TrimSpace(l) != "" {
				rest = true
				break
			}
		}
		if i+1 < len(lines) {
			next = strings.TrimSpace(lines[i+1])
		}
		if rest && (heading || looksLikeHeadline(line, next)) {
			a.Title = line
			i++
		}
	}
	a.Text = strings.Join(lines[i:], "\n")
	if err := r.finish(&a); err != nil {
		return dyad.Article{}, &Error{Input: name, Err: err}
	}
	return a, nil
}

// looksLikeHeadline reports whether line, followed by the line next (""
// for a blank line), reads as a headline: short, starting with a capital
// letter, digit or quote, not ending like a sentence or a clause, and set
// apart from the body by a blank line or by being much shorter than the
// body's first line.
func looksLikeHeadline(line, next string) bool {
	n := utf8.RuneCountInString(line)
	if n == 0 || n > 200 {
		return false
	}
	words := len(strings.Fields(line))
	if words > 30 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("\"'“‘«", first) && !unicode.Is(unicode.Lo, first) {
		return false
	}
	end := strings.TrimRight(line, "\"'”’»)]")
	last, _ := utf8.DecodeLastRuneInString(end)
	if strings.ContainsRune(".,;:…-–—", last) {
		return false
	}
	if next == "" {
		return true
	}
	// No blank line: the body's first line must be much longer, so that a
	// hard-wrapped paragraph is not cut in two.
	return words <= 20 && utf8.RuneCountInString(next) >= 2*n && utf8.RuneCountInString(next) > 60
}
