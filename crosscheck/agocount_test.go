package crosscheck

import (
	"testing"
	"time"

	"crosswire"
)

// TestAgoCountsDatedAndNot checks that a count of time back from now is
// compared between a version with a publication day (where facts dates
// it) and one without (where facts reads a figure), fictional reports:
// fifteen years back against fourteen is a number discrepancy, the same
// count is none, and two dated versions still agree within a year as
// dates.
func TestAgoCountsDatedAndNot(t *testing.T) {
	pub := time.Date(2021, 5, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		a, b       string
		pubA, pubB *time.Time
		want       bool
	}{
		{"dated against undated, one year apart",
			"The Velmora choir hopes to raise as much as its tour of the islands did 15 years ago.",
			"The Velmora choir hopes to raise as much as its tour of the islands did 14 years ago.",
			&pub, nil, true},
		{"dated against undated, same count",
			"The Velmora choir hopes to raise as much as its tour of the islands did 15 years ago.",
			"The Velmora choir hopes to raise as much as its tour of the islands did 15 years ago.",
			&pub, nil, false},
		{"dated against undated, in words",
			"The Velmora choir last toured the islands three months ago, its leader said.",
			"The Velmora choir last toured the islands four months ago, its leader said.",
			nil, &pub, true},
		{"a date, not a count",
			"The Velmora choir last toured the islands in 2006, its leader said.",
			"The Velmora choir last toured the islands 14 years ago, its leader said.",
			&pub, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkDatedPair(t, tc.a, tc.b, tc.pubA, tc.pubB)
			assertSpans(t, st)
			if got := len(findDisc(st, crosswire.DiscNumber)) > 0; got != tc.want {
				t.Errorf("number discrepancy %v, want %v:%s", got, tc.want, dump(st))
			}
		})
	}
}
