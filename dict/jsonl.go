package dict

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// dyad's own dictionary format is JSON lines ("*.jsonl"): one entry per
// line, an object with exactly one of the keys actor, agent, synset, verbs,
// transformation, discard and issue. Words are upper case and the words of
// a phrase are joined by "_" as in the PETRARCH files; verb patterns and
// synset members are written in the PETRARCH notation. For example:
//
//	{"actor":{"names":["ZAMBIA","REPUBLIC_OF_ZAMBIA"],"codes":[{"code":"ZMB"}]}}
//	{"actor":{"names":["HAKAINDE_HICHILEMA"],"codes":[{"code":"ZMBGOV","from":"2021-08-24"}]}}
//	{"agent":{"names":["ENVOY","ENVOYS"],"code":"DIP"}}
//	{"synset":{"name":"&TREATY","members":["TREATY","ACCORD","{PEACE DEAL}"]}}
//	{"verbs":{"name":"RECOGNIZE","code":"054","verbs":[{"words":["RECOGNIZE"]}],"patterns":["- * + [054]"]}}
//	{"discard":{"phrase":"FOOTBALL_MATCH","story":true}}
//
// The format suits programs that generate or consume dictionaries; WriteJSONL
// writes a whole Set in it and LoadDir reads "*.jsonl" files next to the
// PETRARCH ones.

type jsonEntry struct {
	Actor          *jsonActor          `json:"actor,omitempty"`
	Agent          *jsonAgent          `json:"agent,omitempty"`
	Synset         *jsonSynset         `json:"synset,omitempty"`
	Verbs          *jsonBlock          `json:"verbs,omitempty"`
	Transformation *jsonTransformation `json:"transformation,omitempty"`
	Discard        *jsonDiscard        `json:"discard,omitempty"`
	Issue          *jsonIssue          `json:"issue,omitempty"`
}

type jsonActor struct {
	Names []string   `json:"names"`
	Codes []jsonCode `json:"codes"`
}

type jsonCode struct {
	Code string `json:"code"`
	From string `json:"from,omitempty"` // YYYY-MM-DD, inclusive
	To   string `json:"to,omitempty"`
}

type jsonAgent struct {
	Names  []string `json:"names"`
	Code   string   `json:"code"`
	Prefix bool     `json:"prefix,omitempty"`
}

type jsonSynset struct {
	Name     string   `json:"name"`
	NoPlural bool     `json:"no_plural,omitempty"`
	Members  []string `json:"members"`
}

type jsonBlock struct {
	Name     string     `json:"name"`
	Code     string     `json:"code"`
	Verbs    []jsonVerb `json:"verbs"`
	Patterns []string   `json:"patterns,omitempty"`
}

type jsonVerb struct {
	Words     []string `json:"words"`
	Head      int      `json:"head,omitempty"`
	Forms     []string `json:"forms,omitempty"`
	Irregular bool     `json:"irregular,omitempty"`
	Code      string   `json:"code,omitempty"`
}

type jsonTransformation struct {
	Pattern string `json:"pattern"`
	Result  string `json:"result"`
}

type jsonDiscard struct {
	Phrase string `json:"phrase"`
	Story  bool   `json:"story,omitempty"`
	Exact  bool   `json:"exact,omitempty"`
}

type jsonIssue struct {
	Category string   `json:"category,omitempty"`
	Code     string   `json:"code,omitempty"`
	Phrases  []string `json:"phrases"`
	Exclude  string   `json:"exclude,omitempty"` // "sentence" or "story"
	Text     string   `json:"text,omitempty"`
}

const isoDate = "2006-01-02"

func joinWords(ws []string) string { return strings.Join(ws, "_") }

func joinAll(wss [][]string) []string {
	out := make([]string, len(wss))
	for i, ws := range wss {
		out[i] = joinWords(ws)
	}
	return out
}

