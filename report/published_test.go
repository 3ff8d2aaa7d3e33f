package report

import (
	"testing"
	"time"
)

// A publication date without a time of day is a day: the report prints the
// day and says no time of day, and a gap to or from it is in days, none
// within it.
func TestPublishedDayOnly(t *testing.T) {
	day := time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC)
	morning := time.Date(2026, 11, 3, 8, 40, 0, 0, time.UTC)
	evening := time.Date(2026, 11, 3, 15, 0, 0, 0, time.UTC)
	nextDay := time.Date(2026, 11, 4, 6, 0, 0, 0, time.UTC)
	shown := []struct {
		t    time.Time
		want string
	}{
		{day, "2026-11-03"},
		{morning, "2026-11-03 08:40"},
	}
	for _, tc := range shown {
		if got := PublishedString(&tc.t); got != tc.want {
			t.Errorf("PublishedString(%v) = %q, want %q", tc.t, got, tc.want)
		}
	}
	gaps := []struct {
		from, to time.Time
		want     string
	}{
		{morning, evening, "6h later"},
		{day, morning, ""},
		{morning, day, ""},
		{day, nextDay, "1 day later"},
		{nextDay, day, "1 day earlier"},
	}
	for _, tc := range gaps {
		if got := gap(&tc.from, &tc.to); got != tc.want {
			t.Errorf("gap(%v, %v) = %q, want %q", tc.from, tc.to, got, tc.want)
		}
	}
}
