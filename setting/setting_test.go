package setting_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/nlp"
	"dyad/setting"
)

// eventAt codes a bare event over the first occurrence of phrase.
func eventAt(t *testing.T, d *nlp.Doc, phrase string, mod dyad.Modality) dyad.Event {
	t.Helper()
	at := strings.Index(d.Text, phrase)
	if at < 0 {
		t.Fatalf("%q not in text", phrase)
	}
	for i, s := range d.Sentences {
		if s.Start <= at && at < s.End {
			return dyad.Event{Sentence: i, Span: [2]int{at, at + len(phrase)}, Modality: mod}
		}
	}
	t.Fatalf("%q in no sentence", phrase)
	return dyad.Event{}
}

func TestSet(t *testing.T) {
	friday := time.Date(2026, 3, 13, 10, 0, 0, 0, time.UTC) // a Friday
	text := "GENEVA, March 13 - Ruritania recognised Freedonia, its foreign ministry said.\n" +
		"According to reports by the Example Wire and confirmed by Freedonian officials, the Ruritanian envoy informed the Freedonian minister during a meeting in Kabul on Thursday.\n" +
		"The two countries broke off relations in 2019.\n" +
		"Ruritania will open an embassy next month.\n" +
		"Sylvania praised the move."
	tests := []struct {
		phrase    string
		mod       dyad.Modality
		date      string
		precision string
		place     string
		sources   string
	}{
		{"Ruritania recognised Freedonia", dyad.ModalityAsserted, "2026-03-12", "day", "Kabul", "[Test Post foreign ministry]"},
		{"the Ruritanian envoy informed", dyad.ModalityAsserted, "2026-03-12", "day", "Kabul", "[Test Post Example Wire Freedonian officials]"},
		{"broke off relations", dyad.ModalityAsserted, "2019", "year", "", "[Test Post foreign ministry Example Wire Freedonian officials]"},
		{"will open an embassy", dyad.ModalityFuture, "2026-04", "month", "", "[Test Post foreign ministry Example Wire Freedonian officials]"},
		{"Sylvania praised", dyad.ModalityAsserted, "2026-03-12", "day", "Kabul", "[Test Post foreign ministry Example Wire Freedonian officials]"},
	}
	s := setting.New(nil)
	a := dyad.Article{ID: "t", Text: text, Published: friday, Outlet: "Test Post"}
	d := nlp.Tokenize(text)
	for _, tt := range tests {
		evs := []dyad.Event{eventAt(t, d, tt.phrase, tt.mod)}
		s.Set(a, d, evs)
		e := evs[0]
		loc := ""
		if e.Location != nil {
			loc = e.Location.Name
		}
		if e.Date != tt.date || e.DatePrecision != tt.precision || loc != tt.place || fmt.Sprint(e.Attribution) != tt.sources {
			t.Errorf("%q: date %s/%s place %q sources %v; want %s/%s %q %s",
				tt.phrase, e.Date, e.DatePrecision, loc, e.Attribution, tt.date, tt.precision, tt.place, tt.sources)
		}
	}
}

