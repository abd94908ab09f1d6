package eval

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Suite is a PETRARCH validation file: the dictionaries it names, the
// categories it includes, and its records.
type Suite struct {
	Files   map[string]string // Verbfile, Actorfile, Agentfile, Discardfile ... as named in <Environment>
	Include []string          // the categories of <Include>; empty means all
	Records []Record
}

// Record is one <Sentence> of a validation file.
type Record struct {
	ID       string
	Category string
	Date     time.Time // the reference date of the sentence
	Evaluate bool      // false for evaluate="false"
	Expected []Coding  // the <EventCoding> lines with an event code
	NoEvents bool      // noevents="True", or an error such as a discard: nothing should be coded
	Error    string    // error="storydiscard" and the like
	Text     string    // the <Text>, its lines joined by spaces
	Parse    []string  // the lines of <Parse>: CoNLL-U rows in the UD suite, a treebank parse otherwise
	Line     int       // line of the <Sentence> tag
	// Config holds the coding options in force for the record: those
	// that <Config option="..." value="..."> elements before it set,
	// each as its last element set it (names in lower case, values
	// trimmed). Nil when none was set; see RequireDyad and
	// NewActorLength. Records share the map; it must not be changed.
	Config map[string]string
}

// RequireDyad reports whether, under the record's <Config>, an event
// needs both a source and a target (PETRARCH's require_dyad, true unless
// set to false).
func (r *Record) RequireDyad() bool {
	v, ok := r.Config["require_dyad"]
	return !ok || !strings.EqualFold(v, "false")
}

// NewActorLength returns the record's new_actor_length: the most words
// an unknown noun phrase may have to be coded as an actor by its text; 0
// (the default) codes none.
func (r *Record) NewActorLength() int {
	n, _ := strconv.Atoi(r.Config["new_actor_length"])
	return max(n, 0)
}

// configOption checks one <Config> element's option and value. The
// boolean options take true or false, in any case; new_actor_length and
// the comma_* limits a whole number of at least 0. Other options are kept
// unchecked, as PETRARCH ignores those it does not know.
func configOption(a map[string]string) (name, value string, err error) {
	name, ok := a["option"]
	name = strings.ToLower(strings.TrimSpace(name))
	if !ok || name == "" {
		return "", "", fmt.Errorf("<Config> without an option")
	}
	value, ok = a["value"]
	value = strings.TrimSpace(value)
	if !ok {
		return "", "", fmt.Errorf("<Config> option %q without a value", name)
	}
	switch {
	case name == "require_dyad" || name == "stop_on_error":
		if !strings.EqualFold(value, "true") && !strings.EqualFold(value, "false") {
			return "", "", fmt.Errorf("<Config> option %q: value %q is not true or false", name, value)
		}
	case name == "new_actor_length" || strings.HasPrefix(name, "comma_"):
		if n, err := strconv.Atoi(value); err != nil || n < 0 {
			return "", "", fmt.Errorf("<Config> option %q: value %q is not a whole number", name, value)
		}
	}
	return name, value, nil
}

// Coding is one expected (or produced) event: source and target actor
// codes and the CAMEO event code.
type Coding struct {
	Source, Target, Code string
}

func (c Coding) String() string { return c.Source + " " + c.Target + " " + c.Code }

// PETRARCH1 reports whether the suite was written for TABARI and
// PETRARCH 1, that is, names no <PICOfile> (PETRARCH 2 brought the
// internal coding ontology it holds). Only PETRARCH 1 applied <Config>
// elements to the records that follow them; PETRARCH 2's validation
// reads none.
func (s *Suite) PETRARCH1() bool { return s.Files["PICOfile"] == "" }

