package knowledge

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"dyad"
)

// Kinds of a report that a state may follow, strongest first.
const (
	// FollowAnnounced is an announced intention: an asserted 032 toward
	// the entity in the recognition context ("Spain said it will
	// recognise Palestine on 28 May").
	FollowAnnounced = "announced"
	// FollowFuture is a future 054: "X will recognise Y".
	FollowFuture = "future"
	// FollowConditional is a conditional 054: "X would recognise Y if ...".
	FollowConditional = "conditional"
	// FollowHypothetical is a hypothetical 054: "X could recognise Y".
	FollowHypothetical = "hypothetical"
)

type followKind uint8

const (
	followAnnounced followKind = iota
	followFuture
	followConditional
	followHypothetical
)

var followNames = [...]string{FollowAnnounced, FollowFuture, FollowConditional, FollowHypothetical}

func (k followKind) String() string { return followNames[k] }

// followKindOf returns the kind of a 054 statement of the modality.
func followKindOf(m dyad.Modality) (followKind, bool) {
	switch m {
	case dyad.ModalityFuture:
		return followFuture, true
	case dyad.ModalityConditional:
		return followConditional, true
	case dyad.ModalityHypothetical:
		return followHypothetical, true
	}
	return 0, false
}

// intent is one report that a state may recognise the entity.
type intent struct {
	kind followKind
	// day is the effective day of the report: the end of its date's
	// period, or the article's publication day when that is earlier (a
	// future 054 is dated by the recognition it foresees, not by the
	// report).
	day  int32
	span span // the report's date
	// expected is the foreseen date of a future recognition, when it lies
	// after the report's day; rankNone otherwise.
	expected span
	// context is set on an announcement whose sentence speaks of
	// recognition; announcements without it count only when the article
	// has a modal 054 of the same state toward the same entity.
	context bool
	ev      Evidence
}

// modalKey names the modal (future, conditional, hypothetical) 054
// statements of one article by one state about one state; an announced
// intention (032) in the same article by the same state toward the same
// state is in the recognition context.
type modalKey struct {
	state, article, who string
}

// Prospect is a state that may follow: it announced an intention to
// recognise the entity, or was reported as going to, possibly or
// conditionally recognising it, and does not recognise it on the day.
//
// Only the reports after the state's last recognition or withdrawal of
// the entity up to the day count (a recognition fulfils the intentions
// announced before it; a withdrawal closes the question until the state
// speaks again); an announcement on the day of a recognition is fulfilled
// by it. See Status.MayFollow for the rule in full.
type Prospect struct {
	Recognizer string `json:"recognizer"`
	Name       string `json:"name,omitempty"`
	// Kind is the strongest kind of the reports: announced, future,
	// conditional, hypothetical (in that order); Kinds lists every kind
	// reported, strongest first.
	Kind  string   `json:"kind"`
	Kinds []string `json:"kinds"`
	// Since is the date of the first report that counts, Date that of the
	// latest; Expected the latest foreseen date of a future recognition,
	// when a report names one after its own date.
	Since    string `json:"since"`
	Date     string `json:"date"`
	Expected string `json:"expected,omitempty"`
	// Reports counts the distinct articles (or, for events without an
	// article, events) behind the reports that count.
	Reports int `json:"reports"`
	// Evidence is the first report's.
	Evidence Evidence `json:"evidence"`
}

// speaksOfRecognition reports whether a sentence speaks of recognition: a
// word beginning with "recogni" (recognise, recognize, recognition), not
// after "non" as in "non-recognition", or "establish" with "diplomatic
// relations" or "diplomatic ties". Words such as "unrecognised" do not
// count.
func speaksOfRecognition(sentence string) bool {
	words := strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if strings.HasPrefix(w, "recogni") && (i == 0 || words[i-1] != "non") {
			return true
		}
	}
	s := strings.Join(words, " ")
	return strings.Contains(s, "establish") && (strings.Contains(s, "diplomatic relations") || strings.Contains(s, "diplomatic ties"))
}

