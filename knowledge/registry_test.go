package knowledge

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"dyad"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// rec is a recognition-related event for registry tests.
func rec(id, src, tgt, code, day string, m dyad.Modality) dyad.Event {
	prec := dyad.PrecisionDay
	switch len(day) {
	case 7:
		prec = dyad.PrecisionMonth
	case 4:
		prec = dyad.PrecisionYear
	}
	return dyad.Event{ID: id, Source: dyad.Actor{Code: src + "GOV", Country: src, Text: src},
		Target: dyad.Actor{Code: tgt + "GOV", Country: tgt}, Code: code, Root: code[:2], Modality: m,
		Date: day, DatePrecision: prec, Evidence: "Invented sentence for " + id + "."}
}

type item struct {
	a   dyad.Article
	evs []dyad.Event
}

func article(id, outlet, published string, evs ...dyad.Event) item {
	for i := range evs {
		evs[i].ArticleID = id
	}
	return item{dyad.Article{ID: id, Outlet: outlet, Published: date(published).Add(8 * time.Hour)}, evs}
}

// afghanNews is an invented set of articles about the recognition of the
// Afghan government.
func afghanNews() []item {
	return []item{
		article("n1", "Harbour Post", "2025-07-04",
			rec("n1-1", "RUS", "AFG", "054", "2025-07-03", dyad.ModalityAsserted),
			dyad.Event{ID: "n1-2", Source: dyad.Actor{Text: "Western countries"}, Target: dyad.Actor{Code: "AFGGOV", Country: "AFG"},
				Code: "054", Root: "05", Modality: dyad.ModalityNegated, Date: "2025-07-04", DatePrecision: "published",
				Evidence: "No Western government has followed the move so far."}),
		article("n2", "Northern Wire", "2025-07-04", rec("n2-1", "RUS", "AFG", "054", "2025-07-03", dyad.ModalityAsserted)),
		article("n3", "Harbour Post", "2025-07-05", rec("n3-1", "RUS", "AFG", "054", "2025-07", dyad.ModalityAsserted)),
		article("n4", "Plains Gazette", "2025-07-08",
			rec("n4-1", "CHN", "AFG", "054", "2025-07-08", dyad.ModalityHypothetical),
			rec("n4-2", "KAZ", "AFG", "054", "2025-07-08", dyad.ModalityNegated),
			rec("n4-3", "IND", "AFG", "042", "2025-07-07", dyad.ModalityAsserted)),
		// A recognition of the previous government does not carry over.
		article("n5", "Delta Observer", "2012-03-02", rec("n5-1", "FRA", "AFG", "054", "2012-03-01", dyad.ModalityAsserted)),
	}
}

func load(items []item) *Registry {
	r := NewRegistry(RegistryOptions{})
	for _, it := range items {
		r.Add(it.a, it.evs)
	}
	return r
}

