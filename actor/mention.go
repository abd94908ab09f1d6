package actor

import (
	"strings"

	"dyad/cameo"
)

// Kind says what a mention names.
type Kind int

// Kinds of mentions.
const (
	// Named is an actor named in the actors dictionary: a country, an
	// organisation, a person, possibly combined with an agent.
	Named Kind = iota
	// Role is an agent alone, such as "the foreign minister": it has a
	// sector but no country until it is combined with one.
	Role
)

// Mention is an actor found in a sentence.
type Mention struct {
	Tok     [2]int // token span [first, end) within the sentence
	Span    [2]int // byte span [start, end) in the document text
	Code    string // CAMEO actor code valid on the date, e.g. "RUSGOV"; a role alone is "---GOV"
	Country string // country or organisation part, e.g. "RUS", "IGOUNO"; "" for a role alone
	Sector  string // primary sector, e.g. "GOV"; "" if none
	Agent   string // the agent code that took part ("GOV", "DIP"), if any
	Kind    Kind
	Text    string // the words of the mention in the document text

	prefix bool // the agent code goes before the actor's ("NGO~")
	// person holds the tokens of the personal name a title was joined
	// with ("Iran's foreign minister Abbas Araghchi"), if any: person[1]
	// > person[0].
	person [2]int
}

// Prefix reports whether the mention's agent code goes before an actor's
// code rather than after it ("NGO~").
func (m *Mention) Prefix() bool { return m.prefix }

// HasCountry reports whether the mention names a country or an
// organisation rather than a bare role.
func (m *Mention) HasCountry() bool { return m.Country != "" }

// Contains reports whether token i lies in the mention.
func (m *Mention) Contains(i int) bool { return i >= m.Tok[0] && i < m.Tok[1] }

// Combine returns the mention of a named actor holding a role: the
// country or organisation of named with the agent of role, spanning both.
// text is the document text. "Russia" and "ambassador" give RUSDIP.
func Combine(named, role Mention, text string) Mention {
	out := named
	out.Tok = [2]int{min(named.Tok[0], role.Tok[0]), max(named.Tok[1], role.Tok[1])}
	out.Span = [2]int{min(named.Span[0], role.Span[0]), max(named.Span[1], role.Span[1])}
	if out.Span[0] >= 0 && out.Span[1] <= len(text) && out.Span[0] <= out.Span[1] {
		out.Text = text[out.Span[0]:out.Span[1]]
	}
	out.Agent = role.Agent
	out.Kind = Named
	out.Code = combineCode(named.Code, named.Sector, role.Agent, role.prefix)
	if role.prefix {
		// "NGO" + "GON": still Gondor's, and without a sector of its own
		// another role may follow ("NGOGONGOV").
		return out
	}
	out.Country, out.Sector = Split(out.Code)
	return out
}

// combineCode puts an agent code after (or, for a prefix agent written
// "NGO~", before) a named actor's code. An actor that already has a sector
// of its own keeps it: it is more specific than the role.
func combineCode(code, sector, agent string, prefix bool) string {
	if agent == "" {
		return code
	}
	if prefix {
		return agent + code
	}
	if sector != "" {
		return code
	}
	return code + agent
}

// Split returns the country (or organisation) and primary sector of a
// CAMEO actor code. Codes outside CAMEO's grammar (the fictional actors of
// the validation suites) are split into their first three letters and the
// next three.
func Split(code string) (country, sector string) {
	if strings.HasPrefix(code, "---") {
		return "", strings.TrimPrefix(code, "---")[:min(3, len(code)-3)]
	}
	if a, err := cameo.ParseActor(code); err == nil {
		if a.Country == "" && a.Sector != "" {
			return "", a.Sector
		}
		return a.Country, a.Sector
	}
	if len(code) <= 3 {
		return code, ""
	}
	return code[:3], code[3:min(6, len(code))]
}
