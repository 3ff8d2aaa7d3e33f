package crosscheck

import (
	"testing"
	"time"

	"crosswire"
	"crosswire/facts"
)

// TestDeicticDaysOfOtherPublicationDays checks the severity of a day told
// as "today" or "yesterday" against another report's day (fictional): the
// day is resolved from the report's publication date, which a feed may
// give late or wrong, so when the two reports were published on
// different days the discrepancy is low; published on one day, the two
// days still disagree (medium). A publication date with no time of day
// may be the evening before west of it, so "today" a day from another
// report's day, resolved from such a date, is low too. A weekday is the day itself, not counted
// from the publication date, so two weekdays are left as they were.
func TestDeicticDaysOfOtherPublicationDays(t *testing.T) {
	day := func(d int) *time.Time {
		p := time.Date(2031, time.March, d, 12, 0, 0, 0, time.UTC)
		return &p
	}
	bare := func(d int) *time.Time {
		p := time.Date(2031, time.March, d, 0, 0, 0, 0, time.UTC)
		return &p
	}
	tests := []struct {
		name       string
		a, b       string
		pubA, pubB *time.Time
		want       crosswire.Severity
	}{
		{"today against yesterday, published two days apart",
			"Hackers broke into the network of the Ostrick water board today, the board said in a statement.",
			"Hackers broke into the network of the Ostrick water board yesterday, the board said in a statement.",
			day(3), day(5), crosswire.SeverityLow},
		{"a weekday against yesterday, published days apart",
			"Hackers broke into the network of the Ostrick water board on Monday, the board said in a statement.",
			"Hackers broke into the network of the Ostrick water board yesterday, the board said in a statement.",
			day(4), day(8), crosswire.SeverityLow},
		{"today against yesterday, published on one day",
			"Hackers broke into the network of the Ostrick water board today, the board said in a statement.",
			"Hackers broke into the network of the Ostrick water board yesterday, the board said in a statement.",
			day(5), day(5), crosswire.SeverityMedium},
		{"today a day from a weekday, published on one bare date",
			"Hackers broke into the network of the Ostrick water board today, the board said in a statement.",
			"Hackers broke into the network of the Ostrick water board on Monday, the board said in a statement.",
			bare(4), bare(4), crosswire.SeverityLow},
		{"two weekdays, published days apart",
			"Hackers broke into the network of the Ostrick water board on Monday, the board said in a statement.",
			"Hackers broke into the network of the Ostrick water board on Tuesday, the board said in a statement.",
			day(4), day(6), crosswire.SeverityMedium},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkDatedPair(t, tc.a, tc.b, tc.pubA, tc.pubB)
			ds := findDisc(st, crosswire.DiscDate)
			if len(ds) != 1 || ds[0].Severity != tc.want {
				t.Errorf("date discrepancies %v, want one %s:%s", ds, tc.want, dump(st))
			}
		})
	}
}

// checkDatedPair checks two independently written reports of one story,
// each with its publication time (nil: none).
func checkDatedPair(t *testing.T, a, b string, pubA, pubB *time.Time) *crosswire.Story {
	t.Helper()
	st := &crosswire.Story{ID: "story", Articles: []crosswire.Article{
		{ID: "report-1", Outlet: "report-1", Language: "en", Text: a, Role: crosswire.RoleRewrite, Published: pubA},
		{ID: "report-2", Outlet: "report-2", Language: "en", Text: b, Role: crosswire.RoleRewrite, Published: pubB},
	}}
	extractAndCheck(t, facts.New(), New(), st)
	return st
}
