package knowledge

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/sqlite"
)

// fev is an event for the may-follow tests: src does code toward tgt with
// the modality, dated day (precision by its length), with the sentence.
func fev(src, tgt, code string, m dyad.Modality, day, sentence string) dyad.Event {
	prec := dyad.PrecisionDay
	switch len(day) {
	case 7:
		prec = dyad.PrecisionMonth
	case 4:
		prec = dyad.PrecisionYear
	}
	return dyad.Event{Source: dyad.Actor{Code: src + "GOV", Country: src, Text: src},
		Target: dyad.Actor{Code: tgt + "GOV", Country: tgt, Text: tgt}, Code: code, Root: code[:2],
		Modality: m, Date: day, DatePrecision: prec, Evidence: sentence, Attribution: []string{}}
}

// frec is an invented article published at noon of the day, with its
// events, as a record to store.
func frec(id, outlet, published string, evs ...dyad.Event) dyad.Record {
	a := dyad.Article{ID: id, Outlet: outlet, Published: date(published).Add(12 * time.Hour),
		Title: "Invented story " + id, Text: "Invented text of " + id + "."}
	a.Finish()
	for i := range evs {
		evs[i].ArticleID = id
		evs[i].Sentence = i
		evs[i].Span = [2]int{i, i + 1}
	}
	return dyad.Record{Article: a, Events: evs}
}

// followStore returns a SQLite store in a temporary folder holding recs.
func followStore(t *testing.T, recs []dyad.Record) dyad.Store {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "follow.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Save(ctx, recs); err != nil {
		t.Fatal(err)
	}
	return s
}

const (
	asserted     = dyad.ModalityAsserted
	negated      = dyad.ModalityNegated
	future       = dyad.ModalityFuture
	conditional  = dyad.ModalityConditional
	hypothetical = dyad.ModalityHypothetical
	question     = dyad.ModalityQuestion
)

// palestineNews is an invented set of articles about who may recognise
// Palestine (PSE).
func palestineNews() []dyad.Record {
	return []dyad.Record{
		// Spain announces, with a date, and recognises on that date.
		frec("p1", "Harbour Post", "2024-05-22",
			fev("ESP", "PSE", "032", asserted, "2024-05-22", "Spain said it will recognise Palestine on 28 May."),
			fev("ESP", "PSE", "054", future, "2024-05-28", "Spain said it will recognise Palestine on 28 May.")),
		frec("p2", "Northern Wire", "2024-05-28",
			fev("ESP", "PSE", "054", asserted, "2024-05-28", "Spain recognised Palestine on Tuesday.")),
		// Ireland's 032 has no word of recognition, but its article has a
		// conditional 054 of Ireland: the recognition context.
		frec("p3", "Plains Gazette", "2024-04-10",
			fev("IRL", "PSE", "032", asserted, "2024-04-10", "Ireland said it would move ahead together with Spain."),
			fev("IRL", "PSE", "054", conditional, "2024-04-10", "Dublin would take the step if others joined.")),
		// Norway's 032 has neither: it is not about recognition.
		frec("p4", "Plains Gazette", "2024-04-11",
			fev("NOR", "PSE", "032", asserted, "2024-04-11", "Norway pledged to keep working with the authority on aid."),
			fev("NOR", "PSE", "054", negated, "2024-04-11", "Norway has not recognised Palestine.")),
		// Slovenia's 032 speaks of recognition by itself.
		frec("p5", "Delta Observer", "2024-05-09",
			fev("SVN", "PSE", "032", asserted, "2024-05-09", "Slovenia's government launched the procedure for recognition of Palestine.")),
		// Malta will recognise, in a month to come.
		frec("p6", "Harbour Post", "2024-05-30",
			fev("MLT", "PSE", "054", future, "2024-07", "Malta will recognise Palestine in July.")),
		// Belgium could recognise, twice reported, and once asked about.
		frec("p7", "Valley Chronicle", "2024-03-01",
			fev("BEL", "PSE", "054", hypothetical, "2024-03-01", "Belgium could recognise Palestine.")),
		frec("p8", "Northern Wire", "2024-06-15",
			fev("BEL", "PSE", "054", hypothetical, "2024-06-15", "Belgium might recognise Palestine this year."),
			fev("FRA", "PSE", "054", question, "2024-06-15", "Will France recognise Palestine?")),
		// Papua New Guinea recognises, announces (fulfilled) before, is
		// said to consider again while recognising, withdraws, and
		// announces again.
		frec("p9", "Summit Dispatch", "2019-12-02",
			fev("PNG", "PSE", "032", asserted, "2019-12-02", "Papua New Guinea said it intends to recognise Palestine.")),
		frec("p10", "Summit Dispatch", "2020-01-10",
			fev("PNG", "PSE", "054", asserted, "2020-01-10", "Papua New Guinea recognised Palestine.")),
		frec("p11", "Summit Dispatch", "2021-02-01",
			fev("PNG", "PSE", "054", hypothetical, "2021-02-01", "Papua New Guinea could recognise Palestine anew.")),
		frec("p12", "Summit Dispatch", "2021-03-01",
			fev("PNG", "PSE", "161", asserted, "2021-03-01", "Papua New Guinea withdrew its recognition of Palestine.")),
		frec("p13", "Capital Courier", "2022-06-01",
			fev("PNG", "PSE", "032", asserted, "2022-06-01", "Papua New Guinea said it would restore recognition of Palestine.")),
		// Afghanistan: a hypothetical recognition of the Islamic Republic
		// does not carry over to the Emirate; a future one of the Emirate.
		frec("a1", "Harbour Post", "2012-03-02",
			fev("CHN", "AFG", "054", hypothetical, "2012-03-02", "China could recognise the government in Kabul.")),
		frec("a2", "Northern Wire", "2025-03-05",
			fev("UZB", "AFG", "054", future, "2025-03-05", "Uzbekistan will recognise the Taliban government.")),
		frec("a3", "Northern Wire", "2025-03-06",
			fev("UZB", "AFG", "032", asserted, "2025-03-06", "Tashkent said it would upgrade ties."),
			fev("UZB", "AFG", "054", future, "2025-03-06", "Tashkent will recognise Kabul soon.")),
	}
}

