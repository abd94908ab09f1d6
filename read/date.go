package read

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	dps "github.com/markusmobius/go-dateparser"
)

// dateLayouts are tried in order before the slower general date parser.
// Layouts with "MST" are checked against zoneAbbrevs after parsing.
var dateLayouts = [...]string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02T15:04:05.999999999-0700",
	"2006-01-02T15:04:05.999999999-07",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999 Z07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05.999999999 MST",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04Z07:00",
	"2006-01-02 15:04 Z07:00",
	"2006-01-02 15:04 -0700",
	"2006-01-02 15:04 MST",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"2006/01/02 15:04:05",
	"2006.01.02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04",
	"2 Jan 2006",
	"2 January 2006 15:04:05 -0700",
	"2 January 2006 15:04:05 MST",
	"2 January 2006 15:04 -0700",
	"2 January 2006 15:04 MST",
	"2 January 2006 15:04",
	"2 January 2006",
	"Monday, 2 January 2006",
	"Monday 2 January 2006",
	"January 2, 2006 15:04:05 MST",
	"January 2, 2006 15:04 MST",
	"January 2, 2006 3:04 PM MST",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006 15:04 MST",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006",
	"Monday, January 2, 2006",
	"Mon, Jan 2, 2006",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	time.RubyDate,
}

// zoneAbbrevs maps common time zone abbreviations to their UTC offsets in
// seconds. Ambiguous ones (IST, CST as China time) take the reading most
// common in English-language news.
var zoneAbbrevs = map[string]int{
	"UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0,
	"BST": 3600, "IST": 19800, "WEST": 3600, "CET": 3600, "CEST": 7200,
	"EET": 7200, "EEST": 10800, "MSK": 10800, "TRT": 10800, "AST": -14400,
	"EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000,
	"MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200,
	"AKST": -32400, "AKDT": -28800, "HST": -36000,
	"PKT": 18000, "GST": 14400, "IRST": 12600, "AFT": 16200,
	"ICT": 25200, "WIB": 25200, "SGT": 28800, "HKT": 28800, "PHT": 28800,
	"JST": 32400, "KST": 32400, "AEST": 36000, "AEDT": 39600,
	"ACST": 34200, "AWST": 28800, "NZST": 43200, "NZDT": 46800,
	"SAST": 7200, "CAT": 7200, "EAT": 10800, "WAT": 3600,
}

// dateConfigs configure the general date parser: the first pair for any
// language, the second for English. Each pair has two reference times: a
// date that comes out differently under them depends on the day it is read
// ("yesterday", "2 hours ago") and is refused. They are never modified.
var dateConfigs = [2][2]*dps.Configuration{
	{dateConfig(2001, nil), dateConfig(2017, nil)},
	{dateConfig(2001, []string{"en"}), dateConfig(2017, []string{"en"})},
}

func dateConfig(year int, languages []string) *dps.Configuration {
	return &dps.Configuration{
		Languages:            languages,
		CurrentTime:          time.Date(year, time.Month(year%12+1), year%28+1, year%24, 5, 6, 0, time.UTC),
		DefaultTimezone:      time.UTC,
		PreferredDayOfMonth:  dps.First,
		PreferredMonthOfYear: dps.FirstMonth,
		RequiredParts:        []string{"day", "month", "year"},
	}
}

// maxForeignDateLen bounds the length of a date given to the (slow)
// language detection of the general parser.
const maxForeignDateLen = 64

// maxDateWords bounds the words of a date given to the general parser,
// whose time grows with them.
const maxDateWords = 12

// maxDateLen bounds the length of a date string; longer input is refused
// before the slow path.
const maxDateLen = 128

// ParseDate parses a publication date in any common form: RFC 3339 and
// ISO 8601 ("2025-07-04T10:00:00+04:30", "2025-07-04"), RFC 1123 and
// RFC 822 ("Fri, 04 Jul 2025 10:00:00 GMT"), written dates ("July 4,
// 2025", "4 July 2025 10:00 UTC"), unix seconds ("1751623200"; 13 digits
// are milliseconds), and, through go-dateparser, most other absolute dates
// in many languages. The result keeps the time zone of the input as a
// fixed offset; a date without one is UTC. An ISO 8601 date of reduced
// precision ("2025-07") is the last day of its month: an article of that
// month was published by then, and the days it names resolve within it. Dates that need a
// reference day ("yesterday") or otherwise lack a day, month or year are
// refused.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("empty date")
	}
	if len(s) > maxDateLen {
		return time.Time{}, fmt.Errorf("date of %d bytes is too long", len(s))
	}
	if ip, frac, _ := strings.Cut(strings.TrimPrefix(s, "-"), "."); isDigits(ip) && len(ip) >= 9 && (frac == "" || isDigits(frac)) {
		return parseUnix(s)
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		// ISO 8601 reduced precision: the last day of the month, so that
		// "on Thursday" in the article resolves within the month.
		return t.AddDate(0, 1, -1), nil
	}
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if t, ok := fixZone(t, strings.Contains(layout, "MST")); ok && checkTime(t) == nil {
			return t, nil
		}
	}
	t, err := parseGeneral(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("cannot parse date %q: %w", s, err)
	}
	return t, nil
}

