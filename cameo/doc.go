// Package cameo is the CAMEO ontology: the event codes with their names,
// Goldstein scores and quad classes, the CAMEO-to-PLOVER mapping, and the
// grammar of CAMEO actor codes.
//
// The event codes, names and Goldstein scores are the facts of the CAMEO
// codebook (Schrodt, Conflict and Mediation Event Observations, 2012), as
// distributed by the Open Event Data Alliance under the MIT licence. The
// PLOVER mapping is the CAMEO2PLOVER table of the PLOVER project (draft 0.8,
// 2021), licensed CC BY-SA 4.0. Both are embedded in data/, converted by the
// generator in internal/gen (run "go generate" with ../shared present); the
// package needs no files at run time.
//
// # Quad classes
//
// Quad follows the convention of the GDELT 2.0 Event Codebook (field
// QuadClass): 1 Verbal Cooperation for roots 01-05, 2 Material Cooperation
// for roots 06-08, 3 Verbal Conflict for roots 09-13 and 4 Material Conflict
// for roots 14-20.
package cameo

//go:generate go run ./internal/gen -src ../../shared/data/cameo -dst data