// prospect is a may-follow entry in short: recogniser, kind, since, date,
// expected and reports.
func prospect(p Prospect) string {
	s := fmt.Sprintf("%s %s %s..%s n=%d", p.Recognizer, p.Kind, p.Since, p.Date, p.Reports)
	if p.Expected != "" {
		s += " expect " + p.Expected
	}
	return s
}

func TestMayFollowSQLite(t *testing.T) {
	s := followStore(t, palestineNews())
	ctx := context.Background()
	tests := []struct {
		name, entity, asOf string
		want               []string
	}{
		{"before any report", "PSE", "2019-11-30", nil},
		{"announced", "PSE", "2019-12-02", []string{"PNG announced 2019-12-02..2019-12-02 n=1"}},
		{"announced then fulfilled", "PSE", "2020-01-10", nil},
		{"hypothetical while recognising", "PSE", "2021-02-15", nil},
		{"withdrawn, reports before do not count", "PSE", "2021-06-01", nil},
		{"hypothetical", "PSE", "2024-03-01", []string{"PNG announced 2022-06-01..2022-06-01 n=1", "BEL hypothetical 2024-03-01..2024-03-01 n=1"}},
		{"recognised, withdrew, announced again; linked by a conditional 054", "PSE", "2024-04-30", []string{
			"IRL announced 2024-04-10..2024-04-10 n=1",
			"PNG announced 2022-06-01..2022-06-01 n=1",
			"BEL hypothetical 2024-03-01..2024-03-01 n=1",
		}},
		{"announced with a future date", "PSE", "2024-05-27", []string{
			"ESP announced 2024-05-22..2024-05-22 n=1 expect 2024-05-28",
			"SVN announced 2024-05-09..2024-05-09 n=1",
			"IRL announced 2024-04-10..2024-04-10 n=1",
			"PNG announced 2022-06-01..2022-06-01 n=1",
			"BEL hypothetical 2024-03-01..2024-03-01 n=1",
		}},
		{"fulfilled on the day", "PSE", "2024-05-28", []string{
			"SVN announced 2024-05-09..2024-05-09 n=1",
			"IRL announced 2024-04-10..2024-04-10 n=1",
			"PNG announced 2022-06-01..2022-06-01 n=1",
			"BEL hypothetical 2024-03-01..2024-03-01 n=1",
		}},
		{"future, dated by its publication", "PSE", "2024-06-30", []string{
			"SVN announced 2024-05-09..2024-05-09 n=1",
			"IRL announced 2024-04-10..2024-04-10 n=1",
			"PNG announced 2022-06-01..2022-06-01 n=1",
			"MLT future 2024-05-30..2024-05-30 n=1 expect 2024-07",
			"BEL hypothetical 2024-03-01..2024-06-15 n=2",
		}},
		{"everything known", "Palestine", "", []string{
			"SVN announced 2024-05-09..2024-05-09 n=1",
			"IRL announced 2024-04-10..2024-04-10 n=1",
			"PNG announced 2022-06-01..2022-06-01 n=1",
			"MLT future 2024-05-30..2024-05-30 n=1 expect 2024-07",
			"BEL hypothetical 2024-03-01..2024-06-15 n=2",
		}},
		{"regime of the day", "AFG", "2025-03-05", []string{"UZB future 2025-03-05..2025-03-05 n=1"}},
		{"announced by a modal 054 of the article", "AFG", "2025-03-31", []string{"UZB announced 2025-03-05..2025-03-06 n=2"}},
		{"regime by ID", "AFG-2021", "", []string{"UZB announced 2025-03-05..2025-03-06 n=2"}},
		{"earlier regime", "AFG-2004", "", []string{"CHN hypothetical 2012-03-02..2012-03-02 n=1"}},
		{"earlier regime by day", "AFG", "2012-03-02", []string{"CHN hypothetical 2012-03-02..2012-03-02 n=1"}},
	}
	regs := map[string]*Registry{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			state, _, _ := strings.Cut(tt.entity, "-")
			if state == "Palestine" {
				state = "PSE"
			}
			reg := regs[state]
			if reg == nil {
				var err error
				if reg, err = LoadRegistry(ctx, s, RegistryOptions{}, state); err != nil {
					t.Fatal(err)
				}
				regs[state] = reg
			}
			var asOf time.Time
			if tt.asOf != "" {
				asOf = date(tt.asOf)
			}
			st := reg.Status(tt.entity, asOf)
			var got []string
			for _, p := range st.MayFollow {
				got = append(got, prospect(p))
				if slices.ContainsFunc(st.Recognizers, func(r Recognition) bool { return r.Recognizer == p.Recognizer }) {
					t.Errorf("%s both recognises and may follow", p.Recognizer)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("may follow\n got %q\nwant %q", got, tt.want)
			}
		})
	}

	// The details of one entry, the group counts, and a state reported
	// not recognising whose 032 is not about recognition.
	reg := regs["PSE"]
	st := reg.Status("PSE", date("2024-05-27"))
	esp := st.MayFollow[0]
	if !slices.Equal(esp.Kinds, []string{FollowAnnounced, FollowFuture}) || esp.Name != "Spain" ||
		esp.Evidence.ArticleID != "p1" || esp.Evidence.Outlet != "Harbour Post" ||
		esp.Evidence.Sentence != "Spain said it will recognise Palestine on 28 May." {
		t.Errorf("ESP = %+v", esp)
	}
	for _, g := range st.Groups {
		if g.Code == "IGOEUREEC" && g.MayFollow != 4 { // ESP, SVN, IRL, BEL
			t.Errorf("EU may follow %d, want 4", g.MayFollow)
		}
	}
	st = reg.Status("PSE", date("2024-06-30"))
	if !slices.Contains(st.NonRecognizing, "NOR") || slices.ContainsFunc(st.MayFollow, func(p Prospect) bool { return p.Recognizer == "NOR" }) {
		t.Errorf("NOR: non-recognizing %v, may follow %v", st.NonRecognizing, st.MayFollow)
	}
	if b, _ := json.Marshal(reg.Status("FRA", time.Time{})); !strings.Contains(string(b), `"may_follow":[]`) {
		t.Errorf("an empty list is not [] in JSON: %s", b)
	}
}

