package timex

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord    uint8 = iota // a run of letters
	tNum                  // a run of digits, perhaps with a letter suffix ("3rd", "1990s")
	tNumDate              // a numeric date such as 2025-07-03
	tPunct                // anything else, one rune
)

// Word classes.
const (
	cNone    uint8 = iota
	cWeekday       // val: time.Weekday
	cMonth         // val: 1..12
	cKw            // val: a keyword
	cNumWord       // val: the number
	cUnit          // val: a unit
	cCount         // a count noun: a number before it is a quantity, not a year
	cPaper         // a word that follows a weekday in a newspaper's name
	cFeast         // a word that precedes a weekday in a holiday's name
)

// Word flags.
const (
	fAbbr   uint8 = 1 << iota // an abbreviation ("Sept", "Thu")
	fAmbig                    // a month name that is also a common word ("may", "march", "august"): needs a capital
	fPlural                   // a plural unit ("days")
)

// Keywords.
const (
	kwNone uint8 = iota
	kwToday
	kwTonight
	kwYesterday
	kwTomorrow
	kwAgo
	kwLast
	kwNext
	kwThis
	kwPast
	kwComing
	kwEarlier
	kwLater
	kwEarly
	kwMid
	kwLate
	kwMiddle
	kwEnd
	kwBeginning
	kwStart
	kwOf
	kwThe
	kwIn
	kwOn
	kwSince
	kwFrom
	kwUntil
	kwBy
	kwDuring
	kwBefore
	kwAfter
	kwThrough
	kwAs
	kwAnd
	kwOr
	kwTo
	kwMorning
	kwAfternoon
	kwEvening
	kwNight
	kwRecent
	kwRecently
	kwA
	kwFew
	kwSeveral
	kwCouple
	kwQuant // a word before a number that makes it a quantity: "some", "about"
	kwOver
	kwWhen
	kwBetween
)

// Units.
const (
	uDay uint8 = iota + 1
	uWeek
	uFortnight
	uMonth
	uYear
	uDecade
	uWeekend
)

type wordInfo struct {
	cls   uint8
	val   uint8
	flags uint8
}

