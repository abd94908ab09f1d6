package dyad_test

import (
	"testing"

	"dyad"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  a  b\n\tc  ", "a b c"},
		{"Cafe\u0301 au\u00a0lait", "Café au lait"}, // NFC and a non-breaking space
		{"x\u2003\u2003y", "x y"},
		{"already clean", "already clean"},
		{"\xff bad \xfe", "\xff bad \xfe"},
	}
	for _, tt := range tests {
		if got := dyad.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContentHash(t *testing.T) {
	a := dyad.ContentHash("Title", "Some  text\nhere.")
	if b := dyad.ContentHash(" Title ", "Some text here."); a != b {
		t.Error("layout changed the hash")
	}
	if c := dyad.ContentHash("Title", "Some text there."); a == c {
		t.Error("different text, same hash")
	}
	if d := dyad.ContentHash("Title Some", "text here."); a == d {
		t.Error("moving words between title and text kept the hash")
	}
	if len(a) != 64 {
		t.Errorf("hash %q is not hex SHA-256", a)
	}
}

func TestFinish(t *testing.T) {
	a := dyad.Article{Title: "T", Text: "x"}
	a.Finish()
	if a.Hash == "" || a.ID != a.Hash[:16] {
		t.Errorf("Finish = %+v", a)
	}
	b := dyad.Article{ID: "mine", Text: "x"}
	b.Finish()
	if b.ID != "mine" {
		t.Errorf("Finish replaced the ID: %q", b.ID)
	}
}

func BenchmarkContentHash(b *testing.B) {
	text := ""
	for range 40 {
		text += "Officials from Ruritania and Freedonia met in the capital on Tuesday.\n"
	}
	b.SetBytes(int64(len(text)))
	for range b.N {
		dyad.ContentHash("A title", text)
	}
}
