package dict

import (
	"io"
	"strings"
)

// Discard is a phrase whose presence stops coding: of the sentence, or of
// the whole story when the line starts with "+".
//
//	+ACADEMY AWARD      # the story is not coded
//	BASEBALL            # the sentence is not coded; BASEBALLS also matches
//	MONTHS LATER_       # "_": LATER must be a whole word
type Discard struct {
	Words []string
	Story bool // "+": discard the whole story, not just the sentence
	Exact bool // the phrase ended in "_": its last word must match whole, not as a stem
	File  string
	Line  int
}

// ReadDiscards reads a discard list; see ReadActors for the handling of
// problems.
func ReadDiscards(r io.Reader, file string) ([]Discard, []Problem, error) {
	ps := &problems{file: file}
	lr := newLineReader(r, ps)
	var out []Discard
	for {
		s, n, ok := lr.next()
		if !ok {
			break
		}
		d := Discard{File: file, Line: n}
		if strings.HasPrefix(s, "+") {
			d.Story, s = true, strings.TrimSpace(s[1:])
		}
		if strings.ContainsAny(s, "[]{}") {
			ps.add(n, "brackets in discard phrase %q", s)
		}
		d.Exact = strings.HasSuffix(s, "_")
		d.Words = words(s)
		if d.Words == nil {
			ps.add(n, "empty discard phrase")
			continue
		}
		out = append(out, d)
	}
	return out, ps.list, lr.error()
}
