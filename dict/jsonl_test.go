package dict

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"
)

// normalise drops what the JSON lines format does not keep: files, lines,
// and the warnings of reading.
func normalise(s *Set) *Set {
	c := &Set{Verbs: &Verbs{Synsets: map[string]*Synset{}}}
	for _, a := range s.Actors {
		a.File, a.Line = "", 0
		if len(a.Codes) == 0 {
			a.Codes = nil
		}
		c.Actors = append(c.Actors, a)
	}
	for _, a := range s.Agents {
		a.File, a.Line = "", 0
		c.Agents = append(c.Agents, a)
	}
	for name, syn := range s.Verbs.Synsets {
		x := *syn
		x.File, x.Line = "", 0
		x.Members = nil
		for _, m := range syn.Members {
			m.Line = 0
			x.Members = append(x.Members, m)
		}
		c.Verbs.Synsets[name] = &x
	}
	for _, b := range s.Verbs.Blocks {
		x := b
		x.File, x.Line = "", 0
		x.Verbs, x.Patterns = nil, nil
		for _, v := range b.Verbs {
			v.Line = 0
			if len(v.Forms) == 0 {
				v.Forms = nil
			}
			x.Verbs = append(x.Verbs, v)
		}
		for _, p := range b.Patterns {
			p.Line = 0
			x.Patterns = append(x.Patterns, p)
		}
		c.Verbs.Blocks = append(c.Verbs.Blocks, x)
	}
	for _, t := range s.Verbs.Transformations {
		t.Line = 0
		c.Verbs.Transformations = append(c.Verbs.Transformations, t)
	}
	for _, d := range s.Discards {
		d.File, d.Line = "", 0
		c.Discards = append(c.Discards, d)
	}
	for _, is := range s.Issues {
		is.File, is.Line = "", 0
		c.Issues = append(c.Issues, is)
	}
	return c
}

func TestJSONLRoundTripDefault(t *testing.T) {
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, def); err != nil {
		t.Fatal(err)
	}
	back, ps, err := ReadJSONL(bytes.NewReader(buf.Bytes()), "default.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps[:min(len(ps), 10)] {
		t.Errorf("problem reading back: %s", p)
	}
	want, got := normalise(def), normalise(back)
	check := func(what string, a, b any) {
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s differ after the round trip", what)
		}
	}
	check("actors", want.Actors, got.Actors)
	check("agents", want.Agents, got.Agents)
	check("synsets", want.Verbs.Synsets, got.Verbs.Synsets)
	check("verb blocks", want.Verbs.Blocks, got.Verbs.Blocks)
	check("transformations", want.Verbs.Transformations, got.Verbs.Transformations)
	check("discards", want.Discards, got.Discards)
	check("issues", want.Issues, got.Issues)
	if t.Failed() {
		for i := range want.Verbs.Blocks {
			if i < len(got.Verbs.Blocks) && !reflect.DeepEqual(want.Verbs.Blocks[i], got.Verbs.Blocks[i]) {
				t.Logf("first differing block:\n%+v\n%+v", want.Verbs.Blocks[i], got.Verbs.Blocks[i])
				break
			}
		}
	}
}

