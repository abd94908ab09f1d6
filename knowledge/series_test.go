package knowledge

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"dyad"
)

func tone(id, src, tgt, code, day string, goldstein float64) dyad.Event {
	e := ev(id, src, tgt, code, day, "day")
	if len(day) == 7 {
		e.DatePrecision = "month"
	}
	e.Goldstein = goldstein
	return e
}

func TestSeries(t *testing.T) {
	evs := []dyad.Event{
		tone("1", "USA", "CHN", "042", "2025-01-06", 1.9), // Monday
		tone("2", "CHN", "USA", "112", "2025-01-12", -2),  // Sunday, same week
		tone("3", "USA", "CHN", "163", "2025-01-13", -8),  // next Monday
		tone("4", "USA", "CHN", "057", "2025-03", 8),      // month only
		tone("5", "USA", "RUS", "042", "2025-01-07", 1.9), // another pair
		tone("6", "USA", "CHN", "061", "2025", 6),         // year only
		tone("7", "USA", "CHN", "190", "", -10),           // no date
	}
	neg := tone("8", "USA", "CHN", "163", "2025-01-07", -8)
	neg.Modality = dyad.ModalityHypothetical
	evs = append(evs, neg)

	weeks, err := Series("CHN", "USA", Week, evs)
	if err != nil {
		t.Fatal(err)
	}
	want := []Point{
		{Start: "2025-01-06", Events: 2, Quad: [4]int{1, 0, 1, 0}, Goldstein: -0.1, Mean: -0.05},
		{Start: "2025-01-13", Events: 1, Quad: [4]int{0, 0, 0, 1}, Goldstein: -8, Mean: -8},
	}
	if !approxPoints(weeks, want) {
		t.Errorf("weeks:\n got %+v\nwant %+v", weeks, want)
	}
	months, err := Series("USA", "CHN", Month, evs)
	if err != nil {
		t.Fatal(err)
	}
	want = []Point{
		{Start: "2025-01-01", Events: 3, Quad: [4]int{1, 0, 1, 1}, Goldstein: -8.1, Mean: -2.7},
		{Start: "2025-02-01"},
		{Start: "2025-03-01", Events: 1, Quad: [4]int{1, 0, 0, 0}, Goldstein: 8, Mean: 8},
	}
	if !approxPoints(months, want) {
		t.Errorf("months:\n got %+v\nwant %+v", months, want)
	}
	if got, _ := Series("USA", "FRA", Month, evs); got == nil || len(got) != 0 {
		t.Errorf("no events: got %#v, want an empty slice", got)
	}
	if _, err := Series("USA", "CHN", "day", evs); err == nil {
		t.Error("no error for period day")
	}
}

func approxPoints(a, b []Point) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Start != y.Start || x.Events != y.Events || x.Quad != y.Quad ||
			abs(x.Goldstein-y.Goldstein) > 1e-9 || abs(x.Mean-y.Mean) > 1e-9 {
			return false
		}
	}
	return true
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func TestPeriodKey(t *testing.T) {
	// Every day from 1900 to 2100 maps to the Monday that time.Time finds.
	for d := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2100; d = d.AddDate(0, 0, 1) {
		k, ok := periodKey(d.Format(time.DateOnly), Week)
		back := (int(d.Weekday()) + 6) % 7
		if want := d.AddDate(0, 0, -back).Format(time.DateOnly); !ok || dayString(k) != want {
			t.Fatalf("%s: week starts %s, want %s", d.Format(time.DateOnly), dayString(k), want)
		}
	}
	for _, bad := range []string{"", "2025-02-30", "2025-13", "2025-1-01", "20x5", "2025/01/01", "2025-00"} {
		if _, ok := periodKey(bad, Month); ok {
			t.Errorf("periodKey(%q) accepted", bad)
		}
	}
	if _, ok := periodKey("2025", Month); ok {
		t.Error("a year-only date got a month")
	}
}

func TestQuadOf(t *testing.T) {
	for _, tt := range []struct {
		code string
		quad int
		want int
	}{{"010", 0, 1}, {"057", 0, 1}, {"061", 0, 2}, {"081", 0, 2}, {"090", 0, 3}, {"130", 0, 3}, {"145", 0, 4},
		{"204", 0, 4}, {"21", 0, 0}, {"x1", 0, 0}, {"190", 2, 2}} {
		e := dyad.Event{Code: tt.code, Quad: tt.quad}
		if got := quadOf(&e); got != tt.want {
			t.Errorf("quadOf(%s, %d) = %d, want %d", tt.code, tt.quad, got, tt.want)
		}
	}
}

func TestPartners(t *testing.T) {
	evs := []dyad.Event{
		tone("1", "FRA", "DEU", "042", "2025-01-06", 2),
		tone("2", "DEU", "FRA", "057", "2025-01-07", 8),
		tone("3", "FRA", "MLI", "190", "2025-01-08", -10),
		tone("4", "MLI", "FRA", "112", "2025-01-09", -2),
		tone("5", "FRA", "ITA", "042", "2025-01-06", 2),
		tone("6", "FRA", "FRA", "042", "2025-01-06", 2), // domestic
		tone("7", "ITA", "DEU", "042", "2025-01-06", 2), // not FRA
	}
	got := Partners("FRA", evs, 2)
	want := []Partner{
		{Country: "DEU", Events: 2, Out: 1, In: 1, Quad: [4]int{2, 0, 0, 0}, Goldstein: 10, Mean: 5},
		{Country: "MLI", Events: 2, Out: 1, In: 1, Quad: [4]int{0, 0, 1, 1}, Goldstein: -12, Mean: -6},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if all := Partners("FRA", evs, 0); len(all) != 3 {
		t.Errorf("all partners: %d, want 3", len(all))
	}
}

// genEvents returns n asserted events among 20 states over ten years
// (2015-2024); a tenth are between the USA and China.
func genEvents(n int) []dyad.Event {
	r := rand.New(rand.NewPCG(8, 9))
	states := corpusStates[:15]
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	evs := make([]dyad.Event, n)
	for i := range evs {
		a, b := states[r.IntN(len(states))], states[r.IntN(len(states))]
		if r.IntN(10) == 0 {
			a, b = "USA", "CHN"
			if r.IntN(2) == 0 {
				a, b = b, a
			}
		}
		root := corpusRoots[r.IntN(len(corpusRoots))]
		code := corpusCodes[root][r.IntN(len(corpusCodes[root]))]
		evs[i] = dyad.Event{ID: fmt.Sprint(i), Source: dyad.Actor{Country: a}, Target: dyad.Actor{Country: b},
			Code: code, Root: root, Modality: dyad.ModalityAsserted, Goldstein: float64(r.IntN(21) - 10),
			Date: base.AddDate(0, 0, r.IntN(3652)).Format(time.DateOnly), DatePrecision: "day"}
	}
	return evs
}

func BenchmarkSeries(b *testing.B) {
	evs := genEvents(1_000_000)
	for _, by := range []Period{Month, Week} {
		b.Run(string(by), func(b *testing.B) {
			var pts []Point
			for b.Loop() {
				pts, _ = Series("USA", "CHN", by, evs)
			}
			b.ReportMetric(float64(len(pts)), "points")
		})
	}
}

func BenchmarkPartners(b *testing.B) {
	evs := genEvents(1_000_000)
	for b.Loop() {
		Partners("USA", evs, 10)
	}
}
