package dict

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestReadActors(t *testing.T) {
	type code struct{ code, from, to string }
	tests := []struct {
		name  string
		in    string
		names [][]string // of the first actor
		codes []code     // of the first actor
		n     int        // number of actors
		warn  []string   // substrings of the warnings, in order
	}{
		{
			name:  "synonyms and default code",
			in:    "AFGHANISTAN_  [AFG]\n+AFGHAN_\n+KABUL\n",
			names: [][]string{{"AFGHANISTAN"}, {"AFGHAN"}, {"KABUL"}},
			codes: []code{{"AFG", "", ""}},
			n:     1,
		},
		{
			name: "dated codes on their own lines",
			in: "HAMID_KARZAI_  # CountryInfo.txt\n+PRESIDENT_KARZAI_\n" +
				"\t[AFGELI 750101-000101]\n\t[AFGGOV >011222]\n\t[AFGELI <19700101]\n\t[AFGELI]\nNEXT [XXX]\n",
			names: [][]string{{"HAMID", "KARZAI"}, {"PRESIDENT", "KARZAI"}},
			codes: []code{{"AFGELI", "1975-01-01", "2000-01-01"}, {"AFGGOV", "2001-12-22", ""}, {"AFGELI", "", "1970-01-01"}, {"AFGELI", "", ""}},
			n:     2,
		},
		{
			name:  "several codes on the primary line, spaces in restrictions",
			in:    "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\nGOLLUM\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n",
			names: [][]string{{"JAVIER", "DE", "CUELLAR"}},
			codes: []code{{"IGOUNO", "1982-01-01", "1991-12-31"}, {"ELI", "", ""}},
			n:     2,
		},
		{
			name:  "comments of every kind",
			in:    "<!-- a\ncomment -->\n# hash\nISRAEL [ISR] ; TABARI comment\n<!-- x --> +ISRAELI <!-- y -->\n",
			names: [][]string{{"ISRAEL"}, {"ISRAELI"}},
			codes: []code{{"ISR", "", ""}},
			n:     1,
		},
		{
			name:  "blanks and underscores both separate words; case folded",
			in:    "president  hosni_Murbarak [EGYGOV]\n",
			names: [][]string{{"PRESIDENT", "HOSNI", "MURBARAK"}},
			codes: []code{{"EGYGOV", "", ""}},
			n:     1,
		},
		{
			name:  "lower-case code",
			in:    "PALESTINIAN [pse]\n",
			names: [][]string{{"PALESTINIAN"}},
			codes: []code{{"PSE", "", ""}},
			n:     1,
			warn:  []string{"1: lower-case code pse"},
		},
		{
			name:  "bad dates skip the code",
			in:    "X\n\t[KORGOVBUS 2004017-20061201]\n\t[EGYGOV 20121207-20120802]\n\t[AAA 991399]\n\t[BBB]\n",
			names: [][]string{{"X"}},
			codes: []code{{"BBB", "", ""}},
			n:     1,
			warn:  []string{"2: KORGOVBUS: bad date \"2004017\"", "3: EGYGOV: date range", "4: AAA: bad date \"991399\": no such day"},
		},
		{
			name:  "bare date read as a start",
			in:    "MILO\n\t[MNEGOV 20121204]\n",
			names: [][]string{{"MILO"}},
			codes: []code{{"MNEGOV", "2012-12-04", ""}},
			n:     1,
			warn:  []string{"2: MNEGOV: bare date"},
		},
		{
			name:  "codeless primary lines share the codes that follow",
			in:    "LEONID_BREZHNEV_  # CountryInfo.txt\nSECRETARY_BREZHNEV\n\t[RUSGOV 641014-821110]\n",
			names: [][]string{{"LEONID", "BREZHNEV"}, {"SECRETARY", "BREZHNEV"}},
			codes: []code{{"RUSGOV", "1964-10-14", "1982-11-10"}},
			n:     1,
			warn:  []string{"2: actor SECRETARY_BREZHNEV follows LEONID_BREZHNEV (line 1)"},
		},
		{
			name:  "unbalanced brackets",
			in:    "+FAEROYENE]_\nFAROE [FRO\nDEPT [~ENV}\n",
			names: [][]string{{"FAROE"}},
			codes: []code{{"FRO", "", ""}},
			n:     2,
			warn:  []string{"1: unbalanced bracket: ']'", "1: synonym before any actor", "2: unbalanced bracket: '['", "3: unbalanced bracket: '['"},
		},
		{
			name:  "no code",
			in:    "\t[AFG]\nLONELY\n",
			names: [][]string{{"LONELY"}},
			n:     1,
			warn:  []string{"1: code line before any actor", "2: actor LONELY has no code"},
		},
		{
			name: "empty",
			in:   "# nothing\n\n   \n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, err := ReadActors(strings.NewReader(tt.in), "test.actors.txt")
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.n {
				t.Fatalf("%d actors, want %d: %+v", len(got), tt.n, got)
			}
			checkWarnings(t, warns, tt.warn)
			if tt.n == 0 {
				return
			}
			a := got[0]
			if !reflect.DeepEqual(a.Names, tt.names) {
				t.Errorf("names %q, want %q", a.Names, tt.names)
			}
			var codes []code
			for _, c := range a.Codes {
				cc := code{code: c.Code}
				if !c.From.IsZero() {
					cc.from = c.From.Format("2006-01-02")
				}
				if !c.To.IsZero() {
					cc.to = c.To.Format("2006-01-02")
				}
				codes = append(codes, cc)
			}
			if !reflect.DeepEqual(codes, tt.codes) {
				t.Errorf("codes %v, want %v", codes, tt.codes)
			}
			if a.File != "test.actors.txt" || a.Line < 1 {
				t.Errorf("position %s:%d", a.File, a.Line)
			}
		})
	}
}

