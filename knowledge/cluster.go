package knowledge

import (
	"strings"
	"sync"
	"time"

	"dyad"
)

// Default windows of ClusterOptions.
const (
	DefaultDayWindow       = 3
	DefaultPublishedWindow = 7
)

// ClusterOptions tune when two reports count as the same event.
type ClusterOptions struct {
	// DayWindow is how many days apart two day-precision dates may be and
	// still match; 0 means DefaultDayWindow and a negative value means the
	// same day only.
	DayWindow int
	// PublishedWindow is the window when either date is only the
	// publication date (precision "published"), which is weak evidence;
	// 0 means DefaultPublishedWindow, a negative value the same day only.
	PublishedWindow int
	// UnknownPlaceMatches lets a report without a place join one with a
	// place. By default places must both be unknown or be in the same
	// country.
	UnknownPlaceMatches bool
}

func (o ClusterOptions) windows() (day, pub int32) {
	w := func(v, def int) int32 {
		switch {
		case v == 0:
			return int32(def)
		case v < 0:
			return 0
		}
		return int32(v)
	}
	return w(o.DayWindow, DefaultDayWindow), w(o.PublishedWindow, DefaultPublishedWindow)
}

// A Clusterer groups the reports of one real-world event, as articles
// arrive, into clusters.
//
// Two asserted events can be reports of one event when they have the same
// source and target country (ISO alpha-3 or IGO code) and the same CAMEO
// root, compatible codes (one a prefix of the other, where a three-digit
// code ending in 0, "not specified below", counts as its root), compatible
// places and compatible dates:
//   - day and day: at most DayWindow days apart;
//   - month or year against a day, month or year: the periods overlap;
//   - anything against a publication date: at most PublishedWindow days
//     between the periods.
//
// Reports with a day date and a specific code are strong evidence: linked
// strong reports form the core of a cluster (single linkage, so a core is a
// connected component). Weak reports (dated only to a month or year or by
// publication, or coded only to the root) never bridge two cores: a weak
// report joins the core with the most strong reports it is linked to (on a
// tie, the core of the linked strong report with the lowest event ID), and
// weak reports linked to no core form clusters among themselves by single
// linkage. Membership is thus a function of the set of events, not of the
// order in which articles arrive, and every summary is computed from the
// members.
//
// Work is incremental: Add links strong reports at once; reading the
// clusters first re-examines only the weak reports near what changed since
// the last read (new weak reports, those linked to new strong reports, and
// those linked to cores that merged) and recomputes the summaries of the
// clusters that changed.
//
// A Clusterer is safe for concurrent use.
type Clusterer struct {
	mu       sync.Mutex
	dayWin   int32
	pubWin   int32
	loose    bool
	nodes    []node
	byID     map[string]int32
	parent   []int32 // union-find over strong nodes
	keys     map[linkKey]*keyState
	articles map[string]articleInfo

	cores map[int32]*group // core root -> members (strong and attached weak)
	comps map[int32]*group // orphan component id (a member) -> members

	// Since the last refresh:
	pendingWeak []int32      // weak nodes to place
	touched     []int32      // strong nodes whose weak neighbours must be re-examined
	dirty       map[ref]bool // clusters whose members changed
	summaries   map[ref]*Cluster
}

// ref names a cluster: a core by its root node, or an orphan component.
type ref struct {
	node int32
	core bool
}

// group is the member set of a cluster.
type group struct {
	strong []int32
	weak   map[int32]bool
}

type linkKey struct{ src, tgt, root string }

// keyState holds the events of one (source, target, root) triple.
type keyState struct {
	id     linkKey
	strong map[int32][]int32 // month index -> strong nodes whose dates touch it
	weak   map[int32][]int32 // month index -> weak nodes
}

type node struct {
	id, article, code, place, evidence string
	key                                *keyState
	span                               span
	strong                             bool
	// For weak nodes: the strong node whose core holds this one, or -1;
	// and the orphan component, or -1.
	attach, comp int32
}

type articleInfo struct {
	outlet    string
	published time.Time
}

// NewClusterer returns an empty Clusterer.
func NewClusterer(opt ClusterOptions) *Clusterer {
	c := &Clusterer{
		byID:      map[string]int32{},
		keys:      map[linkKey]*keyState{},
		articles:  map[string]articleInfo{},
		cores:     map[int32]*group{},
		comps:     map[int32]*group{},
		dirty:     map[ref]bool{},
		summaries: map[ref]*Cluster{},
		loose:     opt.UnknownPlaceMatches,
	}
	c.dayWin, c.pubWin = opt.windows()
	return c
}

// Add clusters the asserted events of an article and returns how many it
// took. The events count as reports of a (whatever their ArticleID says,
// unless a.ID is empty); a gives the outlet and the publication time, which
// also dates events that have no date of their own. Events that are not
// asserted, that lack a source or target country or a code, or whose ID
// was added before, are left out. An event without an ID gets
// dyad.EventID. The first Add of an article ID fixes its outlet and
// publication time.
func (c *Clusterer) Add(a dyad.Article, events []dyad.Event) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.articles[a.ID]; !ok {
		c.articles[a.ID] = articleInfo{outlet: a.Outlet, published: a.Published}
	}
	n := 0
	for i := range events {
		if c.add(a, &events[i]) {
			n++
		}
	}
	return n
}