// addIntent records a report that who may recognise target.
func (r *Registry) addIntent(target, who string, in intent) {
	s := r.scope(target, in.day)
	if s.intents == nil {
		s.intents = map[string][]intent{}
	}
	s.intents[who] = append(s.intents[who], in)
	s.dirty = true
	if s.dirtyIntents == nil {
		s.dirtyIntents = map[string]bool{}
	}
	s.dirtyIntents[who] = true
}

// buildIntents sorts the reports of the states that have new ones.
func (s *scopeIndex) buildIntents() {
	for who := range s.dirtyIntents {
		slices.SortFunc(s.intents[who], func(a, b intent) int {
			return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.kind, b.kind), compareEvidence(a.ev, b.ev))
		})
	}
	clear(s.dirtyIntents)
}

// counts reports whether an intention report counts: modal 054 reports
// always do, announcements in the recognition context.
func (r *Registry) counts(state, who string, in *intent) bool {
	if in.kind != followAnnounced || in.context {
		return true
	}
	if in.ev.ArticleID == "" {
		return false
	}
	_, ok := r.modal[modalKey{state: state, article: in.ev.ArticleID, who: who}]
	return ok
}

// collectIntents fills the states that may follow, from the reports of a
// scope up to a day; recognizing holds the states that recognise the
// entity on the day.
func (r *Registry) collectIntents(s *scopeIndex, state string, day int32, recognizing map[string]int32, st *Status) {
	type ranked struct {
		p    Prospect
		kind followKind
		last int32
	}
	var out []ranked
	for who, list := range s.intents {
		if _, ok := recognizing[who]; ok {
			continue
		}
		// Only the reports after the state's last recognition or
		// withdrawal up to the day count.
		after := int32(-1 << 31)
		if p := s.pairs[who]; p != nil {
			if n := sort.Search(len(p.acts), func(i int) bool { return p.acts[i].day > day }); n > 0 {
				after = p.acts[n-1].day
			}
		}
		lo := sort.Search(len(list), func(i int) bool { return list[i].day > after })
		hi := sort.Search(len(list), func(i int) bool { return list[i].day > day })
		var (
			x        ranked
			first    *intent
			kinds    uint8
			reports  = map[string]bool{}
			expected = span{rank: rankNone}
		)
		for i := lo; i < hi; i++ {
			in := &list[i]
			if !r.counts(state, who, in) {
				continue
			}
			if first == nil {
				first = in
				x.kind = in.kind
			}
			x.kind = min(x.kind, in.kind)
			kinds |= 1 << in.kind
			x.last = in.day
			x.p.Date = in.span.format()
			if in.expected.known() && (!expected.known() || in.expected.hi >= expected.hi) {
				expected = in.expected
			}
			key := in.ev.ArticleID
			if key == "" {
				key = "\x00" + in.ev.EventID
			}
			reports[key] = true
		}
		if first == nil {
			continue
		}
		x.p.Recognizer, x.p.Name = who, r.name(who)
		x.p.Kind = x.kind.String()
		for k := followAnnounced; k <= followHypothetical; k++ {
			if kinds&(1<<k) != 0 {
				x.p.Kinds = append(x.p.Kinds, k.String())
			}
		}
		x.p.Since = first.span.format()
		x.p.Expected = expected.format()
		x.p.Reports = len(reports)
		x.p.Evidence = first.ev
		out = append(out, x)
	}
	// The strongest kind first, then the latest report, then the code.
	slices.SortFunc(out, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(b.last, a.last), strings.Compare(a.p.Recognizer, b.p.Recognizer))
	})
	st.MayFollow = slices.Grow(st.MayFollow, len(out))
	for _, x := range out {
		st.MayFollow = append(st.MayFollow, x.p)
	}
}
