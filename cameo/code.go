package cameo

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Code is one CAMEO event code.
type Code struct {
	Code      string  // "054"
	Root      string  // "05"
	Name      string  // short name, "Grant diplomatic recognition"
	Goldstein float64 // Goldstein conflict-cooperation score, -10 to +10
	Quad      int     // quad class 1-4; see QuadOf
	Plover    Plover  // PLOVER equivalent; zero when CAMEO2PLOVER has none
}

// Plover is the PLOVER equivalent of a CAMEO code: an event type with an
// optional mode and context (several contexts are separated by "; ").
type Plover struct {
	Event   string // "SUPPORT"
	Mode    string // "visit"
	Context string // "diplomatic"
}

// Quad classes, following the GDELT 2.0 Event Codebook.
const (
	VerbalCooperation   = 1 // roots 01-05
	MaterialCooperation = 2 // roots 06-08
	VerbalConflict      = 3 // roots 09-13
	MaterialConflict    = 4 // roots 14-20
)

// QuadOf returns the quad class of an event code or root, following the
// GDELT 2.0 Event Codebook (QuadClass): 1 Verbal Cooperation (roots 01-05),
// 2 Material Cooperation (06-08), 3 Verbal Conflict (09-13), 4 Material
// Conflict (14-20). It returns 0 for anything else.
func QuadOf(code string) int {
	if len(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' {
		return 0
	}
	switch root := int(code[0]-'0')*10 + int(code[1]-'0'); {
	case root >= 1 && root <= 5:
		return VerbalCooperation
	case root >= 6 && root <= 8:
		return MaterialCooperation
	case root >= 9 && root <= 13:
		return VerbalConflict
	case root >= 14 && root <= 20:
		return MaterialConflict
	}
	return 0
}

// Ontology is an immutable set of event codes. It is safe for concurrent use.
type Ontology struct {
	codes  []Code // sorted by code
	byCode map[string]int
}

//go:embed data/codes.tsv
var codesTSV []byte

//go:embed data/plover.txt
var ploverTXT []byte

// Default returns the ontology built from the embedded CAMEO and PLOVER
// tables. It is parsed once; every call returns the same immutable value.
func Default() *Ontology { return defaultOntology() }

var defaultOntology = sync.OnceValue(func() *Ontology {
	codes, err := ReadCodes(bytes.NewReader(codesTSV))
	if err != nil {
		panic(fmt.Sprintf("cameo: embedded data/codes.tsv: %v", err)) // a build defect, caught by the tests
	}
	pl, err := ReadPlover(bytes.NewReader(ploverTXT))
	if err != nil {
		panic(fmt.Sprintf("cameo: embedded data/plover.txt: %v", err))
	}
	return New(codes, pl)
})

// New builds an ontology from codes and a PLOVER mapping (which may be nil).
// A code without a PLOVER entry of its own takes that of its nearest
// ancestor (the three-digit parent, then the root). Later duplicates of a
// code are ignored.
func New(codes []Code, plover map[string]Plover) *Ontology {
	o := &Ontology{byCode: make(map[string]int, len(codes))}
	for _, c := range codes {
		if _, dup := o.byCode[c.Code]; dup || len(c.Code) < 2 {
			continue
		}
		if c.Root == "" {
			c.Root = c.Code[:2]
		}
		if c.Quad == 0 {
			c.Quad = QuadOf(c.Root)
		}
		o.byCode[c.Code] = len(o.codes)
		o.codes = append(o.codes, c)
	}
	slices.SortFunc(o.codes, func(a, b Code) int { return strings.Compare(a.Code, b.Code) })
	for i := range o.codes {
		c := &o.codes[i]
		o.byCode[c.Code] = i
		if c.Plover.Event != "" {
			continue
		}
		for k := len(c.Code); k >= 2; k-- {
			if p, ok := plover[c.Code[:k]]; ok {
				c.Plover = p
				break
			}
		}
	}
	return o
}

// Lookup returns the code's entry. It accepts roots ("05"), three-digit
// ("054") and four-digit ("0541") codes, with surrounding space ignored.
// For a code not in the ontology whose parent is (say "0549"), it returns
// the nearest known ancestor with ok == false; otherwise the zero Code and
// false.
func (o *Ontology) Lookup(code string) (c Code, ok bool) {
	code = strings.TrimSpace(code)
	if i, ok := o.byCode[code]; ok {
		return o.codes[i], true
	}
	if !validEventCode(code) {
		return Code{}, false
	}
	for k := len(code) - 1; k >= 2; k-- {
		if i, ok := o.byCode[code[:k]]; ok {
			return o.codes[i], false
		}
	}
	return Code{}, false
}

// Root returns the entry of the root (two-digit) code of code.
func (o *Ontology) Root(code string) (Code, bool) {
	code = strings.TrimSpace(code)
	if len(code) < 2 {
		return Code{}, false
	}
	i, ok := o.byCode[code[:2]]
	if !ok {
		return Code{}, false
	}
	return o.codes[i], true
}

// Codes returns every code in code order. The slice is a copy.
func (o *Ontology) Codes() []Code {
	return slices.Clone(o.codes)
}

// Len returns the number of codes.
func (o *Ontology) Len() int { return len(o.codes) }
