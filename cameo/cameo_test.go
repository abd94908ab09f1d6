package cameo

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const sharedCAMEO = "../../shared/data/cameo"

// TestEveryCodeLoads checks that every code of the shared cameo-codes.tsv
// is in the embedded ontology with the same root, score and name.
func TestEveryCodeLoads(t *testing.T) {
	f, err := os.Open(filepath.Join(sharedCAMEO, "cameo-codes.tsv"))
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	want, err := ReadCodes(f)
	if err != nil {
		t.Fatal(err)
	}
	o := Default()
	if o.Len() != len(want) {
		t.Errorf("Default has %d codes, shared table %d", o.Len(), len(want))
	}
	for _, w := range want {
		got, ok := o.Lookup(w.Code)
		if !ok {
			t.Errorf("Lookup(%q) not found", w.Code)
			continue
		}
		if got.Root != w.Root || got.Goldstein != w.Goldstein || got.Name != w.Name || got.Quad != w.Quad {
			t.Errorf("Lookup(%q) = %+v, want %+v", w.Code, got, w)
		}
	}
}

// TestEmbeddedUpToDate checks that the embedded tables are what the
// generator would write from the shared data.
func TestEmbeddedUpToDate(t *testing.T) {
	f, err := os.Open(filepath.Join(sharedCAMEO, "CAMEO2PLOVER-2021.txt"))
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	want, err := ReadPlover(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadPlover(strings.NewReader(string(ploverTXT)))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("embedded PLOVER table has %d codes, shared %d", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("PLOVER %s = %+v, want %+v", k, got[k], v)
		}
	}
}

func TestLookup(t *testing.T) {
	o := Default()
	tests := []struct {
		in        string
		ok        bool
		code      string
		root      string
		name      string
		goldstein float64
		quad      int
		plover    string
	}{
		{"054", true, "054", "05", "Grant diplomatic recognition", 6, 1, "SUPPORT"},
		{" 054 ", true, "054", "05", "Grant diplomatic recognition", 6, 1, "SUPPORT"},
		{"05", true, "05", "05", "ENGAGE IN DIPLOMATIC COOPERATION", 3.5, 1, "SUPPORT"},
		{"0541", false, "054", "05", "Grant diplomatic recognition", 6, 1, "SUPPORT"},
		{"0231", true, "0231", "02", "Appeal for economic aid", 3.4, 1, ""},
		{"042", true, "042", "04", "Make a visit", 1.9, 1, "CONSULT"},
		{"061", true, "061", "06", "Cooperate economically", 6.4, 2, "COOPERATE"},
		{"0874", true, "0874", "08", "Retreat or surrender militarily", 10, 2, "RETREAT"},
		{"112", true, "112", "11", "Accuse", -2, 3, "ACCUSE"},
		{"138", true, "138", "13", "Threaten with military force", -7, 3, "THREATEN"},
		{"163", true, "163", "16", "Impose embargo, boycott, or sanctions", -8, 4, "COERCE"},
		{"190", true, "190", "19", "Use conventional military force", -10, 4, "ASSAULT"},
		{"2042", true, "2042", "20", "Detonate nuclear weapons", -10, 4, "ASSAULT"},
		{"21", false, "", "", "", 0, 0, ""},
		{"", false, "", "", "", 0, 0, ""},
		{"0A4", false, "", "", "", 0, 0, ""},
		{"---", false, "", "", "", 0, 0, ""},
	}
	for _, tt := range tests {
		c, ok := o.Lookup(tt.in)
		if ok != tt.ok || c.Code != tt.code || c.Root != tt.root || c.Name != tt.name ||
			c.Goldstein != tt.goldstein || c.Quad != tt.quad || c.Plover.Event != tt.plover {
			t.Errorf("Lookup(%q) = %+v, %v; want code %q root %q name %q goldstein %v quad %d plover %q, %v",
				tt.in, c, ok, tt.code, tt.root, tt.name, tt.goldstein, tt.quad, tt.plover, tt.ok)
		}
	}
}

