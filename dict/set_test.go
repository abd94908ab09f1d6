package dict

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestKindOf(t *testing.T) {
	tests := map[string]FileKind{
		"Phoenix.Countries.actors.txt":                    ActorsFile,
		"Phoenix.agents.txt":                              AgentsFile,
		"PETR_Validate_verbs_2_02.txt":                    VerbsFile,
		"CAMEO.2.0.txt":                                   VerbsFile,
		"CAMEO.2.0.txt.gz":                                VerbsFile,
		"Phoenix.discards.txt":                            DiscardsFile,
		"Phoenix.IssueCoding.txt":                         IssuesFile,
		"dir/my.actors.TXT":                               ActorsFile,
		"PETR_Validate_records_2_02.xml":                  NotDict,
		"PETR_Validate_Internal_Coding_Ontology_1_01.txt": NotDict,
		"README.md":                                       NotDict,
		"actors.csv":                                      NotDict,
	}
	for name, want := range tests {
		if got := KindOf(name); got != want {
			t.Errorf("KindOf(%q) = %v, want %v", name, got, want)
		}
	}
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		data := []byte(text)
		if strings.HasSuffix(name, ".gz") {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(data)
			zw.Close()
			data = b.Bytes()
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadDirAndMerge(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"my.actors.txt.gz": "GONDOR [GON]\n+MINAS_TIRITH\n",
		"my.agents.txt":    "RANGER [~RNG]\n",
		"my.verbs.txt":     "&ORC\n+ORC\n--- ATTACK [190] ---\nATTACK\n- * &ORC [193]\n",
		"my.discards.txt":  "+HOBBIT OLYMPICS\n",
		"my.issues.txt":    "<ISSUE CATEGORY=\"RING\">\nring [RING]\n</ISSUE>\n",
		"notes.txt":        "not a dictionary",
	})
	user, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(user.Warnings) != 0 {
		t.Errorf("warnings:\n%s", formatProblems(user.Warnings))
	}
	wantFiles := []string{"my.actors.txt", "my.agents.txt", "my.discards.txt", "my.issues.txt", "my.verbs.txt"}
	if !slices.Equal(user.Files, wantFiles) {
		t.Errorf("files %q, want %q", user.Files, wantFiles)
	}
	if len(user.Actors) != 1 || len(user.Agents) != 1 || len(user.Verbs.Blocks) != 1 || len(user.Discards) != 1 || len(user.Issues) != 1 {
		t.Fatalf("set %+v", user)
	}

	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := len(def.Actors)
	def.Merge(user)
	if len(def.Actors) != n+1 || def.Actors[n].Names[0][0] != "GONDOR" {
		t.Errorf("merged actors: %d, last %+v", len(def.Actors), def.Actors[len(def.Actors)-1])
	}
	if def.Verbs.Synsets["&ORC"] == nil {
		t.Error("merged synset missing")
	}
	// Merging into one Default set leaves the next untouched.
	again, _ := Default()
	if len(again.Actors) != n || again.Verbs.Synsets["&ORC"] != nil {
		t.Error("Merge changed the default set")
	}

	if _, err := LoadDir(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no dictionary files") {
		t.Errorf("empty dir: %v", err)
	}
	if _, err := LoadDir(filepath.Join(dir, "absent")); err == nil {
		t.Error("absent dir: no error")
	}
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "x.actors.txt.gz"), []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDir(bad); err == nil || !strings.Contains(err.Error(), "x.actors.txt.gz") {
		t.Errorf("bad gzip: %v", err)
	}
}

// TestDefault checks the embedded dictionaries.
func TestDefault(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	counts := []struct {
		what     string
		got, min int
	}{
		{"actors", len(s.Actors), 27000},
		{"agents", len(s.Agents), 2200},
		{"verb blocks", len(s.Verbs.Blocks), 390},
		{"synsets", len(s.Verbs.Synsets), 40},
		{"discards", len(s.Discards), 500},
		{"issues", len(s.Issues), 3000},
		{"files", len(s.Files), 7},
	}
	for _, c := range counts {
		if c.got < c.min {
			t.Errorf("%d %s, want at least %d", c.got, c.what, c.min)
		}
	}
	patterns := 0
	for _, b := range s.Verbs.Blocks {
		patterns += len(b.Patterns)
	}
	if patterns < 4500 {
		t.Errorf("%d verb patterns", patterns)
	}
	if len(s.Warnings) > 100 {
		t.Errorf("%d warnings on the embedded dictionaries", len(s.Warnings))
	}
	for f, n := range s.WarningCounts() {
		t.Logf("%s: %d warnings", f, n)
	}

	find := func(name ...string) *Actor {
		for i := range s.Actors {
			for _, n := range s.Actors[i].Names {
				if slices.Equal(n, name) {
					return &s.Actors[i]
				}
			}
		}
		t.Fatalf("actor %q not found", name)
		return nil
	}
	codeAt := func(a *Actor, d string) string {
		c, _ := a.CodeAt(day(d))
		return c
	}
	if got := codeAt(find("RUSSIA"), "2025-07-03"); got != "RUS" {
		t.Errorf("RUSSIA = %q, want RUS", got)
	}
	karzai := find("HAMID", "KARZAI")
	for d, want := range map[string]string{"1990-01-01": "AFGELI", "2001-06-01": "AFGELI", "2005-01-01": "AFGGOV"} {
		if got := codeAt(karzai, d); got != want {
			t.Errorf("HAMID_KARZAI on %s = %q, want %q", d, got, want)
		}
	}
	putin := find("PRESIDENT", "PUTIN")
	for d, want := range map[string]string{"1985-01-01": "RUSELI", "2004-01-01": "RUSGOV", "2008-05-07": "RUSGOV", "2008-05-08": "RUSGOV", "2025-07-03": "RUSGOV"} {
		if got := codeAt(putin, d); got != want {
			t.Errorf("PRESIDENT_PUTIN on %s = %q, want %q", d, got, want)
		}
	}
	if got := codeAt(find("SECRETARY", "BREZHNEV"), "1970-01-01"); got != "RUSGOV" {
		t.Errorf("SECRETARY_BREZHNEV = %q", got)
	}
	if got := codeAt(find("UNITED", "NATIONS"), "2020-01-01"); got != "IGOUNO" {
		t.Errorf("UNITED_NATIONS = %q", got)
	}
}

