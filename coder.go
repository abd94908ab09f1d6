package dyad

import "context"

// Coder turns one article into events. It is the pipeline's coding stage
// (nlp, actors, coder and context together) as seen by ingest. A Coder
// must be safe for concurrent use and must not do I/O of its own.
type Coder interface {
	Code(ctx context.Context, a Article) ([]Event, error)
}
