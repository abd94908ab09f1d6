package knowledge

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Kinds of facts in an import file.
const (
	KindRecognize      = "recognize"
	KindWithdraw       = "withdraw"
	KindNonRecognition = "non-recognition"
)

// importColumns are the columns of an import file, in order.
var importColumns = []string{"recognizer", "recognized", "date", "kind", "source"}

// Fact is one row of an import file.
type Fact struct {
	Recognizer string // a state, or for non-recognition a group of states
	Recognized string // a state or a regime ID
	Date       string // YYYY-MM-DD, YYYY-MM or YYYY
	Kind       string // KindRecognize, KindWithdraw or KindNonRecognition
	Source     string // where the fact comes from; may be empty
	Line       int    // line in the file
}

// ReadFacts reads facts from CSV with the columns recognizer, recognized,
// date, kind and source (see Import) and checks their form: the date
// layout and the kind. A first row naming the columns is skipped. It stops
// at the first bad row, with an error that names its line.
func ReadFacts(in io.Reader) ([]Fact, error) {
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	var out []Fact
	for row := 0; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("import: %w", err) // csv.ParseError names the line
		}
		line, _ := cr.FieldPos(0)
		if row == 0 && isHeader(rec) {
			continue
		}
		f, err := factOf(rec)
		if err != nil {
			return out, fmt.Errorf("import: line %d: %w", line, err)
		}
		f.Line = line
		out = append(out, f)
	}
}

func factOf(rec []string) (Fact, error) {
	if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
		return Fact{}, errors.New("empty row")
	}
	if len(rec) < 4 || len(rec) > 5 {
		return Fact{}, fmt.Errorf("%d fields, want %d (%s)", len(rec), len(importColumns), strings.Join(importColumns, ", "))
	}
	f := make([]string, 5)
	for i, v := range rec {
		f[i] = strings.TrimSpace(v)
	}
	if _, ok := parseDate(f[2]); !ok {
		return Fact{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", f[2])
	}
	kind := strings.ToLower(f[3])
	switch kind {
	case KindRecognize, KindWithdraw, KindNonRecognition:
	default:
		return Fact{}, fmt.Errorf("kind %q: want %s, %s or %s", f[3], KindRecognize, KindWithdraw, KindNonRecognition)
	}
	return Fact{Recognizer: f[0], Recognized: f[1], Date: f[2], Kind: kind, Source: f[4]}, nil
}

// AddFact adds one fact, as Import does for each row.
func (r *Registry) AddFact(f Fact) error {
	sp, ok := parseDate(f.Date)
	if !ok {
		return fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", f.Date)
	}
	ev := Evidence{Source: f.Source}
	switch f.Kind {
	case KindRecognize:
		return r.addFact(f.Recognizer, f.Recognized, sp, kindRecognize, ev, true)
	case KindWithdraw:
		return r.addFact(f.Recognizer, f.Recognized, sp, kindWithdraw, ev, true)
	case KindNonRecognition:
		return r.addNonFact(f.Recognizer, f.Recognized, sp, ev)
	}
	return fmt.Errorf("kind %q: want %s, %s or %s", f.Kind, KindRecognize, KindWithdraw, KindNonRecognition)
}

// Import reads known facts from CSV with the columns recognizer,
// recognized, date, kind and source, and returns how many it added. A
// first row naming the columns is skipped. The recognizer is a state (or,
// for non-recognition, a group of states by code or name); recognized is
// a state or a regime ID; date is YYYY-MM-DD, YYYY-MM or YYYY; kind is
// recognize, withdraw or non-recognition; source, which may be empty,
// cites where the fact comes from. Facts count as support of kind Facts.
//
// Import stops at the first bad row, with an error that names its line;
// the rows before it stay added.
func (r *Registry) Import(in io.Reader) (int, error) {
	facts, rerr := ReadFacts(in)
	n := 0
	for _, f := range facts {
		if err := r.AddFact(f); err != nil {
			return n, fmt.Errorf("import: line %d: %w", f.Line, err)
		}
		n++
	}
	return n, rerr
}

func isHeader(rec []string) bool {
	return len(rec) > 0 && strings.EqualFold(strings.TrimSpace(rec[0]), importColumns[0])
}
