package server

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"dyad"
)

// ErrStaleCursor is returned by an EventPager when the event a cursor
// points after is no longer where the cursor says: events were deleted or
// reordered since the cursor was made. Clients start again from the first
// page.
var ErrStaleCursor = errors.New("cursor is no longer valid: the events before it changed; start again without a cursor")

// Position is a place in the insertion order of the events that match a
// filter: just after the event After, with Offset matching events before
// it. The zero Position is the start.
type Position struct {
	After  string // ID of the last event of the previous page; "" at the start
	Offset int    // number of matching events before the position
}

// EventPager pages through stored events in insertion order, so that a
// page boundary stays put when events are added: new events come after
// every existing one. A dyad.Store may implement it natively (by keyset on
// its insertion sequence); otherwise the server uses OffsetPager.
type EventPager interface {
	// EventsAfter returns up to limit events matching f (whose Limit and
	// Offset are ignored) from position p on, the position after the last
	// of them, and whether more events follow. It returns ErrStaleCursor
	// when p.After is not the event before the position.
	EventsAfter(ctx context.Context, f dyad.EventFilter, p Position, limit int) (evs []dyad.Event, next Position, more bool, err error)
}

// OffsetPager is the EventPager of any dyad.Store, built on
// Store.Events with Offset. Stores keep events in insertion order and only
// ever append, so an offset names the same place after inserts; the
// pager also reads the event just before the position and checks that it
// is p.After, which catches deletions. The price is that the store skips
// Offset rows for each page: deep pages cost more than a keyset would.
type OffsetPager struct {
	Store dyad.Store
}

// EventsAfter implements EventPager.
func (o OffsetPager) EventsAfter(ctx context.Context, f dyad.EventFilter, p Position, limit int) ([]dyad.Event, Position, bool, error) {
	if limit <= 0 {
		return nil, p, false, errors.New("limit must be positive")
	}
	check := 0
	f.Offset, f.Limit = p.Offset, limit+1
	if p.After != "" && p.Offset > 0 {
		check = 1
		f.Offset--
		f.Limit++
	}
	evs, err := o.Store.Events(ctx, f)
	if err != nil {
		return nil, p, false, err
	}
	if check == 1 {
		if len(evs) == 0 || evs[0].ID != p.After {
			return nil, p, false, ErrStaleCursor
		}
		evs = evs[1:]
	}
	more := len(evs) > limit
	if more {
		evs = evs[:limit]
	}
	next := p
	if len(evs) > 0 {
		next = Position{After: evs[len(evs)-1].ID, Offset: p.Offset + len(evs)}
	}
	return evs, next, more, nil
}

// cursor is the content of the opaque `next` token of GET /events: the
// position and a digest of the filter it belongs to.
type cursor struct {
	After  string `json:"a,omitempty"`
	Offset int    `json:"o"`
	Filter string `json:"f"`
}

// filterDigest identifies a filter (without Limit and Offset), so that a
// cursor is not used with another filter.
func filterDigest(f dyad.EventFilter) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s",
		f.ArticleID, f.Source, f.Target, f.Code, f.Root, f.Modality, f.Since, f.Until)
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// encodeCursor returns the token for position p under filter f.
func encodeCursor(f dyad.EventFilter, p Position) string {
	b, _ := json.Marshal(cursor{After: p.After, Offset: p.Offset, Filter: filterDigest(f)})
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor returns the position of a token made for filter f.
func decodeCursor(f dyad.EventFilter, tok string) (Position, error) {
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil {
		return Position{}, errors.New("cursor: not a cursor from this API")
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil || c.Offset < 0 {
		return Position{}, errors.New("cursor: not a cursor from this API")
	}
	if c.Filter != filterDigest(f) {
		return Position{}, errors.New("cursor: made for other filters; repeat the filters of the first page")
	}
	return Position{After: c.After, Offset: c.Offset}, nil
}
