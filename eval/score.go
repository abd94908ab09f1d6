package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Key is an event as scoring compares it: source, target and code (a
// root or a three-digit code).
type Key struct{ Source, Target, Code string }

func (k Key) String() string { return k.Source + "-" + k.Code + "->" + k.Target }

// Scores are the figures of a news evaluation. They follow the matching
// rules of dyad's annotation guidelines: within an article, events compare
// as sets of (source, target, root code) keys (and of three-digit codes for
// the code level); only asserted predictions count; a prediction with an
// unknown actor, or the same actor on both sides, is ignored.
type Scores struct {
	Articles                   int
	RootP, RootR, RootF1       float64
	CodeP, CodeR, CodeF1       float64
	CoreRecall                 float64 // NaN-free: see HasCore
	DateAccuracy               float64
	TrapAvoidance              float64
	HasCore, HasDate, HasTraps bool
	RootCounts                 [3]int // tp, fp, fn
	CodeCounts                 [3]int
	Core, Dates, Traps         [2]int // hits and totals (traps: hit, total)
	Diffs                      []ArticleDiff
}

// ArticleDiff lists what an article's predictions got wrong at root level.
type ArticleDiff struct {
	ID       string
	Spurious []Key
	Missed   []Key
}

// Score scores predictions against gold articles. Predictions for
// articles not in the gold set are ignored.
func Score(gold []GoldArticle, pred []PredEvent) *Scores {
	byArticle := map[string][]PredEvent{}
	for _, e := range pred {
		byArticle[e.ArticleID] = append(byArticle[e.ArticleID], e)
	}
	s := &Scores{Articles: len(gold)}
	for _, art := range gold {
		pkRoot := map[Key][]PredEvent{}
		pkCode := map[Key]bool{}
		for _, e := range byArticle[art.ID] {
			if m := e.Modality; m != "" && m != "asserted" {
				continue
			}
			src, tgt := ActorKey(e.Source), ActorKey(e.Target)
			if src == "" || tgt == "" || src == tgt {
				continue
			}
			k := Key{src, tgt, prefixRunes(e.Code, 2)}
			pkRoot[k] = append(pkRoot[k], e)
			pkCode[Key{src, tgt, prefixRunes(e.Code, 3)}] = true
		}
		gkRoot := map[Key][]GoldEvent{}
		gkCode := map[Key]bool{}
		for _, g := range art.Events {
			src, tgt := ActorKey(ActorRef{Code: g.Source}), ActorKey(ActorRef{Code: g.Target})
			k := Key{src, tgt, prefixRunes(g.Code, 2)}
			gkRoot[k] = append(gkRoot[k], g)
			gkCode[Key{src, tgt, prefixRunes(g.Code, 3)}] = true
		}
		count(&s.RootCounts, keysOf(pkRoot), keysOf(gkRoot))
		count(&s.CodeCounts, pkCode, gkCode)
		for k, gs := range gkRoot {
			core, dated := false, false
			for _, g := range gs {
				core = core || g.Core
				dated = dated || g.Date != ""
			}
			_, hit := pkRoot[k]
			if core {
				s.Core[1]++
				if hit {
					s.Core[0]++
				}
			}
			if dated && hit {
				s.Dates[1]++
				if dateMatch(gs, pkRoot[k]) {
					s.Dates[0]++
				}
			}
		}
		for _, tr := range art.Traps {
			src, tgt := ActorKey(ActorRef{Code: tr.Source}), ActorKey(ActorRef{Code: tr.Target})
			if src == "" || tgt == "" {
				continue
			}
			k := Key{src, tgt, prefixRunes(tr.Code, 2)}
			if _, ok := gkRoot[k]; ok {
				continue
			}
			s.Traps[1]++
			if _, ok := pkRoot[k]; ok {
				s.Traps[0]++
			}
		}
		d := ArticleDiff{ID: art.ID}
		for k := range pkRoot {
			if _, ok := gkRoot[k]; !ok {
				d.Spurious = append(d.Spurious, k)
			}
		}
		for k := range gkRoot {
			if _, ok := pkRoot[k]; !ok {
				d.Missed = append(d.Missed, k)
			}
		}
		sortKeys(d.Spurious)
		sortKeys(d.Missed)
		s.Diffs = append(s.Diffs, d)
	}
	s.RootP, s.RootR, s.RootF1 = prf(s.RootCounts)
	s.CodeP, s.CodeR, s.CodeF1 = prf(s.CodeCounts)
	if s.HasCore = s.Core[1] > 0; s.HasCore {
		s.CoreRecall = float64(s.Core[0]) / float64(s.Core[1])
	}
	if s.HasDate = s.Dates[1] > 0; s.HasDate {
		s.DateAccuracy = float64(s.Dates[0]) / float64(s.Dates[1])
	}
	if s.HasTraps = s.Traps[1] > 0; s.HasTraps {
		s.TrapAvoidance = 1 - float64(s.Traps[0])/float64(s.Traps[1])
	}
	return s
}

func keysOf[V any](m map[Key]V) map[Key]bool {
	out := make(map[Key]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func count(c *[3]int, pred, gold map[Key]bool) {
	for k := range pred {
		if gold[k] {
			c[0]++
		} else {
			c[1]++
		}
	}
	for k := range gold {
		if !pred[k] {
			c[2]++
		}
	}
}

// dateMatch reports whether a predicted date starts with a gold date.
func dateMatch(gs []GoldEvent, ps []PredEvent) bool {
	for _, g := range gs {
		if g.Date == "" {
			continue
		}
		for _, p := range ps {
			if strings.HasPrefix(p.Date, g.Date) {
				return true
			}
		}
	}
	return false
}

func prf(c [3]int) (p, r, f float64) {
	tp, fp, fn := float64(c[0]), float64(c[1]), float64(c[2])
	if tp+fp > 0 {
		p = tp / (tp + fp)
	}
	if tp+fn > 0 {
		r = tp / (tp + fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func sortKeys(ks []Key) {
	sort.Slice(ks, func(i, j int) bool {
		a, b := ks[i], ks[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Code < b.Code
	})
}

// Write prints the scores in the layout of score_events.py ("name: value"
// lines, four decimals), with the misses per article when byArticle is set.
func (s *Scores) Write(w io.Writer, byArticle bool) error {
	if byArticle {
		for _, d := range s.Diffs {
			if len(d.Spurious) == 0 && len(d.Missed) == 0 {
				continue
			}
			fmt.Fprintf(w, "%s\tspurious=%v\tmissed=%v\n", d.ID, d.Spurious, d.Missed)
		}
	}
	opt := func(ok bool, v float64) string {
		if !ok {
			return "None"
		}
		return fmt.Sprintf("%.4f", v)
	}
	fmt.Fprintf(w, "articles: %d\n", s.Articles)
	fmt.Fprintf(w, "root_precision: %.4f\nroot_recall: %.4f\nroot_f1: %.4f\n", s.RootP, s.RootR, s.RootF1)
	fmt.Fprintf(w, "code_precision: %.4f\ncode_recall: %.4f\ncode_f1: %.4f\n", s.CodeP, s.CodeR, s.CodeF1)
	fmt.Fprintf(w, "core_recall: %s\n", opt(s.HasCore, s.CoreRecall))
	fmt.Fprintf(w, "date_accuracy: %s\n", opt(s.HasDate, s.DateAccuracy))
	fmt.Fprintf(w, "trap_avoidance: %s\n", opt(s.HasTraps, s.TrapAvoidance))
	_, err := fmt.Fprintf(w, "counts: tp_fp_fn_root %v core %v dates %v traps_hit %v\n", s.RootCounts, s.Core, s.Dates, s.Traps)
	return err
}
