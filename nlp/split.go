package nlp

import (
	"unicode"
	"unicode/utf8"
)

// This file holds the second pass of the tokeniser: it groups the token
// spans of tokenize.go into sentences, and builds the Doc.

// fKeep marks a glue period that ends a sentence: it stays a token of its
// own, as in EWT ("in the U.S" "."), instead of rejoining its abbreviation.
const fKeep uint8 = 1 << 4

// Tokenize splits text into sentences and tokens. It fills Doc.Text,
// Sentence.Start/End and Token.Start/End/Form/SpaceAfter, and sets Head to
// -1 for all tokens; the other annotations are left empty.
//
// Token boundaries follow UD English-EWT: clitics are split ("do" "n't",
// "Afghanistan" "'s"), so are punctuation and most hyphenated compounds
// ("Taliban" "-" "led"), while abbreviations ("U.S."), numbers ("1,000.50"),
// times, dates, URLs and e-mail addresses are kept whole. Every token's
// Form is Doc.Text[Start:End]. Tokenize accepts any input, including
// invalid UTF-8.
//
// A sentence ends at a final mark (".", "!", "?", "...", with the closing
// quotes and brackets after it) followed by a capitalised word, a digit or
// an opening quote. After an abbreviation or an initial it ends only
// before a common sentence opener ("in the U.S. The president"), and after
// a title ("Gen.", "Mr.") never. A blank line always ends a sentence. So does
// a single line break, since each line is taken to be a paragraph, a
// headline or a list item, except in hard-wrapped blocks of text, where
// only a final mark or a list item ends a sentence at a line break.
func Tokenize(text string) *Doc {
	t := tokenizer{text: text, spans: make([]span, 0, len(text)/5+1)}
	t.scan(0, len(text))
	ends := t.sentenceEnds(nil)
	return t.doc(ends)
}

// SplitSentences returns the byte spans [start, end) of the sentences of
// text, as Tokenize finds them. Sentences do not include surrounding white
// space.
func SplitSentences(text string) [][2]int {
	t := tokenizer{text: text, spans: make([]span, 0, len(text)/5+1)}
	t.scan(0, len(text))
	ends := t.sentenceEnds(nil)
	out := make([][2]int, 0, len(ends))
	a := 0
	for _, b := range ends {
		out = append(out, [2]int{t.spans[a].start, t.spans[b-1].end})
		a = b
	}
	return out
}

// TokenizeSentence tokenises text[start:end] as a single sentence, without
// looking for sentence boundaries. Token offsets are into text.
func TokenizeSentence(text string, start, end int) []Token {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if start >= end {
		return nil
	}
	// Cutting the text at end keeps the scanner from decoding past it;
	// offsets stay valid.
	t := tokenizer{text: text[:end], spans: make([]span, 0, (end-start)/5+1)}
	t.scan(start, end)
	if len(t.spans) == 0 {
		return nil
	}
	t.markFinal(0, len(t.spans)-1)
	toks := t.doc([]int{len(t.spans)}).Sentences[0].Tokens
	last := &toks[len(toks)-1]
	last.SpaceAfter = spaceAt(text, last.End)
	return toks
}

// doc builds the Doc from the spans and the sentence ends.
func (t *tokenizer) doc(ends []int) *Doc {
	text := t.text
	d := &Doc{Text: text, Sentences: make([]Sentence, 0, len(ends))}
	toks := make([]Token, 0, len(t.spans))
	a := 0
	for _, b := range ends {
		first := len(toks)
		for k := a; k < b; k++ {
			s := t.spans[k]
			if s.flags&(fGlue|fKeep) == fGlue && len(toks) > first {
				p := &toks[len(toks)-1]
				p.End = s.end
				p.Form = text[p.Start:p.End]
				continue
			}
			toks = append(toks, Token{Start: s.start, End: s.end, Form: text[s.start:s.end], Head: -1})
		}
		for k := first; k < len(toks); k++ {
			toks[k].SpaceAfter = spaceAt(text, toks[k].End)
		}
		last := len(toks)
		d.Sentences = append(d.Sentences, Sentence{
			Start:  toks[first].Start,
			End:    toks[last-1].End,
			Tokens: toks[first:last:last],
		})
		a = b
	}
	return d
}

// spaceAt reports whether white space starts at text[i].
func spaceAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return asciiClass[c]&cSpace != 0
	}
	k, _ := kindAt(text, i)
	return k == kSpace || k == kNewline
}

