// Package attrib finds who a news sentence says reported or confirmed what
// it tells: "according to reports by the BBC", "confirmed by Afghan
// authorities", "state media reported", "citing officials".
//
// It reads the words of a tokenised sentence and needs no parse, so it
// works the same whatever the parser does. The names it returns are the
// words of the text, trimmed of leading articles.
package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad/nlp"
)

// Role is what a source did.
type Role string

// The roles of a source.
const (
	Reported  Role = "reported"  // according to X, X reported, reported by X, citing X, told X
	Confirmed Role = "confirmed" // confirmed by X, X confirmed
	Said      Role = "said"      // X said, a spokesperson for X said
)

// Source is a reporter or confirmer named in a sentence.
type Source struct {
	Name       string
	Role       Role
	Start, End int // byte offsets of the name in the document text
}

// Find returns the sources named in sentence i of d, in order, each name
// once.
func Find(d *nlp.Doc, i int) []Source {
	s := &d.Sentences[i]
	low := make([]string, len(s.Tokens))
	for j, t := range s.Tokens {
		low[j] = strings.ToLower(t.Form)
	}
	var out []Source
	add := func(a, b int, r Role) {
		a, b = trim(s, low, a, b)
		if a >= b {
			return
		}
		name := d.Text[s.Tokens[a].Start:s.Tokens[b-1].End]
		for _, o := range out {
			if o.Name == name {
				return
			}
		}
		out = append(out, Source{Name: name, Role: r, Start: s.Tokens[a].Start, End: s.Tokens[b-1].End})
	}
	for j := 0; j < len(low); j++ {
		switch {
		case low[j] == "according" && j+1 < len(low) && low[j+1] == "to":
			k := j + 2
			// "according to reports by X", "according to a statement from X"
			if e := reportNoun(low, k); e > k {
				k = e
			}
			for _, np := range phrases(s, low, k) {
				add(np[0], np[1], Reported)
			}
		case (low[j] == "by" || low[j] == "from") && j > 0 && byVerb[low[j-1]] != "":
			for _, np := range phrases(s, low, j+1) {
				add(np[0], np[1], byVerb[low[j-1]])
			}
		case low[j] == "told" && j+1 < len(low):
			// "an official told Reuters": the outlet told is a reporter.
			k := j + 1
			if low[k] == "the" {
				k++
			}
			e := k
			for e < len(low) && e-k < 4 && (capitalised(s.Tokens[e].Form) || reporterWords[low[e]]) && low[e] != "the" {
				e++
			}
			if e > k && reporterLike(s.Tokens[k:e]) {
				add(k, e, Reported)
			}
		case low[j] == "citing" || low[j] == "quoting":
			for _, np := range phrases(s, low, j+1) {
				add(np[0], np[1], Reported)
			}
		case subjVerb[low[j]] != "" && j > 0:
			// "state media reported", "the BBC reported that": the name
			// right before the verb, when it looks like a reporter; "the
			// foreign ministry said": a speaker.
			if a := nameBefore(s, low, j); a >= 0 {
				// "the foreign ministry in Accra said": a speaker placed
				// in a city.
				if a >= 2 && low[a-1] == "in" && !speakerLike(low[a:j]) {
					if b := nameBefore(s, low, a-1); b >= 0 && speakerLike(low[b:a-1]) {
						a = b
					}
				}
				switch {
				case reporterLike(s.Tokens[a:j]):
					add(a, j, subjVerb[low[j]])
				case (low[j] == "said" || low[j] == "says") && (speakerLike(low[a:j]) || namedOfficial(s.Tokens[a:j], low[a:j])):
					add(a, j, Said)
				}
			}
		}
	}
	return out
}

// byVerb lists verbs whose "by X" (or "from X") names a source.
var byVerb = map[string]Role{
	"reported": Reported, "cited": Reported, "quoted": Reported, "published": Reported,
	"broadcast": Reported, "aired": Reported, "released": Reported, "seen": Reported,
	"reports": Reported, "report": Reported, "statement": Reported,
	"confirmed": Confirmed, "verified": Confirmed, "corroborated": Confirmed,
}