// TestMayFollowOrder adds the same events one at a time in random orders,
// as LoadRegistry does (054 events before 032 events), and compares the
// answers.
func TestMayFollowOrder(t *testing.T) {
	type one struct {
		a dyad.Article
		e dyad.Event
	}
	var all []one
	for _, r := range palestineNews() {
		for _, e := range r.Events {
			e.ID = dyad.EventID(&e)
			all = append(all, one{r.Article, e})
		}
	}
	status := func() string {
		reg := NewRegistry(RegistryOptions{})
		for _, x := range all {
			reg.Add(x.a, []dyad.Event{x.e})
		}
		b, _ := json.Marshal([]Status{reg.Status("PSE", date("2024-05-27")), reg.Status("AFG", time.Time{})})
		return string(b)
	}
	want := status()
	rnd := rand.New(rand.NewPCG(7, 8))
	for range 10 {
		rnd.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		if got := status(); got != want {
			t.Fatalf("answer differs with order:\n%s\n%s", got, want)
		}
	}
}

func TestSpeaksOfRecognition(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Spain said it will recognise Palestine on 28 May.", true},
		{"Recognition of the state is a matter of time, the minister said.", true},
		{"The president plans to recognize the government.", true},
		{"Kigali will establish diplomatic relations with the new government.", true},
		{"The two states agreed to establish full diplomatic ties.", true},
		{"Norway pledged to keep working with the authority on aid.", false},
		{"Oslo will engage with the unrecognised government.", false},
		{"Despite its non-recognition, Oslo will keep talking to Kabul.", false},
		{"Both sides value their diplomatic relations.", false},
	}
	for _, tt := range tests {
		if got := speaksOfRecognition(tt.sentence); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestRecognitionCode(t *testing.T) {
	for _, tt := range []struct {
		code string
		want bool
	}{{"054", true}, {"161", true}, {"032", true}, {"036", false}, {"0311", false}, {"05", false}, {"", false}} {
		if got := RecognitionCode(tt.code); got != tt.want {
			t.Errorf("RecognitionCode(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}
