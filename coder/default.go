package coder

import (
	"embed"
	"fmt"

	"dyad/actor"
	"dyad/dict"
)

//go:embed data/*.txt
var dataFS embed.FS

// Supplement returns dyad's own verb patterns (embedded, in the PETRARCH
// verbs format): recognition and the making and breaking of diplomatic
// relations, expulsions of diplomats, sanctions, and welcoming a decision.
// Merge it after CAMEO.2.0.txt.
func Supplement() (*dict.Set, error) {
	s := &dict.Set{Verbs: &dict.Verbs{Synsets: map[string]*dict.Synset{}}}
	f, err := dataFS.Open("data/dyad.verbs.txt")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := s.ReadFile(f, SupplementPrefix+"verbs.txt", dict.VerbsFile); err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	return s, nil
}

// DefaultSet returns the dictionaries of Default: the embedded Phoenix and
// CAMEO 2.0 set with dyad's actor, agent and verb supplements merged after
// it.
func DefaultSet() (*dict.Set, error) {
	set, err := dict.Default()
	if err != nil {
		return nil, err
	}
	as, err := actor.Supplement()
	if err != nil {
		return nil, err
	}
	vs, err := Supplement()
	if err != nil {
		return nil, err
	}
	set.Merge(as)
	set.Merge(vs)
	return set, nil
}

// NewsOptions returns the options dyad's annotation guidelines call for:
// all but ClauseTargets, which suits the PETRARCH validation suites.
func NewsOptions() Options {
	return Options{Intent: true, ImplicitTargets: true, Coreference: true, Dates: true, Shallow: true, Nominals: true, LooseSubjects: true}
}

// PetrarchOptions returns the options under which dyad codes as PETRARCH
// does, for its validation suites: the subject of a clausal complement as
// target, the events of complements absorbed by the verb that governs
// them, a prepositional actor as the source of a passive without agent,
// targets found deep in the verb's clause, and the actors just before a
// main verb the parser left without a subject.
func PetrarchOptions() Options {
	return Options{ClauseTargets: true, PassiveSource: true, DeepTargets: true, LooseSubjects: true}
}

// Default returns a coder over DefaultSet with NewsOptions.
func Default() (*Coder, error) {
	set, err := DefaultSet()
	if err != nil {
		return nil, err
	}
	return New(set, NewsOptions()), nil
}
