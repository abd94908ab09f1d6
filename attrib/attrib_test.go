package attrib_test

import (
	"fmt"
	"testing"

	"dyad/attrib"
	"dyad/nlp"
)

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"According to reports by the BBC and confirmed by Freedonian authorities, the envoy met the minister.",
			"[BBC/reported Freedonian authorities/confirmed]"},
		{"According to state media, the two leaders spoke by phone.", "[state media/reported]"},
		{"According to the Sylvanian foreign ministry, talks will resume.", "[Sylvanian foreign ministry/reported]"},
		{"The deal was reported by Reuters and AFP on Monday.", "[Reuters/reported AFP/reported]"},
		{"State media reported that the border was closed.", "[State media/reported]"},
		{"KCNA reported the launch.", "[KCNA/reported]"},
		{"Officials confirmed the visit, citing diplomatic sources.", "[diplomatic sources/reported]"},
		{"The president said the visit was a success.", "[]"},
		{"Kenya's foreign minister said Nairobi would host the talks.", "[Kenya's foreign minister/said]"},
		{"The Kenyan envoy said the talks had ended.", "[Kenyan envoy/said]"},
		{"President Ruto said the visit was a success.", "[President Ruto/said]"},
		{"The Foreign Minister said the visit was a success.", "[]"},
		{"The talks ended, the Sylvanian foreign ministry said.", "[Sylvanian foreign ministry/said]"},
		{"An aide told Reuters the envoy had left.", "[Reuters/reported]"},
		{"The envoy was recalled, the foreign ministry in Accra said.", "[foreign ministry in Accra/said]"},
		{"An aide told the minister the envoy had left.", "[]"},
		{"Ruritania recognised Freedonia on Tuesday.", "[]"},
		{"According to", "[]"},
		{"according to , .", "[]"},
	}
	for _, tt := range tests {
		d := nlp.Tokenize(tt.text)
		var got []string
		for _, s := range attrib.Find(d, 0) {
			got = append(got, s.Name+"/"+string(s.Role))
			if d.Text[s.Start:s.End] != s.Name {
				t.Errorf("%q: span %d:%d is %q, not %q", tt.text, s.Start, s.End, d.Text[s.Start:s.End], s.Name)
			}
		}
		if g := fmt.Sprint(got); g != tt.want && !(len(got) == 0 && tt.want == "[]") {
			t.Errorf("Find(%q) = %s, want %s", tt.text, g, tt.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("According to reports by the BBC and confirmed by officials, they met.")
	f.Add("KCNA reported , citing and and by")
	f.Fuzz(func(t *testing.T, text string) {
		d := nlp.Tokenize(text)
		for i := range d.Sentences {
			for _, s := range attrib.Find(d, i) {
				if s.Start < 0 || s.End > len(text) || s.Start >= s.End || text[s.Start:s.End] != s.Name {
					t.Fatalf("bad source %+v in %q", s, text)
				}
			}
		}
	})
}

func ExampleFind() {
	d := nlp.Tokenize("According to reports by the BBC and confirmed by local authorities, the two envoys met in Geneva.")
	for _, s := range attrib.Find(d, 0) {
		fmt.Println(s.Name, s.Role)
	}
	// Output:
	// BBC reported
	// local authorities confirmed
}
