package knowledge

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"dyad"
	"dyad/geo"
)

// CAMEO codes the Registry reads. 054 is "grant diplomatic recognition"
// (and establishing relations); 161 is "reduce or break diplomatic
// relations", which the Registry reads as ending recognition; 032 is
// "express intent to engage in diplomatic cooperation", which it reads,
// in the recognition context, as an announced intention to recognise.
const (
	CodeRecognize = "054"
	CodeBreak     = "161"
	CodeIntent    = "032"
)

// RecognitionCode reports whether the Registry reads events with the CAMEO
// code (054, 161 and 032, with their subcodes), so that a caller can pass
// it only those.
func RecognitionCode(code string) bool {
	return strings.HasPrefix(code, CodeRecognize) || strings.HasPrefix(code, CodeBreak) || strings.HasPrefix(code, CodeIntent)
}

// Evidence is where a registry entry comes from: an article and event, or
// for imported facts a cited source.
type Evidence struct {
	ArticleID string    `json:"article_id,omitempty"`
	EventID   string    `json:"event_id,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Sentence  string    `json:"sentence,omitempty"`
	Source    string    `json:"source,omitempty"` // citation of an imported fact
}

// RegistryOptions configure a Registry; the zero value uses the embedded
// gazetteer and regime table.
type RegistryOptions struct {
	Gazetteer *geo.Gazetteer // states and groups; nil means geo.Default()
	Regimes   *Regimes       // governments; nil means DefaultRegimes()
}

// Registry keeps who recognises which state or government, from asserted
// events (054 recognises, 161 ends recognition), from reported
// non-recognition (negated 054 statements, AddNonRecognition), from
// imported facts, and who may follow (announced intentions, asserted 032
// in the recognition context, and future, conditional or hypothetical 054
// statements; see Status.MayFollow). Entries are indexed by recognised
// state and regime, so Status answers without scanning other states.
//
// An entry takes effect at the end of its date's period: a recognition
// dated only to July 2025 counts from 2025-07-31, so that Status never
// claims a recognition before it is certain. That day also decides which
// government of the state the entry concerns (see Regime).
//
// A Registry is safe for concurrent use.
type Registry struct {
	mu      sync.RWMutex
	geo     *geo.Gazetteer
	regimes *Regimes
	states  map[string]map[string]*scopeIndex // state -> regime ID ("" for the state itself) -> entries
	seen    map[string]bool                   // event IDs taken
	names   map[string]string                 // state and group codes -> names
	modal   map[modalKey]struct{}             // articles with a modal 054 of a state about a state
}

// NewRegistry returns an empty Registry.
func NewRegistry(opt RegistryOptions) *Registry {
	r := &Registry{geo: opt.Gazetteer, regimes: opt.Regimes, states: map[string]map[string]*scopeIndex{},
		seen: map[string]bool{}, modal: map[modalKey]struct{}{}}
	if r.geo == nil {
		r.geo = geo.Default()
	}
	if r.regimes == nil {
		r.regimes = DefaultRegimes()
	}
	r.names = map[string]string{}
	for _, c := range r.geo.Countries() {
		r.names[c.ISO3] = c.Name
	}
	for _, g := range r.geo.Groups() {
		r.names[g.Code] = g.Name
	}
	return r
}

type actionKind uint8

const (
	kindRecognize actionKind = iota
	kindWithdraw
)

// action is one dated recognition or withdrawal by one recogniser.
type action struct {
	kind     actionKind
	day      int32 // effective day: the end of the date's period
	span     span
	imported bool
	ev       Evidence
}

// nonAction is one report that a state or group does not recognise.
type nonAction struct {
	recognizer string
	group      bool
	day        int32
	span       span
	ev         Evidence
}

// Support counts the reports behind an entry: distinct articles and
// outlets, and imported facts.
type Support struct {
	Articles int `json:"articles"`
	Outlets  int `json:"outlets"`
	Facts    int `json:"facts,omitempty"`
}

// Add reads the events of an article: asserted 054 events are
// recognitions of the target by the source, asserted 161 events end them,
// and negated 054 events are reported non-recognition by their source, a
// state or a group (by code or by name, as in "Western countries").
// Future, conditional and hypothetical 054 events and asserted 032 events
// by a state are reports that it may follow (see Status.MayFollow); a 032
// is kept whatever its sentence, since a modal 054 of the same article may
// put it in the recognition context later. It returns how many events it
// took. Events whose ID was taken before are skipped, as are events
// without a known state as target, other codes and other modalities.
func (r *Registry) Add(a dyad.Article, events []dyad.Event) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for i := range events {
		if r.addEvent(a, &events[i]) {
			n++
		}
	}
	return n
}

// use is what the Registry makes of one event.
type use uint8

const (
	useNone use = iota
	useRecognize
	useWithdraw
	useNon
	useIntent
)

// useOf returns what the Registry makes of an event of the code and
// modality, and for an intention its kind.
func useOf(code string, m dyad.Modality) (use, followKind) {
	switch {
	case strings.HasPrefix(code, CodeRecognize):
		switch m {
		case dyad.ModalityAsserted:
			return useRecognize, 0
		case dyad.ModalityNegated:
			return useNon, 0
		}
		if k, ok := followKindOf(m); ok {
			return useIntent, k
		}
	case strings.HasPrefix(code, CodeBreak):
		if m == dyad.ModalityAsserted {
			return useWithdraw, 0
		}
	case strings.HasPrefix(code, CodeIntent):
		if m == dyad.ModalityAsserted {
			return useIntent, followAnnounced
		}
	}
	return useNone, 0
}

func (r *Registry) addEvent(a dyad.Article, e *dyad.Event) bool {
	code, _ := eventCode(e)
	u, kind := useOf(code, e.Modality)
	if u == useNone {
		return false
	}
	target, ok := r.state(actorCountry(e.Target))
	if !ok {
		return false
	}
	id := e.ID
	if id == "" {
		id = dyad.EventID(e)
	}
	if r.seen[id] {
		return false
	}
	sp := parseSpan(e.Date, e.DatePrecision, a.Published)
	if !sp.known() {
		return false
	}
	article := a.ID
	if article == "" {
		article = e.ArticleID
	}
	ev := Evidence{ArticleID: article, EventID: id, Outlet: a.Outlet, Published: a.Published, Sentence: e.Evidence}
	switch u {
	case useNon:
		who, group, ok := r.recognizerOf(e.Source)
		if !ok {
			return false
		}
		r.addNon(target, nonAction{recognizer: who, group: group, day: sp.hi, span: sp, ev: ev})
	case useIntent:
		who, ok := r.state(actorCountry(e.Source))
		if !ok || who == target {
			return false
		}
		in := intent{kind: kind, day: sp.hi, span: sp, expected: span{rank: rankNone}, ev: ev}
		if !a.Published.IsZero() {
			// A report is known from its publication on: a future 054 is
			// dated by the recognition it foresees.
			if pub := dayNumber(a.Published); pub < sp.hi {
				if kind == followFuture {
					in.expected = sp
				}
				in.day, in.span = pub, span{lo: pub, hi: pub, rank: rankPublished}
			}
		}
		if kind == followAnnounced {
			in.context = speaksOfRecognition(e.Evidence)
		} else if article != "" {
			r.modal[modalKey{state: target, article: article, who: who}] = struct{}{}
		}
		r.addIntent(target, who, in)
	default:
		who, ok := r.state(actorCountry(e.Source))
		if !ok || who == target {
			return false
		}
		k := kindRecognize
		if u == useWithdraw {
			k = kindWithdraw
		}
		r.addAction(target, who, action{kind: k, day: sp.hi, span: sp, ev: ev})
	}
	r.seen[id] = true
	return true
}

// AddRecognition records that recognizer (a state) recognised recognized
// (a state, or a regime ID such as AFG-2021) on the date.
func (r *Registry) AddRecognition(recognizer, recognized string, date time.Time, ev Evidence) error {
	return r.addFact(recognizer, recognized, dayOf(date), kindRecognize, ev, false)
}

// AddWithdrawal records that recognizer ended its recognition of
// recognized (or broke relations with it) on the date.
func (r *Registry) AddWithdrawal(recognizer, recognized string, date time.Time, ev Evidence) error {
	return r.addFact(recognizer, recognized, dayOf(date), kindWithdraw, ev, false)
}

// AddNonRecognition records a report, as of the date, that recognizer (a
// state, or a group of states by code or name: WST, "Western countries",
// IGOEUREEC) does not recognise recognized. Negated statements such as "no
// Western country has recognised the government" arrive here.
func (r *Registry) AddNonRecognition(recognizer, recognized string, date time.Time, ev Evidence) error {
	return r.addNonFact(recognizer, recognized, dayOf(date), ev)
}

func dayOf(t time.Time) span {
	d := dayNumber(t)
	return span{lo: d, hi: d, rank: rankDay}
}

func (r *Registry) addFact(recognizer, recognized string, sp span, kind actionKind, ev Evidence, imported bool) error {
	target, err := r.target(recognized, sp)
	if err != nil {
		return err
	}
	who, ok := r.state(recognizer)
	if !ok {
		return fmt.Errorf("recognizer %q is not a known state", recognizer)
	}
	if who == target {
		return fmt.Errorf("%s cannot recognise itself", who)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.addAction(target, who, action{kind: kind, day: sp.hi, span: sp, ev: ev, imported: imported})
	return nil
}

func (r *Registry) addNonFact(recognizer, recognized string, sp span, ev Evidence) error {
	target, err := r.target(recognized, sp)
	if err != nil {
		return err
	}
	who, group, ok := r.recognizerOf(dyad.Actor{Country: recognizer, Text: recognizer})
	if !ok {
		return fmt.Errorf("recognizer %q is neither a known state nor a group", recognizer)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.addNon(target, nonAction{recognizer: who, group: group, day: sp.hi, span: sp, ev: ev})
	return nil
}

// target resolves a recognised entity: a state, or a regime whose period
// must hold the date.
func (r *Registry) target(recognized string, sp span) (string, error) {
	if g, ok := r.regimes.ByID(recognized); ok {
		if !g.Covers(dayTime(sp.hi)) {
			return "", fmt.Errorf("%s (%s) did not govern on %s", g.ID, g.Name, sp.format())
		}
		return g.State, nil
	}
	if st, ok := r.state(recognized); ok {
		return st, nil
	}
	return "", fmt.Errorf("recognized %q is neither a known state nor a regime", recognized)
}

// state returns the state with the ISO alpha-3 code.
func (r *Registry) state(code string) (string, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	_, ok := r.geo.Country(code)
	return code, ok
}

// recognizerOf resolves the source of a non-recognition: a state by code,
// a group by code or by name (from the actor's words), or a state by name.
func (r *Registry) recognizerOf(a dyad.Actor) (code string, group, ok bool) {
	for _, c := range []string{a.Country, a.Code} {
		c = strings.ToUpper(strings.TrimSpace(c))
		if c == "" {
			continue
		}
		if _, ok := r.geo.Country(c); ok {
			return c, false, true
		}
		if g, ok := r.geo.Group(c); ok {
			return g.Code, true, true
		}
	}
	for _, name := range groupNames(a.Text) {
		if g, ok := r.geo.GroupByName(name); ok {
			return g.Code, true, true
		}
	}
	if c, ok := r.geo.CountryByName(a.Text); ok && a.Text != "" {
		return c.ISO3, false, true
	}
	return "", false, false
}

// groupNames returns the ways a negated source may name a group: "no
// Western country" is tried as "Western country" and "Western countries".
func groupNames(text string) []string {
	t := strings.Join(strings.Fields(text), " ")
	if t == "" {
		return nil
	}
	out := []string{t}
	lower := strings.ToLower(t)
	for _, p := range []string{"no ", "not one ", "any ", "none of the ", "a single ", "a "} {
		if strings.HasPrefix(lower, p) {
			t = t[len(p):]
			out = append(out, t)
			break
		}
	}
	switch {
	case strings.HasSuffix(t, "y"):
		out = append(out, t[:len(t)-1]+"ies")
	case !strings.HasSuffix(t, "s"):
		out = append(out, t+"s")
	}
	return out
}
