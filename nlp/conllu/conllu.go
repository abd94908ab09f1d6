// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies (https://universaldependencies.org/format.html) and converts
// between CoNLL-U sentences and dyad's document model, nlp.Doc.
//
// A Sentence keeps everything a CoNLL-U file can hold: comments, the basic
// words, multiword token ranges ("1-2") and empty nodes ("8.1"), so that
// reading and writing a well-formed file gives it back unchanged. Empty
// nodes belong to the enhanced representation and are skipped when a
// Sentence is converted to nlp tokens.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word: a line of CoNLL-U whose ID is an integer.
type Word struct {
	ID    int    // 1-based position in the sentence
	Form  string // word form
	Lemma string
	UPOS  string
	XPOS  string
	Feats string
	Head  int // 0 is the root; -1 when the HEAD column is "_"
	Rel   string
	Deps  string // enhanced dependencies, kept verbatim
	Misc  string
}

// MultiToken is a multiword token range such as "1-2 don't": a surface
// token that spans the words First to Last inclusive.
type MultiToken struct {
	First, Last int
	Form        string
	Misc        string
}

// EmptyNode is an empty node of the enhanced representation such as
// "8.1". It follows word After (0 for before the first word). Its columns
// are kept verbatim.
type EmptyNode struct {
	After, Sub int
	Cols       [9]string // FORM to MISC
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	Comments []string // comment lines, without the leading "#" and one following space
	Words    []Word
	Multi    []MultiToken
	Empty    []EmptyNode
}

// Text returns the value of the "# text = ..." comment, if any.
func (s *Sentence) Text() (string, bool) { return s.Comment("text") }

// ID returns the value of the "# sent_id = ..." comment, if any.
func (s *Sentence) ID() (string, bool) { return s.Comment("sent_id") }

// Comment returns the value of the comment "key = value" with the given key.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
		if !ok && strings.TrimSpace(c) == key {
			return "", true
		}
	}
	return "", false
}

// SetComment sets the comment "key = value", replacing an existing one.
func (s *Sentence) SetComment(key, value string) {
	line := key + " = " + value
	for i, c := range s.Comments {
		k, _, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			s.Comments[i] = line
			return
		}
	}
	s.Comments = append(s.Comments, line)
}

// MiscValue returns the value of key in a MISC column such as
// "SpaceAfter=No|TokenRange=0:6".
func MiscValue(misc, key string) (string, bool) {
	if misc == "" || misc == "_" {
		return "", false
	}
	for misc != "" {
		var item string
		item, misc, _ = strings.Cut(misc, "|")
		if k, v, ok := strings.Cut(item, "="); ok && k == key {
			return v, true
		}
	}
	return "", false
}

// SetMisc returns misc with key set to value, replacing an existing value;
// an empty value removes the key. The result is "_" when nothing is left.
func SetMisc(misc, key, value string) string {
	var out []string
	if misc != "" && misc != "_" {
		for _, item := range strings.Split(misc, "|") {
			if k, _, _ := strings.Cut(item, "="); k == key {
				continue
			}
			out = append(out, item)
		}
	}
	if value != "" {
		out = append(out, key+"="+value)
	}
	if len(out) == 0 {
		return "_"
	}
	return strings.Join(out, "|")
}

// SyntaxError reports a malformed CoNLL-U line.
type SyntaxError struct {
	Line int // 1-based line number
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("conllu: line %d: %s", e.Line, e.Msg)
}

// Reader reads CoNLL-U sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
	err  error
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc}
}

// Read returns the next sentence, or io.EOF after the last one. Errors
// other than io.EOF are *SyntaxError values naming the offending line, or
// errors of the underlying reader.
func (r *Reader) Read() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimSuffix(r.sc.Text(), "\r")
		if line == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if line[0] == '#' {
			c := line[1:]
			c = strings.TrimPrefix(c, " ")
			s.Comments = append(s.Comments, c)
			continue
		}
		if err := r.parseLine(s, line); err != nil {
			r.err = err
			return nil, err
		}
	}
	if err := r.sc.Err(); err != nil {
		r.err = fmt.Errorf("conllu: line %d: %w", r.line+1, err)
		return nil, r.err
	}
	r.err = io.EOF
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

