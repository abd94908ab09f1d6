package knowledge

import (
	"context"
	"fmt"
	"time"

	"dyad"
)

// LoadRegistry builds a registry from the recognition events of a store:
// every 054 and 161 event, whatever its modality (Add keeps what counts),
// and every asserted 032 event (announced intentions, for Status.MayFollow),
// with the outlet and publication date of its article. With targets (ISO
// alpha-3 codes) only the events aimed at them are read, which is what a
// question about one state needs.
func LoadRegistry(ctx context.Context, s dyad.Store, opt RegistryOptions, targets ...string) (*Registry, error) {
	const page = 10000
	reg := NewRegistry(opt)
	articles := map[string]dyad.Article{}
	if len(targets) == 0 {
		targets = []string{""}
	}
	for _, q := range queries(targets) {
		for off := 0; ; {
			f := q
			f.Limit, f.Offset = page, off
			evs, err := s.Events(ctx, f)
			if err != nil {
				return nil, fmt.Errorf("knowledge: load registry: %w", err)
			}
			for _, e := range evs {
				a, ok := articles[e.ArticleID]
				if !ok {
					if a, err = s.Article(ctx, e.ArticleID); err != nil {
						return nil, fmt.Errorf("knowledge: load registry: %w", err)
					}
					a.Text = "" // only the outlet and the date are kept
					articles[e.ArticleID] = a
				}
				reg.Add(a, []dyad.Event{e})
			}
			if len(evs) < page {
				break
			}
			off += len(evs)
		}
	}
	return reg, nil
}

// queries returns the event filters of the recognition events aimed at
// the targets ("" for any).
func queries(targets []string) []dyad.EventFilter {
	var out []dyad.EventFilter
	for _, t := range targets {
		for _, code := range []string{CodeRecognize, CodeBreak} {
			out = append(out, dyad.EventFilter{Code: code, Target: t})
		}
		out = append(out, dyad.EventFilter{Code: CodeIntent, Target: t, Modality: dyad.ModalityAsserted})
	}
	return out
}

// StateOf returns the state an entity names: an ISO alpha-3 code, a
// state's name, or a regime ID such as AFG-2021.
func (r *Registry) StateOf(entity string) (string, bool) {
	var st Status
	r.resolve(entity, dayTime(dayNumber(time.Now())), &st)
	if st.StateName == "" && st.Regime == nil {
		return "", false
	}
	return st.State, true
}