func TestQuadOf(t *testing.T) {
	for root, want := range map[string]int{
		"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "054": 1,
		"06": 2, "07": 2, "08": 2, "0874": 2,
		"09": 3, "10": 3, "11": 3, "12": 3, "13": 3,
		"14": 4, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4,
		"00": 0, "21": 0, "": 0, "5": 0, "AB": 0, "-1": 0,
	} {
		if got := QuadOf(root); got != want {
			t.Errorf("QuadOf(%q) = %d, want %d", root, got, want)
		}
	}
}

func TestRootAndCodes(t *testing.T) {
	o := Default()
	r, ok := o.Root("0541")
	if !ok || r.Code != "05" {
		t.Errorf("Root(0541) = %+v, %v", r, ok)
	}
	if _, ok := o.Root("9"); ok {
		t.Error("Root(9) ok")
	}
	codes := o.Codes()
	if len(codes) != 312 {
		t.Errorf("Codes() has %d codes, want 312", len(codes))
	}
	if !slices.IsSortedFunc(codes, func(a, b Code) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("Codes() not sorted")
	}
	roots := 0
	for _, c := range codes {
		if len(c.Code) == 2 {
			roots++
		}
		if c.Quad < 1 || c.Quad > 4 {
			t.Errorf("%s: quad %d", c.Code, c.Quad)
		}
	}
	if roots != 20 {
		t.Errorf("%d roots, want 20", roots)
	}
	codes[0].Name = "changed"
	if c, _ := o.Lookup(codes[0].Code); c.Name == "changed" {
		t.Error("Codes() shares its slice")
	}
}

func TestPlover(t *testing.T) {
	o := Default()
	tests := []struct {
		code string
		want Plover
	}{
		{"054", Plover{"SUPPORT", "", "diplomatic"}},
		{"042", Plover{"CONSULT", "visit", ""}},
		{"091", Plover{"ACCUSE", "investigate", "crime; corruption"}},
		{"0861", Plover{"RETREAT", "access", "peacekeeping"}},
		{"163", Plover{"COERCE", "restrict", "diplomatic"}},
		{"1712", Plover{"ASSAULT", "seize", "human_security"}},
		{"1823", Plover{"ASSAULT", "", ""}},
		{"010", Plover{}}, // statements have no PLOVER equivalent
		{"0813", Plover{"RETREAT", "", "legal"}},
	}
	for _, tt := range tests {
		c, ok := o.Lookup(tt.code)
		if !ok || c.Plover != tt.want {
			t.Errorf("Lookup(%q).Plover = %+v, want %+v", tt.code, c.Plover, tt.want)
		}
	}
}

func TestReadCodesErrors(t *testing.T) {
	tests := []struct{ in, err string }{
		{"", "line 1: empty"},
		{"code\tname\n", "line 1: header lacks"},
		{"code\troot\tgoldstein\tname\n054\t05\tsix\tRecognise\n", "line 2: bad Goldstein"},
		{"code\troot\tgoldstein\tname\n054\t04\t6\tRecognise\n", "line 2: code 054 has root"},
		{"code\troot\tgoldstein\tname\n# c\n21\t21\t6\tX\n", "line 3: bad event code"},
		{"code\troot\tgoldstein\tname\n054\t05\t6\tA\n054\t05\t6\tA\n", "line 3: code 054 already defined on line 2"},
		{"code\troot\tgoldstein\tname\n054\t05\t6\n", "line 2: code 054 has no name"},
	}
	for _, tt := range tests {
		_, err := ReadCodes(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("ReadCodes(%q) error %v, want %q", tt.in, err, tt.err)
		}
	}
}

func TestReadPloverErrors(t *testing.T) {
	tests := []struct{ in, err string }{
		{"# c\n054 SUPPORT\n", "line 2: want"},
		{"\n\n054: support, , x\n", "line 3: bad PLOVER event"},
		{"X: AGREE\n", "line 1: want"},
	}
	for _, tt := range tests {
		_, err := ReadPlover(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("ReadPlover(%q) error %v, want %q", tt.in, err, tt.err)
		}
	}
}

// TestPloverTableShape reads the embedded table line by line to check that
// each line parses on its own.
func TestPloverTableShape(t *testing.T) {
	sc := bufio.NewScanner(strings.NewReader(string(ploverTXT)))
	for n := 1; sc.Scan(); n++ {
		if _, err := ReadPlover(strings.NewReader(sc.Text())); err != nil {
			t.Errorf("line %d: %v", n, err)
		}
	}
}
