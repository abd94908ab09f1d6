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
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	n := 0
	for row := 0; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return n, fmt.Errorf("import: %w", err) // csv.ParseError names the line
		}
		line, _ := cr.FieldPos(0)
		if row == 0 && isHeader(rec) {
			continue
		}
		if err := r.importRow(rec); err != nil {
			return n, fmt.Errorf("import: line %d: %w", line, err)
		}
		n++
	}
}

func isHeader(rec []string) bool {
	return len(rec) > 0 && strings.EqualFold(strings.TrimSpace(rec[0]), importColumns[0])
}

func (r *Registry) importRow(rec []string) error {
	if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
		return errors.New("empty row")
	}
	if len(rec) < 4 || len(rec) > 5 {
		return fmt.Errorf("%d fields, want %d (%s)", len(rec), len(importColumns), strings.Join(importColumns, ", "))
	}
	f := make([]string, 5)
	for i, v := range rec {
		f[i] = strings.TrimSpace(v)
	}
	sp, ok := parseDate(f[2])
	if !ok {
		return fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", f[2])
	}
	ev := Evidence{Source: f[4]}
	switch strings.ToLower(f[3]) {
	case KindRecognize:
		return r.addFact(f[0], f[1], sp, kindRecognize, ev, true)
	case KindWithdraw:
		return r.addFact(f[0], f[1], sp, kindWithdraw, ev, true)
	case KindNonRecognition:
		return r.addNonFact(f[0], f[1], sp, ev)
	}
	return fmt.Errorf("kind %q: want %s, %s or %s", f[3], KindRecognize, KindWithdraw, KindNonRecognition)
}
