package cameo

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadCodes reads a tab-separated table of event codes. The first line is a
// header naming the columns; the columns code, root, goldstein and name are
// required and others (such as description) are ignored, so both the
// package's compact table and the full cameo-codes.tsv can be read. Quad is
// computed from the root and Plover is left empty. Errors name the line.
func ReadCodes(r io.Reader) ([]Code, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	col := map[string]int{}
	var codes []Code
	seen := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			for i, h := range strings.Split(text, "\t") {
				col[strings.ToLower(strings.TrimSpace(h))] = i
			}
			for _, want := range []string{"code", "root", "goldstein", "name"} {
				if _, ok := col[want]; !ok {
					return nil, fmt.Errorf("line 1: header lacks column %q", want)
				}
			}
			continue
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		get := func(name string) string {
			if i := col[name]; i < len(f) {
				return strings.TrimSpace(f[i])
			}
			return ""
		}
		c := Code{Code: get("code"), Root: get("root"), Name: get("name")}
		if !validEventCode(c.Code) {
			return nil, fmt.Errorf("line %d: bad event code %q", line, c.Code)
		}
		if c.Root != c.Code[:2] {
			return nil, fmt.Errorf("line %d: code %s has root %q, want %q", line, c.Code, c.Root, c.Code[:2])
		}
		g, err := strconv.ParseFloat(get("goldstein"), 64)
		if err != nil || g < -10 || g > 10 {
			return nil, fmt.Errorf("line %d: bad Goldstein score %q for %s", line, get("goldstein"), c.Code)
		}
		c.Goldstein = g
		if c.Name == "" {
			return nil, fmt.Errorf("line %d: code %s has no name", line, c.Code)
		}
		if prev, ok := seen[c.Code]; ok {
			return nil, fmt.Errorf("line %d: code %s already defined on line %d", line, c.Code, prev)
		}
		seen[c.Code] = line
		c.Quad = QuadOf(c.Root)
		codes = append(codes, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("line 1: empty table")
	}
	return codes, nil
}

// ReadPlover reads a CAMEO-to-PLOVER table in the format of
// CAMEO2PLOVER-2021.txt: lines "code: EVENT, mode, context # comment";
// a root line such as "05: SUPPORT" gives only the event. Lines starting
// with "#" and a closing "~~~~~" line are skipped. When a code appears twice
// the first mapping is kept. Errors name the line.
func ReadPlover(r io.Reader) (map[string]Plover, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	m := map[string]Plover{}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") || strings.HasPrefix(text, "~") {
			continue
		}
		if i := strings.Index(text, "#"); i >= 0 {
			text = strings.TrimSpace(text[:i])
		}
		code, rest, ok := strings.Cut(text, ":")
		code = strings.TrimSpace(code)
		if !ok || !validEventCode(code) {
			return nil, fmt.Errorf("line %d: want \"code: EVENT, mode, context\", got %q", line, text)
		}
		f := strings.SplitN(rest, ",", 3)
		var p Plover
		p.Event = strings.TrimSpace(f[0])
		if len(f) > 1 {
			p.Mode = strings.TrimSpace(f[1])
		}
		if len(f) > 2 {
			p.Context = strings.Join(strings.Fields(f[2]), " ")
		}
		if p.Event == "" || strings.IndexFunc(p.Event, func(r rune) bool { return (r < 'A' || r > 'Z') && r != '_' }) >= 0 {
			return nil, fmt.Errorf("line %d: bad PLOVER event %q for %s", line, p.Event, code)
		}
		if _, dup := m[code]; !dup {
			m[code] = p
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return m, nil
}

// validEventCode reports whether s looks like a CAMEO event code: two to
// four digits with a root from 01 to 20.
func validEventCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return QuadOf(s[:2]) != 0
}
