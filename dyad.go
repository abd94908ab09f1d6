// Package dyad holds the domain of the dyad system: articles, events, actors
// and the interfaces that connect the pipeline stages. It does no I/O and
// imports no other package of the project.
//
// The pipeline runs one way:
//
//	read -> Article -> nlp -> actors -> coder -> context -> Store -> knowledge -> interfaces
package dyad

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Article is one news item as it enters the pipeline.
type Article struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Title     string    `json:"title,omitempty"`
	Text      string    `json:"text"`
	// Hash is the content hash of the normalised title and text; see ContentHash.
	Hash string `json:"hash,omitempty"`
	// Origin names where the article was read from (file path and line, or URL).
	// It is informational and not part of the article's identity.
	Origin string `json:"origin,omitempty"`
}

// ContentHash returns the hex SHA-256 of the normalised text: Unicode NFC,
// runs of white space folded to one space, leading and trailing space
// removed. Two copies of a story that differ only in layout share a hash.
func ContentHash(title, text string) string {
	h := sha256.New()
	h.Write([]byte(Normalize(title)))
	h.Write([]byte{0})
	h.Write([]byte(Normalize(text)))
	return hex.EncodeToString(h.Sum(nil))
}

// Normalize returns s in NFC with white space folded, as used by ContentHash.
func Normalize(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Finish fills in the derived fields of a: the content hash, and an ID
// derived from the hash when the article has none.
func (a *Article) Finish() {
	a.Hash = ContentHash(a.Title, a.Text)
	if a.ID == "" {
		a.ID = a.Hash[:16]
	}
}