// sentenceEnds appends to ends the exclusive end index, in t.spans, of each
// sentence.
func (t *tokenizer) sentenceEnds(ends []int) []int {
	sp := t.spans
	n := len(sp)
	wrapped := false
	lineStart, sentStart := 0, 0
	for i := 0; i < n; i++ {
		if i == 0 || sp[i].flags&fBlank != 0 {
			wrapped = t.wrapped(i)
		}
		if sp[i].flags&fNewline != 0 {
			lineStart = i
		}
		if i+1 == n {
			t.markFinal(sentStart, i)
			ends = append(ends, n)
			break
		}
		if sp[i+1].flags&fNewline != 0 {
			if t.lineBreak(i, lineStart, sentStart, wrapped) {
				t.markFinal(sentStart, i)
				ends = append(ends, i+1)
				sentStart = i + 1
			}
			continue
		}
		if !t.terminal(i, lineStart, sentStart) {
			continue
		}
		j := i + 1
		for j < n && sp[j].flags&fSpace == 0 && t.closer(j) {
			j++
		}
		if j == n || sp[j].flags&fNewline != 0 {
			continue // decided at the end of the line or text
		}
		if sp[j].flags&fSpace == 0 && !t.missingSpace(i, j) {
			continue
		}
		if t.startsSentence(i, j, j > i+1) {
			t.markFinal(sentStart, i)
			ends = append(ends, j)
			sentStart = j
			i = j - 1
		}
	}
	return ends
}

// missingSpace reports whether the final mark at span i, glued to the
// next span j, ends a sentence whose following space is missing: a word of
// two or more lower-case letters before it, and a capitalised word, maybe
// after an opening quote, after it: "Washington.\u201cThe".
func (t *tokenizer) missingSpace(i, j int) bool {
	if i == 0 || t.spans[i].flags&(fSpace|fGlue) != 0 || j != i+1 {
		return false
	}
	prev := t.str(i - 1)
	if len(prev) < 2 || !isLowerByte(prev[len(prev)-1]) {
		return false
	}
	w := t.str(j)
	if opener(w) && j+1 < len(t.spans) && t.spans[j+1].flags&fSpace == 0 {
		w = t.str(j + 1)
	}
	return len(w) >= 2 && wordClass(w) == wUpper && isLowerByte(w[1])
}

// markFinal marks the sentence-final glue period of the sentence whose last
// span is i, if there is one, to keep it as a token of its own.
func (t *tokenizer) markFinal(sentStart, i int) {
	for i > sentStart && t.closer(i) && t.spans[i].flags&fSpace == 0 {
		i--
	}
	if t.spans[i].flags&fGlue != 0 {
		t.spans[i].flags |= fKeep
	}
}

// str returns the text of span i.
func (t *tokenizer) str(i int) string {
	return t.text[t.spans[i].start:t.spans[i].end]
}

// isFinalPunct reports whether w is a sentence-final mark or a run of them:
// ".", "?!", "...", "…".
func isFinalPunct(w string) bool {
	switch w[0] {
	case '.', '!', '?':
		return true
	case 0xe2:
		return len(w) >= 3 && w[1] == 0x80 && w[2] == 0xa6
	}
	return false
}

// terminal reports whether span i may end a sentence followed by more text
// on the same line.
func (t *tokenizer) terminal(i, lineStart, sentStart int) bool {
	w := t.str(i)
	if !isFinalPunct(w) {
		return false
	}
	// "1. Text" at the start of a line or sentence is a list marker.
	if w == "." && (i-1 == lineStart || i-1 == sentStart) && i > 0 && t.spans[i].flags&fSpace == 0 && isListNumber(t.str(i-1)) {
		return false
	}
	return true
}

// isListNumber reports whether w can number a list item: "1", "12", "a".
func isListNumber(w string) bool {
	if len(w) == 1 && isLetterByte(w[0]) {
		return true
	}
	return len(w) <= 3 && allDigits(w)
}

// closer reports whether span j is a closing quote or bracket.
func (t *tokenizer) closer(j int) bool {
	switch t.str(j) {
	case "\"", "'", "''", ")", "]", "}", "\u201d", "\u2019", "\u00bb", "\u203a":
		return true
	}
	return false
}

// opener reports whether w is an opening quote or bracket.
func opener(w string) bool {
	switch w {
	case "\"", "'", "``", "(", "[", "\u201c", "\u2018", "\u00ab", "\u2039":
		return true
	}
	return false
}

// word classes of the first character of a token.
const (
	wOther = iota
	wUpper
	wLower
	wDigit
)

// wordClass returns the class of the first character of w.
func wordClass(w string) int {
	if w == "" {
		return wOther
	}
	c := w[0]
	if c < utf8.RuneSelf {
		switch cl := asciiClass[c]; {
		case cl&cUpper != 0:
			return wUpper
		case cl&cLower != 0:
			return wLower
		case cl&cDigit != 0:
			return wDigit
		}
		return wOther
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case isUpperRune(r):
		return wUpper
	case isLowerRune(r):
		return wLower
	}
	return wOther
}

