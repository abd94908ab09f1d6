package dyad

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// Modality says whether a coded statement reports something that happened.
// Only ModalityAsserted events count as events in scores and registries.
type Modality string

// The modalities an event can carry.
const (
	ModalityAsserted     Modality = "asserted"
	ModalityNegated      Modality = "negated"
	ModalityHypothetical Modality = "hypothetical"
	ModalityFuture       Modality = "future"
	ModalityQuestion     Modality = "question"
	ModalityConditional  Modality = "conditional"
)

// Date precisions of Event.DatePrecision.
const (
	PrecisionDay       = "day"
	PrecisionMonth     = "month"
	PrecisionYear      = "year"
	PrecisionPublished = "published" // no date in the text: the publication date was used
)

// Actor is one side of an event, as a CAMEO actor code and its parts.
type Actor struct {
	Code    string `json:"code"`              // full CAMEO code, e.g. RUSGOV
	Country string `json:"country,omitempty"` // ISO alpha-3 or IGO code, e.g. RUS
	Sector  string `json:"sector,omitempty"`  // e.g. GOV, DIP, MIL
	Text    string `json:"text,omitempty"`    // the words in the article
}

// Location is where an event took place.
type Location struct {
	Name    string  `json:"name"`
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// Event is one coded event: who did what to whom, when and where, with the
// evidence it was read from. The JSON field names are fixed by the event
// record schema; add fields, never rename them.
type Event struct {
	ID            string    `json:"id"`
	ArticleID     string    `json:"article_id"`
	Sentence      int       `json:"sentence"`
	Span          [2]int    `json:"span"` // byte offsets into Article.Text
	Source        Actor     `json:"source"`
	Target        Actor     `json:"target"`
	Code          string    `json:"code"`
	Root          string    `json:"root"`
	Quad          int       `json:"quad"`
	Goldstein     float64   `json:"goldstein"`
	Plover        string    `json:"plover,omitempty"`
	Modality      Modality  `json:"modality"`
	Date          string    `json:"date,omitempty"` // YYYY-MM-DD, YYYY-MM or YYYY
	DatePrecision string    `json:"date_precision,omitempty"`
	Location      *Location `json:"location,omitempty"`
	Attribution   []string  `json:"attribution"`
	Evidence      string    `json:"evidence"`
}

// EventID returns a stable identifier for e derived from its article,
// position, actors, code and modality, so that coding the same article twice
// gives the same IDs.
func EventID(e *Event) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%d\x00%d\x00%s\x00%s\x00%s\x00%s",
		e.ArticleID, e.Sentence, e.Span[0], e.Span[1], e.Source.Code, e.Target.Code, e.Code, e.Modality)
	return hex.EncodeToString(h.Sum(nil))[:20]
}
