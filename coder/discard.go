package coder

import (
	"strings"

	"dyad/dict"
)

// discards holds the discard phrases by their first word.
type discards struct {
	byFirst map[string][]dict.Discard
}

func newDiscards(ds []dict.Discard) discards {
	d := discards{byFirst: map[string][]dict.Discard{}}
	for _, x := range ds {
		if len(x.Words) > 0 {
			d.byFirst[x.Words[0]] = append(d.byFirst[x.Words[0]], x)
		}
	}
	return d
}

// find reports whether a discard phrase occurs in keys, and whether it
// discards the whole story. A phrase whose last word was not marked exact
// matches words that start with it.
func (d discards) find(keys []string) (found, story bool) {
	if len(d.byFirst) == 0 {
		return false, false
	}
	for i := range keys {
		for _, x := range d.candidates(keys[i]) {
			if d.matchAt(x, keys, i) {
				found = true
				if x.Story {
					return true, true
				}
			}
		}
	}
	return found, false
}

func (d discards) candidates(w string) []dict.Discard {
	if c := d.byFirst[w]; c != nil {
		return c
	}
	// A one-word stem ("BASEBALL" matches "BASEBALLS").
	for n := len(w) - 1; n >= 4 && n >= len(w)-3; n-- {
		if c := d.byFirst[w[:n]]; c != nil {
			return c
		}
	}
	return nil
}

func (d discards) matchAt(x dict.Discard, keys []string, i int) bool {
	if i+len(x.Words) > len(keys) {
		return false
	}
	for k, w := range x.Words {
		key := keys[i+k]
		last := k == len(x.Words)-1
		if key == w || (last && !x.Exact && strings.HasPrefix(key, w) && len(key)-len(w) <= 3) {
			continue
		}
		if len(x.Words) == 1 && !x.Exact && strings.HasPrefix(key, w) && len(key)-len(w) <= 3 {
			continue
		}
		return false
	}
	return true
}

// timeDiscard reports whether discard x is a time phrase: a year ("2009")
// or a span back or forward ("years ago", "months later").
func timeDiscard(x dict.Discard) bool {
	switch len(x.Words) {
	case 1:
		w := x.Words[0]
		if len(w) != 4 {
			return false
		}
		for _, r := range w {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	case 2:
		switch x.Words[0] {
		case "DAYS", "WEEKS", "MONTHS", "YEARS", "DECADES":
			return x.Words[1] == "AGO" || x.Words[1] == "LATER" || x.Words[1] == "EARLIER"
		}
	}
	return false
}