// Applied returns the <Config> options in force for record r that the
// coder has counterparts for (coder.Options MissingActors and
// NewActorLength): require_dyad and new_actor_length, as RequireDyad and
// NewActorLength read them, in a PETRARCH 1 suite. PETRARCH 2's
// validation applies no <Config> (and leaves events with "---" actors
// unscored), so its suites get PETRARCH's defaults, true and 0. The
// comma_* limits have no counterpart, and stop_on_error concerns the
// run, not the coding.
func (s *Suite) Applied(r *Record) (requireDyad bool, newActorLength int) {
	if !s.PETRARCH1() {
		return true, 0
	}
	return r.RequireDyad(), r.NewActorLength()
}

// Included reports whether a record's category is among the suite's
// <Include> categories (all are, when there is no <Include>).
func (s *Suite) Included(r *Record) bool {
	if len(s.Include) == 0 {
		return true
	}
	for _, c := range s.Include {
		if strings.EqualFold(c, r.Category) {
			return true
		}
	}
	return false
}

// maxRecordLine bounds the length of one line of a records file.
const maxRecordLine = 1 << 20

// ReadRecords reads a PETRARCH validation records file. Its lines are not
// well-formed XML, so it is read line by line: comments (<!-- -->) are
// dropped, and the tags Environment/Include/*file, Sentence, EventCoding,
// Text, Parse and Config are recognised wherever they stand on a line.
// Malformed records are kept as far as they could be read; I/O errors,
// unterminated records and malformed <Config> elements (the first one,
// naming its line; the element is ignored) are reported.
//
// A <Config option="..." value="..."> element, inside <Environment> or
// between records, sets a coding option for the records that follow it,
// until another element sets it again (Record.Config).
func ReadRecords(r io.Reader) (*Suite, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxRecordLine)
	s := &Suite{Files: map[string]string{}}
	var cur *Record
	var config map[string]string
	var configErr error
	inComment, inText, inParse := false, false, false
	var text []string
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		// Drop comments, which may span lines.
		var b strings.Builder
		for line != "" {
			if inComment {
				i := strings.Index(line, "-->")
				if i < 0 {
					line = ""
					break
				}
				line = line[i+3:]
				inComment = false
				continue
			}
			i := strings.Index(line, "<!--")
			if i < 0 {
				b.WriteString(line)
				break
			}
			b.WriteString(line[:i])
			line = line[i+4:]
			inComment = true
		}
		line = b.String()
		trim := strings.TrimSpace(line)
		if inParse {
			end := strings.Index(trim, "</Parse>")
			if end >= 0 {
				if p := strings.TrimSpace(trim[:end]); p != "" {
					cur.Parse = append(cur.Parse, p)
				}
				inParse = false
				trim = trim[end+len("</Parse>"):]
			} else {
				if trim != "" {
					cur.Parse = append(cur.Parse, strings.TrimRight(line, "\r"))
				}
				continue
			}
		}
		if inText {
			end := strings.Index(trim, "</Text>")
			if end >= 0 {
				text = append(text, trim[:end])
				cur.Text = joinText(text)
				inText = false
				trim = trim[end+len("</Text>"):]
			} else {
				text = append(text, trim)
				continue
			}
		}
		for trim != "" {
			lt := strings.IndexByte(trim, '<')
			if lt < 0 {
				break
			}
			trim = trim[lt:]
			gt := strings.IndexByte(trim, '>')
			if gt < 0 {
				break
			}
			tag := trim[:gt+1]
			rest := trim[gt+1:]
			name := tagName(tag)
			switch name {
			case "Include":
				end := strings.Index(rest, "</Include>")
				if end < 0 {
					end = len(rest)
				}
				s.Include = strings.Fields(rest[:end])
				rest = rest[end:]
			case "Verbfile", "Actorfile", "Agentfile", "Discardfile", "PICOfile", "Issuefile", "Errorfile":
				end := strings.Index(rest, "</")
				if end < 0 {
					end = len(rest)
				}
				s.Files[name] = strings.TrimSpace(rest[:end])
				rest = rest[end:]
			case "Config":
				name, value, err := configOption(attrs(tag))
				if err != nil {
					if configErr == nil {
						configErr = fmt.Errorf("records: line %d: %w", n, err)
					}
					break
				}
				// Copy on change: the records before keep theirs.
				next := make(map[string]string, len(config)+1)
				for k, v := range config {
					next[k] = v
				}
				next[name] = value
				config = next
			case "Sentence":
				if cur != nil {
					s.Records = append(s.Records, *cur)
				}
				cur = &Record{Line: n, Evaluate: true, Config: config}
				a := attrs(tag)
				cur.ID, cur.Category = a["id"], a["category"]
				if strings.EqualFold(a["evaluate"], "false") {
					cur.Evaluate = false
				}
				if d, err := parseRecordDate(a["date"]); err == nil {
					cur.Date = d
				}
			case "/Sentence":
				if cur != nil {
					s.Records = append(s.Records, *cur)
					cur = nil
				}
			case "EventCoding":
				if cur == nil {
					break
				}
				a := attrs(tag)
				if strings.EqualFold(a["noevents"], "true") {
					cur.NoEvents = true
				}
				if e := a["error"]; e != "" {
					cur.Error, cur.NoEvents = e, true
				}
				if code := a["eventcode"]; code != "" {
					cur.Expected = append(cur.Expected, Coding{Source: a["sourcecode"], Target: a["targetcode"], Code: code})
				}
			case "Text":
				if cur == nil {
					break
				}
				end := strings.Index(rest, "</Text>")
				if end >= 0 {
					cur.Text = joinText([]string{rest[:end]})
					rest = rest[end+len("</Text>"):]
				} else {
					text = []string{strings.TrimSpace(rest)}
					inText = true
					rest = ""
				}
			case "Parse":
				if cur == nil {
					break
				}
				end := strings.Index(rest, "</Parse>")
				if end >= 0 {
					if p := strings.TrimSpace(rest[:end]); p != "" {
						cur.Parse = append(cur.Parse, p)
					}
					rest = rest[end+len("</Parse>"):]
				} else {
					if p := strings.TrimSpace(rest); p != "" {
						cur.Parse = append(cur.Parse, p)
					}
					inParse = true
					rest = ""
				}
			}
			trim = rest
		}
	}
	if err := sc.Err(); err != nil {
		return s, fmt.Errorf("records: line %d: %w", n+1, err)
	}
	if cur != nil {
		s.Records = append(s.Records, *cur)
		return s, fmt.Errorf("records: line %d: <Sentence> of line %d not closed", n, cur.Line)
	}
	return s, configErr
}

