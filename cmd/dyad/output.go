package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// table is rows of text with a header, written as an aligned table, CSV or
// JSON lines.
type table struct {
	header []string
	rows   [][]string
}

// writeFormat writes rows in format: "table" or "csv". JSON lines are
// written by the callers from their own records.
func (t *table) write(w io.Writer, format string) error {
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(t.header); err != nil {
			return err
		}
		if err := cw.WriteAll(t.rows); err != nil {
			return err
		}
		return cw.Error()
	case "table", "":
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(t.header, "\t"))
		for _, r := range t.rows {
			fmt.Fprintln(tw, strings.Join(r, "\t"))
		}
		return tw.Flush()
	default:
		return fmt.Errorf("unknown format %q (want table, jsonl or csv)", format)
	}
}

// writeJSONL writes each value as one line of JSON.
func writeJSONL[T any](w io.Writer, vs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range vs {
		if err := enc.Encode(vs[i]); err != nil {
			return err
		}
	}
	return nil
}

// checkFormat validates a --format value.
func checkFormat(f string) error {
	switch f {
	case "table", "jsonl", "csv":
		return nil
	}
	return fmt.Errorf("unknown --format %q (want table, jsonl or csv)", f)
}

// clip shortens s to n runes for table cells, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// writeAtomically writes a file through a temporary file in the same
// folder, so that a failure never leaves a half-written file.
func writeAtomically(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.Rename(f.Name(), path)
}
