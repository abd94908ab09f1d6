// Package export writes stored events in formats that other tools read:
//
//   - gdelt: the GDELT 2.0 event table (tab-separated, 61 columns, no
//     header); see GDELTColumns for what dyad fills in each column;
//   - plover: PLOVER-style JSON, one PloverEvent object a line;
//   - csv: the fields of the event record, one column each, with a header
//     row (see CSVColumns);
//   - jsonl: the event record itself, one JSON object a line, exactly as
//     `dyad code --format jsonl` writes it.
//
// A Writer writes one event at a time; Events pages through a store with
// an event filter and writes every match.
package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"dyad"
)

// Format is an export format.
type Format string

// The export formats.
const (
	GDELT  Format = "gdelt"
	PLOVER Format = "plover"
	CSV    Format = "csv"
	JSONL  Format = "jsonl"
)

// Formats lists the export formats.
var Formats = []Format{GDELT, PLOVER, CSV, JSONL}

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if strings.EqualFold(s, string(f)) {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown export format %q (want gdelt, plover, csv or jsonl)", s)
}

// A Writer writes events in one format. Its output is buffered: call
// Flush at the end.
type Writer struct {
	f      Format
	bw     *bufio.Writer
	csv    *csv.Writer
	enc    *json.Encoder
	header bool // the CSV header is written
	n      int
}

// NewWriter returns a Writer of format f to w.
func NewWriter(w io.Writer, f Format) (*Writer, error) {
	if _, err := ParseFormat(string(f)); err != nil {
		return nil, err
	}
	ew := &Writer{f: f, bw: bufio.NewWriterSize(w, 64<<10)}
	switch f {
	case CSV:
		ew.csv = csv.NewWriter(ew.bw)
	case JSONL, PLOVER:
		ew.enc = json.NewEncoder(ew.bw)
		ew.enc.SetEscapeHTML(false)
	}
	return ew, nil
}

// Write writes one event. The article it was coded from gives the GDELT
// source URL and date added and the PLOVER source; a may be nil, which
// leaves those empty.
func (w *Writer) Write(e *dyad.Event, a *dyad.Article) error {
	var err error
	switch w.f {
	case GDELT:
		row := gdeltRow(e, a)
		for i, c := range row {
			if i > 0 {
				w.bw.WriteByte('\t')
			}
			w.bw.WriteString(tsvField(c))
		}
		err = w.bw.WriteByte('\n')
	case CSV:
		if !w.header {
			w.header = true
			if err := w.csv.Write(CSVColumns); err != nil {
				return fmt.Errorf("export: %w", err)
			}
		}
		err = w.csv.Write(csvRow(e))
	case JSONL:
		err = w.enc.Encode(e)
	case PLOVER:
		err = w.enc.Encode(Plover(e, a))
	}
	if err != nil {
		return fmt.Errorf("export %s: event %s: %w", w.f, e.ID, err)
	}
	w.n++
	return nil
}

// Count returns the number of events written.
func (w *Writer) Count() int { return w.n }

// Flush writes out what is buffered. A CSV export of no events still gets
// its header row.
func (w *Writer) Flush() error {
	if w.csv != nil {
		if !w.header {
			w.header = true
			w.csv.Write(CSVColumns)
		}
		w.csv.Flush()
		if err := w.csv.Error(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if err := w.bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// pageSize is the number of events read per store call.
const pageSize = 5000

// Events writes the events of s that match f to w, in the store's order,
// with the article of each, and returns how many it wrote. f.Offset skips
// events and f.Limit caps how many are written (0: all). It does not
// flush w.
func Events(ctx context.Context, w *Writer, s dyad.Store, f dyad.EventFilter) (int, error) {
	total := f.Limit
	n := 0
	var last *dyad.Article
	for {
		f.Limit = pageSize
		if total > 0 {
			f.Limit = min(pageSize, total-n)
		}
		evs, err := s.Events(ctx, f)
		if err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		for i := range evs {
			e := &evs[i]
			if last == nil || last.ID != e.ArticleID {
				a, err := s.Article(ctx, e.ArticleID)
				if err != nil {
					return n, fmt.Errorf("export: event %s: %w", e.ID, err)
				}
				a.Text = ""
				last = &a
			}
			if err := w.Write(e, last); err != nil {
				return n, err
			}
			n++
		}
		if len(evs) < f.Limit || total > 0 && n >= total {
			return n, nil
		}
		f.Offset += len(evs)
	}
}

// CSVColumns is the header of the csv format: the fields of the event
// record, with the actors and the location flattened, the span as two
// columns and the attribution as a JSON array.
var CSVColumns = []string{
	"id", "article_id", "sentence", "span_start", "span_end",
	"source_code", "source_country", "source_sector", "source_text",
	"target_code", "target_country", "target_sector", "target_text",
	"code", "root", "quad", "goldstein", "plover", "modality", "date", "date_precision",
	"location_name", "location_country", "location_lat", "location_lon",
	"attribution", "evidence",
}

func csvRow(e *dyad.Event) []string {
	attr := e.Attribution
	if attr == nil {
		attr = []string{}
	}
	aj, _ := json.Marshal(attr)
	var ln, lc, lat, lon string
	if l := e.Location; l != nil {
		ln, lc, lat, lon = l.Name, l.Country, formatFloat(l.Lat), formatFloat(l.Lon)
	}
	return []string{
		e.ID, e.ArticleID, strconv.Itoa(e.Sentence), strconv.Itoa(e.Span[0]), strconv.Itoa(e.Span[1]),
		e.Source.Code, e.Source.Country, e.Source.Sector, e.Source.Text,
		e.Target.Code, e.Target.Country, e.Target.Sector, e.Target.Text,
		e.Code, e.Root, strconv.Itoa(e.Quad), formatFloat(e.Goldstein), e.Plover, string(e.Modality), e.Date, e.DatePrecision,
		ln, lc, lat, lon, string(aj), e.Evidence,
	}
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