// words maps lower-case words to their class. It is read-only.
var words = map[string]wordInfo{
	"monday": {cWeekday, 1, 0}, "tuesday": {cWeekday, 2, 0}, "wednesday": {cWeekday, 3, 0},
	"thursday": {cWeekday, 4, 0}, "friday": {cWeekday, 5, 0}, "saturday": {cWeekday, 6, 0},
	"sunday": {cWeekday, 0, 0},
	"mon":    {cWeekday, 1, fAbbr}, "tue": {cWeekday, 2, fAbbr}, "tues": {cWeekday, 2, fAbbr},
	"wed": {cWeekday, 3, fAbbr}, "thu": {cWeekday, 4, fAbbr}, "thur": {cWeekday, 4, fAbbr},
	"thurs": {cWeekday, 4, fAbbr}, "fri": {cWeekday, 5, fAbbr}, "sat": {cWeekday, 6, fAbbr},
	"sun": {cWeekday, 0, fAbbr},

	"january": {cMonth, 1, 0}, "february": {cMonth, 2, 0}, "march": {cMonth, 3, fAmbig},
	"april": {cMonth, 4, 0}, "may": {cMonth, 5, fAmbig}, "june": {cMonth, 6, 0},
	"july": {cMonth, 7, 0}, "august": {cMonth, 8, fAmbig}, "september": {cMonth, 9, 0},
	"october": {cMonth, 10, 0}, "november": {cMonth, 11, 0}, "december": {cMonth, 12, 0},
	"jan": {cMonth, 1, fAbbr}, "feb": {cMonth, 2, fAbbr}, "mar": {cMonth, 3, fAbbr | fAmbig},
	"apr": {cMonth, 4, fAbbr}, "jun": {cMonth, 6, fAbbr}, "jul": {cMonth, 7, fAbbr},
	"aug": {cMonth, 8, fAbbr}, "sep": {cMonth, 9, fAbbr}, "sept": {cMonth, 9, fAbbr},
	"oct": {cMonth, 10, fAbbr}, "nov": {cMonth, 11, fAbbr}, "dec": {cMonth, 12, fAbbr},

	"today": {cKw, kwToday, 0}, "tonight": {cKw, kwTonight, 0}, "yesterday": {cKw, kwYesterday, 0},
	"tomorrow": {cKw, kwTomorrow, 0}, "ago": {cKw, kwAgo, 0}, "last": {cKw, kwLast, 0},
	"next": {cKw, kwNext, 0}, "this": {cKw, kwThis, 0}, "past": {cKw, kwPast, 0},
	"coming": {cKw, kwComing, 0}, "upcoming": {cKw, kwComing, 0}, "earlier": {cKw, kwEarlier, 0},
	"later": {cKw, kwLater, 0}, "early": {cKw, kwEarly, 0}, "mid": {cKw, kwMid, 0},
	"late": {cKw, kwLate, 0}, "middle": {cKw, kwMiddle, 0}, "end": {cKw, kwEnd, 0},
	"beginning": {cKw, kwBeginning, 0}, "start": {cKw, kwStart, 0}, "of": {cKw, kwOf, 0},
	"the": {cKw, kwThe, 0}, "in": {cKw, kwIn, 0}, "on": {cKw, kwOn, 0}, "since": {cKw, kwSince, 0},
	"from": {cKw, kwFrom, 0}, "until": {cKw, kwUntil, 0}, "till": {cKw, kwUntil, 0},
	"by": {cKw, kwBy, 0}, "during": {cKw, kwDuring, 0}, "before": {cKw, kwBefore, 0},
	"after": {cKw, kwAfter, 0}, "through": {cKw, kwThrough, 0}, "throughout": {cKw, kwThrough, 0},
	"as": {cKw, kwAs, 0}, "and": {cKw, kwAnd, 0}, "or": {cKw, kwOr, 0}, "to": {cKw, kwTo, 0},
	"morning": {cKw, kwMorning, 0}, "afternoon": {cKw, kwAfternoon, 0}, "evening": {cKw, kwEvening, 0},
	"night": {cKw, kwNight, 0}, "recent": {cKw, kwRecent, 0}, "recently": {cKw, kwRecently, 0},
	"a": {cKw, kwA, 0}, "an": {cKw, kwA, 0}, "few": {cKw, kwFew, 0}, "several": {cKw, kwSeveral, 0},
	"couple": {cKw, kwCouple, 0},
	"some":   {cKw, kwQuant, 0}, "about": {cKw, kwQuant, 0}, "around": {cKw, kwQuant, 0},
	"nearly": {cKw, kwQuant, 0}, "almost": {cKw, kwQuant, 0}, "approximately": {cKw, kwQuant, 0},
	"roughly": {cKw, kwQuant, 0}, "least": {cKw, kwQuant, 0}, "than": {cKw, kwQuant, 0},
	"estimated": {cKw, kwQuant, 0}, "over": {cKw, kwOver, 0}, "when": {cKw, kwWhen, 0}, "between": {cKw, kwBetween, 0}, "number": {cKw, kwQuant, 0},
	"no": {cKw, kwQuant, 0}, "route": {cKw, kwQuant, 0}, "resolution": {cKw, kwQuant, 0},
	"flight": {cKw, kwQuant, 0}, "article": {cKw, kwQuant, 0}, "page": {cKw, kwQuant, 0},

	"one": {cNumWord, 1, 0}, "two": {cNumWord, 2, 0}, "three": {cNumWord, 3, 0},
	"four": {cNumWord, 4, 0}, "five": {cNumWord, 5, 0}, "six": {cNumWord, 6, 0},
	"seven": {cNumWord, 7, 0}, "eight": {cNumWord, 8, 0}, "nine": {cNumWord, 9, 0},
	"ten": {cNumWord, 10, 0}, "eleven": {cNumWord, 11, 0}, "twelve": {cNumWord, 12, 0},
	"thirteen": {cNumWord, 13, 0}, "fourteen": {cNumWord, 14, 0}, "fifteen": {cNumWord, 15, 0},
	"sixteen": {cNumWord, 16, 0}, "seventeen": {cNumWord, 17, 0}, "eighteen": {cNumWord, 18, 0},
	"nineteen": {cNumWord, 19, 0}, "twenty": {cNumWord, 20, 0}, "thirty": {cNumWord, 30, 0},
	"forty": {cNumWord, 40, 0}, "fifty": {cNumWord, 50, 0}, "sixty": {cNumWord, 60, 0},
	"seventy": {cNumWord, 70, 0}, "eighty": {cNumWord, 80, 0}, "ninety": {cNumWord, 90, 0},

	"day": {cUnit, uDay, 0}, "days": {cUnit, uDay, fPlural},
	"week": {cUnit, uWeek, 0}, "weeks": {cUnit, uWeek, fPlural},
	"fortnight": {cUnit, uFortnight, 0}, "fortnights": {cUnit, uFortnight, fPlural},
	"month": {cUnit, uMonth, 0}, "months": {cUnit, uMonth, fPlural},
	"year": {cUnit, uYear, 0}, "years": {cUnit, uYear, fPlural},
	"decade": {cUnit, uDecade, 0}, "decades": {cUnit, uDecade, fPlural},
	"weekend": {cUnit, uWeekend, 0}, "weekends": {cUnit, uWeekend, fPlural},

	"people": {cCount, 0, 0}, "persons": {cCount, 0, 0}, "troops": {cCount, 0, 0},
	"soldiers": {cCount, 0, 0}, "civilians": {cCount, 0, 0}, "refugees": {cCount, 0, 0},
	"migrants": {cCount, 0, 0}, "deaths": {cCount, 0, 0}, "dead": {cCount, 0, 0},
	"casualties": {cCount, 0, 0}, "cases": {cCount, 0, 0}, "children": {cCount, 0, 0},
	"women": {cCount, 0, 0}, "men": {cCount, 0, 0}, "workers": {cCount, 0, 0},
	"residents": {cCount, 0, 0}, "families": {cCount, 0, 0}, "homes": {cCount, 0, 0},
	"houses": {cCount, 0, 0}, "km": {cCount, 0, 0}, "kilometres": {cCount, 0, 0},
	"kilometers": {cCount, 0, 0}, "miles": {cCount, 0, 0}, "metres": {cCount, 0, 0},
	"meters": {cCount, 0, 0}, "tonnes": {cCount, 0, 0}, "tons": {cCount, 0, 0},
	"barrels": {cCount, 0, 0}, "dollars": {cCount, 0, 0}, "euros": {cCount, 0, 0},
	"pounds": {cCount, 0, 0}, "percent": {cCount, 0, 0}, "per": {cCount, 0, 0},
	"points": {cCount, 0, 0}, "votes": {cCount, 0, 0}, "seats": {cCount, 0, 0},
	"members": {cCount, 0, 0}, "delegates": {cCount, 0, 0}, "hectares": {cCount, 0, 0},
	"feet": {cCount, 0, 0}, "vehicles": {cCount, 0, 0}, "rockets": {cCount, 0, 0},
	"missiles": {cCount, 0, 0}, "drones": {cCount, 0, 0}, "shells": {cCount, 0, 0},
	"prisoners": {cCount, 0, 0}, "hostages": {cCount, 0, 0}, "detainees": {cCount, 0, 0},
	"times": {cCount, 0, 0}, "students": {cCount, 0, 0}, "fighters": {cCount, 0, 0},
	"officers": {cCount, 0, 0}, "police": {cCount, 0, 0}, "jobs": {cCount, 0, 0},
	"units": {cCount, 0, 0}, "million": {cCount, 0, 0}, "billion": {cCount, 0, 0},
	"strong": {cCount, 0, 0},

	"telegraph": {cPaper, 0, 0}, "express": {cPaper, 0, 0}, "mirror": {cPaper, 0, 0},
	"herald": {cPaper, 0, 0}, "mail": {cPaper, 0, 0}, "post": {cPaper, 0, 0},
	"observer": {cPaper, 0, 0}, "independent": {cPaper, 0, 0}, "star": {cPaper, 0, 0},
	"sport": {cPaper, 0, 0}, "tribune": {cPaper, 0, 0}, "business": {cPaper, 0, 0},
	"football": {cPaper, 0, 0}, "prayers": {cPaper, 0, 0}, "sermon": {cPaper, 0, 0},
	"agreement": {cPaper, 0, 0}, "accord": {cPaper, 0, 0},

	"good": {cFeast, 0, 0}, "black": {cFeast, 0, 0}, "bloody": {cFeast, 0, 0},
	"ash": {cFeast, 0, 0}, "holy": {cFeast, 0, 0}, "easter": {cFeast, 0, 0},
	"palm": {cFeast, 0, 0}, "super": {cFeast, 0, 0}, "cyber": {cFeast, 0, 0},
	"maundy": {cFeast, 0, 0}, "shrove": {cFeast, 0, 0}, "whit": {cFeast, 0, 0},
	"giving": {cFeast, 0, 0},
}