func (c *Clusterer) add(a dyad.Article, e *dyad.Event) bool {
	if e.Modality != dyad.ModalityAsserted {
		return false
	}
	src, tgt := actorCountry(e.Source), actorCountry(e.Target)
	code, root := eventCode(e)
	if src == "" || tgt == "" || root == "" {
		return false
	}
	id := e.ID
	if id == "" {
		id = dyad.EventID(e)
	}
	if _, dup := c.byID[id]; dup {
		return false
	}
	article := a.ID
	if article == "" {
		article = e.ArticleID
	}
	k := linkKey{src, tgt, root}
	ks := c.keys[k]
	if ks == nil {
		ks = &keyState{id: k, strong: map[int32][]int32{}, weak: map[int32][]int32{}}
		c.keys[k] = ks
	}
	n := node{id: id, article: article, code: code, evidence: e.Evidence, key: ks,
		span: parseSpan(e.Date, e.DatePrecision, a.Published), attach: -1, comp: -1}
	if e.Location != nil {
		n.place = e.Location.Country
	}
	n.strong = n.span.rank == rankDay && len(genericCode(code)) >= 3
	i := int32(len(c.nodes))
	c.nodes = append(c.nodes, n)
	c.parent = append(c.parent, i)
	c.byID[id] = i
	if !n.strong {
		if n.span.known() {
			for m := monthIndex(n.span.lo); m <= monthIndex(n.span.hi); m++ {
				ks.weak[m] = append(ks.weak[m], i)
			}
		}
		c.pendingWeak = append(c.pendingWeak, i)
		return true
	}
	c.cores[i] = &group{strong: []int32{i}, weak: map[int32]bool{}}
	roots := map[int32]bool{}
	for _, j := range c.near(ks.strong, &c.nodes[i]) {
		if r := c.find(j); !roots[r] && c.linked(&c.nodes[i], &c.nodes[j]) {
			roots[r] = true
		}
	}
	for r := range roots {
		c.dirty[ref{node: c.find(r), core: true}] = true
		c.union(i, r)
	}
	core := c.find(i)
	c.dirty[ref{node: core, core: true}] = true
	if len(roots) > 1 {
		// Merged cores: the weak reports of all their members may vote anew.
		c.touched = append(c.touched, c.cores[core].strong...)
	} else {
		c.touched = append(c.touched, i)
	}
	for m := monthIndex(n.span.lo); m <= monthIndex(n.span.hi); m++ {
		ks.strong[m] = append(ks.strong[m], i)
	}
	return true
}

// near returns the nodes of buckets whose dates may be linked to n's; a
// node can appear more than once.
func (c *Clusterer) near(buckets map[int32][]int32, n *node) []int32 {
	if !n.span.known() {
		return nil
	}
	reach := max(c.dayWin, c.pubWin)
	var out []int32
	for m := monthIndex(n.span.lo - reach); m <= monthIndex(n.span.hi+reach); m++ {
		out = append(out, buckets[m]...)
	}
	return out
}

// linked reports whether two events of the same key are reports of one
// event.
func (c *Clusterer) linked(a, b *node) bool {
	if !codesCompatible(a.code, b.code) {
		return false
	}
	if a.place != b.place && !(c.loose && (a.place == "" || b.place == "")) {
		return false
	}
	var win int32
	switch {
	case a.span.rank == rankPublished || b.span.rank == rankPublished:
		win = c.pubWin
	case a.span.rank == rankDay && b.span.rank == rankDay:
		win = c.dayWin
	}
	gap := max(a.span.lo, b.span.lo) - min(a.span.hi, b.span.hi)
	return gap <= win
}

// codesCompatible reports whether two CAMEO codes of one root can name the
// same event: one is a prefix of the other once a "not specified below"
// code (three digits ending in 0) is read as its root.
func codesCompatible(a, b string) bool {
	a, b = genericCode(a), genericCode(b)
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

func genericCode(c string) string {
	if len(c) == 3 && c[2] == '0' {
		return c[:2]
	}
	return c
}

// eventCode returns the code and root of e, deriving one from the other
// when missing.
func eventCode(e *dyad.Event) (code, root string) {
	code, root = strings.TrimSpace(e.Code), strings.TrimSpace(e.Root)
	if root == "" && len(code) >= 2 {
		root = code[:2]
	}
	if code == "" {
		code = root
	}
	if len(root) != 2 || !strings.HasPrefix(code, root) {
		return "", ""
	}
	return code, root
}

// actorCountry returns the country (ISO alpha-3) or IGO code of an actor.
func actorCountry(a dyad.Actor) string {
	if a.Country != "" {
		return a.Country
	}
	if strings.HasPrefix(a.Code, "IGO") || len(a.Code) < 3 {
		return a.Code
	}
	return a.Code[:3]
}

func (c *Clusterer) find(i int32) int32 {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// union merges the cores of two strong nodes, the larger absorbing the
// smaller.
func (c *Clusterer) union(i, j int32) {
	ri, rj := c.find(i), c.find(j)
	if ri == rj {
		return
	}
	gi, gj := c.cores[ri], c.cores[rj]
	if len(gi.strong)+len(gi.weak) < len(gj.strong)+len(gj.weak) {
		ri, rj, gi, gj = rj, ri, gj, gi
	}
	c.parent[rj] = ri
	gi.strong = append(gi.strong, gj.strong...)
	for w := range gj.weak {
		gi.weak[w] = true
	}
	delete(c.cores, rj)
	c.drop(ref{node: rj, core: true})
}

// drop forgets a cluster that no longer exists.
func (c *Clusterer) drop(r ref) {
	delete(c.dirty, r)
	delete(c.summaries, r)
}

// refOf returns the cluster of a node.
func (c *Clusterer) refOf(i int32) ref {
	n := &c.nodes[i]
	switch {
	case n.strong:
		return ref{node: c.find(i), core: true}
	case n.attach >= 0:
		return ref{node: c.find(n.attach), core: true}
	}
	return ref{node: n.comp}
}

func (c *Clusterer) members(r ref) *group {
	if r.core {
		return c.cores[r.node]
	}
	return c.comps[r.node]
}
