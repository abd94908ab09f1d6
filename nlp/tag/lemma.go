package tag

import (
	"strings"

	"dyad/nlp/internal/linear"
)

// lemmaRule rewrites a form into its lemma: strip Strip bytes from the end,
// append Add, and lowercase the result when Lower is set.
type lemmaRule struct {
	strip int
	add   string
	lower bool
}

func (r lemmaRule) apply(form string) (string, bool) {
	s := form
	if r.lower {
		s = strings.ToLower(form)
	}
	if r.strip > len(s) {
		return "", false
	}
	return s[:len(s)-r.strip] + r.add, true
}

// makeRule returns the rule that turns form into lemma.
func makeRule(form, lemma string) lemmaRule {
	lower := lemma == strings.ToLower(lemma)
	s := form
	if lower {
		s = strings.ToLower(form)
	}
	c := 0
	for c < len(s) && c < len(lemma) && s[c] == lemma[c] {
		c++
	}
	return lemmaRule{strip: len(s) - c, add: lemma[c:], lower: lower}
}

const maxSuffix = 5

// Lemmatizer maps a word and its tags to a lemma and morphological
// features. Known (word, XPOS) pairs are looked up; unknown ones take the
// rewrite rule most often seen with the longest known suffix of the word
// under the same XPOS. It is safe for concurrent use.
type Lemmatizer struct {
	rules    []lemmaRule
	exact    map[string]int32 // lower(form) \x00 xpos -> rule
	suffix   map[string]int32 // xpos \x00 suffix -> rule
	feats    map[string]string
	tagFeats map[string]string
	// known holds the lower-cased lemmas seen in training. When it is not
	// nil, suffix rules are counted over word types, and an unknown word
	// takes the rule of the longest suffix whose result is a known lemma.
	known map[string]struct{}
}

// groupedNumber reports whether s is a number with commas between groups
// of three digits, such as 1,100 or 12,500.50.
func groupedNumber(s string) bool {
	i := strings.IndexByte(s, ',')
	if i < 1 || i > 3 {
		return false
	}
	for j := 0; j < i; j++ {
		if s[j] < '0' || s[j] > '9' {
			return false
		}
	}
	s = s[i:]
	for len(s) >= 4 && s[0] == ',' {
		for j := 1; j < 4; j++ {
			if s[j] < '0' || s[j] > '9' {
				return false
			}
		}
		s = s[4:]
	}
	if s == "" {
		return true
	}
	if s[0] != '.' || len(s) == 1 {
		return false
	}
	for j := 1; j < len(s); j++ {
		if s[j] < '0' || s[j] > '9' {
			return false
		}
	}
	return true
}

func (l *Lemmatizer) isKnown(s string) bool {
	_, ok := l.known[strings.ToLower(s)]
	return ok
}

// Lemma returns the lemma of form tagged upos/xpos.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if r, ok := l.exact["\x01"+form+"\x00"+xpos]; ok {
		if s, ok := l.rules[r].apply(form); ok {
			return s
		}
	}
	lf := strings.ToLower(form)
	if r, ok := l.exact[lf+"\x00"+xpos]; ok {
		if s, ok := l.rules[r].apply(form); ok {
			return s
		}
	}
	digits := strings.ContainsAny(lf, "0123456789")
	if l.known != nil && digits && groupedNumber(form) {
		// EWT writes the lemma of 1,100 as 1100.
		return strings.ReplaceAll(form, ",", "")
	}
	fallback := ""
	for n := min(maxSuffix, len(lf)); n >= 0; n-- {
		if r, ok := l.suffix[xpos+"\x00"+lf[len(lf)-n:]]; ok {
			if s, ok := l.rules[r].apply(form); ok && s != "" {
				if l.known == nil || digits {
					return s
				}
				if l.isKnown(s) {
					return s
				}
				if fallback == "" {
					fallback = s
				}
			}
		}
	}
	if fallback != "" {
		return fallback
	}
	if upos == "PROPN" {
		return form
	}
	return lf
}

// Feats returns the most frequent features of form tagged upos/xpos.
func (l *Lemmatizer) Feats(form, upos, xpos string) string {
	if f, ok := l.feats[strings.ToLower(form)+"\x00"+upos+"\x00"+xpos]; ok {
		return f
	}
	if f, ok := l.tagFeats[upos+"\x00"+xpos]; ok {
		return f
	}
	return "_"
}

type counter map[string]map[int32]int

func (c counter) add(k string, r int32) {
	m := c[k]
	if m == nil {
		m = make(map[int32]int, 1)
		c[k] = m
	}
	m[r]++
}

func best[K comparable](m map[K]int, less func(a, b K) bool) (K, int) {
	var bk K
	bn, total := -1, 0
	for k, n := range m {
		total += n
		if n > bn || (n == bn && less(k, bk)) {
			bk, bn = k, n
		}
	}
	return bk, total
}