// WriteJSONL writes every entry of s in dyad's JSON lines dictionary
// format: actors, agents, synsets (in name order), verb blocks,
// transformations, discards and issues. ReadJSONL reads it back.
func WriteJSONL(w io.Writer, s *Set) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	put := func(e jsonEntry) error { return enc.Encode(e) }
	var err error
	for _, a := range s.Actors {
		ja := &jsonActor{Names: joinAll(a.Names), Codes: make([]jsonCode, 0, len(a.Codes))}
		for _, c := range a.Codes {
			jc := jsonCode{Code: c.Code}
			if !c.From.IsZero() {
				jc.From = c.From.Format(isoDate)
			}
			if !c.To.IsZero() {
				jc.To = c.To.Format(isoDate)
			}
			ja.Codes = append(ja.Codes, jc)
		}
		err = errors.Join(err, put(jsonEntry{Actor: ja}))
	}
	for _, a := range s.Agents {
		err = errors.Join(err, put(jsonEntry{Agent: &jsonAgent{Names: joinAll(a.Names), Code: a.Code, Prefix: a.Prefix}}))
	}
	if v := s.Verbs; v != nil {
		for _, syn := range v.sortedSynsets() {
			js := &jsonSynset{Name: syn.Name, NoPlural: syn.NoPlural, Members: make([]string, 0, len(syn.Members))}
			for _, m := range syn.Members {
				text := formatElems(m.Elems)
				if m.NoPlural && !strings.HasSuffix(text, "_") {
					text += "_"
				}
				js.Members = append(js.Members, text)
			}
			err = errors.Join(err, put(jsonEntry{Synset: js}))
		}
		for _, b := range v.Blocks {
			jb := &jsonBlock{Name: b.Name, Code: b.Code, Verbs: make([]jsonVerb, 0, len(b.Verbs))}
			for _, vb := range b.Verbs {
				jb.Verbs = append(jb.Verbs, jsonVerb{Words: vb.Words, Head: vb.Head, Forms: joinAll(vb.Forms),
					Irregular: vb.Irregular, Code: vb.Code})
			}
			for _, p := range b.Patterns {
				jb.Patterns = append(jb.Patterns, p.String())
			}
			err = errors.Join(err, put(jsonEntry{Verbs: jb}))
		}
		for _, t := range v.Transformations {
			err = errors.Join(err, put(jsonEntry{Transformation: &jsonTransformation{Pattern: t.Pattern, Result: t.Result}}))
		}
	}
	for _, d := range s.Discards {
		err = errors.Join(err, put(jsonEntry{Discard: &jsonDiscard{Phrase: joinWords(d.Words), Story: d.Story, Exact: d.Exact}}))
	}
	for _, is := range s.Issues {
		ji := &jsonIssue{Category: is.Category, Code: is.Code, Phrases: joinAll(is.Phrases), Text: is.Text}
		switch is.Exclude {
		case ExcludeSentence:
			ji.Exclude = "sentence"
		case ExcludeStory:
			ji.Exclude = "story"
		}
		err = errors.Join(err, put(jsonEntry{Issue: ji}))
	}
	if err != nil {
		return fmt.Errorf("dict: write: %w", err)
	}
	return bw.Flush()
}

// maxJSONLine is the longest line ReadJSONL accepts.
const maxJSONLine = 1 << 20

// ReadJSONL reads a dictionary in dyad's JSON lines format into a new Set.
// Entries that cannot be used are reported as problems naming the file and
// line, and skipped; the error is for failures of r itself.
func ReadJSONL(r io.Reader, file string) (*Set, []Problem, error) {
	s := &Set{Verbs: &Verbs{Synsets: map[string]*Synset{}}}
	ps := &problems{file: file}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxJSONLine)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var e jsonEntry
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			ps.add(n, "invalid entry: %v", err)
			continue
		}
		if dec.More() {
			ps.add(n, "more than one JSON value on the line")
			continue
		}
		s.addJSON(&e, file, n, ps)
	}
	err := sc.Err()
	if errors.Is(err, bufio.ErrTooLong) {
		err = fmt.Errorf("%s:%d: line longer than %d bytes", file, n+1, maxJSONLine)
	} else if err != nil {
		err = fmt.Errorf("%s: %w", file, err)
	}
	return s, ps.list, err
}

// phrase splits a "_"-joined phrase into upper-case words.
func phrase(p string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' }) {
		out = append(out, strings.ToUpper(w))
	}
	return out
}