// subjVerb lists verbs whose subject is a source when it is a reporter.
var subjVerb = map[string]Role{
	"reported": Reported, "reports": Reported, "said": Reported, "says": Reported,
	"confirmed": Confirmed, "confirms": Confirmed,
}

// reportNoun skips "reports by", "a report from", "a statement by",
// "sources in"... at k and returns the index after it, or k.
func reportNoun(low []string, k int) int {
	j := k
	if j < len(low) && (low[j] == "a" || low[j] == "the" || low[j] == "an") {
		j++
	}
	for j < len(low) && (low[j] == "local" || low[j] == "official" || low[j] == "media" || low[j] == "news" || low[j] == "joint" || low[j] == "written") {
		j++
	}
	if j < len(low) {
		switch low[j] {
		case "reports", "report", "statement", "statements", "sources", "source", "remarks", "comments", "footage", "documents", "data", "readout":
			if j+1 < len(low) {
				switch low[j+1] {
				case "by", "from", "in", "of", "on":
					return j + 2
				}
			}
		}
	}
	return k
}

// phrases returns the noun phrases starting at k: one, or several joined by
// "and" ("the BBC and Reuters"). They end at a comma or other punctuation,
// a verb, "that", or "and" followed by a verb ("and confirmed by").
func phrases(s *nlp.Sentence, low []string, k int) [][2]int {
	var out [][2]int
	start := k
	j := k
	for ; j < len(low); j++ {
		w := low[j]
		if stop(s, low, j) {
			break
		}
		if w == "," {
			break // "according to X, the envoy met": a comma ends the sources
		}
		if w == "and" {
			if j+1 < len(low) && (isVerbish(s, low, j+1) || stop(s, low, j+1) || low[j+1] == "and") {
				break
			}
			if j > start {
				out = append(out, [2]int{start, j})
			}
			start = j + 1
			continue
		}
		if j-start >= 7 {
			break
		}
	}
	if j > start {
		out = append(out, [2]int{start, j})
	}
	return out
}

func stop(s *nlp.Sentence, low []string, j int) bool {
	switch low[j] {
	case ".", ";", ":", "!", "?", "(", ")", "\"", "“", "”", "—", "–", "-",
		"that", "which", "who", "on", "in", "at", "after", "before", "when", "while", "as", "to", "said", "says":
		return true
	}
	return isVerbish(s, low, j)
}

// isVerbish reports whether token j is a verb, by its tag when tagged and
// by a short list of reporting verbs otherwise.
func isVerbish(s *nlp.Sentence, low []string, j int) bool {
	if p := s.Tokens[j].UPOS; p != "" {
		return p == "VERB" || p == "AUX"
	}
	_, ok := byVerb[low[j]]
	return ok && low[j] != "reports" && low[j] != "report" && low[j] != "statement"
}

// nameBefore returns the start of the name ending just before token j: a
// run of capitalised words or of the words of reporterWords, at most six.
func nameBefore(s *nlp.Sentence, low []string, j int) int {
	a := j
	for a > 0 && j-a < 6 {
		w, l := s.Tokens[a-1].Form, low[a-1]
		if !capitalised(w) && !reporterWords[l] && !titles[l] && !titleWords[l] && l != "'s" && l != "’s" {
			break
		}
		a--
	}
	if a == j {
		return -1
	}
	return a
}

// reporterWords are words of phrases that name reporters.
var reporterWords = map[string]bool{
	"media": true, "state": true, "news": true, "agency": true, "television": true, "tv": true,
	"radio": true, "newspaper": true, "daily": true, "broadcaster": true, "outlet": true,
	"outlets": true, "press": true, "authorities": true, "officials": true, "sources": true,
	"ministry": true, "government": true, "spokesperson": true, "spokesman": true, "spokeswoman": true,
	"reporters": true, "journalists": true, "the": true, "local": true, "official": true,
	"foreign": true, "defence": true, "defense": true, "interior": true, "presidential": true,
	"office": true, "embassy": true,
}

