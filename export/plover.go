package export

import (
	"cmp"
	"strings"
	"time"

	"dyad"
	"dyad/cameo"
	"dyad/geo"
)

// PloverEvent is one event in the plover format, after the PLOVER
// ontology's event records: the event type with its mode and context,
// two actors, the date, the place and the source text.
//
// The mapping from the event record:
//
//	event_type   the event's Plover field; when empty, the PLOVER event of
//	             its CAMEO code in cameo.Default() (CAMEO2PLOVER, by the
//	             longest code prefix with an entry)
//	mode         the PLOVER mode of the CAMEO code ("" when the map has none
//	             or maps the code to another event type)
//	context      the PLOVER contexts of the CAMEO code, split on "; "
//	actor1/2     the source and target: code, name of the state, country
//	             (ISO alpha-3 or IGO code), sector, and the words in the text
//	date         the event date (YYYY-MM-DD, YYYY-MM or YYYY), with
//	             date_precision as in the event record
//	location     the event's place, or null
//	source_text  the evidence sentence
//	cameo, quad, goldstein, modality, attribution: from the event record,
//	             so that nothing of the CAMEO coding is lost
//	source       the article: id, url, outlet and publication time
type PloverEvent struct {
	ID            string         `json:"id"`
	EventType     string         `json:"event_type"`
	Mode          string         `json:"mode"`
	Context       []string       `json:"context"`
	Actor1        PloverActor    `json:"actor1"`
	Actor2        PloverActor    `json:"actor2"`
	Date          string         `json:"date"`
	DatePrecision string         `json:"date_precision,omitempty"`
	Location      *dyad.Location `json:"location"`
	SourceText    string         `json:"source_text"`
	Cameo         string         `json:"cameo"`
	Quad          int            `json:"quad"`
	Goldstein     float64        `json:"goldstein"`
	Modality      dyad.Modality  `json:"modality"`
	Attribution   []string       `json:"attribution"`
	Source        PloverSource   `json:"source"`
}

// PloverActor is one side of a PloverEvent.
type PloverActor struct {
	Code    string `json:"code"`
	Name    string `json:"name,omitempty"` // the state's name, when the country is a state
	Country string `json:"country"`
	Sector  string `json:"sector"`
	Text    string `json:"text,omitempty"`
}

// PloverSource names the article of a PloverEvent.
type PloverSource struct {
	ArticleID string    `json:"article_id"`
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// Plover returns the plover form of e, coded from article a (which may be
// nil).
func Plover(e *dyad.Event, a *dyad.Article) PloverEvent {
	p := PloverEvent{
		ID: e.ID, EventType: e.Plover, Context: []string{},
		Actor1: ploverActor(e.Source), Actor2: ploverActor(e.Target),
		Date: e.Date, DatePrecision: e.DatePrecision, Location: e.Location,
		SourceText: e.Evidence, Cameo: e.Code, Quad: e.Quad, Goldstein: e.Goldstein,
		Modality: e.Modality, Attribution: e.Attribution,
		Source: PloverSource{ArticleID: e.ArticleID},
	}
	if p.Attribution == nil {
		p.Attribution = []string{}
	}
	if c, ok := cameo.Default().Lookup(e.Code); ok && c.Plover.Event != "" {
		if p.EventType == "" {
			p.EventType = c.Plover.Event
		}
		if p.EventType == c.Plover.Event {
			p.Mode = c.Plover.Mode
			for _, ctx := range strings.Split(c.Plover.Context, ";") {
				if ctx = strings.TrimSpace(ctx); ctx != "" {
					p.Context = append(p.Context, ctx)
				}
			}
		}
	}
	if a != nil {
		p.Source.URL, p.Source.Outlet, p.Source.Published = a.URL, a.Outlet, a.Published
	}
	return p
}

func ploverActor(a dyad.Actor) PloverActor {
	p := PloverActor{Code: a.Code, Country: a.Country, Sector: a.Sector, Text: a.Text}
	if p.Country == "" || p.Sector == "" {
		if c, err := cameo.ParseActor(a.Code); err == nil {
			p.Country = cmp.Or(p.Country, c.Country)
			p.Sector = cmp.Or(p.Sector, c.Sector)
		}
	}
	if c, ok := geo.Default().Country(p.Country); ok {
		p.Name = c.Name
	}
	return p
}