func phrases(ps []string) [][]string {
	var out [][]string
	for _, p := range ps {
		if w := phrase(p); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

func (s *Set) addJSON(e *jsonEntry, file string, n int, ps *problems) {
	kinds := 0
	for _, set := range []bool{e.Actor != nil, e.Agent != nil, e.Synset != nil, e.Verbs != nil,
		e.Transformation != nil, e.Discard != nil, e.Issue != nil} {
		if set {
			kinds++
		}
	}
	if kinds != 1 {
		ps.add(n, "an entry needs exactly one of actor, agent, synset, verbs, transformation, discard, issue (has %d)", kinds)
		return
	}
	switch {
	case e.Actor != nil:
		a := Actor{Names: phrases(e.Actor.Names), File: file, Line: n}
		if len(a.Names) == 0 {
			ps.add(n, "actor without a name")
			return
		}
		for _, c := range e.Actor.Codes {
			dc := DatedCode{Code: strings.ToUpper(strings.TrimSpace(c.Code))}
			var err1, err2 error
			if c.From != "" {
				dc.From, err1 = time.Parse(isoDate, c.From)
			}
			if c.To != "" {
				dc.To, err2 = time.Parse(isoDate, c.To)
			}
			switch {
			case dc.Code == "":
				ps.add(n, "actor %s: empty code", joinWords(a.Names[0]))
			case err1 != nil || err2 != nil:
				ps.add(n, "actor %s: dates must be YYYY-MM-DD: %v", joinWords(a.Names[0]), errors.Join(err1, err2))
			case !dc.From.IsZero() && !dc.To.IsZero() && dc.To.Before(dc.From):
				ps.add(n, "actor %s: code %s ends before it starts", joinWords(a.Names[0]), dc.Code)
			default:
				a.Codes = append(a.Codes, dc)
			}
		}
		s.Actors = append(s.Actors, a)
	case e.Agent != nil:
		a := Agent{Names: phrases(e.Agent.Names), Code: strings.ToUpper(strings.TrimSpace(e.Agent.Code)),
			Prefix: e.Agent.Prefix, File: file, Line: n}
		if len(a.Names) == 0 || a.Code == "" {
			ps.add(n, "agent needs names and a code")
			return
		}
		s.Agents = append(s.Agents, a)
	case e.Synset != nil:
		name := synsetName(strings.ToUpper(strings.TrimSpace(e.Synset.Name)))
		if !strings.HasPrefix(name, "&") || name == "&" {
			ps.add(n, "synset name %q must start with '&'", e.Synset.Name)
			return
		}
		syn := &Synset{Name: name, NoPlural: e.Synset.NoPlural, File: file, Line: n}
		for _, m := range e.Synset.Members {
			text := strings.TrimSpace(m)
			elems, _, probs := parseElements(text)
			for _, p := range probs {
				ps.add(n, "synset %s: %s", name, p)
			}
			if len(elems) == 0 {
				ps.add(n, "synset %s: empty member", name)
				continue
			}
			syn.Members = append(syn.Members, Member{Elems: elems, NoPlural: strings.HasSuffix(text, "_"), Line: n})
		}
		if old, dup := s.Verbs.Synsets[name]; dup {
			ps.add(n, "synset %s already defined on line %d; the later definition is used", name, old.Line)
		}
		s.Verbs.Synsets[name] = syn
	case e.Verbs != nil:
		jb := e.Verbs
		b := VerbBlock{Name: strings.ToUpper(strings.TrimSpace(jb.Name)), Code: strings.TrimSpace(jb.Code), File: file, Line: n}
		if b.Name == "" {
			ps.add(n, "verb block without a name")
			return
		}
		if b.Code == "" {
			b.Code = "---"
		}
		for _, jv := range jb.Verbs {
			v := Verb{Words: phrase(joinWords(jv.Words)), Head: jv.Head, Forms: phrases(jv.Forms),
				Irregular: jv.Irregular, Code: strings.TrimSpace(jv.Code), Line: n}
			if len(v.Words) == 0 || v.Head < 0 || v.Head >= len(v.Words) {
				ps.add(n, "verb block %s: a verb needs words and a head within them", b.Name)
				continue
			}
			b.Verbs = append(b.Verbs, v)
		}
		for _, pt := range jb.Patterns {
			pt = strings.TrimSpace(pt)
			if !strings.HasPrefix(pt, "-") {
				ps.add(n, "verb block %s: pattern %q must start with '-'", b.Name, pt)
				continue
			}
			if p, ok := readPattern(pt[1:], n, ps); ok {
				b.Patterns = append(b.Patterns, p)
			}
		}
		s.Verbs.Blocks = append(s.Verbs.Blocks, b)
	case e.Transformation != nil:
		t := Transformation{Pattern: strings.Join(strings.Fields(e.Transformation.Pattern), " "),
			Result: strings.Join(strings.Fields(e.Transformation.Result), " "), Line: n}
		if t.Pattern == "" || t.Result == "" {
			ps.add(n, "transformation needs a pattern and a result")
			return
		}
		s.Verbs.Transformations = append(s.Verbs.Transformations, t)
	case e.Discard != nil:
		d := Discard{Words: phrase(e.Discard.Phrase), Story: e.Discard.Story, Exact: e.Discard.Exact, File: file, Line: n}
		if len(d.Words) == 0 {
			ps.add(n, "discard without a phrase")
			return
		}
		s.Discards = append(s.Discards, d)
	case e.Issue != nil:
		ji := e.Issue
		is := Issue{Category: ji.Category, Code: strings.TrimSpace(ji.Code), Phrases: phrases(ji.Phrases), Text: ji.Text, File: file, Line: n}
		switch ji.Exclude {
		case "":
		case "sentence":
			is.Exclude = ExcludeSentence
		case "story":
			is.Exclude = ExcludeStory
		default:
			ps.add(n, "issue: exclude must be \"sentence\" or \"story\", not %q", ji.Exclude)
			return
		}
		if len(is.Phrases) == 0 {
			ps.add(n, "issue without phrases")
			return
		}
		s.Issues = append(s.Issues, is)
	}
}