// parseGeneral parses s with go-dateparser, refusing relative dates.
func parseGeneral(s string) (t time.Time, err error) {
	defer func() {
		if p := recover(); p != nil {
			t, err = time.Time{}, fmt.Errorf("date parser failed: %v", p)
		}
	}()
	switch {
	case !utf8.ValidString(s):
		return time.Time{}, ErrInvalidUTF8
	case strings.IndexFunc(s, unicode.IsControl) >= 0:
		return time.Time{}, errors.New("control character in date")
	case strings.IndexFunc(s, unicode.IsDigit) < 0:
		// A date with a day, month and year has digits; text without any
		// ("yesterday", "n/a") need not go through the slow parser.
		return time.Time{}, errors.New("unknown date format")
	case len(strings.Fields(s)) > maxDateWords:
		return time.Time{}, errors.New("too many words for a date")
	case leadingDigits(s) > 8:
		// go-dateparser takes a run of 10 digits anywhere for a timestamp.
		return time.Time{}, errors.New("unknown date format")
	}
	// English first: it is fast, and most dates are in English or in
	// numbers. Detecting the language among all is slow, so it is tried
	// only for words outside English date vocabulary.
	t, err = parseWith(dateConfigs[1], s)
	if err != nil && len(s) <= maxForeignDateLen && hasForeignWords(s) {
		t, err = parseWith(dateConfigs[0], s)
	}
	if err != nil {
		return time.Time{}, err
	}
	t, _ = fixZone(t, false)
	if name, off := t.Zone(); off != 0 && (strings.HasPrefix(name, "UTC") || strings.HasPrefix(name, "GMT")) {
		t = t.In(time.FixedZone("", off))
	}
	if err := checkTime(t); err != nil {
		return time.Time{}, err
	}
	return t, nil
}

// parseWith parses s under a pair of configurations that differ only in
// their reference time, and refuses a date that depends on it.
func parseWith(configs [2]*dps.Configuration, s string) (time.Time, error) {
	var got [2]time.Time
	for i, cfg := range configs {
		d, err := dps.Parse(cfg, s)
		if err != nil || d.IsZero() {
			return time.Time{}, errors.New("unknown date format")
		}
		got[i] = d.Time
	}
	if !got[0].Equal(got[1]) {
		return time.Time{}, errors.New("relative date needs a reference day")
	}
	return got[0], nil
}

// leadingDigits counts the digits s starts with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// englishDateWords are the words of English dates, in lower case: a date
// made only of these, numbers and zone abbreviations is parsed as English.
var englishDateWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"am": true, "pm": true, "a": true, "p": true, "m": true, "st": true, "nd": true, "rd": true, "th": true,
	"t": true, "z": true, "of": true, "at": true, "on": true, "the": true, "and": true, "updated": true, "published": true,
}

// hasForeignWords reports whether s has a word that is neither English
// date vocabulary nor a time zone abbreviation.
func hasForeignWords(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		lw := strings.ToLower(w)
		if !englishDateWords[lw] && zoneAbbrevs[strings.ToUpper(w)] == 0 && strings.ToUpper(w) != "UTC" && strings.ToUpper(w) != "GMT" && strings.ToUpper(w) != "UT" {
			return true
		}
	}
	return false
}

// fixZone makes the zone of a parsed time independent of the machine's
// local zone: offset zero becomes UTC, other offsets become fixed zones.
// With abbrev set, the zone came from an abbreviation that time.Parse may
// not know (and then records with offset zero); it is looked up in
// zoneAbbrevs, and ok is false if it is unknown.
func fixZone(t time.Time, abbrev bool) (time.Time, bool) {
	name, off := t.Zone()
	if abbrev {
		want, known := zoneAbbrevs[strings.ToUpper(name)]
		if !known {
			return t, false
		}
		if want == 0 {
			return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC), true
		}
		if off != want || t.Location() == time.Local {
			y, mo, d := t.Date()
			h, mi, sec := t.Clock()
			return time.Date(y, mo, d, h, mi, sec, t.Nanosecond(), time.FixedZone(strings.ToUpper(name), want)), true
		}
		return t, true
	}
	switch {
	case t.Location() == time.UTC:
		return t, true
	case off == 0:
		return t.UTC(), true
	case t.Location() == time.Local:
		return t.In(time.FixedZone("", off)), true
	}
	return t, true
}

// parseUnix parses unix time: seconds, or milliseconds when it has 13
// digits, or microseconds when it has 16, with an optional fraction.
func parseUnix(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	intPart, frac, _ := strings.Cut(s, ".")
	digits := strings.TrimPrefix(intPart, "-")
	if !isDigits(digits) || (frac != "" && !isDigits(frac)) || len(digits) > 16 {
		return time.Time{}, fmt.Errorf("invalid unix time %q", s)
	}
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("invalid unix time %q", s)
	}
	var t time.Time
	switch len(digits) {
	case 13:
		t = time.UnixMilli(n)
	case 16:
		t = time.UnixMicro(n)
	default:
		if len(digits) > 11 {
			return time.Time{}, fmt.Errorf("invalid unix time %q: want seconds, milliseconds or microseconds", s)
		}
		var ns int64
		if frac != "" {
			f := (frac + "000000000")[:9]
			ns, _ = strconv.ParseInt(f, 10, 64)
			if n < 0 {
				ns = -ns
			}
		}
		t = time.Unix(n, ns)
	}
	t = t.UTC()
	if err := checkTime(t); err != nil {
		return time.Time{}, fmt.Errorf("invalid unix time %q: %w", s, err)
	}
	return t, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
