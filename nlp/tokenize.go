package nlp

import (
	"unicode"
	"unicode/utf8"
)

// This file holds the first pass of the tokeniser: it cuts text into token
// spans following the conventions of UD English-EWT, and records for each
// span what precedes it (white space, line breaks). The second pass, in
// split.go, groups the spans into sentences.
//
// The conventions, checked against the EWT training set:
//   - clitics are split: "do" "n't", "ca" "n't", "I" "'m", "Kabul" "'s",
//     "parents" "'", also with a curly apostrophe; "can" "not", "gon" "na";
//   - hyphens are split ("Taliban" "-" "led", "well" "-" "known",
//     "26" "-" "year" "-" "old", "5" "-" "4") except after common prefixes
//     ("pro-Russian", "non-binding", "e-mail") and in phone numbers and
//     dates ("345-9945", "2025-07-03");
//   - punctuation is split, runs of final marks ("...", "?!") and of
//     repeated symbols ("--") are one token, quotes keep their form;
//   - "$" and "%" are tokens of their own, units are split from numbers
//     ("5" "pm", "44" "m"), numbers keep their inner commas, periods and
//     colons ("1,000.50", "10:30");
//   - abbreviations keep their period ("U.S.", "Dr.", "etc."), except at
//     the end of a sentence, where EWT gives the period a token of its own
//     ("U.S" "."); the first pass emits that period as a separate span
//     flagged fGlue, which the second pass rejoins or keeps;
//   - URLs, e-mail addresses, @handles, #tags and emoticons are one token.

// span flags.
const (
	fSpace   uint8 = 1 << iota // white space precedes the span
	fNewline                   // a line break precedes the span
	fBlank                     // a blank line precedes the span
	fGlue                      // a period split from an abbreviation: rejoin unless the sentence ends here
)

// span is a token candidate: text[start:end].
type span struct {
	start, end int
	flags      uint8
}

// character classes of ASCII bytes.
const (
	cSpace   uint8 = 1 << iota // white space or control character
	cNewline                   // line break
	cLetter
	cDigit
	cUpper
	cLower
)

// asciiClass is read-only after initialisation.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == '\n' || c == '\v' || c == '\f':
			t[c] = cSpace | cNewline
		case c < ' ' || c == 0x7f:
			t[c] = cSpace // \t, \r and other controls; \r is handled as a line break by the scanner
		case c == ' ':
			t[c] = cSpace
		case 'a' <= c && c <= 'z':
			t[c] = cLetter | cLower
		case 'A' <= c && c <= 'Z':
			t[c] = cLetter | cUpper
		case '0' <= c && c <= '9':
			t[c] = cDigit
		}
	}
	return t
}()

// rune kinds.
const (
	kWord    = iota // letter, digit, mark, invalid byte: part of a word
	kPunct          // punctuation or symbol
	kSpace          // white space, control or invisible character
	kNewline        // line or paragraph separator
)

// decode returns the rune at text[i] and its size; invalid bytes decode as
// utf8.RuneError with size 1.
func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// kindOf classifies the rune r of the given encoded size.
func kindOf(r rune, size int) int {
	if r < utf8.RuneSelf {
		c := asciiClass[r]
		switch {
		case c&cNewline != 0:
			return kNewline
		case r == '\r':
			return kNewline
		case c&cSpace != 0:
			return kSpace
		case c&(cLetter|cDigit) != 0:
			return kWord
		}
		return kPunct
	}
	if r == utf8.RuneError && size == 1 {
		return kWord
	}
	switch r {
	case 0x85, 0x2028, 0x2029:
		return kNewline
	case 0x200b, 0xfeff, 0x2060, 0x00ad:
		return kSpace
	case 0x200c, 0x200d:
		return kWord
	}
	switch {
	case unicode.IsSpace(r) || unicode.IsControl(r):
		return kSpace
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.IsNumber(r):
		return kWord
	}
	return kPunct
}

// kindAt returns the kind of the rune at text[i] and its size.
func kindAt(text string, i int) (int, int) {
	r, size := decode(text, i)
	return kindOf(r, size), size
}

// isWordAt reports whether text[i] starts a word character; false when i is
// out of range.
func isWordAt(text string, i, lo, hi int) bool {
	if i < lo || i >= hi {
		return false
	}
	k, _ := kindAt(text, i)
	return k == kWord
}

