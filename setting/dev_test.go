package setting_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/nlp"
	"dyad/setting"
)

// devGold is the news-dev gold file, outside the module.
func devGold(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	p := filepath.Join(filepath.Dir(file), "..", "..", "shared", "data", "news-dev", "gold.jsonl")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("news-dev gold set not found at %s: skipping the dev measurement", p)
	}
	return p
}

type goldArticle struct {
	ID        string
	Published *string
	Text      string
	Events    []struct {
		Date        string
		Evidence    string
		Location    string
		Attribution []string
	}
}

// TestDev measures, on the gold events of news-dev, how often the setting
// of an event coded at its evidence sentence matches the gold: the date
// (the scorer's rule: the predicted date starts with the gold date), the
// location name and the attribution. These are development figures; the
// floors only catch breakage.
func TestDev(t *testing.T) {
	f, err := os.Open(devGold(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := setting.New(nil)
	var dateN, dateOK, pubOK, locN, locOK, attrN, attrOK int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var g goldArticle
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		a := dyad.Article{ID: g.ID, Text: g.Text}
		if g.Published != nil {
			for _, layout := range []string{"2006-01-02", "2006-01"} {
				if p, err := time.Parse(layout, *g.Published); err == nil {
					a.Published = p
					break
				}
			}
		}
		d := nlp.Tokenize(g.Text)
		for _, ge := range g.Events {
			at := strings.Index(g.Text, ge.Evidence)
			if at < 0 {
				continue
			}
			sent := -1
			for i, sn := range d.Sentences {
				if sn.Start <= at && at < sn.End {
					sent = i
				}
			}
			if sent < 0 {
				continue
			}
			evs := []dyad.Event{{Sentence: sent, Span: [2]int{at, at + len(ge.Evidence)}, Modality: dyad.ModalityAsserted}}
			s.Set(a, d, evs)
			e := evs[0]
			if ge.Date != "" {
				dateN++
				if strings.HasPrefix(e.Date, ge.Date) {
					dateOK++
				} else {
					t.Logf("%s: date %q, gold %q: %.80s", g.ID, e.Date, ge.Date, ge.Evidence)
				}
				if !a.Published.IsZero() && strings.HasPrefix(a.Published.Format("2006-01-02"), ge.Date) {
					pubOK++
				}
			}
			if ge.Location != "" {
				locN++
				if e.Location != nil && strings.EqualFold(e.Location.Name, ge.Location) {
					locOK++
				}
			}
			if len(ge.Attribution) > 0 {
				attrN++
				if overlap(e.Attribution, ge.Attribution) {
					attrOK++
				}
			}
		}
	}
	t.Logf("news-dev (dev figures): date %d/%d (publication date alone %d/%d), location %d/%d, attribution overlap %d/%d",
		dateOK, dateN, pubOK, dateN, locOK, locN, attrOK, attrN)
	if dateN > 0 && float64(dateOK)/float64(dateN) < 0.5 {
		t.Errorf("date accuracy %d/%d is below the floor of 0.5", dateOK, dateN)
	}
}

func overlap(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.Contains(strings.ToLower(x), strings.ToLower(y)) || strings.Contains(strings.ToLower(y), strings.ToLower(x)) {
				return true
			}
		}
	}
	return false
}
