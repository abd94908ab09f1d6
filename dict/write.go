package dict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteActors writes actors in the PETRARCH actors format, one entry per
// primary name with its synonyms and one code per line, dates as
// YYYYMMDD. ReadActors reads the output back to the same entries, except
// that an actor without codes followed by another is read as its synonym.
func WriteActors(w io.Writer, actors []Actor) error {
	bw := bufio.NewWriter(w)
	for _, a := range actors {
		for i, n := range a.Names {
			if i > 0 {
				bw.WriteByte('+')
			}
			bw.WriteString(strings.Join(n, "_"))
			bw.WriteByte('\n')
		}
		for _, c := range a.Codes {
			fmt.Fprintf(bw, "\t[%s%s]\n", c.Code, restriction(c))
		}
	}
	return bw.Flush()
}

// restriction formats the date restriction of a code, with a leading blank.
func restriction(c DatedCode) string {
	d := func(t time.Time) string { return fmt.Sprintf("%04d%02d%02d", t.Year(), t.Month(), t.Day()) }
	switch {
	case !c.From.IsZero() && !c.To.IsZero():
		return " " + d(c.From) + "-" + d(c.To)
	case !c.From.IsZero():
		return " >" + d(c.From)
	case !c.To.IsZero():
		return " <" + d(c.To)
	}
	return ""
}
