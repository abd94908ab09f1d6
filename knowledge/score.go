package knowledge

// PairwiseScore compares a clustering with a gold clustering, both given
// as item -> cluster label. Over all pairs of items in gold, precision is
// the share of pairs put together in got that are together in gold, and
// recall the share of gold pairs that got puts together. Items of gold
// missing from got count as singletons; items only in got are ignored.
// With no predicted (or gold) pairs, precision (or recall) is 1.
func PairwiseScore(gold, got map[string]string) (precision, recall, f1 float64) {
	type cell struct{ g, p string }
	cells := map[cell]int{}
	goldSize := map[string]int{}
	gotSize := map[string]int{}
	for item, g := range gold {
		p, ok := got[item]
		if !ok {
			p = "\x00singleton\x00" + item
		} else {
			p = "\x01" + p
		}
		cells[cell{g, p}]++
		goldSize[g]++
		gotSize[p]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, gp, pp float64
	for _, n := range cells {
		tp += pairs(n)
	}
	for _, n := range goldSize {
		gp += pairs(n)
	}
	for _, n := range gotSize {
		pp += pairs(n)
	}
	precision, recall = 1, 1
	if pp > 0 {
		precision = tp / pp
	}
	if gp > 0 {
		recall = tp / gp
	}
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}
