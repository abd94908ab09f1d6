package knowledge

import (
	"context"
	"fmt"

	"dyad"
)

// LoadRegistry builds a registry from the recognition events of a store:
// every 054 and 161 event, whatever its modality (Add keeps what counts),
// with the outlet and publication date of its article.
func LoadRegistry(ctx context.Context, s dyad.Store, opt RegistryOptions) (*Registry, error) {
	const page = 10000
	reg := NewRegistry(opt)
	articles := map[string]dyad.Article{}
	for _, code := range []string{CodeRecognize, CodeBreak} {
		for off := 0; ; {
			evs, err := s.Events(ctx, dyad.EventFilter{Code: code, Limit: page, Offset: off})
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