func TestStatusAfghanistan(t *testing.T) {
	r := load(afghanNews())
	st := r.Status("AFG", date("2025-07-10"))
	if st.Regime == nil || st.Regime.ID != "AFG-2021" {
		t.Fatalf("regime = %+v, want AFG-2021", st.Regime)
	}
	if len(st.Recognizers) != 1 {
		t.Fatalf("recognizers = %+v, want RUS only", st.Recognizers)
	}
	got := st.Recognizers[0]
	want := Recognition{Recognizer: "RUS", Name: "Russia", Date: "2025-07-03", Precision: "day",
		Evidence: Evidence{ArticleID: "n1", EventID: "n1-1", Outlet: "Harbour Post", Published: date("2025-07-04").Add(8 * time.Hour),
			Sentence: "Invented sentence for n1-1."},
		Support: Support{Articles: 2, Outlets: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("recognition\n got %+v\nwant %+v", got, want)
	}
	// The report dated only to July counts from the end of July.
	if sup := r.Status("AFG", date("2025-07-31")).Recognizers[0].Support; sup != (Support{Articles: 3, Outlets: 2}) {
		t.Errorf("support on 2025-07-31 = %+v", sup)
	}
	if st.First == nil || st.First.Recognizer != "RUS" {
		t.Errorf("first = %+v", st.First)
	}
	var groups []string
	for _, nr := range st.NonRecognizers {
		groups = append(groups, nr.Recognizer)
	}
	if !slices.Equal(groups, []string{"WST", "KAZ"}) {
		t.Errorf("non-recognizers = %v, want [WST KAZ]", groups)
	}
	for _, c := range []string{"USA", "GBR", "DEU", "KAZ", "LIE"} {
		if !slices.Contains(st.NonRecognizing, c) {
			t.Errorf("%s missing from non-recognizing states", c)
		}
	}
	counts := map[string]GroupCount{}
	for _, g := range st.Groups {
		counts[g.Code] = g
	}
	if g := counts["IGOCAS"]; g.Recognizing != 1 || g.Members != 10 || !slices.Equal(g.Recognizers, []string{"RUS"}) {
		t.Errorf("SCO count = %+v", g)
	}
	if g := counts["IGOEUREEC"]; g.Recognizing != 0 || g.NonRecognizing != 27 || g.Members != 27 {
		t.Errorf("EU count = %+v", g)
	}
	if g := counts["IGOGOS"]; g.NonRecognizing != 6 { // Japan is not in the Western grouping
		t.Errorf("G7 count = %+v", g)
	}
	if len(st.Groups) != 10 {
		t.Errorf("%d groups, want 10", len(st.Groups))
	}
}

func TestStatusAsOf(t *testing.T) {
	r := load(afghanNews())
	tests := []struct {
		entity, asOf string
		regime       string
		recognizers  []string
		non          int
	}{
		{"AFG", "2025-07-02", "AFG-2021", nil, 0},
		{"AFG", "2025-07-03", "AFG-2021", []string{"RUS"}, 0},
		{"Afghanistan", "2025-07-04", "AFG-2021", []string{"RUS"}, 1},
		{"afg", "2025-07-31", "AFG-2021", []string{"RUS"}, 2},
		{"AFG", "2012-06-01", "AFG-2004", []string{"FRA"}, 0},
		{"AFG-2004", "2025-07-31", "AFG-2004", []string{"FRA"}, 0},
		{"AFG", "", "AFG-2021", []string{"RUS"}, 2},
		{"XYZ", "2025-07-31", "", nil, 0},
		{"SYR", "2025-07-31", "SYR-2024", nil, 0},
		{"FRA", "2025-07-31", "", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.entity+"@"+tt.asOf, func(t *testing.T) {
			var asOf time.Time
			if tt.asOf != "" {
				asOf = date(tt.asOf)
			}
			st := r.Status(tt.entity, asOf)
			regime := ""
			if st.Regime != nil {
				regime = st.Regime.ID
			}
			var got []string
			for _, x := range st.Recognizers {
				got = append(got, x.Recognizer)
			}
			if regime != tt.regime || !slices.Equal(got, tt.recognizers) || len(st.NonRecognizers) != tt.non {
				t.Errorf("regime %q recognizers %v non-recognizers %d; want %q %v %d",
					regime, got, len(st.NonRecognizers), tt.regime, tt.recognizers, tt.non)
			}
		})
	}
}

func TestMonthTakesEffectAtItsEnd(t *testing.T) {
	r := NewRegistry(RegistryOptions{})
	r.Add(dyad.Article{ID: "m"}, []dyad.Event{rec("m1", "NIC", "PSE", "054", "2024-05", dyad.ModalityAsserted)})
	if n := len(r.Status("PSE", date("2024-05-30")).Recognizers); n != 0 {
		t.Errorf("recognised before the month ended: %d", n)
	}
	st := r.Status("PSE", date("2024-05-31"))
	if len(st.Recognizers) != 1 || st.Recognizers[0].Date != "2024-05" || st.Recognizers[0].Precision != "month" {
		t.Errorf("got %+v", st.Recognizers)
	}
}

// TestSwitch follows an invented switch of recognition from Taiwan to the
// People's Republic of China, and a state that recognises, withdraws and
// recognises again.
func TestSwitch(t *testing.T) {
	r := NewRegistry(RegistryOptions{})
	if _, err := r.Import(strings.NewReader("recognizer,recognized,date,kind,source\nHND,TWN,1941,recognize,invented reference\nBLZ,TWN,1989-10-11,recognize,\n")); err != nil {
		t.Fatal(err)
	}
	r.Add(dyad.Article{ID: "s1", Outlet: "Capital Courier"}, []dyad.Event{
		rec("s1-1", "HND", "CHN", "054", "2023-03-26", dyad.ModalityAsserted),
		rec("s1-2", "HND", "TWN", "161", "2023-03-26", dyad.ModalityAsserted),
	})
	r.Add(dyad.Article{ID: "s2", Outlet: "Summit Dispatch"}, []dyad.Event{
		rec("s2-1", "BLZ", "TWN", "161", "2024-02-01", dyad.ModalityAsserted),
		rec("s2-2", "BLZ", "TWN", "161", "2024-02-02", dyad.ModalityNegated), // not a withdrawal
	})
	r.Add(dyad.Article{ID: "s3", Outlet: "Daily Meridian"}, []dyad.Event{
		rec("s3-1", "BLZ", "TWN", "054", "2024-09", dyad.ModalityAsserted),
		rec("s3-2", "BLZ", "TWN", "161", "2024-02-01", dyad.ModalityAsserted), // the same withdrawal, reported again
	})
	names := func(st Status) (rs, ws []string) {
		for _, x := range st.Recognizers {
			rs = append(rs, x.Recognizer+"@"+x.Date)
		}
		for _, x := range st.Withdrawals {
			ws = append(ws, x.Recognizer+"@"+x.Date+"<"+x.Since)
		}
		return rs, ws
	}
	tests := []struct {
		asOf   string
		rs, ws []string
	}{
		{"2023-03-25", []string{"HND@1941", "BLZ@1989-10-11"}, nil},
		{"2023-03-26", []string{"BLZ@1989-10-11"}, []string{"HND@2023-03-26<1941"}},
		{"2024-03-01", nil, []string{"HND@2023-03-26<1941", "BLZ@2024-02-01<1989-10-11"}},
		{"2024-10-01", []string{"BLZ@2024-09"}, []string{"HND@2023-03-26<1941", "BLZ@2024-02-01<1989-10-11"}},
	}
	for _, tt := range tests {
		st := r.Status("TWN", date(tt.asOf))
		rs, ws := names(st)
		if !slices.Equal(rs, tt.rs) || !slices.Equal(ws, tt.ws) {
			t.Errorf("as of %s: recognizers %v withdrawals %v; want %v %v", tt.asOf, rs, ws, tt.rs, tt.ws)
		}
		if st.First == nil || st.First.Recognizer != "HND" || st.First.Support.Facts != 1 {
			t.Errorf("as of %s: first = %+v", tt.asOf, st.First)
		}
	}
	st := r.Status("TWN", date("2024-03-01"))
	if w := st.Withdrawals[1]; w.Support != (Support{Articles: 2, Outlets: 2}) {
		t.Errorf("BLZ withdrawal support = %+v", w.Support)
	}
	if got := r.Status("CHN", date("2024-01-01")).Recognizers; len(got) != 1 || got[0].Recognizer != "HND" {
		t.Errorf("CHN recognizers = %+v", got)
	}
}

func TestNonRecognitionThenRecognition(t *testing.T) {
	r := NewRegistry(RegistryOptions{})
	if err := r.AddNonRecognition("Western countries", "AFG", date("2025-01-10"), Evidence{ArticleID: "x1"}); err != nil {
		t.Fatal(err)
	}
	if err := r.AddNonRecognition("IGOEUREEC", "AFG", date("2025-02-10"), Evidence{ArticleID: "x2"}); err != nil {
		t.Fatal(err)
	}
	if err := r.AddNonRecognition("NOR", "AFG", date("2025-02-11"), Evidence{ArticleID: "x3"}); err != nil {
		t.Fatal(err)
	}
	if err := r.AddRecognition("NOR", "AFG", date("2025-03-01"), Evidence{ArticleID: "x4"}); err != nil {
		t.Fatal(err)
	}
	before := r.Status("AFG", date("2025-02-20"))
	if len(before.NonRecognizers) != 3 {
		t.Errorf("non-recognizers before = %+v", before.NonRecognizers)
	}
	after := r.Status("AFG", date("2025-03-20"))
	if !slices.Contains(before.NonRecognizing, "NOR") || slices.Contains(after.NonRecognizing, "NOR") {
		t.Errorf("NOR non-recognizing before %v after %v", slices.Contains(before.NonRecognizing, "NOR"),
			slices.Contains(after.NonRecognizing, "NOR"))
	}
	// NOR's own report predates its recognition, so it is dropped.
	if len(after.NonRecognizers) != 2 || after.NonRecognizers[0].Recognizer != "WST" || !after.NonRecognizers[0].Group {
		t.Errorf("non-recognizers = %+v", after.NonRecognizers)
	}
	// The group is expanded to its members on the day of the report.
	if got := len(after.NonRecognizers[1].Members); got != 27 {
		t.Errorf("EU members on 2025-02-10 = %d", got)
	}
	for _, bad := range []struct{ who, what string }{{"Atlantis", "AFG"}, {"FRA", "ZZZ"}, {"FRA", "AFG-2004"}} {
		if err := r.AddNonRecognition(bad.who, bad.what, date("2025-01-01"), Evidence{}); err == nil {
			t.Errorf("AddNonRecognition(%q, %q) gave no error", bad.who, bad.what)
		}
	}
	if err := r.AddRecognition("WST", "AFG", date("2025-01-01"), Evidence{}); err == nil {
		t.Error("a group recognised a state")
	}
	if err := r.AddWithdrawal("AFG", "AFG", date("2025-01-01"), Evidence{}); err == nil {
		t.Error("a state withdrew recognition of itself")
	}
}

// TestStatusDeterministic loads the same articles in random orders and
// compares the JSON of the statuses.
func TestStatusDeterministic(t *testing.T) {
	items := append(afghanNews(), article("n6", "Valley Chronicle", "2025-07-20",
		rec("n6-1", "BLR", "AFG", "054", "2025-07-20", dyad.ModalityAsserted),
		rec("n6-2", "RUS", "AFG", "054", "2025-07-03", dyad.ModalityAsserted)))
	want, err := json.Marshal(load(items).Status("AFG", date("2025-08-01")))
	if err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		rnd.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		got, _ := json.Marshal(load(items).Status("AFG", date("2025-08-01")))
		if string(got) != string(want) {
			t.Fatalf("status differs with order:\n%s\n%s", got, want)
		}
	}
	if !strings.Contains(string(want), `"recognizers":[{"recognizer":"RUS"`) {
		t.Errorf("unexpected JSON: %s", want)
	}
}