// checkWarnings checks that the warnings contain the wanted substrings, in
// order, and nothing else.
func checkWarnings(t *testing.T, got []Problem, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d warnings, want %d:\n%s", len(got), len(want), formatProblems(got))
		return
	}
	for i, w := range want {
		if !strings.Contains(got[i].String(), w) {
			t.Errorf("warning %d = %q, want it to contain %q", i, got[i].String(), w)
		}
	}
}

func formatProblems(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("\t" + p.String() + "\n")
	}
	return b.String()
}

func TestCodeAt(t *testing.T) {
	karzai := &Actor{Codes: []DatedCode{
		{Code: "AFGELI", From: day("1975-01-01"), To: day("2000-01-01")},
		{Code: "AFGGOV", From: day("2001-12-22")},
		{Code: "AFGELI"},
	}}
	tests := []struct {
		a    *Actor
		at   string
		want string
		ok   bool
	}{
		{karzai, "1990-06-01", "AFGELI", true},
		{karzai, "1975-01-01", "AFGELI", true}, // bounds are inclusive
		{karzai, "2000-01-01", "AFGELI", true},
		{karzai, "2001-06-01", "AFGELI", true}, // the default
		{karzai, "2001-12-22", "AFGGOV", true},
		{karzai, "2010-01-01", "AFGGOV", true},
		{&Actor{Codes: []DatedCode{{Code: "X", To: day("1990-01-01")}}}, "1991-01-01", "", false},
		{&Actor{Codes: []DatedCode{{Code: "X", To: day("1990-01-01")}}}, "1989-01-01", "X", true},
		{&Actor{Codes: []DatedCode{{Code: "---"}}}, "1989-01-01", "---", true},
		{&Actor{}, "1989-01-01", "", false},
	}
	for _, tt := range tests {
		got, ok := tt.a.CodeAt(day(tt.at))
		if got != tt.want || ok != tt.ok {
			t.Errorf("CodeAt(%s) of %v = %q, %v; want %q, %v", tt.at, tt.a.Codes, got, ok, tt.want, tt.ok)
		}
	}
	// Time of day and location do not matter, only the calendar date.
	late := time.Date(2001, 12, 21, 23, 59, 0, 0, time.FixedZone("X", -10*3600))
	if got, _ := karzai.CodeAt(late); got != "AFGELI" {
		t.Errorf("CodeAt(%v) = %q", late, got)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"011222", "2001-12-22"},
		{"300101", "2030-01-01"},
		{"310101", "1931-01-01"},
		{"19270101", "1927-01-01"},
		{"20000229", "2000-02-29"},
		{"19000229", ""},
		{"0112", ""},
		{"01122a", ""},
		{"", ""},
		{"20121301", ""},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("parseDate(%q) = %v, want error", tt.in, got)
			}
			continue
		}
		if err != nil || got.Format("2006-01-02") != tt.want {
			t.Errorf("parseDate(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}

func TestWriteActors(t *testing.T) {
	in := "HAMID_KARZAI_  # x\n+PRESIDENT_KARZAI_\n\t[AFGELI 750101-000101]\n\t[AFGGOV >011222]\n\t[AFGELI <19700101]\n\t[AFGELI]\nRUSSIA [RUS]\n"
	as, _, err := ReadActors(strings.NewReader(in), "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := WriteActors(&b, as); err != nil {
		t.Fatal(err)
	}
	want := "HAMID_KARZAI\n+PRESIDENT_KARZAI\n\t[AFGELI 19750101-20000101]\n\t[AFGGOV >20011222]\n\t[AFGELI <19700101]\n\t[AFGELI]\nRUSSIA\n\t[RUS]\n"
	if b.String() != want {
		t.Errorf("WriteActors:\n%s\nwant\n%s", b.String(), want)
	}
}
