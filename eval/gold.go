package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// GoldArticle is one line of a news gold file (the format of dyad's
// annotation guidelines): an article's asserted international events and
// its traps.
type GoldArticle struct {
	ID        string
	Published string
	Events    []GoldEvent
	Traps     []GoldEvent
}

// GoldEvent is a gold event or trap. Source and Target are actor codes
// ("RUS", "IGOUNO"; "" for an unnamed collective).
type GoldEvent struct {
	Source, Target string
	Code           string
	Date           string // "" when the gold gives none
	Core           bool
	Kind           string // of a trap: negated, hypothetical, future, question, conditional
	Evidence       string
}

// PredEvent is what scoring reads of a coded event (a line of `dyad code
// --format jsonl`).
type PredEvent struct {
	ArticleID string
	Source    ActorRef
	Target    ActorRef
	Code      string
	Modality  string
	Date      string
}

// ActorRef is an actor as a JSON string (a code) or object (code and
// country).
type ActorRef struct {
	Code, Country string
	Null          bool
}

// UnmarshalJSON reads a string, an object with "code" and "country", or
// null.
func (a *ActorRef) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*a = ActorRef{Null: true}
		return nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*a = ActorRef{Code: s}
		return nil
	}
	var o struct {
		Code    any `json:"code"`
		Country any `json:"country"`
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return err
	}
	*a = ActorRef{Code: truthyString(o.Code), Country: truthyString(o.Country)}
	return nil
}

// truthyString renders a JSON value as Python's `x or ""` followed by
// string use would: strings as they are, other falsy values as "".
func truthyString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case nil, bool, float64:
		if x == nil || x == false || x == 0.0 {
			return ""
		}
		return fmt.Sprint(x)
	}
	return fmt.Sprint(v)
}

// maxGoldLine bounds one line of a gold or prediction file.
const maxGoldLine = 16 << 20

// ReadGold reads a gold file, one article per line.
func ReadGold(r io.Reader) ([]GoldArticle, error) {
	var out []GoldArticle
	err := eachLine(r, func(n int, line []byte) error {
		var raw struct {
			ID        json.RawMessage `json:"id"`
			Published any             `json:"published"`
			Events    []goldEventJSON `json:"events"`
			Traps     []goldEventJSON `json:"traps"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return fmt.Errorf("gold line %d: %w", n, err)
		}
		a := GoldArticle{ID: idString(raw.ID), Published: truthyString(raw.Published)}
		for _, e := range raw.Events {
			a.Events = append(a.Events, e.event())
		}
		for _, e := range raw.Traps {
			a.Traps = append(a.Traps, e.event())
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

type goldEventJSON struct {
	Source   ActorRef `json:"source"`
	Target   ActorRef `json:"target"`
	Code     any      `json:"code"`
	Date     any      `json:"date"`
	Core     any      `json:"core"`
	Kind     string   `json:"kind"`
	Evidence string   `json:"evidence"`
}

func (g goldEventJSON) event() GoldEvent {
	core := false
	switch c := g.Core.(type) {
	case bool:
		core = c
	case float64:
		core = c != 0
	case string:
		core = c != ""
	}
	return GoldEvent{
		Source: g.Source.Code, Target: g.Target.Code, Code: truthyString(g.Code),
		Date: truthyString(g.Date), Core: core, Kind: g.Kind, Evidence: g.Evidence,
	}
}

// ReadPred reads coded events, one per line.
func ReadPred(r io.Reader) ([]PredEvent, error) {
	var out []PredEvent
	err := eachLine(r, func(n int, line []byte) error {
		var raw struct {
			ArticleID json.RawMessage `json:"article_id"`
			Source    ActorRef        `json:"source"`
			Target    ActorRef        `json:"target"`
			Code      any             `json:"code"`
			Modality  any             `json:"modality"`
			Date      any             `json:"date"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return fmt.Errorf("prediction line %d: %w", n, err)
		}
		out = append(out, PredEvent{
			ArticleID: idString(raw.ArticleID), Source: raw.Source, Target: raw.Target,
			Code: truthyString(raw.Code), Modality: truthyString(raw.Modality), Date: truthyString(raw.Date),
		})
		return nil
	})
	return out, err
}

// idString renders a JSON id as Python's str() would: a string as it is,
// a number in its JSON form, a missing id as "None".
func idString(b json.RawMessage) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || bytes.Equal(b, []byte("null")) {
		return "None"
	}
	var s string
	if json.Unmarshal(b, &s) == nil {
		return s
	}
	if f, err := strconv.ParseFloat(string(b), 64); err == nil && f == float64(int64(f)) && !bytes.ContainsAny(b, ".eE") {
		return strconv.FormatInt(int64(f), 10)
	}
	return string(b)
}

// eachLine calls f with each non-blank line of r.
func eachLine(r io.Reader, f func(n int, line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxGoldLine)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := f(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// igos are the organisations whose codes compare whole.
var igos = []string{"IGOUNO", "IGOEUREEC", "IGOWSTNAT", "IGOAFRAFU", "IGOMEAARL", "IGOSEAASN",
	"IGOCAS", "IGOGOS", "IGOBRICS", "IGOMOSOIC"}

// ActorKey is what an actor compares on: its country (the first three
// letters of its code, or its country field) or, for an international
// organisation, the organisation's code.
func ActorKey(a ActorRef) string {
	if a.Null {
		return ""
	}
	code := strings.ToUpper(a.Code)
	if strings.HasPrefix(code, "IGO") {
		for _, g := range igos {
			if strings.HasPrefix(code, g) {
				return g
			}
		}
		return prefixRunes(code, 6)
	}
	if a.Country != "" {
		return prefixRunes(strings.ToUpper(a.Country), 3)
	}
	return prefixRunes(code, 3)
}

// prefixRunes returns the first n characters of s, as Python slicing does.
func prefixRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