func TestAddSkips(t *testing.T) {
	r := NewRegistry(RegistryOptions{})
	evs := []dyad.Event{
		rec("k1", "RUS", "AFG", "054", "2025-07-03", dyad.ModalityAsserted),
		rec("k1", "RUS", "AFG", "054", "2025-07-03", dyad.ModalityAsserted), // repeated ID
		rec("k2", "RUS", "AFG", "042", "2025-07-03", dyad.ModalityAsserted), // not a recognition
		rec("k3", "RUS", "AFG", "054", "2025-07-03", dyad.ModalityFuture),   // may follow
		rec("k4", "RUS", "AFG", "161", "2025-07-03", dyad.ModalityNegated),
		rec("k9", "RUS", "AFG", "054", "2025-07-03", dyad.ModalityQuestion),
		rec("k10", "RUS", "AFG", "032", "2025-07-03", dyad.ModalityFuture),
		rec("k11", "RUS", "AFG", "032", "2025-07-03", dyad.ModalityNegated),
		rec("k12", "RUS", "AFG", "161", "2025-07-03", dyad.ModalityFuture),
		rec("k13", "WST", "AFG", "054", "2025-07-03", dyad.ModalityHypothetical), // a group does not follow
		rec("k5", "RUS", "RUS", "054", "2025-07-03", dyad.ModalityAsserted),
		rec("k6", "IGOUNO", "AFG", "054", "2025-07-03", dyad.ModalityAsserted),
		rec("k7", "RUS", "IGOUNO", "054", "2025-07-03", dyad.ModalityAsserted),
		rec("k8", "RUS", "AFG", "054", "", dyad.ModalityAsserted), // no date, no publication date
	}
	if n := r.Add(dyad.Article{ID: "k"}, evs); n != 2 {
		t.Errorf("Add took %d events, want 2", n)
	}
}

