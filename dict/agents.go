package dict

import (
	"io"
	"strings"
)

// Agent is one entry of an agents dictionary: a role word or phrase such as
// FOREIGN_MINISTER and the code it adds to an actor.
//
// The format (PETRARCH):
//
//	!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES   # a substitution set
//	FOREIGN_MINISTER [~GOVFRM]           # regular plural generated
//	ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]   # irregular plural
//	AIR_FORCE {} [~MIL]                  # no plural
//	FOREIGN_!MINIST! [~GOV]              # one entry per member of the set
//	HUMAN_RIGHTS_BODY [NGO~]             # code placed before the actor's
//
// A "+" line adds a synonym to the previous entry.
type Agent struct {
	Names  [][]string // every form: singular, then plural, then synonyms
	Code   string     // "GOVFRM"
	Prefix bool       // the code was written "NGO~": it goes before the actor code, not after
	File   string
	Line   int
}

// ReadAgents reads an agents dictionary; see ReadActors for the handling
// of problems.
func ReadAgents(r io.Reader, file string) ([]Agent, []Problem, error) {
	ps := &problems{file: file}
	lr := newLineReader(r, ps)
	subst := map[string][]string{}
	var out []Agent
	for {
		s, n, ok := lr.next()
		if !ok {
			break
		}
		if strings.HasPrefix(s, "!") && strings.Contains(s, "=") && !strings.Contains(s, "[") {
			lhs, rhs, _ := strings.Cut(s, "=")
			lhs = strings.TrimSpace(lhs)
			if len(lhs) < 3 || !strings.HasSuffix(lhs, "!") || strings.Count(lhs, "!") != 2 {
				ps.add(n, "bad substitution marker %q", lhs)
				continue
			}
			var alts []string
			for _, a := range strings.Split(rhs, ",") {
				if a = strings.ToUpper(strings.TrimSpace(a)); a != "" {
					alts = append(alts, a)
				}
			}
			subst[strings.ToUpper(lhs[1:len(lhs)-1])] = alts
			continue
		}
		if strings.HasPrefix(s, "+") {
			w := words(strings.SplitN(s[1:], "[", 2)[0])
			if len(out) == 0 || w == nil {
				ps.add(n, "synonym without an agent")
				continue
			}
			out[len(out)-1].Names = append(out[len(out)-1].Names, w)
			continue
		}
		phrase, codes, bad := brackets(s)
		if bad != "" {
			ps.add(n, "%s", bad)
		}
		if len(codes) == 0 {
			ps.add(n, "agent without a code; line skipped")
			continue
		}
		if len(codes) > 1 {
			ps.add(n, "agent with %d codes; first used", len(codes))
		}
		a := Agent{File: file, Line: n}
		code := strings.TrimSpace(codes[0])
		switch {
		case strings.HasPrefix(code, "~"):
			a.Code = code[1:]
		case strings.HasSuffix(code, "~"):
			a.Code, a.Prefix = code[:len(code)-1], true
		default:
			ps.add(n, "agent code %q lacks '~'", code)
			a.Code = code
		}
		a.Code = strings.ToUpper(strings.TrimSpace(a.Code))
		if a.Code == "" || strings.ContainsAny(a.Code, " ~") {
			ps.add(n, "bad agent code %q; line skipped", code)
			continue
		}
		// Plural.
		phrase = strings.TrimSpace(phrase)
		plural, explicit := "", false
		if i := strings.IndexByte(phrase, '{'); i >= 0 {
			j := strings.IndexByte(phrase[i:], '}')
			if j < 0 {
				ps.add(n, "unbalanced brace: '{' without '}'; line skipped")
				continue
			}
			plural, explicit = phrase[i+1:i+j], true
			phrase = strings.TrimSpace(phrase[:i] + " " + phrase[i+j+1:])
		} else if strings.Contains(phrase, "}") {
			ps.add(n, "unbalanced brace: '}' without '{'; line skipped")
			continue
		}
		if strings.Contains(phrase, "!") {
			forms, err := expandMarkers(phrase, subst)
			if err != "" {
				ps.add(n, "%s; line skipped", err)
				continue
			}
			for _, f := range forms {
				if w := words(f); w != nil {
					a.Names = append(a.Names, w)
				}
			}
			if p := words(plural); explicit && p != nil {
				a.Names = append(a.Names, p)
			}
		} else {
			w := words(phrase)
			if w == nil {
				ps.add(n, "empty agent phrase; line skipped")
				continue
			}
			a.Names = append(a.Names, w)
			if explicit {
				if p := words(plural); p != nil {
					a.Names = append(a.Names, p)
				}
			} else {
				a.Names = append(a.Names, pluralPhrase(w))
			}
		}
		if len(a.Names) == 0 {
			ps.add(n, "empty agent phrase; line skipped")
			continue
		}
		out = append(out, a)
	}
	return out, ps.list, lr.error()
}

// maxForms bounds the forms one agent line may expand to.
const maxForms = 1000

// expandMarkers replaces every !MARKER! of phrase by each member of its
// substitution set.
func expandMarkers(phrase string, subst map[string][]string) ([]string, string) {
	forms := []string{phrase}
	for depth := 0; ; depth++ {
		if len(forms) == 0 {
			return nil, "empty substitution set"
		}
		if !strings.Contains(forms[0], "!") {
			return forms, ""
		}
		if depth == 4 {
			return nil, "substitution markers nested too deep"
		}
		var next []string
		for _, f := range forms {
			fs, err := substitute(f, subst)
			if err != "" {
				return nil, err
			}
			next = append(next, fs...)
			if len(next) > maxForms {
				return nil, "substitution yields too many forms"
			}
		}
		forms = next
	}
}

// substitute expands the first !MARKER! of phrase with each member of its
// substitution set. Members get no plural.
func substitute(phrase string, subst map[string][]string) ([]string, string) {
	i := strings.IndexByte(phrase, '!')
	j := strings.IndexByte(phrase[i+1:], '!')
	if j < 0 {
		return nil, "substitution marker without closing '!'"
	}
	marker := strings.ToUpper(phrase[i+1 : i+1+j])
	alts, ok := subst[marker]
	if !ok {
		return nil, "undefined substitution marker !" + marker + "!"
	}
	var out []string
	for _, a := range alts {
		out = append(out, phrase[:i]+a+phrase[i+j+2:])
	}
	return out, ""
}

// pluralPhrase returns the phrase with its last word made plural.
func pluralPhrase(w []string) []string {
	p := append([]string(nil), w...)
	p[len(p)-1] = Plural(p[len(p)-1])
	return p
}

// Plural returns the regular English plural of an upper-case noun, by the
// rules of the PETRARCH dictionaries: a final Y after a consonant becomes
// IES, S, X, Z, CH and SH take ES, the rest take S.
func Plural(w string) string {
	switch {
	case w == "":
		return w
	case strings.HasSuffix(w, "Y") && len(w) > 1 && !strings.ContainsRune("AEIOU", rune(w[len(w)-2])):
		return w[:len(w)-1] + "IES"
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"),
		strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "SH"):
		return w + "ES"
	}
	return w + "S"
}
