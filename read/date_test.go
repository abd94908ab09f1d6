package read

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	plus0430 := time.FixedZone("", 4*3600+1800)
	tests := []struct {
		in   string
		want time.Time
		zone int // offset in seconds
	}{
		{"2025-07-04T10:00:00Z", time.Date(2025, 7, 4, 10, 0, 0, 0, time.UTC), 0},
		{"2025-07-04T10:00:00+04:30", time.Date(2025, 7, 4, 10, 0, 0, 0, plus0430), 16200},
		{"2025-07-04T10:00:00.123+04:30", time.Date(2025, 7, 4, 10, 0, 0, 123e6, plus0430), 16200},
		{"2025-07-04T10:00:00", time.Date(2025, 7, 4, 10, 0, 0, 0, time.UTC), 0},
		{"2025-07-04 10:00:00", time.Date(2025, 7, 4, 10, 0, 0, 0, time.UTC), 0},
		{"2025-07-04 10:00 +0300", time.Date(2025, 7, 4, 10, 0, 0, 0, time.FixedZone("", 3*3600)), 3 * 3600},
		{"2025-07-04", time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), 0},
		{"20250704", time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), 0},
		{"2025-07", time.Date(2025, 7, 31, 0, 0, 0, 0, time.UTC), 0},
		{"2024-02", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), 0},
		{"Fri, 04 Jul 2025 10:00:00 GMT", time.Date(2025, 7, 4, 10, 0, 0, 0, time.UTC), 0},
		{"Fri, 04 Jul 2025 10:00:00 +0200", time.Date(2025, 7, 4, 8, 0, 0, 0, time.UTC), 7200},
		{"Fri, 4 Jul 2025 10:00:00 EDT", time.Date(2025, 7, 4, 14, 0, 0, 0, time.UTC), -4 * 3600},
		{"July 4, 2025", time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), 0},
		{"Jul 4, 2025", time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), 0},
		{"4 July 2025", time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), 0},
		{"4 July 2025 10:00 UTC", time.Date(2025, 7, 4, 10, 0, 0, 0, time.UTC), 0},
		{"4 July 2025 10:00 PST", time.Date(2025, 7, 4, 18, 0, 0, 0, time.UTC), -8 * 3600},
		{"Friday, July 4, 2025", time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), 0},
		{"1751623200", time.Date(2025, 7, 4, 10, 0, 0, 0, time.UTC), 0},
		{"1751623200123", time.Date(2025, 7, 4, 10, 0, 0, 123e6, time.UTC), 0},
		{"1751623200.5", time.Date(2025, 7, 4, 10, 0, 0, 5e8, time.UTC), 0},
		{"  2025-07-04  ", time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), 0},
		// Through go-dateparser.
		{"4th July 2025", time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), 0},
		{"le 4 juillet 2025", time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC), 0},
		{"4. Juli 2025 10:00", time.Date(2025, 7, 4, 10, 0, 0, 0, time.UTC), 0},
		{"July 4, 2025 10:00 PM +0530", time.Date(2025, 7, 4, 16, 30, 0, 0, time.UTC), 5*3600 + 1800},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if _, off := got.Zone(); off != tt.zone {
			t.Errorf("ParseDate(%q) zone offset = %d, want %d", tt.in, off, tt.zone)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, in := range []string{
		"",
		"   ",
		"not a date at all",
		"yesterday",
		"2 hours ago",
		"July 2025",
		"2025-13-45",
		"99999999999999999999",
		"12345678901234",
		"-99999999999",
		string(make([]byte, 500)),
	} {
		if got, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, got)
		}
	}
}
