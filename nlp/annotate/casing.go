package annotate

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dyad/nlp"
)

// lowerGz lists the words UD English-EWT writes mostly in lower case in
// the middle of a sentence (see internal/gencasing).
//
//go:embed data/lower.txt.gz
var lowerGz []byte

// lowerWords returns the casing lexicon, read once; it is never changed.
var lowerWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	zr, err := gzip.NewReader(bytes.NewReader(lowerGz))
	if err != nil {
		return m // the lexicon is embedded; a broken one only disables truecasing
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if w := sc.Text(); w != "" && w[0] != '#' {
			m[w] = true
		}
	}
	return m
})

// smallWords are the words title case may leave in lower case.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true, "for": true,
	"and": true, "or": true, "at": true, "by": true, "with": true, "as": true, "from": true,
	"vs": true, "vs.": true, "but": true, "into": true, "over": true, "after": true,
}

// capitalised reports whether w is a capitalised word: an upper-case
// letter followed by lower-case letters only (not an acronym such as UK or
// a name such as McDonald).
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	rest := w[n:]
	if rest == "" {
		return false
	}
	for _, c := range rest {
		if unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// titleCase reports whether a sentence is written in title case, as
// headlines are: almost every content word after the first is
// capitalised.
func titleCase(toks []nlp.Token) bool {
	content, caps := 0, 0
	for i := 1; i < len(toks); i++ {
		f := toks[i].Form
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) || smallWords[strings.ToLower(f)] {
			continue
		}
		if strings.ToUpper(f) == f && len(f) > 1 {
			continue // an acronym says nothing about the casing
		}
		content++
		if capitalised(f) {
			caps++
		}
	}
	return content >= 4 && caps*10 >= content*9
}

// knownLower reports whether the lower-cased word l, or the stem it is an
// inflection of, is written in lower case in running text.
func knownLower(lex map[string]bool, l string) bool {
	if lex[l] {
		return true
	}
	var stems []string
	switch {
	case strings.HasSuffix(l, "ies"):
		stems = []string{l[:len(l)-3] + "y"}
	case strings.HasSuffix(l, "es"):
		stems = []string{l[:len(l)-2], l[:len(l)-1]}
	case strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss"):
		stems = []string{l[:len(l)-1]}
	case strings.HasSuffix(l, "ied"):
		stems = []string{l[:len(l)-3] + "y"}
	case strings.HasSuffix(l, "ed"):
		stems = []string{l[:len(l)-2], l[:len(l)-1], l[:len(l)-3]}
	case strings.HasSuffix(l, "ing"):
		stems = []string{l[:len(l)-3], l[:len(l)-3] + "e", l[:len(l)-4]}
	}
	for _, s := range stems {
		if len(s) >= 3 && lex[s] {
			return true
		}
	}
	return false
}

// truecase lower-cases, in a title-case sentence, the capitalised words
// after the first that running text writes in lower case, so that the
// tagger and the parser see "Belize Ends Diplomatic Relations With Israel"
// as "Belize ends diplomatic relations with Israel". It returns the
// original forms to restore, or nil when the sentence is not title case.
func truecase(toks []nlp.Token) []string {
	if !titleCase(toks) {
		return nil
	}
	lex := lowerWords()
	var orig []string
	for i := 1; i < len(toks); i++ {
		f := toks[i].Form
		if !capitalised(f) {
			continue
		}
		l := strings.ToLower(f)
		if !knownLower(lex, l) && !smallWords[l] {
			continue
		}
		if orig == nil {
			orig = make([]string, len(toks))
			for j := range toks {
				orig[j] = toks[j].Form
			}
		}
		toks[i].Form = l
	}
	return orig
}

// restoreForms puts back the forms truecase changed. A word tagged as a
// proper noun all the same keeps its form as lemma, as proper nouns do.
func restoreForms(toks []nlp.Token, orig []string) {
	for i := range orig {
		if toks[i].Form != orig[i] && toks[i].UPOS == "PROPN" {
			toks[i].Lemma = orig[i]
		}
		toks[i].Form = orig[i]
	}
}
