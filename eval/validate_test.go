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
