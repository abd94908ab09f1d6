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
	"time"
	"unicode"
	"unicode/utf8"

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
	b := make([]byte, 0, len(title)+len(text)+1)
	b = appendNormalized(b, title)
	b = append(b, 0)
	b = appendNormalized(b, text)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Normalize returns s in NFC with white space folded, as used by ContentHash.
func Normalize(s string) string {
	return string(appendNormalized(make([]byte, 0, len(s)), s))
}

// appendNormalized appends the normalised form of s to dst. ASCII text,
// the common case, needs no NFC pass.
func appendNormalized(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = norm.NFC.String(s)
			break
		}
	}
	space := false
	start := len(dst)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				space = true
				continue
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = true
			i += n
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, s[i:i+n]...)
		i += n
	}
	return dst
}

// Finish fills in the derived fields of a: the content hash, and an ID
// derived from the hash when the article has none.
func (a *Article) Finish() {
	a.Hash = ContentHash(a.Title, a.Text)
	if a.ID == "" {
		a.ID = a.Hash[:16]
	}
}
