package knowledge

import (
	"reflect"
	"testing"

	"dyad"
)

func TestRelationsMatchesScan(t *testing.T) {
	evs := genEvents(20_000)
	evs[3].Modality = dyad.ModalityNegated
	evs[4].Date = "2019-05" // month only
	evs[5].Date = ""
	r := NewRelations()
	if n := r.Add(evs[:10_000]) + r.Add(evs[10_000:]) + r.Add(evs[:10]); n != len(evs)-1 {
		t.Errorf("Add took %d events, want %d", n, len(evs)-1)
	}
	for _, pair := range [][2]string{{"USA", "CHN"}, {"CHN", "USA"}, {"FRA", "DEU"}, {"USA", "USA"}, {"USA", "ATA"}} {
		for _, by := range []Period{Week, Month} {
			want, _ := Series(pair[0], pair[1], by, evs)
			got, err := r.Series(pair[0], pair[1], by)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%v by %s: index and scan differ (%d and %d points)", pair, by, len(got), len(want))
			}
		}
	}
	for _, a := range []string{"USA", "RUS", "ATA"} {
		for _, n := range []int{0, 3} {
			if got, want := r.Partners(a, n), Partners(a, evs, n); !reflect.DeepEqual(got, want) {
				t.Errorf("partners of %s (%d): index %v, scan %v", a, n, got, want)
			}
		}
	}
	if _, err := r.Series("USA", "CHN", "year"); err == nil {
		t.Error("no error for period year")
	}
}

func BenchmarkRelations(b *testing.B) {
	evs := genEvents(1_000_000)
	b.Run("Add", func(b *testing.B) {
		for b.Loop() {
			NewRelations().Add(evs)
		}
	})
	r := NewRelations()
	r.Add(evs)
	b.Run("Series/month", func(b *testing.B) {
		for b.Loop() {
			r.Series("USA", "CHN", Month)
		}
	})
	b.Run("Series/week", func(b *testing.B) {
		for b.Loop() {
			r.Series("USA", "CHN", Week)
		}
	})
	b.Run("Partners", func(b *testing.B) {
		for b.Loop() {
			r.Partners("USA", 10)
		}
	})
}