// reporterLike reports whether the tokens name a reporter rather than
// any speaker: media, an agency, or a short upper-case outlet name such as
// BBC, AFP or KCNA.
func reporterLike(toks []nlp.Token) bool {
	for _, t := range toks {
		switch strings.ToLower(t.Form) {
		case "media", "news", "agency", "television", "tv", "radio", "newspaper", "daily", "broadcaster", "press", "outlet", "outlets":
			return true
		}
	}
	var words []string
	for _, t := range toks {
		words = append(words, strings.ToLower(t.Form))
	}
	if outlets[strings.Join(words, " ")] {
		return true
	}
	if len(toks) == 1 {
		w := toks[0].Form
		return len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w && strings.ToLower(w) != w
	}
	return false
}

// outlets are news agencies and outlets often cited by name, lower case.
var outlets = map[string]bool{
	"reuters": true, "afp": true, "agence france-presse": true, "associated press": true, "ap": true,
	"bbc": true, "cnn": true, "al jazeera": true, "xinhua": true, "tass": true, "ria novosti": true,
	"interfax": true, "kcna": true, "yonhap": true, "kyodo": true, "irna": true, "anadolu": true,
	"wafa": true, "bloomberg": true, "the new york times": true, "new york times": true,
	"washington post": true, "the guardian": true, "guardian": true, "financial times": true,
	"wall street journal": true, "le monde": true, "der spiegel": true, "nhk": true, "cctv": true,
	"global times": true, "sputnik": true, "al arabiya": true, "dawn": true, "haaretz": true,
	"times of israel": true, "jerusalem post": true, "tolo news": true, "tolonews": true,
	"pajhwok": true, "politico": true, "axios": true, "efe": true, "ansa": true, "dpa": true,
}

// speakerLike reports whether the words name an official speaker: a
// ministry, a spokesperson, officials, a government.
func speakerLike(words []string) bool {
	for _, w := range words {
		switch w {
		case "ministry", "spokesperson", "spokesman", "spokeswoman", "officials", "official",
			"government", "authorities", "office", "embassy", "presidency", "kremlin":
			return true
		}
	}
	return false
}

// titles are the words of office that make a named speaker an official
// one.
var titles = map[string]bool{
	"minister": true, "president": true, "premier": true, "chancellor": true, "ambassador": true,
	"envoy": true, "secretary": true, "diplomat": true, "diplomats": true, "king": true, "queen": true,
	"emir": true, "leader": true, "chief": true, "negotiator": true, "representative": true,
}

// titleWords are the other words of titles ("prime minister", "deputy
// foreign minister"); they do not name anyone.
var titleWords = map[string]bool{
	"prime": true, "deputy": true, "vice": true, "foreign": true, "defence": true, "defense": true,
	"interior": true, "finance": true, "trade": true, "senior": true, "special": true, "top": true,
	"state": true, "general": true, "high": true, "permanent": true, "acting": true, "former": true,
}

// namedOfficial reports whether the words name an office holder who is
// identified: a title with a name or a state ("Kenya's foreign minister",
// "President Ruto", "the Kenyan envoy"), not a bare title ("the
// president").
func namedOfficial(toks []nlp.Token, low []string) bool {
	title, named := false, false
	for i, w := range low {
		switch {
		case titles[w]:
			title = true
		case titleWords[w] || w == "'s" || w == "’s" || w == "the" || w == "a" || w == "an":
		default:
			r, _ := utf8.DecodeRuneInString(toks[i].Form)
			named = named || unicode.IsUpper(r)
		}
	}
	return title && named
}

// trim drops leading articles and possessives and trailing punctuation.
func trim(s *nlp.Sentence, low []string, a, b int) (int, int) {
	for a < b && (low[a] == "the" || low[a] == "a" || low[a] == "an") {
		a++
	}
	for b > a && !isWord(s.Tokens[b-1].Form) {
		b--
	}
	return a, b
}

func isWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
