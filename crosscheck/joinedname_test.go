package crosscheck

import (
	"testing"

	"crosswire"
)

// TestJoinedNames checks, on fictional versions of one story, that a name
// of two words another version runs together into one word is a low name
// discrepancy, and that a version writing both forms, the same form on
// both sides or a short run-together word are not.
func TestJoinedNames(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int // low name discrepancies
	}{
		{"run together",
			"The rock band Mira Vale, who split last year, came second in the survey of records sold in Lorne.",
			"The record by the now defunct Miravale came second in the survey of shops in Lorne.",
			1},
		{"the same form",
			"The rock band Mira Vale, who split last year, came second in the survey of records sold in Lorne.",
			"The record by the now defunct Mira Vale came second in the survey of shops in Lorne.",
			0},
		{"a version writing both",
			"The rock band Mira Vale, who split last year, came second in the survey of records sold in Lorne.",
			"The record by the now defunct Miravale came second in the survey of shops in Lorne. Mira Vale split last year.",
			0},
		{"a short run-together word",
			"The rock band Ro Ka, who split last year, came second in the survey of records sold in Lorne.",
			"The record by the now defunct Roka came second in the survey of shops in Lorne.",
			0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			got := 0
			for _, d := range findDisc(st, crosswire.DiscName) {
				if d.Severity == crosswire.SeverityLow {
					got++
				}
			}
			if got != tc.want {
				t.Errorf("low name discrepancies = %d, want %d:%s", got, tc.want, dump(st))
			}
		})
	}
}