// isWordBefore reports whether the rune ending at text[i] is a word
// character (i > lo).
func isWordBefore(text string, i, lo int) bool {
	if i <= lo {
		return false
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return asciiClass[c]&(cLetter|cDigit) != 0
	}
	r, size := utf8.DecodeLastRuneInString(text[lo:i])
	return kindOf(r, size) == kWord
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDigitAt(text string, i, lo, hi int) bool { return i >= lo && i < hi && isDigit(text[i]) }

func isLetterByte(c byte) bool { return c < utf8.RuneSelf && asciiClass[c]&cLetter != 0 }

// tokenizer holds the state of one tokenisation.
type tokenizer struct {
	text  string
	spans []span
	first uint8 // flags for the next emitted span
}

// emit appends the span text[s:e] if it is not empty.
func (t *tokenizer) emit(s, e int, flags uint8) {
	if e <= s {
		return
	}
	t.spans = append(t.spans, span{s, e, flags | t.first})
	t.first = 0
}

// scan cuts text[lo:hi] into spans.
func (t *tokenizer) scan(lo, hi int) {
	text := t.text
	var pending uint8
	for i := lo; i < hi; {
		var k, size int
		if c := text[i]; c < utf8.RuneSelf && asciiClass[c]&cSpace == 0 {
			k, size = kWord, 1 // any non-space ASCII starts a chunk
		} else {
			k, size = kindAt(text, i)
		}
		switch k {
		case kSpace:
			pending |= fSpace
			i += size
			continue
		case kNewline:
			if pending&fNewline != 0 {
				pending |= fBlank
			}
			if text[i] == '\r' && i+1 < hi && text[i+1] == '\n' {
				size = 2
			}
			pending |= fNewline | fSpace
			i += size
			continue
		}
		j := i + size
		for j < hi {
			if c := text[j]; c < utf8.RuneSelf {
				if asciiClass[c]&cSpace != 0 {
					break
				}
				j++
				continue
			}
			k, size := kindAt(text, j)
			if k == kSpace || k == kNewline {
				break
			}
			j += size
		}
		t.first = pending
		t.chunk(i, j)
		pending = 0
		i = j
	}
}

// chunk tokenises text[s:e], a run of characters without white space.
func (t *tokenizer) chunk(s, e int) {
	text := t.text
	alnum := true
	for k := s; k < e; k++ {
		if c := text[k]; c >= utf8.RuneSelf || asciiClass[c]&(cLetter|cDigit) == 0 {
			alnum = false
			break
		}
	}
	if alnum {
		t.word(s, e)
		return
	}
	if t.special(s, e) {
		return
	}
	ls := t.leadEnd(s, e)
	t.punct(s, ls)
	if ls >= e {
		return
	}
	ce, abbr := t.trailStart(ls, e)
	t.core(ls, ce)
	if abbr {
		t.emit(ce, ce+1, fGlue)
		ce++
	}
	t.punct(ce, e)
}

// word emits an all-letter-or-digit word, splitting the few fused forms
// that EWT splits ("cannot", "gonna", "dont").
func (t *tokenizer) word(s, e int) {
	if n := e - s; n >= 4 && n <= 8 {
		if k := fusedSplit(t.text[s:e]); k > 0 {
			t.emit(s, s+k, 0)
			t.emit(s+k, e, 0)
			return
		}
	}
	t.number(s, e)
}

// fusedSplit returns where to split a fused word such as "cannot" (3) or
// "dont" (2), or 0.
func fusedSplit(w string) int {
	switch len(w) {
	case 4:
		if equalFold(w, "dont") || equalFold(w, "cant") || equalFold(w, "wont") || equalFold(w, "isnt") || equalFold(w, "aint") {
			return 2
		}
	case 5:
		if equalFold(w, "gonna") || equalFold(w, "wanna") || equalFold(w, "gotta") {
			return 3
		}
		if equalFold(w, "didnt") || equalFold(w, "wasnt") || equalFold(w, "arent") || equalFold(w, "hasnt") || equalFold(w, "hadnt") {
			return 3
		}
	case 6:
		if equalFold(w, "cannot") {
			return 3
		}
		if equalFold(w, "doesnt") || equalFold(w, "werent") || equalFold(w, "havent") {
			return 4
		}
	case 7:
		if equalFold(w, "couldnt") || equalFold(w, "wouldnt") {
			return 5
		}
	case 8:
		if equalFold(w, "shouldnt") {
			return 6
		}
	}
	return 0
}

// equalFold reports whether s equals the lower-case ASCII word w, ignoring
// ASCII case.
func equalFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// emoticons are kept as single tokens when they form a whole chunk.
var emoticons = map[string]bool{
	":)": true, ":(": true, ":-)": true, ":-(": true, ";)": true, ";-)": true, ":D": true,
	":P": true, ":p": true, ":-D": true, ":-P": true, "=)": true, "(:": true, ":/": true,
	"^_^": true, ":O": true, ":o": true, "<3": true, ":'(": true,
}

// special handles chunks that are single tokens apart from surrounding
// punctuation: emoticons, URLs and e-mail addresses.
func (t *tokenizer) special(s, e int) bool {
	text := t.text
	if e-s <= 4 && emoticons[text[s:e]] {
		t.emit(s, e, 0)
		return true
	}
	if !isURL(text[s:e]) {
		return false
	}
	ls := s
	for ls < e {
		c := text[ls]
		if c == '(' || c == '[' || c == '<' || c == '"' || c == '\'' || c == '{' {
			ls++
			continue
		}
		break
	}
	ce := e
	for ce > ls {
		switch text[ce-1] {
		case '.', ',', ';', ':', '!', '?', ')', ']', '>', '"', '\'', '}':
			ce--
			continue
		}
		break
	}
	if ce-ls < 4 {
		return false
	}
	t.punct(s, ls)
	t.emit(ls, ce, 0)
	t.punct(ce, e)
	return true
}

// isURL reports whether w looks like a URL or an e-mail address.
func isURL(w string) bool {
	if len(w) < 6 {
		return false
	}
	at, dot := -1, false
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case ':':
			if i+2 < len(w) && w[i+1] == '/' && w[i+2] == '/' && i > 0 {
				return true
			}
			if i >= 6 && equalFold(w[i-6:i], "mailto") {
				return true
			}
		case '@':
			if i > 0 && isWordBefore(w, i, 0) {
				at = i
			}
		case '.':
			if at >= 0 && i > at+1 && i+1 < len(w) && isLetterByte(w[i+1]) {
				dot = true
			}
		case 'w', 'W':
			if i+4 <= len(w) && equalFold(w[i:i+4], "www.") && (i == 0 || !isWordBefore(w, i, 0)) && i+4 < len(w) && isLetterByte(w[i+4]) {
				return true
			}
		}
	}
	return at >= 0 && dot
}

