package annotate

import (
	"strings"

	"dyad/nlp"
	"dyad/nlp/parse"
)

// This file holds three corrections for constructions that news uses all
// the time and that the treebank, mostly web text, teaches the parser badly.

// introEnd returns the index of the comma that closes a fronted source
// ("According to reports by the BBC and confirmed by officials, ..."), or
// -1. The clause after it is parsed on its own, so that the source phrase
// cannot capture its subject.
func introEnd(toks []nlp.Token) int {
	if len(toks) < 6 || !strings.EqualFold(toks[0].Form, "according") || !strings.EqualFold(toks[1].Form, "to") {
		return -1
	}
	for k := 2; k < len(toks) && k < 30; k++ {
		if toks[k].Form == "," {
			if len(toks)-k-1 < 3 {
				return -1
			}
			return k
		}
	}
	return -1
}

// parseSplit parses toks[:k] and toks[k+1:] apart and joins them: the
// source phrase hangs from the clause's root as an oblique, and the comma
// as punctuation.
func parseSplit(p *parse.Parser, toks []nlp.Token, k int) {
	intro, clause := toks[:k], toks[k+1:]
	p.Parse(intro)
	p.Parse(clause)
	off := k + 1
	root := -1
	for i := range clause {
		if clause[i].Head == 0 {
			root = off + i
			continue
		}
		clause[i].Head += off
	}
	if root < 0 {
		p.Parse(toks) // no root: keep the plain parse
		return
	}
	for i := range intro {
		if intro[i].Head == 0 {
			intro[i].Head, intro[i].Rel = root+1, "obl"
		}
	}
	toks[k].Head, toks[k].Rel = root+1, "punct"
}

// promoteVerb repairs "Russian Ambassador Dmitry Zhirnov formally informed
// the minister ...", parsed as a noun phrase whose participle modifies the
// root noun: when the root is a noun and a verb to its right hangs from it
// as acl with an object of its own, and no other verb heads the sentence,
// the verb becomes the root and the noun its subject.
func promoteVerb(toks []nlp.Token) {
	r := -1
	for i := range toks {
		if toks[i].Head == 0 {
			r = i
			break
		}
	}
	if r < 0 || (toks[r].UPOS != "NOUN" && toks[r].UPOS != "PROPN") {
		return
	}
	v := -1
	for i := r + 1; i < len(toks); i++ {
		if toks[i].Head == r+1 && toks[i].Rel == "acl" && toks[i].UPOS == "VERB" &&
			(toks[i].XPOS == "VBN" || toks[i].XPOS == "VBD") && hasObject(toks, i) && !hasDependent(toks, i, "aux") {
			v = i
			break
		}
	}
	if v < 0 {
		return
	}
	toks[v].Head, toks[v].Rel = 0, "root"
	if toks[v].XPOS == "VBN" {
		toks[v].XPOS = "VBD"
		toks[v].Feats = "Mood=Ind|Tense=Past|VerbForm=Fin"
	}
	toks[r].Head, toks[r].Rel = v+1, "nsubj"
	// What the noun governed to the right of the verb is the verb's; its
	// words before the verb stay with it.
	for i := v + 1; i < len(toks); i++ {
		if toks[i].Head == r+1 {
			toks[i].Head = v + 1
		}
	}
}

// timeNouns are the nouns of relative time phrases ("next week", "last
// month", "this Friday").
var timeNouns = map[string]bool{
	"week": true, "weekend": true, "month": true, "year": true, "day": true, "spring": true,
	"summer": true, "autumn": true, "fall": true, "winter": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// relativeTime are the adjectives that open such a phrase.
var relativeTime = map[string]bool{"next": true, "last": true, "this": true, "coming": true, "past": true}

// freeObject repairs "will recognise Palestine next week", parsed with
// "Palestine" as a compound modifier of "week": a noun that hangs as
// compound from a time noun, with "next", "last" or "this" between them,
// cannot modify it (English puts compounds after such adjectives), so it
// becomes the object of the verb the time phrase belongs to, when that
// verb has none.
func freeObject(toks []nlp.Token) {
	for i := range toks {
		t := &toks[i]
		h := t.Head - 1
		if t.Rel != "compound" || h <= i+1 || h >= len(toks) || (t.UPOS != "PROPN" && t.UPOS != "NOUN") {
			continue
		}
		if !timeNouns[strings.ToLower(toks[h].Form)] || !relativeTime[strings.ToLower(toks[i+1].Form)] {
			continue
		}
		v := toks[h].Head - 1
		if v < 0 || toks[v].UPOS != "VERB" || hasDependent(toks, v, "obj") {
			continue
		}
		t.Head, t.Rel = v+1, "obj"
		// What modified the noun before it stays with it ("the State of
		// Palestine next week").
	}
}

func hasObject(toks []nlp.Token, v int) bool {
	return hasDependent(toks, v, "obj") || hasDependent(toks, v, "ccomp")
}

func hasDependent(toks []nlp.Token, v int, rel string) bool {
	for i := range toks {
		if toks[i].Head == v+1 && (toks[i].Rel == rel || strings.HasPrefix(toks[i].Rel, rel+":")) {
			return true
		}
	}
	return false
}
