package dict

import "fmt"

// A Problem is a warning or error tied to a place in a dictionary file.
type Problem struct {
	File string // base name of the file, or "" if unknown
	Line int    // 1-based line number, or 0 if not tied to a line
	Msg  string
}

// Error formats the problem as "file:line: msg".
func (p *Problem) Error() string { return p.String() }

// String formats the problem as "file:line: msg".
func (p Problem) String() string {
	switch {
	case p.File == "" && p.Line == 0:
		return p.Msg
	case p.Line == 0:
		return p.File + ": " + p.Msg
	}
	name := p.File
	if name == "" {
		name = "line"
	}
	return fmt.Sprintf("%s:%d: %s", name, p.Line, p.Msg)
}

// problems collects the warnings of one file.
type problems struct {
	file string
	list []Problem
}

func (ps *problems) add(line int, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: ps.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}