// leadEnd returns the end of the leading punctuation of text[s:e]: opening
// quotes and brackets, dashes, currency signs and the like.
func (t *tokenizer) leadEnd(s, e int) int {
	text := t.text
	i := s
	for i < e {
		r, size := decode(text, i)
		k := kindOf(r, size)
		if k == kWord {
			return i
		}
		next := i + size
		switch r {
		case '\'', '\u2019', '\u2018':
			if isDecade(text[next:e]) || isCliticWord(text[i:e]) {
				return i
			}
		case '.', '-', '+':
			if isDigitAt(text, next, s, e) {
				return i
			}
		case '@', '#':
			if next < e && isLetterByte(text[next]) {
				return i
			}
		}
		i = next
	}
	return i
}

// isDecade reports whether w (what follows an apostrophe) is a
// two-digit year, as in "'90s" or "'72".
func isDecade(w string) bool {
	if len(w) < 2 || !isDigit(w[0]) || !isDigit(w[1]) {
		return false
	}
	w = w[2:]
	if len(w) > 0 && (w[0] == 's' || w[0] == 'S') {
		w = w[1:]
	}
	return len(w) == 0 || !isWordAt(w, 0, 0, len(w))
}

// isCliticWord reports whether w starts with an apostrophe clitic that is
// the whole word up to the trailing punctuation: "'s", "'re".
func isCliticWord(w string) bool {
	n := cliticLen(w)
	if n == 0 {
		return false
	}
	return n == len(w) || !isWordAt(w, n, 0, len(w))
}

// apostropheLen returns the length of the apostrophe at the start of w, or 0.
func apostropheLen(w string) int {
	if len(w) == 0 {
		return 0
	}
	switch w[0] {
	case '\'', '`':
		return 1
	case 0xe2:
		if len(w) >= 3 && w[1] == 0x80 && (w[2] == 0x99 || w[2] == 0x98) {
			return 3
		}
	}
	return 0
}

