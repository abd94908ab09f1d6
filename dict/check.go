package dict

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"dyad/cameo"
)

// Check validates a set and returns its problems, in file and line order:
// actor and agent names listed twice in one file (a name in a later file
// overrides an earlier one, as Merge intends), actor and agent codes that
// cameo.ParseActor rejects, verb codes unknown to the CAMEO ontology,
// undefined synsets and verbs listed in more than one block of a file. It does not
// repeat the warnings of reading (s.Warnings).
func Check(s *Set) []Problem {
	var out []Problem
	add := func(file string, line int, format string, args ...any) {
		out = append(out, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	codeOK := map[string]error{}
	parse := func(code string) error {
		if err, ok := codeOK[code]; ok {
			return err
		}
		_, err := cameo.ParseActor(code)
		if errors.Is(err, cameo.ErrNull) {
			err = nil
		}
		codeOK[code] = err
		return err
	}
	type pos struct {
		file string
		line int
	}
	names := map[string]pos{}
	for _, a := range s.Actors {
		for _, n := range a.Names {
			k := strings.Join(n, " ")
			if p, dup := names[k]; dup && p.file == a.File {
				add(a.File, a.Line, "duplicate actor name %s (also %s:%d)", strings.Join(n, "_"), p.file, p.line)
				continue
			}
			names[k] = pos{a.File, a.Line}
		}
		for _, c := range a.Codes {
			if err := parse(c.Code); err != nil {
				add(a.File, a.Line, "actor %s: %v", strings.Join(a.Names[0], "_"), err)
			}
		}
	}
	agents := map[string]pos{}
	for _, a := range s.Agents {
		for _, n := range a.Names {
			k := strings.Join(n, " ")
			if p, dup := agents[k]; dup && p.file == a.File && p.line != a.Line {
				add(a.File, a.Line, "duplicate agent name %s (also %s:%d)", strings.Join(n, "_"), p.file, p.line)
				continue
			}
			agents[k] = pos{a.File, a.Line}
		}
		if err := parse(a.Code); err != nil {
			add(a.File, a.Line, "agent %s: %v", strings.Join(a.Names[0], "_"), err)
		}
	}
	if s.Verbs != nil {
		out = append(out, checkVerbs(s.Verbs)...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

func checkVerbs(v *Verbs) []Problem {
	var out []Problem
	onto := cameo.Default()
	checkCode := func(file string, line int, what, code string) {
		if code == "---" || code == "" {
			return
		}
		fwd, rev := SplitCode(code)
		if fwd == "" && rev == "" {
			out = append(out, Problem{file, line, fmt.Sprintf("%s: empty code %q", what, code)})
		}
		for _, c := range []string{fwd, rev} {
			if c == "" || c == "---" {
				continue
			}
			if _, ok := onto.Lookup(c); !ok {
				out = append(out, Problem{file, line, fmt.Sprintf("%s: code %s is not a CAMEO event code", what, c)})
			}
		}
	}
	var refs func(file string, line int, es []Element)
	refs = func(file string, line int, es []Element) {
		for _, e := range es {
			if e.Kind == SynsetRef {
				if _, ok := v.Synsets[e.Text]; !ok {
					out = append(out, Problem{file, line, "undefined synset " + e.Text})
				}
			}
			refs(file, line, e.Elems)
		}
	}
	for _, syn := range v.sortedSynsets() {
		for _, m := range syn.Members {
			refs(syn.File, m.Line, m.Elems)
		}
	}
	type pos struct {
		file, block string
		line        int
	}
	verbs := map[string]pos{}
	for _, b := range v.Blocks {
		checkCode(b.File, b.Line, "block "+b.Name, b.Code)
		for _, vb := range b.Verbs {
			checkCode(b.File, vb.Line, "verb "+strings.Join(vb.Words, "_"), vb.Code)
			k := strings.Join(vb.Words, " ")
			if p, dup := verbs[k]; dup && p.block != b.Name && p.file == b.File {
				out = append(out, Problem{b.File, vb.Line, fmt.Sprintf("verb %s also in block %s (%s:%d)", strings.Join(vb.Words, "_"), p.block, p.file, p.line)})
			} else if !dup {
				verbs[k] = pos{b.File, b.Name, vb.Line}
			}
		}
		for _, p := range b.Patterns {
			checkCode(b.File, p.Line, "pattern", p.Code)
			refs(b.File, p.Line, p.Before)
			refs(b.File, p.Line, p.After)
		}
	}
	return out
}
