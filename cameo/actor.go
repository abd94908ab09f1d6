package cameo

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Actor is a parsed CAMEO actor code such as "RUSGOV", "IGOEUREEC" or
// "IGOUNOREFHCR".
//
// An actor code is a sequence of three-letter parts. The first names the
// actor's country (an ISO 3166-1 alpha-3 code or one of CAMEO's additions
// such as KSV), a region (EUR, MEA, WST ...), a kind of non-state actor
// (IGO, NGO, NGM, IMG, MNC, UIS), a religion, or, when the country is not
// known, a sector. An international governmental organisation is IGO
// followed by an optional region or religion and the organisation's own
// code: IGOUNO, IGOEUREEC, IGOMOSOIC (and the five-letter IGOBRICS). The
// parts after the country are roles: the first sector code among them
// (GOV, MIL, REB ...) is the primary sector, the rest are further roles,
// kept in order.
type Actor struct {
	Code    string   // the full code
	Country string   // country, region or organisation code: "RUS", "IGOUNO", "NGO"; "" if the code starts with a sector
	Sector  string   // primary sector: "GOV"; "" if none
	Roles   []string // the remaining three-letter parts, in order
}

// ErrNull is returned by ParseActor for the null code "---", which
// dictionaries use to mark a phrase that must not be coded.
var ErrNull = errors.New("cameo: null actor code")

var codeLists = sync.OnceValue(newActorCodes)

// ParseActor parses and validates a CAMEO actor code. The code must be
// upper case letters in three-letter parts, and its first part must be a
// known country, region, non-state kind, religion or sector; later parts
// may be any three letters, since CAMEO leaves organisation and ethnic
// codes open.
func ParseActor(code string) (Actor, error) {
	s := strings.TrimSpace(code)
	if s == "" {
		return Actor{}, errors.New("cameo: empty actor code")
	}
	if s == "---" {
		return Actor{}, ErrNull
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return Actor{}, fmt.Errorf("cameo: actor code %q: character %q at %d is not an upper-case letter", s, s[i], i)
		}
	}
	l := codeLists()
	a := Actor{Code: s}
	rest := ""
	switch first := s[:min(3, len(s))]; {
	case first == "IGO":
		a.Country, rest = l.splitIGO(s)
	case len(s) < 3:
		return Actor{}, fmt.Errorf("cameo: actor code %q: shorter than three letters", s)
	case l.trans[first], l.country[first], l.region[first]:
		a.Country, rest = first, s[3:]
	case l.sector[first], l.religion[first]:
		rest = s
	default:
		return Actor{}, fmt.Errorf("cameo: actor code %q: unknown country, region or sector %q", s, first)
	}
	if len(rest)%3 != 0 {
		return Actor{}, fmt.Errorf("cameo: actor code %q: %q is not made of three-letter parts", s, rest)
	}
	for ; rest != ""; rest = rest[3:] {
		p := rest[:3]
		if a.Sector == "" && l.sector[p] && !(a.Country == "" && l.religion[p]) {
			a.Sector = p
			continue
		}
		a.Roles = append(a.Roles, p)
	}
	return a, nil
}

// splitIGO splits an IGO code into the organisation and the remaining
// parts: the longest known organisation code wins; otherwise the
// organisation is IGO, any region or religion parts, and one more part
// unless that is a sector.
func (l *actorCodes) splitIGO(s string) (org, rest string) {
	best := ""
	for k := range l.igo {
		if len(k) > len(best) && strings.HasPrefix(s, k) && (len(s)-len(k))%3 == 0 {
			best = k
		}
	}
	if best != "" {
		return best, s[len(best):]
	}
	i := 3
	for i+3 <= len(s) && (l.region[s[i:i+3]] || l.religion[s[i:i+3]]) {
		i += 3
	}
	if i+3 <= len(s) && !l.sector[s[i:i+3]] {
		i += 3
	}
	return s[:i], s[i:]
}

// String returns the code.
func (a Actor) String() string { return a.Code }

// IsState reports whether the actor belongs to a country (rather than a
// region, an organisation or nobody in particular).
func (a Actor) IsState() bool { return IsCountry(a.Country) }

// IsCountry reports whether code is a known three-letter country code:
// ISO 3166-1 alpha-3 or one of CAMEO's additions (KSV, former states).
func IsCountry(code string) bool { return codeLists().country[code] }

// IsRegion reports whether code is one of CAMEO's regional codes (AFR,
// EUR, MEA, WST ...).
func IsRegion(code string) bool { return codeLists().region[code] }

// IsSector reports whether code is a known sector or role code (GOV, MIL,
// REB ...).
func IsSector(code string) bool { return codeLists().sector[code] }