// cliticLen returns the length of the clitic ('s, 'm, 'd, 're, 've, 'll) at
// the start of w, or 0.
func cliticLen(w string) int {
	a := apostropheLen(w)
	if a == 0 {
		return 0
	}
	rest := w[a:]
	if len(rest) >= 2 {
		x, y := rest[0]|0x20, rest[1]|0x20
		if (x == 'r' && y == 'e') || (x == 'v' && y == 'e') || (x == 'l' && y == 'l') {
			if len(rest) == 2 || !isWordAt(rest, 2, 0, len(rest)) {
				return a + 2
			}
		}
	}
	if len(rest) >= 1 {
		switch rest[0] | 0x20 {
		case 's', 'm', 'd':
			if len(rest) == 1 || !isWordAt(rest, 1, 0, len(rest)) {
				return a + 1
			}
		}
	}
	return 0
}

// trailStart returns the start of the trailing punctuation of text[s:e].
// When the word before it is an abbreviation, its final period is at ce and
// abbr is true.
func (t *tokenizer) trailStart(s, e int) (ce int, abbr bool) {
	text := t.text
	ce = e
	for ce > s {
		c := text[ce-1]
		if c == '.' {
			k := ce - 1
			for k > s && text[k-1] == '.' {
				k--
			}
			if ce-k == 1 && k > s && isAbbrev(text[s:k]) {
				return k, true
			}
			ce = k
			continue
		}
		if c < utf8.RuneSelf {
			if !trailingASCII(c) {
				return ce, false
			}
			ce--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[s:ce])
		if kindOf(r, size) != kPunct {
			return ce, false
		}
		ce -= size
	}
	return ce, false
}

// trailingASCII reports whether c is split off the end of a word.
func trailingASCII(c byte) bool {
	switch c {
	case ')', ']', '}', '>', '"', '\'', '`', ',', ';', ':', '!', '?', '%', '*', '-', '/', '=', '~', '|', '(', '[', '{', '<', '+', '#', '&', '^', '\\', '_', '$', '@':
		return true
	}
	return false
}

// isAbbrev reports whether w, a word without its final period, is an
// abbreviation whose period belongs to it: a listed abbreviation, an
// initial ("F") or a dotted form such as "U.S" or "Ph.D".
func isAbbrev(w string) bool {
	if len(w) == 1 {
		return 'A' <= w[0] && w[0] <= 'Z'
	}
	if w[0] >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(w)
		if size == len(w) {
			return unicode.IsUpper(r) // a non-ASCII initial: "Ö."
		}
	}
	if abbreviations[w] != abbrevNone {
		return true
	}
	return isDotted(w)
}

// isDotted reports whether w is letters separated by single periods, each
// run at most three letters long: "U.S", "e.g", "Ph.D", "J.R.R".
func isDotted(w string) bool {
	run, dots := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isLetterByte(c):
			run++
			if run > 3 {
				return false
			}
		case c == '.':
			if run == 0 {
				return false
			}
			run = 0
			dots++
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

// punct tokenises text[s:e], a run of punctuation: runs of sentence-final
// marks ("...", "?!") and of repeated symbols ("--", "**") are one token,
// other marks are one token each.
func (t *tokenizer) punct(s, e int) {
	text := t.text
	for i := s; i < e; {
		r, size := decode(text, i)
		j := i + size
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\u2026':
			for j < e {
				r2, size2 := decode(text, j)
				if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '\u2026' {
					break
				}
				j += size2
			}
		case r < utf8.RuneSelf && repeatable(byte(r)):
			for j < e && text[j] == byte(r) {
				j++
			}
		}
		t.emit(i, j, 0)
		i = j
	}
}

// repeatable reports whether a run of c is one token, as in "--" or "**".
func repeatable(c byte) bool {
	switch c {
	case '-', '*', '_', '=', '+', '~', '#', '<', '>', '`', '\'', '^', '|', '/', '\\':
		return true
	}
	return false
}

// core tokenises text[s:e], a word that may contain inner punctuation,
// hyphens and a final clitic.
func (t *tokenizer) core(s, e int) {
	if s >= e {
		return
	}
	if cliticLen(t.text[s:e]) == e-s {
		t.emit(s, e, 0) // a bare clitic: "'s"
		return
	}
	cs := cliticStart(t.text, s, e)
	if cs < 0 {
		cs = e
	}
	if cs == e {
		if n := e - s; n >= 4 && n <= 8 {
			if k := fusedSplit(t.text[s:e]); k > 0 {
				t.emit(s, s+k, 0)
				t.emit(s+k, e, 0)
				return
			}
		}
	}
	t.inner(s, cs)
	t.emit(cs, e, 0)
}