// The few capitalised words after a weekday that make it a name rather than
// a day, beyond the cPaper list, are checked in isPaperName.

// Number suffixes.
const (
	sufNone  uint8 = iota
	sufOrd         // st, nd, rd, th
	sufOther       // anything else: "1990s", "5km"
)

// token is one lexical unit of the text.
type token struct {
	start, end int32
	kind       uint8
	cls        uint8 // for words: the class, cNone when unknown
	val        uint8
	flags      uint8
	upper      bool  // the first letter is upper case
	suf        uint8 // for numbers
	nd         uint8 // for numbers: the count of digits; 0 for a grouped number such as 2,000 or 10:30
	num        int32 // for numbers: the value (capped); for numeric dates: yyyymmdd
}

const maxNum = 1 << 30

// tokenize appends the tokens of text to dst.
func tokenize(dst []token, text string) []token {
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case isASCIILetter(c) || c >= utf8.RuneSelf && isLetterAt(text, i):
			j := i
			for j < n {
				c := text[j]
				if isASCIILetter(c) {
					j++
					continue
				}
				if c >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r) {
						j += size
						continue
					}
				}
				break
			}
			dst = append(dst, wordToken(text, i, j))
			i = j
		case c >= '0' && c <= '9':
			if t, j, ok := numericDate(text, i); ok {
				dst = append(dst, t) // a date, a year, or an inert number
				i = j
				continue
			}
			t, j := number(text, i)
			dst = append(dst, t)
			i = j
		default:
			size := 1
			if c >= utf8.RuneSelf {
				_, size = utf8.DecodeRuneInString(text[i:])
			}
			dst = append(dst, token{start: int32(i), end: int32(i + size), kind: tPunct, val: punctVal(text, i, size)})
			i += size
		}
	}
	return dst
}

