package crosswire

import (
	"testing"
	"time"
)

// A day without a time of day orders against other days, never within its
// own; two times of day order as instants; an unknown time orders nothing.
func TestComparePublished(t *testing.T) {
	d := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	day := d("2026-11-03T00:00:00Z")
	tests := []struct {
		name string
		a, b time.Time
		want int
	}{
		{"two times of one day", d("2026-11-03T08:40:00Z"), d("2026-11-03T15:00:00Z"), -1},
		{"a day and a time within it", day, d("2026-11-03T08:40:00Z"), 0},
		{"a time and the day it falls in", d("2026-11-03T23:59:00Z"), day, 0},
		{"a day and a time of the next day", day, d("2026-11-04T00:10:00Z"), -1},
		{"a time and the next day", d("2026-11-02T23:50:00Z"), day, -1},
		{"two days", d("2026-11-04T00:00:00Z"), day, 1},
		{"unknown", time.Time{}, day, 0},
		{"a day in another zone's clock, same instant", day.In(time.FixedZone("", 3600)), d("2026-11-03T10:00:00Z"), 0},
	}
	for _, tc := range tests {
		if got := ComparePublished(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: ComparePublished = %d, want %d", tc.name, got, tc.want)
		}
	}
	if p := PublishedPrecisionOf(&day); p != DayPrecision {
		t.Errorf("precision of a day %q, want %q", p, DayPrecision)
	}
	if tm := d("2026-11-03T08:40:00Z"); PublishedPrecisionOf(&tm) != "" {
		t.Errorf("a time of day given a precision")
	}
	if PublishedPrecisionOf(nil) != "" {
		t.Errorf("no time given a precision")
	}
}

// A publication time more than a day after the time it was read orders
// as the ingest time; up to a day later (time zones, clocks) it is kept.
func TestSeenTime(t *testing.T) {
	ingested := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	at := func(d time.Duration) *time.Time { v := ingested.Add(d); return &v }
	year3000 := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		published *time.Time
		want      time.Time
		far       bool
	}{
		{"before", at(-48 * time.Hour), *at(-48 * time.Hour), false},
		{"14 hours ahead", at(14 * time.Hour), *at(14 * time.Hour), false},
		{"a day ahead", at(24 * time.Hour), *at(24 * time.Hour), false},
		{"two days ahead", at(48 * time.Hour), ingested, true},
		{"year 3000", &year3000, ingested, true},
		{"none", nil, ingested, false},
	}
	for _, tc := range tests {
		if got := SeenTime(tc.published, ingested); !got.Equal(tc.want) {
			t.Errorf("%s: SeenTime = %v, want %v", tc.name, got, tc.want)
		}
		if got := FarFuture(tc.published, ingested); got != tc.far {
			t.Errorf("%s: FarFuture = %v, want %v", tc.name, got, tc.far)
		}
	}
	if FarFuture(&year3000, time.Time{}) {
		t.Error("FarFuture against a zero time flags")
	}
}