// isFraction reports whether the slash at text[i], in the token starting
// at ts, separates the one-digit numbers of a fraction such as "3/4", which
// EWT splits (dates such as "9/11" and "16/11/2004" stay whole).
func isFraction(text string, ts, i, e int) bool {
	return i-ts == 1 && i+2 <= e && (i+2 == e || !isWordAt(text, i+2, ts, e) && text[i+2] != '/')
}

// unitSuffix reports whether w, the letters after a number, is a unit or a
// time of day that EWT splits from the number: "5pm", "$44m", "75k".
func unitSuffix(w string) bool {
	switch w {
	case "am", "pm", "AM", "PM", "m", "k", "K", "bn", "mn", "b", "M", "B", "km", "kg", "mm", "cm",
		"ft", "lb", "lbs", "oz", "mph", "kmh", "mi", "hr", "hrs", "min", "mins", "yr", "yrs", "tn", "GW", "MW", "kW":
		return true
	}
	return false
}

// cliticStart returns where a final clitic of text[s:e] starts ("n't",
// "'s", "'ll"...), or -1.
func cliticStart(text string, s, e int) int {
	w := text[s:e]
	n := len(w)
	// n't, with a straight or curly apostrophe
	if n >= 4 && (w[n-1]|0x20) == 't' {
		if w[n-2] == '\'' && (w[n-3]|0x20) == 'n' && n >= 4 {
			return e - 3
		}
		if n >= 6 && w[n-4] == 0xe2 && w[n-3] == 0x80 && w[n-2] == 0x99 && (w[n-5]|0x20) == 'n' {
			return e - 5
		}
	}
	// 's 'm 'd 're 've 'll, but not the plural "1980's"
	for k := n - 2; k >= 1 && k >= n-5; k-- {
		if apostropheLen(w[k:]) > 0 && cliticLen(w[k:]) == n-k && !isDigit(w[k-1]) {
			return s + k
		}
	}
	return -1
}

// inner tokenises text[s:e], splitting at inner punctuation that EWT
// splits: most hyphens, slashes between words, brackets, quotes.
func (t *tokenizer) inner(s, e int) {
	text := t.text
	ts, seg := s, s // token start, start of the current hyphen segment
	for i := s; i < e; {
		r, size := decode(text, i)
		if kindOf(r, size) == kWord {
			i += size
			continue
		}
		if r == '$' && i > ts && isDigitAt(text, i+1, s, e) && isWordBefore(text, i, ts) {
			// "US$5" becomes "US$" "5"
			t.emit(ts, i+1, 0)
			i++
			ts, seg = i, i
			continue
		}
		if t.keepInner(r, i, size, s, e, ts, seg) {
			i += size
			if r == '-' {
				seg = i
			}
			continue
		}
		t.number(ts, i)
		j := t.punctEnd(r, i, size, e)
		t.emit(i, j, 0)
		i, ts, seg = j, j, j
	}
	t.number(ts, e)
}

// number emits text[s:e], splitting a unit from a number: "5pm" becomes
// "5" "pm".
func (t *tokenizer) number(s, e int) {
	text := t.text
	if s < e && isDigit(text[s]) {
		k := s
		for k < e && (isDigit(text[k]) || text[k] == '.' || text[k] == ',' || text[k] == ':') {
			k++
		}
		if k < e && isDigit(text[k-1]) && unitSuffix(text[k:e]) {
			t.emit(s, k, 0)
			t.emit(k, e, 0)
			return
		}
	}
	t.emit(s, e, 0)
}

// punctEnd returns the end of the punctuation token that starts at text[i].
func (t *tokenizer) punctEnd(r rune, i, size, e int) int {
	text := t.text
	j := i + size
	switch {
	case r == '.' || r == '!' || r == '?':
		for j < e && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
	case r < utf8.RuneSelf && repeatable(byte(r)):
		for j < e && text[j] == byte(r) {
			j++
		}
	}
	return j
}