// Punctuation values kept in token.val.
const (
	pOther uint8 = iota
	pComma
	pPeriod
	pHyphen // hyphen, en dash, em dash
	pApos   // ' or ’
	pColon
	pSlash
)

func punctVal(text string, i, size int) uint8 {
	if size == 1 {
		switch text[i] {
		case ',':
			return pComma
		case '.':
			return pPeriod
		case '-':
			return pHyphen
		case '\'':
			return pApos
		case ':':
			return pColon
		case '/':
			return pSlash
		}
		return pOther
	}
	switch text[i : i+size] {
	case "’", "‘":
		return pApos
	case "–", "—", "‐", "‑":
		return pHyphen
	}
	return pOther
}

func isASCIILetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func wordToken(text string, i, j int) token {
	t := token{start: int32(i), end: int32(j), kind: tWord}
	c := text[i]
	t.upper = c >= 'A' && c <= 'Z'
	if j-i > 16 {
		return t
	}
	var buf [16]byte
	for k := i; k < j; k++ {
		c := text[k]
		if c >= utf8.RuneSelf {
			return t // not an ASCII word: never a keyword
		}
		buf[k-i] = c | 0x20
	}
	if w, ok := words[string(buf[:j-i])]; ok {
		t.cls, t.val, t.flags = w.cls, w.val, w.flags
	}
	return t
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits returns the end of the run of digits at i and its value (capped).
func digits(text string, i int) (int, int) {
	v := 0
	for i < len(text) && isDigit(text[i]) {
		if v < maxNum {
			v = v*10 + int(text[i]-'0')
		}
		i++
	}
	return i, v
}

// number scans a number at i: digits, optionally grouped ("2,000", "3.5",
// "10:30"), optionally with a letter suffix ("3rd", "1990s").
func number(text string, i int) (token, int) {
	t := token{start: int32(i), kind: tNum}
	j, v := digits(text, i)
	t.nd = uint8(min(j-i, 255))
	t.num = int32(min(v, maxNum))
	for j+1 < len(text) && (text[j] == ',' || text[j] == '.' || text[j] == ':') && isDigit(text[j+1]) {
		j, _ = digits(text, j+1)
		t.nd = 0 // grouped: not a day or a year
	}
	if j < len(text) && isASCIILetter(text[j]) {
		k := j
		for k < len(text) && isASCIILetter(text[k]) {
			k++
		}
		t.suf = sufOther
		if k-j == 2 {
			a, b := text[j]|0x20, text[j+1]|0x20
			if a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h' {
				t.suf = sufOrd
			}
		}
		j = k
	}
	t.end = int32(j)
	return t, j
}

