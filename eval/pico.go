package eval

import (
	"bufio"
	"io"
	"strings"

	"dyad"
)

// ReadPICO reads the negation mappings of a PETRARCH Internal Coding
// Ontology file (the suites' <PICOfile>). Each line "CODE:HEX#NEG#..."
// gives a CAMEO code's internal value; a second field holding 0xFFFF and
// another value ("0xFFFF+0x0080") says what the negated event is coded as:
// the code whose value that is. "110" (disapprove) negated is "050".
// It returns a map from a code to the code of its negation.
func ReadPICO(r io.Reader) (map[string]string, error) {
	byValue := map[string]string{}
	neg := map[string]string{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		code = strings.TrimSpace(code)
		fields := strings.Split(rest, "#")
		v := strings.ToLower(strings.TrimSpace(fields[0]))
		if strings.HasPrefix(v, "0x") && !strings.ContainsAny(v, "+-") {
			if _, dup := byValue[v]; !dup {
				byValue[v] = code
			}
		}
		if len(fields) > 1 && strings.Contains(strings.ToLower(fields[1]), "0xffff") {
			for _, p := range strings.Split(strings.ToLower(fields[1]), "+") {
				if p = strings.TrimSpace(p); p != "" && p != "0xffff" {
					neg[code] = p
				}
			}
		}
	}
	out := map[string]string{}
	for code, v := range neg {
		if c, ok := byValue[v]; ok {
			out[code] = c
		}
	}
	return out, sc.Err()
}

// Negate recodes the negated events of evs by a PICO negation map, as
// PETRARCH's validation does: "did not clash" (110 negated) is 050.
func Negate(evs []dyad.Event, neg map[string]string) {
	for i := range evs {
		if evs[i].Modality != dyad.ModalityNegated {
			continue
		}
		if c, ok := neg[evs[i].Code]; ok {
			evs[i].Code = c
		}
	}
}