// keepInner reports whether the punctuation rune r at text[i] stays inside
// the current token. ts is the token start and seg the start of the
// current hyphen segment.
func (t *tokenizer) keepInner(r rune, i, size, s, e, ts, seg int) bool {
	text := t.text
	before := isWordBefore(text, i, ts)
	after := isWordAt(text, i+size, s, e)
	if i == ts {
		// what leadEnd leaves at the start of a word: "'90s", "-2.5", "#tag"
		switch r {
		case '\'', '\u2019', '\u2018':
			return isDecade(text[i+size : e])
		case '.', '-', '+':
			return isDigitAt(text, i+1, s, e)
		case '@', '#':
			return i+1 < e && isLetterByte(text[i+1])
		}
	}
	switch r {
	case '.':
		if before && after {
			return !missingSpace(text, ts, i, e) // U.S, 3.5, example.com
		}
		// "U.S.-led": keep the abbreviation's period
		return before && i+1 < e && text[i+1] == '-' && isAbbrev(text[seg:i])
	case ',', ':':
		return isDigitAt(text, i-1, ts, e) && isDigitAt(text, i+1, s, e)
	case '/':
		if isDigitAt(text, i-1, ts, e) && isDigitAt(text, i+1, s, e) {
			return !isFraction(text, ts, i, e)
		}
		return before && after && i-ts == 1
	case '\'', '\u2019':
		if !before || !after {
			return false
		}
		if !isDigitAt(text, i-1, ts, e) {
			return true // O'Neill
		}
		j := i + size // "1980's" stays whole, "5'9" is split
		return (text[j] == 's' || text[j] == 'S') && (j+1 == e || !isWordAt(text, j+1, s, e))
	case '-':
		return before && after && keepHyphen(text, seg, i, e)
	case '&', '@', '_', '*', '$', '%', '+', '#':
		return before && after
	}
	return false
}

// missingSpace reports whether the period at text[i] ends a sentence whose
// following space is missing, as in "in English.The minister": a
// lower-case word of three letters or more before it, a capitalised word
// after it, and no further periods, slashes or at signs (file names,
// URLs).
func missingSpace(text string, ts, i, e int) bool {
	if i-ts < 3 || !isLowerByte(text[i-1]) {
		return false
	}
	for k := ts; k < i; k++ {
		if !isLetterByte(text[k]) {
			return false
		}
	}
	if i+2 >= e || text[i+1] < 'A' || text[i+1] > 'Z' || !isLowerByte(text[i+2]) {
		return false
	}
	for k := i + 3; k < e; k++ {
		switch text[k] {
		case '.', '/', '@', ':', '_':
			return false
		}
	}
	return true
}

func isLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }

// keepHyphen reports whether the hyphen at text[i], between the segment
// text[seg:i] and the word after it, stays inside the token.
func keepHyphen(text string, seg, i, e int) bool {
	left := text[seg:i]
	rs := i + 1
	re := rs
	for re < e && isDigit(text[re]) {
		re++
	}
	rightDigits := re > rs && (re == e || !isWordAt(text, re, rs, e))
	if allDigits(left) {
		if !rightDigits {
			return false
		}
		// back to the start of the run of digit groups, or far enough
		// back to know it has three groups
		for hyphens := 0; seg > 0 && (isDigit(text[seg-1]) || text[seg-1] == '-'); seg-- {
			if text[seg-1] == '-' {
				if hyphens++; hyphens == 2 {
					return true
				}
			}
		}
		return keepNumberHyphen(text, seg, e)
	}
	if isHyphenPrefix(left) {
		return true
	}
	return false
}

// keepNumberHyphen decides for a hyphenated run of digit groups starting at
// text[seg]: phone numbers and dates (three groups or more, "345-9945") are
// one token, ranges ("5-10", "1999-2000") are split.
func keepNumberHyphen(text string, seg, e int) bool {
	var groups [3]int
	n := 0
	l := 0
	for i := seg; i < e; i++ {
		c := text[i]
		if isDigit(c) {
			l++
			continue
		}
		if c != '-' {
			break
		}
		if n == 2 {
			return true
		}
		groups[n] = l
		n++
		l = 0
	}
	if n < 3 {
		groups[n] = l
	}
	n++
	if n >= 3 {
		return true
	}
	a, b := groups[0], groups[1]
	return a >= 5 || (b >= 4 && a != 4)
}

func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

func allUpperLetters(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isHyphenPrefix reports whether w, ignoring ASCII case, is one of
// hyphenPrefixes.
func isHyphenPrefix(w string) bool {
	if len(w) > 8 {
		return false
	}
	var b [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return hyphenPrefixes[string(b[:len(w)])]
}
