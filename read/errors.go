package read

import (
	"errors"
	"strconv"
)

// Error is a problem with one input, or with one part of it such as a line,
// a CSV record or a feed item. Reading goes on after an Error.
type Error struct {
	// Input names the input: a file path, a URL or "<stdin>".
	Input string
	// Line is the 1-based line of the problem, or 0 when unknown.
	Line int
	// Offset is the byte offset of the problem in the input, used in the
	// message when Line is 0 and Offset is positive.
	Offset int64
	// Err is the underlying problem.
	Err error
}

// Error returns "input:line: message" when the line is known,
// "input: offset N: message" when the offset is known, and
// "input: message" otherwise.
func (e *Error) Error() string {
	msg := "<nil>"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	switch {
	case e.Line > 0:
		return e.Input + ":" + strconv.Itoa(e.Line) + ": " + msg
	case e.Offset > 0:
		return e.Input + ": offset " + strconv.FormatInt(e.Offset, 10) + ": " + msg
	default:
		return e.Input + ": " + msg
	}
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Errors that readers wrap in an *Error; test for them with errors.Is.
var (
	// ErrEmpty means an input holds no bytes, or only white space.
	ErrEmpty = errors.New("empty input")
	// ErrBinary means an input is not text (it has NUL bytes or is of a
	// known binary type).
	ErrBinary = errors.New("binary content")
	// ErrInvalidUTF8 means text is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrTooLarge means an article or an input is over its size cap.
	ErrTooLarge = errors.New("too large")
	// ErrNoText means a record or document holds no article text.
	ErrNoText = errors.New("no article text")
	// ErrTruncated means a document ends before it is complete.
	ErrTruncated = errors.New("truncated")
)