func TestReadJSONLProblems(t *testing.T) {
	in := strings.Join([]string{
		`{"actor":{"names":["ZAMBIA"],"codes":[{"code":"ZMB"}]}}`,
		`# a comment`,
		`{"actor":{"names":["HAKAINDE_HICHILEMA"],"codes":[{"code":"ZMBGOV","from":"2021-08-24"}]}}`,
		`{"actor":{"names":["X"],"codes":[{"code":"XGOV","from":"24/08/2021"}]}}`,
		`{"agent":{"names":["ENVOY","ENVOYS"],"code":"DIP"}}`,
		`{"agent":{"names":["ENVOY"]}}`,
		`not json`,
		`{"actor":{"names":["A"]},"agent":{"names":["B"],"code":"GOV"}}`,
		`{"verbs":{"name":"RECOGNIZE","code":"054","verbs":[{"words":["RECOGNIZE"]}],"patterns":["- * + [054]","* + [054]","- + [054]"]}}`,
		`{"discard":{"phrase":"football_match","story":true}}`,
		`{"issue":{"code":"X","phrases":["A"],"exclude":"always"}}`,
		`{"actor":{"names":["Y"],"codez":[]}}`,
	}, "\n")
	s, ps, err := ReadJSONL(strings.NewReader(in), "user.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	wantLines := map[int]string{
		4: "dates must be YYYY-MM-DD", 6: "agent needs names and a code", 7: "invalid entry",
		8: "exactly one of", 9: "must start with '-'", 11: "exclude must be", 12: "unknown field",
	}
	got := map[int]string{}
	for _, p := range ps {
		if !strings.HasPrefix(p.String(), "user.jsonl:") {
			t.Errorf("problem %q does not name the file", p)
		}
		got[p.Line] += p.Msg + "; "
	}
	for line, want := range wantLines {
		if !strings.Contains(got[line], want) {
			t.Errorf("line %d: problems %q, want one with %q", line, got[line], want)
		}
	}
	if len(s.Actors) != 3 || len(s.Agents) != 1 || len(s.Verbs.Blocks) != 1 || len(s.Discards) != 1 {
		t.Errorf("read %d actors, %d agents, %d blocks, %d discards; want 3, 1, 1, 1",
			len(s.Actors), len(s.Agents), len(s.Verbs.Blocks), len(s.Discards))
	}
	if c, ok := s.Actors[1].CodeAt(mustDate(t, "2022-01-01")); !ok || c != "ZMBGOV" {
		t.Errorf("Hichilema in 2022 = %q, %v", c, ok)
	}
	if _, ok := s.Actors[1].CodeAt(mustDate(t, "2020-01-01")); ok {
		t.Error("Hichilema coded before he took office")
	}
	if len(s.Verbs.Blocks[0].Patterns) != 1 {
		t.Errorf("patterns = %v, want the one valid pattern", s.Verbs.Blocks[0].Patterns)
	}
	if d := s.Discards[0]; !d.Story || strings.Join(d.Words, " ") != "FOOTBALL MATCH" {
		t.Errorf("discard = %+v", d)
	}
}

func TestLoadDirJSONL(t *testing.T) {
	dir := writeFiles(t, map[string]string{"user.jsonl": `{"actor":{"names":["FREEDONIA"],"codes":[{"code":"FRD"}]}}` + "\n"})
	s, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Actors) != 1 || s.Actors[0].File != "user.jsonl" || s.Actors[0].Line != 1 {
		t.Errorf("actors = %+v", s.Actors)
	}
}

func mustDate(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func FuzzJSONL(f *testing.F) {
	f.Add(`{"actor":{"names":["ZAMBIA"],"codes":[{"code":"ZMB","from":"2021-08-24","to":"2022-01-01"}]}}`)
	f.Add(`{"synset":{"name":"&TREATY","members":["TREATY","{PEACE DEAL}","(WITH +)"]}}`)
	f.Add(`{"verbs":{"name":"X","verbs":[{"words":["ASK","FOR"],"head":0,"forms":["ASKED_FOR"],"irregular":true}],"patterns":["- $ * (TO +) [042:043]"]}}`)
	f.Add(`{"issue":{"category":"C","code":"X","phrases":["A_B"],"exclude":"story"}}` + "\n" + `{"transformation":{"pattern":"a (a b X) SAY","result":"a b 015"}}`)
	f.Add(`{"discard":{"phrase":"A"}}{"discard":{"phrase":"B"}}`)
	f.Fuzz(func(t *testing.T, in string) {
		s, ps, err := ReadJSONL(strings.NewReader(in), "f.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		checkProblems(t, in, ps, "f.jsonl")
		// What was read writes and reads back without new problems.
		var buf bytes.Buffer
		if err := WriteJSONL(&buf, s); err != nil {
			t.Fatal(err)
		}
		s2, ps2, err := ReadJSONL(&buf, "g.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		if len(s2.Actors) != len(s.Actors) || len(s2.Agents) != len(s.Agents) || len(s2.Discards) != len(s.Discards) {
			t.Fatalf("round trip changed the counts; problems %v", ps2)
		}
	})
}