func TestSetFallbacks(t *testing.T) {
	s := setting.New(nil)
	text := "Ruritania and Freedonia signed a treaty."
	d := nlp.Tokenize(text)
	pub := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	evs := []dyad.Event{eventAt(t, d, "signed", dyad.ModalityAsserted)}
	s.Set(dyad.Article{Text: text, Published: pub}, d, evs)
	if e := evs[0]; e.Date != "2026-01-02" || e.DatePrecision != dyad.PrecisionPublished || e.Location != nil || e.Attribution == nil {
		t.Errorf("fallbacks = %+v; want the publication date, no place, empty attribution", e)
	}
	evs = []dyad.Event{eventAt(t, d, "signed", dyad.ModalityAsserted)}
	s.Set(dyad.Article{Text: text}, d, evs)
	if e := evs[0]; e.Date != "" || e.DatePrecision != "" {
		t.Errorf("no publication date: got %q/%q, want none", e.Date, e.DatePrecision)
	}
	// An event dated only by publication happened where the dateline says.
	text = "GENEVA - Ruritania and Freedonia signed a treaty."
	d = nlp.Tokenize(text)
	evs = []dyad.Event{eventAt(t, d, "signed", dyad.ModalityAsserted)}
	s.Set(dyad.Article{Text: text, Published: pub}, d, evs)
	if e := evs[0]; e.Location == nil || e.Location.Name != "Geneva" || e.DatePrecision != dyad.PrecisionPublished {
		t.Errorf("dateline: %+v, want Geneva", e)
	}
	// A date in the sentence before, in the same paragraph.
	text = "On Tuesday the envoys met in Geneva. They said Ruritania would recognise Freedonia, and Sylvania welcomed it."
	d = nlp.Tokenize(text)
	evs = []dyad.Event{eventAt(t, d, "Sylvania welcomed", dyad.ModalityAsserted)}
	s.Set(dyad.Article{Text: text, Published: pub}, d, evs)
	if e := evs[0]; e.Date != "2025-12-30" || e.DatePrecision != dyad.PrecisionDay {
		t.Errorf("previous sentence: %s/%s, want 2025-12-30/day", e.Date, e.DatePrecision)
	}
	// Without a publication date, an event "on Thursday" has a date of its
	// own that cannot be resolved: it takes no other, not even the year
	// the lead names for something else.
	text = "Ruritania said on Thursday that Freedonia had recognised it. The junta took power in 2021."
	d = nlp.Tokenize(text)
	evs = []dyad.Event{eventAt(t, d, "Freedonia had recognised", dyad.ModalityAsserted)}
	s.Set(dyad.Article{Text: text}, d, evs)
	if e := evs[0]; e.Date != "" || e.DatePrecision != "" {
		t.Errorf("unresolvable own date: got %q/%q, want none", e.Date, e.DatePrecision)
	}
	// A year the lead names for something else is no date for an undated
	// event of a later article, nor of an undated one.
	text = "Ruritania has recognised Freedonia. The junta took power in 2021."
	d = nlp.Tokenize(text)
	for _, tt := range []struct {
		pub        time.Time
		date, prec string
	}{{pub, "2026-01-02", dyad.PrecisionPublished}, {time.Time{}, "", ""}, {time.Date(2021, 9, 1, 0, 0, 0, 0, time.UTC), "2021", "year"}} {
		evs = []dyad.Event{eventAt(t, d, "Ruritania has recognised", dyad.ModalityAsserted)}
		s.Set(dyad.Article{Text: text, Published: tt.pub}, d, evs)
		if e := evs[0]; e.Date != tt.date || e.DatePrecision != tt.prec {
			t.Errorf("lead year, published %v: got %q/%q, want %q/%q", tt.pub, e.Date, e.DatePrecision, tt.date, tt.prec)
		}
	}
	// An asserted event never takes a date after publication: that is
	// the date of the act announced.
	text = "Ruritania will recognise Freedonia on January 20, the minister said."
	d = nlp.Tokenize(text)
	evs = []dyad.Event{eventAt(t, d, "Ruritania will recognise", dyad.ModalityAsserted),
		eventAt(t, d, "Ruritania will recognise", dyad.ModalityFuture)}
	s.Set(dyad.Article{Text: text, Published: pub}, d, evs)
	if e := evs[0]; e.Date != "2026-01-02" || e.DatePrecision != dyad.PrecisionPublished {
		t.Errorf("announcement: %s/%s, want the publication date", e.Date, e.DatePrecision)
	}
	if e := evs[1]; e.Date != "2026-01-20" || e.DatePrecision != dyad.PrecisionDay {
		t.Errorf("announced act: %s/%s, want 2026-01-20/day", e.Date, e.DatePrecision)
	}
	// Out-of-range sentences are left alone.
	evs = []dyad.Event{{Sentence: 7}}
	s.Set(dyad.Article{Text: text, Published: pub}, d, evs)
	if evs[0].Date != "" {
		t.Errorf("bad sentence index got a date %q", evs[0].Date)
	}
}

func ExampleSetter_Set() {
	text := "Ruritania's envoy met the Freedonian foreign minister in Addis Ababa on Tuesday, state media reported."
	d := nlp.Tokenize(text)
	evs := []dyad.Event{{Sentence: 0, Span: [2]int{0, 29}, Modality: dyad.ModalityAsserted}}
	a := dyad.Article{Text: text, Published: time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)}
	setting.New(nil).Set(a, d, evs)
	fmt.Println(evs[0].Date, evs[0].DatePrecision, evs[0].Location.Name, evs[0].Attribution)
	// Output: 2026-05-05 day Addis Ababa [state media]
}