func TestGroupNames(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"no Western country", "WST"}, {"Western nations", "WST"}, {"any EU member state", "IGOEUREEC"},
		{"the Arab League", "IGOMEAARL"}, {"NATO allies", "IGOWSTNAT"},
	} {
		r := NewRegistry(RegistryOptions{})
		got, group, ok := r.recognizerOf(dyad.Actor{Text: tt.in})
		if !ok || !group || got != tt.want {
			t.Errorf("%q: got %q group=%v ok=%v, want %s", tt.in, got, group, ok, tt.want)
		}
	}
}

func TestRegistryConcurrent(t *testing.T) {
	r := NewRegistry(RegistryOptions{})
	items := afghanNews()
	done := make(chan bool)
	for w := range 4 {
		go func() {
			for i := range 50 {
				it := items[(i+w)%len(items)]
				evs := slices.Clone(it.evs)
				for j := range evs {
					evs[j].ID = fmt.Sprintf("%s-%d-%d", evs[j].ID, w, i)
				}
				r.Add(it.a, evs)
				r.Status("AFG", date("2025-07-31"))
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	if got := r.Status("AFG", date("2025-07-31")).Recognizers[0].Support.Articles; got != 3 {
		t.Errorf("support %d articles, want 3", got)
	}
}

// TestStatusIncremental queries between additions and compares the final
// answer with that of a registry loaded at once.
func TestStatusIncremental(t *testing.T) {
	items := afghanNews()
	items = append(items, article("n7", "Valley Chronicle", "2025-08-02",
		rec("n7-1", "RUS", "AFG", "161", "2025-08-01", dyad.ModalityAsserted),
		rec("n7-2", "BLR", "AFG", "054", "2025-07-20", dyad.ModalityAsserted)))
	asOf := date("2025-09-01")
	want, _ := json.Marshal(load(items).Status("AFG", asOf))
	r := NewRegistry(RegistryOptions{})
	for i := len(items) - 1; i >= 0; i-- {
		r.Add(items[i].a, items[i].evs)
		r.Status("AFG", asOf)
		r.Status("AFG", date("2025-07-05"))
	}
	if got, _ := json.Marshal(r.Status("AFG", asOf)); string(got) != string(want) {
		t.Errorf("incremental:\n%s\nbatch:\n%s", got, want)
	}
}
