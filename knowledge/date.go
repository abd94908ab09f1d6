package knowledge

import (
	"time"

	"dyad"
)

// Date precisions, ranked from the most to the least specific.
const (
	rankDay = iota
	rankPublished
	rankMonth
	rankYear
	rankNone
)

// span is an event date as an interval of days since the Unix epoch, both
// ends inclusive, with its precision.
type span struct {
	lo, hi int32
	rank   int8
}

func (s span) known() bool { return s.rank != rankNone }

// dayNumber returns the day of t (in UTC) counted from 1970-01-01.
func dayNumber(t time.Time) int32 {
	y, m, d := t.UTC().Date()
	return int32(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// dayTime returns the time at the start of day n.
func dayTime(n int32) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }

// dayString returns day n as YYYY-MM-DD.
func dayString(n int32) string { return dayTime(n).Format(time.DateOnly) }

// parseSpan reads a date of the event record. A date is read by its
// length (YYYY-MM-DD, YYYY-MM, YYYY); precision "published" keeps a day
// date but marks it weak. An empty or unreadable date falls back to
// published (when not zero) with precision "published".
func parseSpan(date, precision string, published time.Time) span {
	if s, ok := parseDate(date); ok {
		if precision == dyad.PrecisionPublished && s.rank == rankDay {
			s.rank = rankPublished
		}
		return s
	}
	if !published.IsZero() {
		d := dayNumber(published)
		return span{lo: d, hi: d, rank: rankPublished}
	}
	return span{rank: rankNone}
}

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY.
func parseDate(s string) (span, bool) {
	switch len(s) {
	case 10:
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return span{}, false
		}
		d := dayNumber(t)
		return span{lo: d, hi: d, rank: rankDay}, true
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return span{}, false
		}
		return span{lo: dayNumber(t), hi: dayNumber(t.AddDate(0, 1, -1)), rank: rankMonth}, true
	case 4:
		t, err := time.Parse("2006", s)
		if err != nil {
			return span{}, false
		}
		return span{lo: dayNumber(t), hi: dayNumber(t.AddDate(1, 0, -1)), rank: rankYear}, true
	}
	return span{}, false
}

// precisionName returns the event-record name of a precision rank.
func precisionName(rank int8) string {
	switch rank {
	case rankDay:
		return dyad.PrecisionDay
	case rankPublished:
		return dyad.PrecisionPublished
	case rankMonth:
		return dyad.PrecisionMonth
	case rankYear:
		return dyad.PrecisionYear
	}
	return ""
}

// format returns the date of s as the event record writes it.
func (s span) format() string {
	t := dayTime(s.lo)
	switch s.rank {
	case rankDay, rankPublished:
		return t.Format(time.DateOnly)
	case rankMonth:
		return t.Format("2006-01")
	case rankYear:
		return t.Format("2006")
	}
	return ""
}

// monthIndex returns year*12+month-1 of day n.
func monthIndex(n int32) int32 {
	y, m, _ := dayTime(n).Date()
	return int32(y)*12 + int32(m) - 1
}