// startsSentence reports whether span j, after the final mark at span i (and
// white space), starts a new sentence.
func (t *tokenizer) startsSentence(i, j int, closed bool) bool {
	term := t.str(i)
	w := t.str(j)
	quoted := false
	if opener(w) && j+1 < len(t.spans) && t.spans[j+1].flags&fSpace == 0 {
		quoted = true
		w = t.str(j + 1)
	}
	c := wordClass(w)
	if c == wOther && currency(w) {
		c = wDigit
	}
	switch {
	case term == ".":
		if t.spans[i].flags&fGlue != 0 && i > 0 {
			return abbrevEnds(t.str(i-1), w, c, quoted)
		}
		if c == wLower {
			// "territory. he will": a lower-case start, unless the
			// period may close an unknown abbreviation ("b. 1950").
			return !closed && i > 0 && t.spans[i].flags&fSpace == 0 && len(t.str(i-1)) >= 2
		}
		return c == wUpper || c == wDigit || (quoted && c != wLower)
	case term[0] == '!' || term[0] == '?':
		if c == wLower {
			return !closed // but not in `"Why?" he asked`
		}
		return c == wUpper || c == wDigit || quoted
	}
	return c == wUpper // ellipses
}

// abbrevEnds reports whether the abbreviation ab (without its period),
// followed by the word w of class c, ends a sentence.
func abbrevEnds(ab, w string, c int, quoted bool) bool {
	cls := abbreviations[ab]
	switch cls {
	case abbrevTitle:
		return false
	case abbrevPrefix:
		if numberPrefix(ab) && c != wDigit {
			return c == wUpper // "He said no. Then..."
		}
		return false
	case abbrevTime:
		return c == wUpper && !allUpperLetters(w) || sentenceStarters[w]
	case abbrevMonth:
		return sentenceStarters[w]
	}
	if c == wUpper && sentenceStarters[w] {
		return true
	}
	return quoted && c == wUpper && len(ab) > 1
}

// numberPrefix reports whether the prefix abbreviation ab is used only
// before numbers, so that elsewhere it is an ordinary word: "No. 5" but "no."
func numberPrefix(ab string) bool {
	switch ab {
	case "No", "no", "Nos", "nos", "Rs", "Art", "art", "Fig", "fig", "Vol", "vol", "p", "pp", "op", "Op",
		"c", "ch", "Ch", "sec", "Sect", "para", "Para", "ca", "ref", "Ref", "tel", "Tel", "est", "Est", "v":
		return true
	}
	return false
}

// lineBreak reports whether the line break after span i ends the sentence.
func (t *tokenizer) lineBreak(i, lineStart, sentStart int, wrapped bool) bool {
	sp := t.spans
	if sp[i+1].flags&fBlank != 0 {
		return true
	}
	k := i
	for k > sentStart && k > lineStart && t.closer(k) && sp[k].flags&fSpace == 0 {
		k--
	}
	if w := t.str(k); isFinalPunct(w) {
		if wrapped && w == "." && sp[k].flags&fGlue != 0 && k > 0 {
			// "the U.S.\nSenate" in hard-wrapped text
			next := t.str(i + 1)
			return abbrevEnds(t.str(k-1), next, wordClass(next), false)
		}
		return true
	}
	return !wrapped || t.bullet(lineStart) || t.bullet(i+1)
}

// bullet reports whether span k, the first of its line, marks a list item.
func (t *tokenizer) bullet(k int) bool {
	sp := t.spans
	n := len(sp)
	if k >= n {
		return false
	}
	w := t.str(k)
	switch w {
	case "-", "*", "+", "\u2022", "\u00b7", "\u2013", "\u2014", "\u25aa", "\u25cf", "\u25a0", "\u25ba", "\u2023", "\u25e6":
		return k+1 < n && sp[k+1].flags&fSpace != 0
	case "(":
		return k+2 < n && isListNumber(t.str(k+1)) && t.str(k+2) == ")"
	}
	if isListNumber(w) && k+2 < n && sp[k+1].flags&fSpace == 0 && sp[k+2].flags&fSpace != 0 {
		m := t.str(k + 1)
		return m == "." || m == ")"
	}
	return false
}

// wrapped reports whether the block of lines that starts at span i (and
// ends at a blank line) looks hard-wrapped: many line breaks fall inside
// sentences, before a lower-case word. In a block that is not wrapped,
// every line break ends a sentence: each line is a paragraph, a headline or
// a list item.
func (t *tokenizer) wrapped(i int) bool {
	sp := t.spans
	breaks, inside := 0, 0
	for k := i + 1; k < len(sp); k++ {
		if sp[k].flags&fBlank != 0 {
			break
		}
		if sp[k].flags&fNewline == 0 {
			continue
		}
		breaks++
		if wordClass(t.str(k)) == wLower && !isFinalPunct(t.str(k-1)) {
			inside++
		}
	}
	return inside >= 1 && inside*3 >= breaks
}

func isUpperRune(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }

func isLowerRune(r rune) bool { return unicode.IsLower(r) }

// currency reports whether w is a currency sign.
func currency(w string) bool {
	switch w {
	case "$", "\u20ac", "\u00a3", "\u00a5":
		return true
	}
	return false
}
