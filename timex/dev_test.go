package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// devDir is the shared news development set, relative to this package.
var devDir = filepath.Join("..", "..", "shared", "data", "news-dev")

type devArticle struct {
	ID        string  `json:"id"`
	Published *string `json:"published"`
	Text      string  `json:"text"`
}

type devGold struct {
	ID     string `json:"id"`
	Events []struct {
		Date     *string `json:"date"`
		Evidence string  `json:"evidence"`
	} `json:"events"`
}

func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// devRef turns a published field into a reference time. A month-only date
// ("2025-07") becomes the last day of the month: whatever the article
// reports happened by then. A missing date is the zero time.
func devRef(pub *string) time.Time {
	if pub == nil {
		return time.Time{}
	}
	if t, err := time.Parse("2006-01-02", *pub); err == nil {
		return t
	}
	if t, err := time.Parse("2006-01", *pub); err == nil {
		return t.AddDate(0, 1, -1)
	}
	return time.Time{}
}

// sentenceAround returns the sentence of text that contains [i, j): it
// runs from after the previous sentence end (a newline, or [.!?] followed by
// a space and an upper-case letter or quote, unless the word before is a
// short abbreviation) to the next one.
func sentenceAround(text string, i, j int) string {
	isEnd := func(k int) bool { // text[k] ends a sentence
		if text[k] == '\n' {
			return true
		}
		if text[k] != '.' && text[k] != '!' && text[k] != '?' {
			return false
		}
		if k+2 >= len(text) || text[k+1] != ' ' {
			return k+1 >= len(text) || text[k+1] == '\n'
		}
		c := text[k+2]
		if !(c >= 'A' && c <= 'Z' || c == '"' || c == '\'') {
			return false
		}
		w := k
		for w > 0 && text[w-1] != ' ' && text[w-1] != '\n' {
			w--
		}
		word := text[w:k]
		abbr := strings.Contains(word, ".") || len(word) <= 4 && word != "" && word[0] >= 'A' && word[0] <= 'Z'
		return text[k] != '.' || !abbr // "U.S.", "Mr.", "Sept."
	}
	s := i
	for s > 0 && !isEnd(s-1) {
		s--
	}
	e := j
	for e < len(text) && !isEnd(e) {
		e++
	}
	if e < len(text) {
		e++
	}
	return text[s:e]
}

// truncate formats d at precision p, for comparison with a gold date.
func truncate(d time.Time, p Precision) string {
	return Expr{Date: d, Precision: p}.String()
}

// TestDevSet measures how often the gold date of an event is among the
// values of the expressions found in its evidence sentence. Many gold dates
// come from elsewhere in the article (the lead, the dateline), so the figure
// is a coverage measure, not an accuracy: it is logged, and only a loose floor
// is asserted.
func TestDevSet(t *testing.T) {
	if _, err := os.Stat(filepath.Join(devDir, "gold.jsonl")); err != nil {
		t.Skipf("dev set not found at %s (it lives outside the module, in ../shared): %v", devDir, err)
	}
	arts := readJSONL[devArticle](t, filepath.Join(devDir, "articles.jsonl"))
	golds := readJSONL[devGold](t, filepath.Join(devDir, "gold.jsonl"))
	byID := make(map[string]devArticle, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	var dated, found, withExpr, foundWithExpr, missingEvidence, inArticle, isPublished int
	for _, g := range golds {
		a, ok := byID[g.ID]
		if !ok {
			continue
		}
		ref := devRef(a.Published)
		for _, ev := range g.Events {
			if ev.Date == nil || *ev.Date == "" {
				continue
			}
			dated++
			i := strings.Index(a.Text, ev.Evidence)
			if i < 0 {
				missingEvidence++
				continue
			}
			sent := sentenceAround(a.Text, i, i+len(ev.Evidence))
			gold := *ev.Date
			var gp Precision
			switch len(gold) {
			case 10:
				gp = Day
			case 7:
				gp = Month
			case 4:
				gp = Year
			default:
				continue
			}
			if hasValue(Find(a.Text, ref), gold, gp) {
				inArticle++
			} else if !ref.IsZero() && truncate(ref, gp) == gold {
				isPublished++
			}
			xs := Find(sent, ref)
			usable := false // an expression fine enough for the gold precision
			for _, x := range xs {
				if x.Precision != None && x.Precision <= gp {
					usable = true
				}
			}
			if usable {
				withExpr++
			}
			if hasValue(xs, gold, gp) {
				found++
				if usable {
					foundWithExpr++
				}
			} else if testing.Verbose() && (usable || os.Getenv("TIMEX_DEV_ALL") != "") {
				var vals []string
				for _, x := range xs {
					vals = append(vals, x.Describe())
				}
				t.Logf("miss %s ref=%s gold=%s found=%v in %q", g.ID, ref.Format("2006-01-02"), gold, vals, sent)
			}
		}
	}
	if dated == 0 {
		t.Skip("no dated gold events")
	}
	t.Logf("dev set: %d dated gold events (%d evidence not found verbatim); gold date among found values: %d/%d = %.1f%%",
		dated, missingEvidence, found, dated, 100*float64(found)/float64(dated))
	if withExpr > 0 {
		t.Logf("dev set: evidence sentences with a dated expression (fine enough for the gold precision): %d; gold date among them: %d/%d = %.1f%%",
			withExpr, foundWithExpr, withExpr, 100*float64(foundWithExpr)/float64(withExpr))
	}
	t.Logf("dev set: gold date among the values found anywhere in the article: %d/%d = %.1f%%; else equal to the publication date: %d",
		inArticle, dated, 100*float64(inArticle)/float64(dated), isPublished)
	if float64(found) < 0.30*float64(dated) {
		t.Errorf("dev-set coverage %d/%d is below the 30%% floor", found, dated)
	}
}

// hasValue reports whether one of xs, at precision gp, is the date gold.
func hasValue(xs []Expr, gold string, gp Precision) bool {
	for _, x := range xs {
		if x.Precision != None && x.Precision <= gp && truncate(x.Date, gp) == gold {
			return true
		}
	}
	return false
}
