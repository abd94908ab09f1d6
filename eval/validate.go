package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"dyad"
	"dyad/nlp"
	"dyad/nlp/conllu"
)

// Parser turns a validation record into a parsed document: from its gold
// CoNLL-U parse (GoldParse) or by annotating its text.
type Parser func(r *Record) (*nlp.Doc, error)

// GoldParse reads a record's CoNLL-U parse (the UD suite's <Parse>).
func GoldParse(r *Record) (*nlp.Doc, error) {
	var rows []string
	for _, l := range r.Parse {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			// Some rows are space-separated.
			f = strings.Fields(l)
			if len(f) != 10 {
				return nil, fmt.Errorf("record %s: parse row %q: want 10 columns", r.ID, l)
			}
		}
		rows = append(rows, strings.Join(f, "\t"))
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("record %s: no CoNLL-U parse", r.ID)
	}
	sents, err := conllu.ReadAll(strings.NewReader(strings.Join(rows, "\n") + "\n\n"))
	if err != nil {
		return nil, fmt.Errorf("record %s: %w", r.ID, err)
	}
	return conllu.ToDoc(sents), nil
}

// Result is the outcome of one record.
type Result struct {
	Record   *Record
	Got      []Coding
	Exact    bool
	Lenient  bool
	Err      error
	Expected []Coding
}

// Report summarises a validation run.
type Report struct {
	Results    []Result
	Categories map[string][2]int // category -> passed (exact), evaluated
	Exact      int
	Lenient    int
	Skipped    int // records not evaluated: evaluate="false" or a category outside <Include>
}

// ExactRate and LenientRate are the shares of evaluated records that pass.
func (r *Report) ExactRate() float64   { return rate(r.Exact, len(r.Results)) }
func (r *Report) LenientRate() float64 { return rate(r.Lenient, len(r.Results)) }

func rate(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Validate codes every evaluated record of the suite and compares the
// codings with the expected ones.
//
// As PETRARCH's validation does, records with evaluate="false" and records
// whose category is not in the suite's <Include> list are skipped. A record
// passes exactly when the set of (source, target, code) it gets equals the
// set of its <EventCoding> lines (empty for noevents and for the discard
// errors); leniently when the sets agree on the first three letters of each
// actor code and the root of each event code. Actors coded by their text
// in double quotes (under new_actor_length) compare on their words in
// upper case, exactly and leniently; "---" (a missing actor, under
// require_dyad = false) compares as any code. Events of every modality
// count, since the suites test coding, not modality. code receives the
// record, whose Config gives the options in force for it.
func Validate(s *Suite, parse Parser, code func(doc *nlp.Doc, r *Record) []dyad.Event) *Report {
	rep := &Report{Categories: map[string][2]int{}}
	for i := range s.Records {
		r := &s.Records[i]
		if !r.Evaluate || !s.Included(r) {
			rep.Skipped++
			continue
		}
		res := Result{Record: r, Expected: expected(r)}
		doc, err := parse(r)
		if err != nil {
			res.Err = err
		} else {
			for _, e := range code(doc, r) {
				res.Got = append(res.Got, Coding{Source: e.Source.Code, Target: e.Target.Code, Code: e.Code})
			}
		}
		res.Exact = sameSet(res.Got, res.Expected, exactKey)
		res.Lenient = sameSet(res.Got, res.Expected, lenientKey)
		c := rep.Categories[r.Category]
		c[1]++
		if res.Exact {
			c[0]++
			rep.Exact++
		}
		if res.Lenient {
			rep.Lenient++
		}
		rep.Categories[r.Category] = c
		rep.Results = append(rep.Results, res)
	}
	return rep
}

func expected(r *Record) []Coding {
	if r.NoEvents && len(r.Expected) == 0 {
		return nil
	}
	if r.Error != "" {
		return nil
	}
	return r.Expected
}

func exactKey(c Coding) string {
	return actorKey(c.Source) + "|" + actorKey(c.Target) + "|" + c.Code
}

func lenientKey(c Coding) string {
	return lenientActor(c.Source) + "|" + lenientActor(c.Target) + "|" + prefix(c.Code, 2)
}

// actorKey returns an actor code as compared. A new actor, coded by its
// text in double quotes (new_actor_length), compares on its words, in
// upper case; "---", the missing actor of require_dyad = false, and the
// anonymous agents ("---GOV") compare as written.
func actorKey(a string) string {
	if quotedActor(a) {
		return `"` + strings.Join(strings.Fields(strings.ToUpper(a[1:len(a)-1])), " ") + `"`
	}
	return a
}

// lenientActor is the actor part of a lenient key: the first three
// letters of a code, or a quoted new actor whole, since its first letters
// are no country.
func lenientActor(a string) string {
	if quotedActor(a) {
		return actorKey(a)
	}
	return prefix(a, 3)
}

func quotedActor(a string) bool { return len(a) >= 2 && a[0] == '"' && a[len(a)-1] == '"' }

func prefix(s string, n int) string { return s[:min(n, len(s))] }

func sameSet(a, b []Coding, key func(Coding) string) bool {
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, c := range a {
		sa[key(c)] = true
	}
	for _, c := range b {
		sb[key(c)] = true
	}
	if len(sa) != len(sb) {
		return false
	}
	for k := range sa {
		if !sb[k] {
			return false
		}
	}
	return true
}

// Write prints the report: pass rates per category, each failure with
// what was expected and what was got, and a last line that scripts can
// read: "exact 0.91 lenient 0.95 records 284".
func (r *Report) Write(w io.Writer, failures bool) error {
	cats := make([]string, 0, len(r.Categories))
	for c := range r.Categories {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	fmt.Fprintf(w, "%-10s %6s %6s %6s\n", "category", "pass", "total", "rate")
	for _, c := range cats {
		v := r.Categories[c]
		fmt.Fprintf(w, "%-10s %6d %6d %6.2f\n", c, v[0], v[1], rate(v[0], v[1]))
	}
	if failures {
		for _, res := range r.Results {
			if res.Exact {
				continue
			}
			fmt.Fprintf(w, "FAIL %s (%s, line %d): %s\n", res.Record.ID, res.Record.Category, res.Record.Line, res.Record.Text)
			fmt.Fprintf(w, "    expected: %s\n", codings(res.Expected))
			fmt.Fprintf(w, "    got:      %s\n", codings(res.Got))
			if res.Err != nil {
				fmt.Fprintf(w, "    error:    %v\n", res.Err)
			}
		}
	}
	fmt.Fprintf(w, "skipped %d (evaluate=\"false\" or category not included)\n", r.Skipped)
	_, err := fmt.Fprintf(w, "exact %.2f lenient %.2f records %d\n", r.ExactRate(), r.LenientRate(), len(r.Results))
	return err
}

func codings(cs []Coding) string {
	if len(cs) == 0 {
		return "(none)"
	}
	ss := make([]string, len(cs))
	for i, c := range cs {
		ss[i] = c.String()
	}
	slices.Sort(ss)
	return strings.Join(slices.Compact(ss), "; ")
}
