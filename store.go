package dyad

import (
	"context"
	"errors"
	"time"
)

// ErrNotFound is returned by a Store when a requested record does not exist.
var ErrNotFound = errors.New("not found")

// Record is an article together with the events coded from it. A Store
// writes both in one transaction, so no article is stored without its events.
type Record struct {
	Article Article
	Events  []Event
}

// SaveResult counts what one Store.Save call did.
type SaveResult struct {
	New       int // articles stored for the first time
	Duplicate int // articles whose content hash was already stored
	Events    int // events stored
}

// ArticleFilter selects stored articles. Zero fields do not filter.
type ArticleFilter struct {
	Query  string    // full-text query over title and text
	Outlet string    // exact outlet name
	Since  time.Time // published at or after
	Until  time.Time // published before
	Limit  int       // at most this many; 0 means the store's default
	Offset int
}

// EventFilter selects stored events. Zero fields do not filter.
type EventFilter struct {
	ArticleID string
	Source    string // actor code prefix, e.g. RUS or RUSGOV
	Target    string // actor code prefix
	Code      string // exact CAMEO code
	Root      string // two-digit root
	Modality  Modality
	Since     string // event date, YYYY-MM-DD, inclusive
	Until     string // event date, YYYY-MM-DD, inclusive
	Limit     int
	Offset    int
}

// Store keeps articles and events. Implementations must make Save atomic
// per call and idempotent on Article.Hash: saving an article whose hash is
// already stored adds nothing and counts it as a duplicate.
type Store interface {
	// Save stores the records in one transaction.
	Save(ctx context.Context, recs []Record) (SaveResult, error)
	// HasHash reports whether an article with the content hash is stored.
	HasHash(ctx context.Context, hash string) (bool, error)
	// Article returns the article with the ID, or ErrNotFound.
	Article(ctx context.Context, id string) (Article, error)
	// Articles returns the articles that match f, newest first; with a
	// Query, best match first.
	Articles(ctx context.Context, f ArticleFilter) ([]Article, error)
	// CountArticles returns the number of stored articles.
	CountArticles(ctx context.Context) (int, error)
	// Events returns the events that match f, in article and span order.
	Events(ctx context.Context, f EventFilter) ([]Event, error)
	// SchemaVersion returns the version of the applied schema migrations.
	SchemaVersion(ctx context.Context) (int64, error)
	// Close releases the store.
	Close() error
}