func (r *Reader) errorf(format string, args ...any) error {
	return &SyntaxError{Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

func (r *Reader) parseLine(s *Sentence, line string) error {
	var cols [10]string
	n := 0
	rest := line
	for n < 9 {
		i := strings.IndexByte(rest, '\t')
		if i < 0 {
			break
		}
		cols[n] = rest[:i]
		rest = rest[i+1:]
		n++
	}
	cols[n] = rest
	n++
	if n != 10 || strings.IndexByte(rest, '\t') >= 0 {
		return r.errorf("want 10 tab-separated columns, have %d", strings.Count(line, "\t")+1)
	}
	id := cols[0]
	switch {
	case strings.IndexByte(id, '-') > 0:
		a, b, _ := strings.Cut(id, "-")
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return r.errorf("bad multiword token range %q", id)
		}
		if first != len(s.Words)+1 {
			return r.errorf("multiword token %q does not start at word %d", id, len(s.Words)+1)
		}
		s.Multi = append(s.Multi, MultiToken{First: first, Last: last, Form: cols[1], Misc: cols[9]})
	case strings.IndexByte(id, '.') > 0:
		a, b, _ := strings.Cut(id, ".")
		after, err1 := strconv.Atoi(a)
		sub, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || after < 0 || sub < 1 {
			return r.errorf("bad empty node ID %q", id)
		}
		if after != len(s.Words) {
			return r.errorf("empty node %q out of order after word %d", id, len(s.Words))
		}
		var e EmptyNode
		e.After, e.Sub = after, sub
		copy(e.Cols[:], cols[1:])
		s.Empty = append(s.Empty, e)
	default:
		i, err := strconv.Atoi(id)
		if err != nil || i < 1 {
			return r.errorf("bad word ID %q", id)
		}
		if i != len(s.Words)+1 {
			return r.errorf("word ID %d out of order, want %d", i, len(s.Words)+1)
		}
		head := -1
		if cols[6] != "_" {
			h, err := strconv.Atoi(cols[6])
			if err != nil || h < 0 {
				return r.errorf("bad HEAD %q", cols[6])
			}
			head = h
		}
		s.Words = append(s.Words, Word{
			ID: i, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Rel: cols[7], Deps: cols[8], Misc: cols[9],
		})
	}
	return nil
}

// ReadAll reads all sentences from r.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	rd := NewReader(r)
	var out []*Sentence
	for {
		s, err := rd.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Validate checks that the heads of s point inside the sentence.
func (s *Sentence) Validate() error {
	for _, w := range s.Words {
		if w.Head > len(s.Words) {
			return fmt.Errorf("conllu: word %d: head %d out of range", w.ID, w.Head)
		}
	}
	for _, m := range s.Multi {
		if m.Last > len(s.Words) {
			return fmt.Errorf("conllu: multiword token %d-%d out of range", m.First, m.Last)
		}
	}
	return nil
}

// Writer writes CoNLL-U sentences.
type Writer struct {
	w   *bufio.Writer
	err error
}

// NewWriter returns a Writer writing to w. Call Flush when done.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriter(w)} }

func orUnderscore(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// Write writes s followed by a blank line.
func (w *Writer) Write(s *Sentence) error {
	if w.err != nil {
		return w.err
	}
	b := w.w
	for _, c := range s.Comments {
		b.WriteString("# ")
		b.WriteString(c)
		b.WriteByte('\n')
	}
	mi, ei := 0, 0
	writeEmpty := func(after int) {
		for ei < len(s.Empty) && s.Empty[ei].After <= after {
			e := s.Empty[ei]
			b.WriteString(strconv.Itoa(e.After))
			b.WriteByte('.')
			b.WriteString(strconv.Itoa(e.Sub))
			for _, c := range e.Cols {
				b.WriteByte('\t')
				b.WriteString(orUnderscore(c))
			}
			b.WriteByte('\n')
			ei++
		}
	}
	writeEmpty(0)
	for _, wd := range s.Words {
		for mi < len(s.Multi) && s.Multi[mi].First <= wd.ID {
			m := s.Multi[mi]
			fmt.Fprintf(b, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, orUnderscore(m.Form), orUnderscore(m.Misc))
			mi++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		b.WriteString(strconv.Itoa(wd.ID))
		for _, c := range [...]string{wd.Form, wd.Lemma, wd.UPOS, wd.XPOS, wd.Feats, head, wd.Rel, wd.Deps, wd.Misc} {
			b.WriteByte('\t')
			b.WriteString(orUnderscore(c))
		}
		b.WriteByte('\n')
		writeEmpty(wd.ID)
	}
	writeEmpty(1 << 30)
	if err := b.WriteByte('\n'); err != nil {
		w.err = fmt.Errorf("conllu: write: %w", err)
	}
	return w.err
}

// Flush writes any buffered data to the underlying writer.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	if err := w.w.Flush(); err != nil {
		w.err = fmt.Errorf("conllu: write: %w", err)
	}
	return w.err
}
