package ingest

import (
	"testing"
	"time"
)

// TestParseDateWireStamp: a date in the wire stamp's own form (a 24-hour
// time and a numeric date, either order) reads as the wire header reads
// it: day first, a two-digit year pivoted, Europe/London unless a zone is
// stated.
func TestParseDateWireStamp(t *testing.T) {
	tests := []struct {
		name, in string
		utc      string // "" = no date
	}{
		{"time then DD/MM/YY in winter (GMT)", "16:54 01/03/00", "2000-03-01T16:54:00Z"},
		{"summer is BST", "16:29 14/07/99", "1999-07-14T15:29:00Z"},
		{"four-digit year", "16:54 01/03/2000", "2000-03-01T16:54:00Z"},
		{"stated zone wins", "16:29 GMT 14/07/99", "1999-07-14T16:29:00Z"},
		{"date then time", "14/07/1999 16:29", "1999-07-14T15:29:00Z"},
		{"dots", "01.03.00 16:54", "2000-03-01T16:54:00Z"},
		{"month first only when the day cannot be a month", "08:00 12/25/99", "1999-12-25T08:00:00Z"},
		{"ambiguous reads day first", "09:30 04/05/01", "2001-05-04T08:30:00Z"},
		{"no such day", "16:54 31/02/00", ""},
		{"no such hour", "25:10 01/03/00", ""},
		{"words after the stamp", "16:54 01/03/00 Page 2", ""},
		{"existing forms unchanged", "2026-03-04", "2026-03-04T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ParseDate(tt.in)
			switch {
			case tt.utc == "" && got != nil:
				t.Errorf("ParseDate(%q) = %v, want none", tt.in, got)
			case tt.utc != "" && got == nil:
				t.Errorf("ParseDate(%q) = none, want %s", tt.in, tt.utc)
			case got != nil && got.UTC().Format(time.RFC3339) != tt.utc:
				t.Errorf("ParseDate(%q) = %s, want %s", tt.in, got.UTC().Format(time.RFC3339), tt.utc)
			}
		})
	}
}
