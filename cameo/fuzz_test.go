package cameo

import (
	"bytes"
	"strings"
	"testing"
)

func FuzzParseActor(f *testing.F) {
	for _, s := range []string{"RUSGOV", "IGOEUREEC", "IGOBRICS", "IGO", "---", "pse", "IGOUNOREFHCR", "ELI", "MOSSHI"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseActor(s)
		if err != nil {
			return
		}
		n := len(a.Country) + len(a.Sector)
		for _, r := range a.Roles {
			if len(r) != 3 {
				t.Fatalf("%q: role %q", s, r)
			}
			n += 3
		}
		if n != len(a.Code) || a.Code != strings.TrimSpace(s) {
			t.Fatalf("%q: parts of %+v do not make up the code", s, a)
		}
	})
}

func FuzzReadCodes(f *testing.F) {
	f.Add(codesTSV[:600])
	f.Add([]byte("code\troot\tgoldstein\tname\n054\t05\t6\tX\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		codes, err := ReadCodes(bytes.NewReader(b))
		if err != nil {
			if !strings.Contains(err.Error(), "line ") {
				t.Fatalf("error without line: %v", err)
			}
			return
		}
		o := New(codes, nil)
		for _, c := range codes {
			if _, ok := o.Lookup(c.Code); !ok {
				t.Fatalf("%q lost", c.Code)
			}
		}
	})
}

func FuzzReadPlover(f *testing.F) {
	f.Add(ploverTXT[:500])
	f.Add([]byte("054: SUPPORT, , diplomatic # x\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := ReadPlover(bytes.NewReader(b)); err != nil && !strings.Contains(err.Error(), "line ") {
			t.Fatalf("error without line: %v", err)
		}
	})
}