// TestSharedDictionaries reads every PETRARCH dictionary in ../shared and
// logs the warnings.
func TestSharedDictionaries(t *testing.T) {
	for _, dir := range []string{"../../shared/data/petrarch", "../../shared/data/ud-petrarch"} {
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("shared data absent: %v", err)
		}
		s, err := LoadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d files, %d actors, %d agents, %d verb blocks, %d discards, %d issues, %d warnings",
			dir, len(s.Files), len(s.Actors), len(s.Agents), len(s.Verbs.Blocks), len(s.Discards), len(s.Issues), len(s.Warnings))
		for _, w := range s.Warnings {
			if !strings.Contains(w.Msg, "no code") && !strings.Contains(w.Msg, "read as its synonym") {
				t.Log(w.String())
			}
		}
	}
}

func TestCheck(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.actors.txt": "RUSSIA [RUS]\nFRODO [HOB]\nMOSCOW [RUS]\n+RUSSIA\nNOBODY [---]\nPALESTINIAN [pse]\n",
		"a.agents.txt": "MINISTER [~GOV]\nMINISTER [~GOVFRM]\n",
		"a.verbs.txt":  "--- ATTACK [190] ---\nATTACK\nASSAIL [999]\n- * &NOPE [075A]\n- * X [:173]\n--- HIT [---] ---\nATTACK\n",
	})
	s, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := Check(s)
	want := []string{
		"a.actors.txt:2: actor FRODO: cameo: actor code \"HOB\": unknown country",
		"a.actors.txt:3: duplicate actor name RUSSIA (also a.actors.txt:1)",
		"a.agents.txt:2: duplicate agent name MINISTER (also a.agents.txt:1)",
		"a.agents.txt:2: duplicate agent name MINISTERS (also a.agents.txt:1)",
		"a.verbs.txt:3: verb ASSAIL: code 999 is not a CAMEO event code",
		"a.verbs.txt:4: pattern: code 075A is not a CAMEO event code",
		"a.verbs.txt:4: undefined synset &NOPE",
		"a.verbs.txt:7: verb ATTACK also in block ATTACK (a.verbs.txt:2)",
	}
	if len(got) != len(want) {
		t.Fatalf("Check:\n%s want %d problems", formatProblems(got), len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i].String(), want[i]) {
			t.Errorf("problem %d = %q, want %q", i, got[i].String(), want[i])
		}
	}
}

func TestCheckDefault(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ps := Check(s)
	t.Logf("%d problems in the embedded dictionaries", len(ps))
	for _, p := range ps {
		if p.File == "" || p.Line < 1 {
			t.Errorf("problem without position: %v", p)
		}
	}
}

func BenchmarkDefaultParse(b *testing.B) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := LoadFS(sub); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDefaultRoundTrip writes the embedded actors and reads them back.
func TestDefaultRoundTrip(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var coded []Actor
	for _, a := range s.Actors {
		if len(a.Codes) > 0 {
			coded = append(coded, a)
		}
	}
	var b strings.Builder
	if err := WriteActors(&b, coded); err != nil {
		t.Fatal(err)
	}
	again, warns, err := ReadActors(strings.NewReader(b.String()), "out.txt")
	if err != nil || len(warns) > 0 {
		t.Fatalf("%v\n%s", err, formatProblems(warns))
	}
	if len(again) != len(coded) {
		t.Fatalf("%d actors written, %d read", len(coded), len(again))
	}
	for i := range coded {
		if !slices.EqualFunc(coded[i].Names, again[i].Names, slices.Equal) || !slices.Equal(coded[i].Codes, again[i].Codes) {
			t.Fatalf("%+v read back as %+v", coded[i], again[i])
		}
	}
}
