package dict

import (
	"io"
	"strings"
	"time"
)

// Actor is one entry of an actors dictionary: a primary name, its synonyms
// and its codes.
//
// The format (TABARI 0.8 / PETRARCH):
//
//	HAMID_KARZAI_  [AFGELI]   # a primary phrase, optionally with codes
//	+KARZAI_                  # a synonym
//		[AFGELI 750101-000101]   # a code valid between two dates
//		[AFGGOV >011222]         # valid from a date on
//		[AFGELI <750101]         # valid up to a date
//		[AFGELI]                 # the default code
//
// Dates are YYMMDD or YYYYMMDD and inclusive. Several bracketed codes may
// stand on one line. The null code "---" marks a phrase not to be coded.
type Actor struct {
	Names [][]string  // the primary name first, then synonyms; upper-case words
	Codes []DatedCode // in file order
	File  string      // base name of the file it came from
	Line  int         // line of the primary name
}

// DatedCode is an actor code with an optional validity interval.
type DatedCode struct {
	Code     string
	From, To time.Time // inclusive bounds; the zero Time leaves that side open
}

// Dated reports whether the code has a date restriction.
func (d DatedCode) Dated() bool { return !d.From.IsZero() || !d.To.IsZero() }

// Covers reports whether the code is valid on the day of t. Only the
// calendar date of t (in its own location) is compared.
func (d DatedCode) Covers(t time.Time) bool {
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if !d.From.IsZero() && day.Before(d.From) {
		return false
	}
	if !d.To.IsZero() && day.After(d.To) {
		return false
	}
	return true
}

// CodeAt returns the actor's code on the date of t: the first dated code
// whose interval covers t, else the first code without dates (the default).
// It reports false if no code applies. The null code "---" is returned as
// it is; callers should treat it as "do not code".
func (a *Actor) CodeAt(t time.Time) (string, bool) {
	for _, c := range a.Codes {
		if c.Dated() && c.Covers(t) {
			return c.Code, true
		}
	}
	for _, c := range a.Codes {
		if !c.Dated() {
			return c.Code, true
		}
	}
	return "", false
}

// ReadActors reads an actors dictionary. file names the source in
// problems. Malformed lines are skipped or repaired and reported in the
// returned warnings; the error is non-nil only if reading failed.
func ReadActors(r io.Reader, file string) ([]Actor, []Problem, error) {
	ps := &problems{file: file}
	lr := newLineReader(r, ps)
	var out []Actor
	var cur *Actor
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.Codes) == 0 {
			ps.add(cur.Line, "actor %s has no code", strings.Join(cur.Names[0], "_"))
		}
		out = append(out, *cur)
		cur = nil
	}
	for {
		s, n, ok := lr.next()
		if !ok {
			break
		}
		name, codes, bad := brackets(s)
		if bad != "" {
			ps.add(n, "%s", bad)
		}
		name = strings.TrimSpace(name)
		if strings.ContainsAny(name, "{}") {
			ps.add(n, "braces in actor phrase %q ignored", name)
			name = strings.Map(func(r rune) rune {
				if r == '{' || r == '}' {
					return ' '
				}
				return r
			}, name)
		}
		switch {
		case name == "" && len(codes) > 0: // a code line
			if cur == nil {
				ps.add(n, "code line before any actor")
				continue
			}
		case strings.HasPrefix(name, "+"): // a synonym
			w := words(name[1:])
			if cur == nil {
				ps.add(n, "synonym before any actor")
				continue
			}
			if w == nil {
				ps.add(n, "empty synonym")
			} else {
				cur.Names = append(cur.Names, w)
			}
		default: // a new primary phrase
			w := words(name)
			if w == nil {
				ps.add(n, "empty actor phrase")
				continue
			}
			if cur != nil && len(cur.Codes) == 0 {
				// Several primary lines in a row share the codes that
				// follow them: the CountryInfo-generated files do this
				// where "+" is meant. PETRARCH-2 would leave all but the
				// last without a code.
				ps.add(n, "actor %s follows %s (line %d), which has no code: read as its synonym",
					strings.Join(w, "_"), strings.Join(cur.Names[0], "_"), cur.Line)
				cur.Names = append(cur.Names, w)
				break
			}
			flush()
			cur = &Actor{Names: [][]string{w}, File: file, Line: n}
		}
		if cur == nil {
			continue
		}
		for _, c := range codes {
			dc, err := parseRestriction(c)
			if err == errBareDate {
				ps.add(n, "%s: %v", dc.Code, err)
			} else if err != nil {
				ps.add(n, "%v; code skipped", err)
				continue
			}
			if up := strings.ToUpper(dc.Code); up != dc.Code {
				ps.add(n, "lower-case code %s upper-cased", dc.Code)
				dc.Code = up
			}
			cur.Codes = append(cur.Codes, dc)
		}
	}
	flush()
	return out, ps.list, lr.error()
}
