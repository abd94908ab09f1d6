package dict

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// seeds adds the test snippets and excerpts of the embedded files.
func seeds(f *testing.F, extra ...string) {
	for _, s := range extra {
		f.Add(s)
	}
	f.Add("")
	f.Add("<!-- unclosed\n[X]\n")
	f.Add("[\n]\n{\n}\n(\n)\n")
}

// checkProblems checks the invariants common to all readers.
func checkProblems(t *testing.T, in string, ps []Problem, file string) {
	lines := strings.Count(in, "\n") + 1
	for _, p := range ps {
		if p.File != file || p.Line < 1 || p.Line > lines {
			t.Fatalf("problem %q outside the input (%d lines)", p.String(), lines)
		}
		if !strings.HasPrefix(p.String(), file+":") {
			t.Fatalf("problem %q does not name the file", p.String())
		}
	}
}

func checkWords(t *testing.T, what string, ws []string) {
	if len(ws) == 0 {
		t.Fatalf("%s: empty phrase", what)
	}
	for _, w := range ws {
		if w == "" || strings.ContainsAny(w, " \t_") {
			t.Fatalf("%s: bad word %q in %q", what, w, ws)
		}
		if utf8.ValidString(w) && w != strings.ToUpper(w) {
			t.Fatalf("%s: word %q not upper case", what, w)
		}
	}
}

func FuzzActors(f *testing.F) {
	seeds(f,
		"AFGHANISTAN_  [AFG]\n+AFGHAN_\n",
		"HAMID_KARZAI_  # x\n+KARZAI_\n\t[AFGELI 750101-000101]\n\t[AFGGOV >011222]\n\t[AFGELI <19700101]\n\t[AFGELI]\n",
		"JAVIER [IGOUNO 820101-911231] [ELI]; x\nGOLLUM\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n",
		"A\nB\n\t[X 2004017-20061201]\n\t[Y 20121204]\n+C]_\nD [E\n",
	)
	f.Fuzz(func(t *testing.T, in string) {
		as, ps, err := ReadActors(strings.NewReader(in), "f.actors.txt")
		if err != nil {
			t.Fatal(err)
		}
		checkProblems(t, in, ps, "f.actors.txt")
		roundTrip := true
		for _, a := range as {
			roundTrip = roundTrip && len(a.Codes) > 0
			for _, n := range a.Names {
				checkWords(t, "actor", n)
			}
			for _, c := range a.Codes {
				if c.Code == "" || (!c.From.IsZero() && !c.To.IsZero() && c.To.Before(c.From)) {
					t.Fatalf("bad code %+v", c)
				}
			}
		}
		if !roundTrip {
			return
		}
		var b strings.Builder
		if err := WriteActors(&b, as); err != nil {
			t.Fatal(err)
		}
		again, ps2, err := ReadActors(strings.NewReader(b.String()), "f.actors.txt")
		if err != nil {
			t.Fatal(err)
		}
		if len(again) != len(as) {
			t.Fatalf("round trip: %d actors, then %d\n%s\nwarnings:\n%s", len(as), len(again), b.String(), formatProblems(ps2))
		}
		for i := range as {
			if !reflect.DeepEqual(as[i].Names, again[i].Names) || !reflect.DeepEqual(as[i].Codes, again[i].Codes) {
				t.Fatalf("round trip changed %+v\nto %+v\nvia\n%s", as[i], again[i], b.String())
			}
		}
	})
}

func FuzzAgents(f *testing.F) {
	seeds(f,
		"!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\n!P!_!P! [~X]\n!P! = !P!, A\n",
		"ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\nAIR_FORCE {} [~MIL]\nBODY [NGO~]\n+X\n",
		"DEPT [~ENV}\nBAD {PLURAL [~GOV]\n[~]\n",
	)
	f.Fuzz(func(t *testing.T, in string) {
		as, ps, err := ReadAgents(strings.NewReader(in), "f.agents.txt")
		if err != nil {
			t.Fatal(err)
		}
		checkProblems(t, in, ps, "f.agents.txt")
		for _, a := range as {
			if a.Code == "" || len(a.Names) == 0 || len(a.Names) > maxForms+16 {
				t.Fatalf("bad agent %+v", a)
			}
			for _, n := range a.Names {
				checkWords(t, "agent", n)
			}
		}
	})
}

func FuzzVerbs(f *testing.F) {
	seeds(f, verbSnippet,
		"--- B [010] ---\n- * (TO {X) [010]\n- * X) [:1]\n- (TO *) [a]\n- * () [010]\n",
		"&A_\n+(TO THE END)\n+&B\n--- V ---\n+ASK_FOR {+ASKED_FOR} [020]\nRE_+ARREST\n~ a = b\n",
		"--- B [010] ---\n- * {{{{{{{{{{X}}}}}}}}}} [010]\n- * ((((((((((X)))))))))) [010]\n",
	)
	f.Fuzz(func(t *testing.T, in string) {
		v, ps, err := ReadVerbs(strings.NewReader(in), "f.verbs.txt")
		if err != nil {
			t.Fatal(err)
		}
		checkProblems(t, in, ps, "f.verbs.txt")
		for _, b := range v.Blocks {
			for _, vb := range b.Verbs {
				checkWords(t, "verb", vb.Words)
				if vb.Head < 0 || vb.Head >= len(vb.Words) {
					t.Fatalf("verb %+v: head out of range", vb)
				}
				_ = vb.Inflections()
			}
			for _, p := range b.Patterns {
				if p.Code == "" {
					t.Fatalf("pattern without code: %+v", p)
				}
				_ = p.String()
			}
		}
		for name, s := range v.Synsets {
			if name != s.Name || !strings.HasPrefix(name, "&") {
				t.Fatalf("synset %q named %q", name, s.Name)
			}
		}
	})
}

func FuzzDiscards(f *testing.F) {
	seeds(f, "MONTHS LATER\n+World Golf   # pas\nBASEBALL_\n+\n")
	f.Fuzz(func(t *testing.T, in string) {
		ds, ps, err := ReadDiscards(strings.NewReader(in), "f.discards.txt")
		if err != nil {
			t.Fatal(err)
		}
		checkProblems(t, in, ps, "f.discards.txt")
		for _, d := range ds {
			checkWords(t, "discard", d.Words)
		}
	})
}

func FuzzIssues(f *testing.F) {
	seeds(f,
		"<ISSUE CATEGORY=\"E\" TYPE=\"ALL\">\nn:teacher [T]\npre+k [E]\nethnic v:purge [A]\n~a head\n~~b\neec\n</ISSUE>\n</ISSUE>\n",
		"n:a n:b n:c n:d n:e n:f n:g n:h n:i n:j n:k a+b+c [X]\n",
	)
	f.Fuzz(func(t *testing.T, in string) {
		is, ps, err := ReadIssues(strings.NewReader(in), "f.Issues.txt")
		if err != nil {
			t.Fatal(err)
		}
		checkProblems(t, in, ps, "f.Issues.txt")
		for _, i := range is {
			if len(i.Phrases) == 0 || len(i.Phrases) > 2*maxForms {
				t.Fatalf("issue %q: %d phrases", i.Text, len(i.Phrases))
			}
			for _, p := range i.Phrases {
				checkWords(t, "issue", p)
			}
		}
	})
}