// trainLemmatizer learns lemma rules and feature tables from (form, upos,
// xpos, lemma, feats) examples.
func trainLemmatizer(words []goldWord, v2 bool) *Lemmatizer {
	l := &Lemmatizer{
		exact: map[string]int32{}, suffix: map[string]int32{},
		feats: map[string]string{}, tagFeats: map[string]string{},
	}
	ruleID := map[lemmaRule]int32{}
	exact, suffix := counter{}, counter{}
	feats := map[string]map[string]int{}
	tagFeats := map[string]map[string]int{}
	addF := func(m map[string]map[string]int, k, v string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][v]++
	}
	for _, w := range words {
		if w.lemma == "" || w.form == "" {
			continue
		}
		r := makeRule(w.form, w.lemma)
		id, ok := ruleID[r]
		if !ok {
			id = int32(len(l.rules))
			ruleID[r] = id
			l.rules = append(l.rules, r)
		}
		lf := strings.ToLower(w.form)
		exact.add(lf+"\x00"+w.xpos, id)
		exact.add("\x01"+w.form+"\x00"+w.xpos, id)
		if !v2 {
			for n := 0; n <= min(maxSuffix, len(lf)); n++ {
				suffix.add(w.xpos+"\x00"+lf[len(lf)-n:], id)
			}
		}
		f := w.feats
		if f == "" {
			f = "_"
		}
		addF(feats, lf+"\x00"+w.upos+"\x00"+w.xpos, f)
		addF(tagFeats, w.upos+"\x00"+w.xpos, f)
	}
	lessID := func(a, b int32) bool { return a < b }
	for k, m := range exact {
		r, _ := best(m, lessID)
		l.exact[k] = r
	}
	if v2 {
		// Count suffix rules over word types: a frequent word such as
		// "Nov" or "best" must not impose its rule on every word that
		// shares its ending.
		l.known = map[string]struct{}{}
		for _, w := range words {
			if w.lemma != "" && w.form != "" {
				l.known[strings.ToLower(w.lemma)] = struct{}{}
			}
		}
		for k, r := range l.exact {
			if strings.HasPrefix(k, "\x01") {
				continue
			}
			lf, xpos, _ := strings.Cut(k, "\x00")
			for n := 0; n <= min(maxSuffix, len(lf)); n++ {
				suffix.add(xpos+"\x00"+lf[len(lf)-n:], r)
			}
		}
	}
	for k, m := range suffix {
		r, total := best(m, lessID)
		if total >= 2 || strings.HasSuffix(k, "\x00") {
			l.suffix[k] = r
		}
	}
	lessS := func(a, b string) bool { return a < b }
	for k, m := range tagFeats {
		f, _ := best(m, lessS)
		l.tagFeats[k] = f
	}
	for k, m := range feats {
		f, _ := best(m, lessS)
		_, up, _ := strings.Cut(k, "\x00")
		if f != l.tagFeats[up] {
			l.feats[k] = f
		}
	}
	return l
}

func (l *Lemmatizer) encodeKnown(e *linear.Encoder) {
	keys := sortedKeys(l.known)
	e.Uint(uint64(len(keys)))
	for _, k := range keys {
		e.String(k)
	}
}

func (l *Lemmatizer) decodeKnown(d *linear.Decoder) {
	n := d.Len(1 << 24)
	l.known = make(map[string]struct{}, n)
	for i := 0; i < n && d.Err() == nil; i++ {
		l.known[d.String()] = struct{}{}
	}
}

func (l *Lemmatizer) encode(e *linear.Encoder) {
	e.Uint(uint64(len(l.rules)))
	for _, r := range l.rules {
		e.Uint(uint64(r.strip))
		e.String(r.add)
		if r.lower {
			e.Uint(1)
		} else {
			e.Uint(0)
		}
	}
	for _, m := range []map[string]int32{l.exact, l.suffix} {
		keys := sortedKeys(m)
		e.Uint(uint64(len(keys)))
		for _, k := range keys {
			e.String(k)
			e.Uint(uint64(m[k]))
		}
	}
	for _, m := range []map[string]string{l.feats, l.tagFeats} {
		keys := sortedKeys(m)
		e.Uint(uint64(len(keys)))
		for _, k := range keys {
			e.String(k)
			e.String(m[k])
		}
	}
}

func decodeLemmatizer(d *linear.Decoder) *Lemmatizer {
	l := &Lemmatizer{}
	n := d.Len(1 << 24)
	l.rules = make([]lemmaRule, 0, n)
	for i := 0; i < n && d.Err() == nil; i++ {
		var r lemmaRule
		r.strip = d.Len(1 << 16)
		r.add = d.String()
		r.lower = d.Uint() == 1
		l.rules = append(l.rules, r)
	}
	for _, p := range []*map[string]int32{&l.exact, &l.suffix} {
		n := d.Len(1 << 26)
		m := make(map[string]int32, n)
		for i := 0; i < n && d.Err() == nil; i++ {
			k := d.String()
			r := d.Len(len(l.rules) - 1)
			m[k] = int32(r)
		}
		*p = m
	}
	for _, p := range []*map[string]string{&l.feats, &l.tagFeats} {
		n := d.Len(1 << 26)
		m := make(map[string]string, n)
		for i := 0; i < n && d.Err() == nil; i++ {
			k := d.String()
			m[k] = d.String()
		}
		*p = m
	}
	return l
}
