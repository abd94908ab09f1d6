package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"dyad"
)

// NewsArticle is an article of a news evaluation set: the article and its
// publication date as written, which may be partial ("2025-07").
type NewsArticle struct {
	Article   dyad.Article
	Published string // "2025-07-04", "2025-07", "2025" or ""
}

// ReadArticles reads the articles of a news evaluation set (or of a gold
// file, which carries them): JSON lines with id, url, outlet, published,
// title and text. Unlike package read it accepts a year alone as a
// publication date; partial dates are taken as the last day of the month
// or year.
func ReadArticles(r io.Reader) ([]NewsArticle, error) {
	var out []NewsArticle
	err := eachLine(r, func(n int, line []byte) error {
		var raw struct {
			ID        json.RawMessage `json:"id"`
			URL       any             `json:"url"`
			Outlet    any             `json:"outlet"`
			Published any             `json:"published"`
			Title     any             `json:"title"`
			Text      any             `json:"text"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return fmt.Errorf("article line %d: %w", n, err)
		}
		a := NewsArticle{Published: strings.TrimSpace(truthyString(raw.Published))}
		a.Article = dyad.Article{
			ID: idString(raw.ID), URL: truthyString(raw.URL), Outlet: truthyString(raw.Outlet),
			Title: truthyString(raw.Title), Text: truthyString(raw.Text),
		}
		a.Article.Published = partialDate(a.Published)
		a.Article.Finish()
		out = append(out, a)
		return nil
	})
	return out, err
}

// partialDate reads YYYY-MM-DD, YYYY-MM or YYYY (a longer timestamp is cut
// to its date); it returns the zero time for anything else. A month or a
// year is taken as its last day, as package read does, so that the days an
// article names resolve within its period.
func partialDate(s string) time.Time {
	if len(s) > 10 {
		s = s[:10]
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t.AddDate(0, 1, -1)
	}
	if t, err := time.Parse("2006", s); err == nil {
		return t.AddDate(1, 0, -1)
	}
	return time.Time{}
}

// FixDates gives the events of an article with a partial publication date
// that date as written ("2025-07") with its precision, instead of the
// last day of the month or year.
func FixDates(evs []dyad.Event, published string) {
	if len(published) >= 10 || published == "" || partialDate(published).IsZero() {
		return
	}
	prec := dyad.PrecisionMonth
	if len(published) == 4 {
		prec = dyad.PrecisionYear
	}
	for i := range evs {
		if evs[i].DatePrecision == dyad.PrecisionPublished {
			evs[i].Date, evs[i].DatePrecision = published, prec
		}
	}
}
