package knowledge

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestImport(t *testing.T) {
	const data = `recognizer,recognized,date,kind,source
PAK,AFG-1996,1997-05,recognize,invented reference A
ARE,AFG,1997,recognize,
WST, AFG ,2021-09-01,non-recognition,"invented reference B, page 2"
ARE,AFG,2001-09,withdraw,invented reference C
`
	r := NewRegistry(RegistryOptions{})
	n, err := r.Import(strings.NewReader(data))
	if err != nil || n != 4 {
		t.Fatalf("Import = %d, %v", n, err)
	}
	st := r.Status("AFG", date("1998-01-01"))
	if st.Regime == nil || st.Regime.ID != "AFG-1996" || len(st.Recognizers) != 2 {
		t.Fatalf("status 1998 = %+v", st)
	}
	if got := st.Recognizers[0]; got.Recognizer != "PAK" || got.Date != "1997-05" || got.Evidence.Source != "invented reference A" || got.Support.Facts != 1 {
		t.Errorf("PAK = %+v", got)
	}
	st = r.Status("AFG", date("2001-10-01"))
	if len(st.Recognizers) != 1 || len(st.Withdrawals) != 1 || st.Withdrawals[0].Since != "1997" {
		t.Errorf("status 2001 = %+v %+v", st.Recognizers, st.Withdrawals)
	}
	st = r.Status("AFG", date("2021-10-01"))
	if len(st.Recognizers) != 0 || len(st.NonRecognizers) != 1 || st.NonRecognizers[0].Evidence.Source != "invented reference B, page 2" {
		t.Errorf("status 2021 = %+v", st)
	}
}

func TestImportErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
		added            int
	}{
		{"unknown kind", "FRA,DEU,1990,befriend,x\n", "line 1: kind \"befriend\"", 0},
		{"bad date", "recognizer,recognized,date,kind,source\nFRA,DEU,1990-13-01,recognize,x\n", "line 2: date", 0},
		{"unknown recognizer", "FRA,DEU,1990,recognize,x\nXXX,DEU,1990,recognize,x\n", "line 2: recognizer \"XXX\"", 1},
		{"group recognizes", "WST,AFG,2022,recognize,\n", "line 1: recognizer \"WST\" is not a known state", 0},
		{"unknown recognized", "FRA,Atlantis,1990,recognize,x\n", "line 1: recognized \"Atlantis\"", 0},
		{"regime out of period", "FRA,AFG-2021,2019,recognize,x\n", "line 1: AFG-2021", 0},
		{"too few fields", "FRA,DEU,1990\n", "line 1: 3 fields", 0},
		{"too many fields", "FRA,DEU,1990,recognize,x,y\n", "line 1: 6 fields", 0},
		{"bad quoting", "FRA,DEU,1990,recognize,\"x\n", "line 1", 0},
		{"itself", "\n\nFRA,FRA,1990,recognize,x\n", "line 3: FRA cannot recognise itself", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewRegistry(RegistryOptions{})
			n, err := r.Import(strings.NewReader(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want it to contain %q", err, tt.want)
			}
			if n != tt.added {
				t.Errorf("added %d, want %d", n, tt.added)
			}
		})
	}
}

func FuzzImport(f *testing.F) {
	f.Add([]byte("recognizer,recognized,date,kind,source\nRUS,AFG,2025-07-03,recognize,x\n"))
	f.Add([]byte("WST,AFG-2021,2025-07,non-recognition,\"a, b\"\nHND,TWN,2023,withdraw,\n"))
	f.Add([]byte("FRA,DEU,1990,befriend\n"))
	f.Add([]byte("\"unterminated\n,,,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewRegistry(RegistryOptions{})
		n, err := r.Import(bytes.NewReader(data))
		if n < 0 || (err == nil && n > bytes.Count(data, []byte("\n"))+1) {
			t.Fatalf("Import added %d rows from %d bytes", n, len(data))
		}
		if err != nil && !strings.HasPrefix(err.Error(), "import: ") {
			t.Fatalf("error without context: %v", err)
		}
		// Whatever was added must be queryable.
		for _, e := range []string{"AFG", "TWN", "DEU"} {
			r.Status(e, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
		}
	})
}
