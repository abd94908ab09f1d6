package dict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// maxLine is the longest line the readers accept; longer lines are cut
// with a warning.
const maxLine = 64 << 10

// lineReader returns the meaningful lines of a dictionary file: comments
// and blank lines removed, surrounding space trimmed.
type lineReader struct {
	br        *bufio.Reader
	n         int // number of the last line read
	inComment bool
	err       error
	ps        *problems
}

func newLineReader(r io.Reader, ps *problems) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 64<<10), ps: ps}
}

// raw returns the next physical line without its line ending.
func (lr *lineReader) raw() (string, bool) {
	if lr.err != nil {
		return "", false
	}
	var sb []byte
	cut := false
	for {
		chunk, isPrefix, err := lr.br.ReadLine()
		if err != nil {
			if err != io.EOF {
				lr.err = fmt.Errorf("%s:%d: %w", lr.ps.file, lr.n+1, err)
			} else {
				lr.err = io.EOF
			}
			if len(sb) > 0 || cut {
				lr.n++
				return string(sb), true
			}
			return "", false
		}
		if len(sb)+len(chunk) > maxLine {
			if !cut {
				cut = true
				sb = append(sb, chunk[:maxLine-len(sb)]...)
			}
		} else {
			sb = append(sb, chunk...)
		}
		if !isPrefix {
			break
		}
	}
	lr.n++
	if cut {
		lr.ps.add(lr.n, "line longer than %d bytes cut", maxLine)
	}
	return string(sb), true
}

// next returns the next meaningful line and its number.
func (lr *lineReader) next() (string, int, bool) {
	for {
		s, ok := lr.raw()
		if !ok {
			return "", 0, false
		}
		s = lr.stripComments(s)
		s = strings.TrimSpace(s)
		if s != "" {
			return s, lr.n, true
		}
	}
}

// stripComments removes XML-style comments (possibly continuing from
// earlier lines) and "#" or ";" comments.
func (lr *lineReader) stripComments(s string) string {
	var b strings.Builder
	for s != "" {
		if lr.inComment {
			i := strings.Index(s, "-->")
			if i < 0 {
				return b.String()
			}
			s = s[i+3:]
			lr.inComment = false
			continue
		}
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i+4:]
		lr.inComment = true
	}
	out := b.String()
	if i := strings.IndexAny(out, "#;"); i >= 0 {
		out = out[:i]
	}
	return out
}

// error returns the I/O error that stopped the reader, if any.
func (lr *lineReader) error() error {
	if lr.err == io.EOF {
		return nil
	}
	return lr.err
}

// words splits a phrase on blanks and underscores, upper-cases it and drops
// empty words.
func words(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
	for i, w := range f {
		f[i] = strings.ToUpper(w)
	}
	if len(f) == 0 {
		return nil
	}
	return f
}

// brackets splits s into the text outside square brackets and the contents
// of each bracket pair, in order. An unclosed "[" takes the rest of the
// line (or up to a stray "}"), and is reported through bad.
func brackets(s string) (outside string, inside []string, bad string) {
	var out strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		j := strings.IndexByte(s, ']')
		if j >= 0 && (i < 0 || j < i) {
			bad = "unbalanced bracket: ']' without '['"
			out.WriteString(s[:j])
			s = s[j+1:]
			continue
		}
		if i < 0 {
			out.WriteString(s)
			return out.String(), inside, bad
		}
		out.WriteString(s[:i])
		s = s[i+1:]
		j = strings.IndexByte(s, ']')
		if j < 0 {
			bad = "unbalanced bracket: '[' without ']'"
			if k := strings.IndexByte(s, '}'); k >= 0 {
				inside = append(inside, s[:k])
				s = s[k+1:]
				continue
			}
			inside = append(inside, s)
			return out.String(), inside, bad
		}
		inside = append(inside, s[:j])
		s = s[j+1:]
	}
}
