package pipeline

import "testing"

func TestLatestDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Talks began on 3 March 2024 and ended on 9 April 2025. They resume in May.", "2025-04-09"},
		{"Talks resume in May, on Thursday.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := latestDate(tt.text)
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("latestDate(%q) = %q, want %q", tt.text, s, tt.want)
		}
	}
}
