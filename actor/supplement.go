package actor

import (
	"embed"
	"fmt"
	"sync"

	"dyad/dict"
)

//go:embed data/*.txt
var supplementFS embed.FS

var supplement = sync.OnceValues(func() (*dict.Set, error) {
	s := &dict.Set{Verbs: &dict.Verbs{Synsets: map[string]*dict.Synset{}}}
	for _, f := range []struct {
		name string
		kind dict.FileKind
	}{{"dyad.actors.txt", dict.ActorsFile}, {"dyad.agents.txt", dict.AgentsFile}} {
		r, err := supplementFS.Open("data/" + f.name)
		if err != nil {
			return nil, err
		}
		err = s.ReadFile(r, f.name, f.kind)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("actor: %s: %w", f.name, err)
		}
	}
	return s, nil
})

// Supplement returns dyad's own additions to the Phoenix actors and agents
// (embedded): diplomats coded DIP rather than GOV, the special actor codes
// of dyad's guidelines (Palestine PSE, Kosovo KSV, Taiwan TWN, the Taliban
// as the government of Afghanistan from 15 August 2021) and the
// international organisations with their usual abbreviations. Merge it
// after the defaults: dict.Default().Merge(actor.Supplement()).
func Supplement() (*dict.Set, error) {
	s, err := supplement()
	if err != nil {
		return nil, err
	}
	return s.Clone(), nil
}
