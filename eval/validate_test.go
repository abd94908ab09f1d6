package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad"
	"dyad/coder"
	"dyad/dict"
	"dyad/nlp"
)

// sharedDir returns ../shared/data/SUB, or skips the test when it is absent.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "data", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("skipping: %s not found (the shared data is not checked out beside the project)", dir)
	}
	return dir
}

// udFloor is the exact-match rate the UD suite must reach with gold parses.
const udFloor = 0.86

func TestUDSuite(t *testing.T) {
	dir := sharedDir(t, "ud-petrarch")
	f, err := os.Open(filepath.Join(dir, "PETR_Validate_records_2_02.xml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	suite, err := ReadRecords(f)
	if err != nil {
		t.Fatal(err)
	}
	set, err := dict.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := coder.New(set, coder.PetrarchOptions())
	pf, err := os.Open(filepath.Join(dir, suite.Files["PICOfile"]))
	if err != nil {
		t.Fatal(err)
	}
	neg, err := ReadPICO(pf)
	pf.Close()
	if err != nil {
		t.Fatal(err)
	}
	rep := Validate(suite, GoldParse, func(doc *nlp.Doc, r *Record) []dyad.Event {
		evs := c.CodeDoc(doc, r.Date)
		Negate(evs, neg)
		return evs
	})
	var b strings.Builder
	rep.Write(&b, testing.Verbose())
	t.Log("\n" + b.String())
	if rep.ExactRate() < udFloor {
		t.Errorf("exact %.3f below the floor %.2f", rep.ExactRate(), udFloor)
	}
}

// Expected codings with a missing actor ("---", require_dyad = false) or
// a new actor coded by its text (new_actor_length) compare as the file
// means them.
func TestValidateConfigActors(t *testing.T) {
	s, err := ReadRecords(strings.NewReader(`<Config option="require_dyad" value="false"/>
<Config option="new_actor_length" value="4"/>
<Sentence id="Q-01" category="DEMO">
<EventCoding sourcecode='"RIVER  GUARD"' targetcode="ROH" eventcode="111"></EventCoding>
<EventCoding sourcecode="---GOV" targetcode="---" eventcode="010"></EventCoding>
<Text>one</Text></Sentence>
<Sentence id="Q-02" category="DEMO">
<EventCoding sourcecode='"RIVER GUARD"' targetcode="ROH" eventcode="111"></EventCoding>
<Text>two</Text></Sentence>
<Sentence id="Q-03" category="DEMO">
<EventCoding sourcecode="---" targetcode="ROH" eventcode="111"></EventCoding>
<Text>three</Text></Sentence>
`))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]dyad.Event{
		"Q-01": {ev(`"river guard"`, "ROH", "111"), ev("---GOV", "---", "010")},
		"Q-02": {ev(`"RIVER GUARDS"`, "ROH", "111")},
		"Q-03": {ev("---GOV", "ROH", "111")},
	}
	rep := Validate(s, func(r *Record) (*nlp.Doc, error) { return &nlp.Doc{}, nil },
		func(_ *nlp.Doc, r *Record) []dyad.Event { return got[r.ID] })
	want := map[string][2]bool{"Q-01": {true, true}, "Q-02": {false, false}, "Q-03": {false, true}}
	for _, res := range rep.Results {
		if w := want[res.Record.ID]; res.Exact != w[0] || res.Lenient != w[1] {
			t.Errorf("%s: exact %v lenient %v, want %v", res.Record.ID, res.Exact, res.Lenient, w)
		}
	}
}

func ev(src, tgt, code string) dyad.Event {
	return dyad.Event{Source: dyad.Actor{Code: src}, Target: dyad.Actor{Code: tgt}, Code: code}
}
