package dict

import (
	"io"
	"slices"
	"strings"
)

// Issue is one phrase of an issues file, which tags sentences with topics
// by simple phrase matching.
//
//	<ISSUE CATEGORY="EDUCATION" TYPE="ALL">
//	n:teacher [TEACHERS]           # n: the noun and its plural
//	v:massacre [ID_ATROCITY]       # v: the regular verb forms
//	pre+k [EARLY_CHILDHOOD_EDUCATION]   # +: "pre k" and "pre-k"
//	~a head start                  # ~: do not code the sentence's issues
//	~~Armenian genocide            # ~~: do not code the story's issues
//	</ISSUE>
type Issue struct {
	Category string     // CATEGORY of the enclosing <ISSUE> section
	Code     string     // the issue code; "" for exclusions
	Phrases  [][]string // every expanded form, upper-case
	Exclude  Scope      // for "~" and "~~" lines
	Text     string     // the phrase as written
	File     string
	Line     int
}

// Scope is the reach of an issue exclusion.
type Scope int

// Exclusion scopes.
const (
	NoExclusion     Scope = iota
	ExcludeSentence       // "~": no issues for the sentence
	ExcludeStory          // "~~": no issues for the story
)

// ReadIssues reads an issues file; see ReadActors for the handling of
// problems.
func ReadIssues(r io.Reader, file string) ([]Issue, []Problem, error) {
	ps := &problems{file: file}
	lr := newLineReader(r, ps)
	var out []Issue
	category := ""
	for {
		s, n, ok := lr.next()
		if !ok {
			break
		}
		if strings.HasPrefix(s, "<") {
			switch up := strings.ToUpper(s); {
			case strings.HasPrefix(up, "<ISSUE"):
				if category != "" {
					ps.add(n, "<ISSUE> inside <ISSUE CATEGORY=%q>", category)
				}
				category = attr(s, "CATEGORY")
				if category == "" {
					ps.add(n, "<ISSUE> without CATEGORY")
					category = "?"
				}
			case strings.HasPrefix(up, "</ISSUE"):
				if category == "" {
					ps.add(n, "</ISSUE> without <ISSUE>")
				}
				category = ""
			default:
				ps.add(n, "unknown tag %q", s)
			}
			continue
		}
		is := Issue{Category: category, File: file, Line: n}
		switch {
		case strings.HasPrefix(s, "~~"):
			is.Exclude, s = ExcludeStory, s[2:]
		case strings.HasPrefix(s, "~"):
			is.Exclude, s = ExcludeSentence, s[1:]
		}
		text, codes, bad := brackets(s)
		if bad != "" {
			ps.add(n, "%s", bad)
		}
		if is.Exclude == NoExclusion {
			if len(codes) == 0 {
				ps.add(n, "issue phrase without a code; skipped")
				continue
			}
			is.Code = strings.ToUpper(strings.TrimSpace(codes[0]))
			if is.Code == "" || strings.ContainsAny(is.Code, " \t") {
				ps.add(n, "bad issue code %q; skipped", codes[0])
				continue
			}
		} else if len(codes) > 0 {
			ps.add(n, "code on an exclusion line ignored")
		}
		is.Text = strings.TrimSpace(text)
		is.Phrases = expandIssue(is.Text)
		if len(is.Phrases) == 0 {
			ps.add(n, "empty issue phrase; skipped")
			continue
		}
		if category == "" {
			ps.add(n, "issue phrase outside an <ISSUE> section")
		}
		out = append(out, is)
	}
	if category != "" {
		ps.add(lr.n, "<ISSUE CATEGORY=%q> not closed", category)
	}
	return out, ps.list, lr.error()
}

// attr returns the value of NAME="value" in a tag.
func attr(tag, name string) string {
	up := strings.ToUpper(tag)
	i := strings.Index(up, name+"=")
	if i < 0 {
		return ""
	}
	v := tag[i+len(name)+1:]
	if strings.HasPrefix(v, `"`) {
		v = v[1:]
		if j := strings.IndexByte(v, '"'); j >= 0 {
			return v[:j]
		}
		return v
	}
	if j := strings.IndexAny(v, " >"); j >= 0 {
		return v[:j]
	}
	return v
}

// expandIssue expands the n:, v: and + notations of an issue phrase into
// word sequences.
func expandIssue(text string) [][]string {
	forms := [][]string{nil}
	for _, tok := range strings.Fields(strings.ToUpper(text)) {
		var alts []string
		switch {
		case strings.HasPrefix(tok, "N:") && len(tok) > 2:
			alts = []string{tok[2:], Plural(tok[2:])}
		case strings.HasPrefix(tok, "V:") && len(tok) > 2:
			alts = append([]string{tok[2:]}, regularForms(tok[2:])...)
		default:
			alts = []string{tok}
		}
		var next [][]string
		for _, f := range forms {
			for _, a := range alts {
				hf := hyphenForms(a)
				if len(hf) == 0 {
					next = append(next, f)
					continue
				}
				for _, w := range hf {
					next = append(next, append(slices.Clip(f), w...))
				}
			}
		}
		if len(next) > maxForms {
			return forms
		}
		forms = next
	}
	return slices.DeleteFunc(forms, func(f []string) bool { return len(f) == 0 })
}

// hyphenForms expands "A+B" into "A B" and "A-B".
func hyphenForms(w string) [][]string {
	if !strings.Contains(w, "+") {
		if w = strings.Trim(w, "_"); w == "" {
			return nil
		}
		return [][]string{words(w)}
	}
	var parts []string
	for _, p := range strings.Split(w, "+") {
		if p = strings.Trim(p, "_"); p != "" {
			parts = append(parts, p)
		}
	}
	spaced, hyphened := words(strings.Join(parts, " ")), words(strings.Join(parts, "-"))
	if spaced == nil {
		return nil
	}
	return [][]string{spaced, hyphened}
}