// numericDate scans a numeric date at i: yyyy-mm-dd, yyyy/mm/dd, or an
// unambiguous dd/mm/yyyy or mm/dd/yyyy (also with '.' or '-'). A
// day-month-year date whose order is ambiguous becomes a tNumDate token with
// only its year (month and day 0). Three numbers that look like a date but
// are not a valid one become an inert grouped number, so that no part of them
// is read as a day or a year.
func numericDate(text string, i int) (token, int, bool) {
	var parts [3]int
	var lens [3]int
	j := i
	var sep byte
	for k := 0; k < 3; k++ {
		if k > 0 {
			if j >= len(text) {
				return token{}, 0, false
			}
			c := text[j]
			if c != '-' && c != '/' && c != '.' {
				return token{}, 0, false
			}
			if k == 1 {
				sep = c
			} else if c != sep {
				return token{}, 0, false
			}
			j++
		}
		e, v := digits(text, j)
		if e == j || e-j > 4 {
			return token{}, 0, false
		}
		parts[k], lens[k] = v, e-j
		j = e
	}
	if j < len(text) && (isDigit(text[j]) || isASCIILetter(text[j])) {
		return token{}, 0, false
	}
	// Do not read "1.2.3" inside a longer dotted or dashed run.
	if j+1 < len(text) && (text[j] == sep) && isDigit(text[j+1]) {
		return token{}, 0, false
	}
	inert := token{start: int32(i), end: int32(j), kind: tNum}
	var y, m, d int
	switch {
	case lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 && sep != '.':
		y, m, d = parts[0], parts[1], parts[2]
	case lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2:
		a, b := parts[0], parts[1]
		y = parts[2]
		switch {
		case a > 12 && b <= 12:
			d, m = a, b
		case b > 12 && a <= 12:
			m, d = a, b
		case a == b:
			m, d = a, b
		case a >= 1 && b >= 1:
			if y < 1000 || y > 2999 {
				return inert, j, true
			}
			return token{start: int32(i), end: int32(j), kind: tNumDate, num: int32(y * 10000)}, j, true
		}
	case lens[0] <= 2 && lens[1] <= 2 && lens[2] <= 2 && sep != '.':
		return inert, j, true // "1/2/25": a two-digit year
	default:
		return token{}, 0, false
	}
	if y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return inert, j, true
	}
	return token{start: int32(i), end: int32(j), kind: tNumDate, num: int32(y*10000 + m*100 + d)}, j, true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
