package dict

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// parseDate reads a TABARI date: YYYYMMDD, or YYMMDD where years 00-30 are
// 20YY and the others 19YY (the KEDS/TABARI convention).
func parseDate(s string) (time.Time, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return time.Time{}, fmt.Errorf("bad date %q", s)
		}
	}
	var y, m, d int
	switch len(s) {
	case 6:
		y = atoi(s[:2])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		m, d = atoi(s[2:4]), atoi(s[4:6])
	case 8:
		y, m, d = atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
	default:
		return time.Time{}, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || d < 1 || t.Day() != d {
		return time.Time{}, fmt.Errorf("bad date %q: no such day", s)
	}
	return t, nil
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// parseRestriction reads the inside of a code bracket: "CODE",
// "CODE >YYMMDD", "CODE <YYMMDD" or "CODE YYMMDD-YYMMDD", with blanks
// tolerated around the operators.
func parseRestriction(s string) (DatedCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return DatedCode{}, fmt.Errorf("empty code")
	}
	dc := DatedCode{Code: f[0]}
	r := strings.Join(f[1:], "")
	var err error
	switch {
	case r == "":
	case r[0] == '>':
		dc.From, err = parseDate(r[1:])
	case r[0] == '<':
		dc.To, err = parseDate(r[1:])
	case !strings.Contains(r, "-"):
		// A bare date: the files use it for the start of an office.
		dc.From, err = parseDate(r)
		if err == nil {
			return dc, errBareDate
		}
	default:
		from, to, _ := strings.Cut(r, "-")
		if dc.From, err = parseDate(from); err == nil {
			dc.To, err = parseDate(to)
		}
		if err == nil && dc.To.Before(dc.From) {
			err = fmt.Errorf("date range %q ends before it starts", r)
		}
	}
	if err != nil {
		return dc, fmt.Errorf("%s: %w", dc.Code, err)
	}
	return dc, nil
}

// errBareDate reports a date without "<", ">" or a range, read as ">date";
// the returned DatedCode is usable.
var errBareDate = errors.New("bare date read as '>date'")