func joinText(lines []string) string {
	return strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
}

// tagName returns the name of a tag "<Name attr...>" or "</Name>".
func tagName(tag string) string {
	t := strings.TrimSuffix(strings.TrimPrefix(tag, "<"), ">")
	t = strings.TrimSuffix(t, "/")
	if i := strings.IndexAny(t, " \t"); i >= 0 {
		t = t[:i]
	}
	return t
}

// attrs reads name="value" pairs of a tag, tolerating blanks around "=".
func attrs(tag string) map[string]string {
	m := map[string]string{}
	s := tag
	for {
		eq := strings.IndexByte(s, '=')
		if eq < 0 {
			return m
		}
		name := strings.TrimSpace(s[:eq])
		if i := strings.LastIndexAny(name, " \t<"); i >= 0 {
			name = name[i+1:]
		}
		s = strings.TrimLeft(s[eq+1:], " \t")
		if s == "" || (s[0] != '"' && s[0] != '\'') {
			continue
		}
		q := s[0]
		end := strings.IndexByte(s[1:], q)
		if end < 0 {
			return m
		}
		m[name] = s[1 : 1+end]
		s = s[end+2:]
	}
}

// parseRecordDate reads YYYYMMDD.
func parseRecordDate(s string) (time.Time, error) {
	return time.Parse("20060102", strings.TrimSpace(s))
}
