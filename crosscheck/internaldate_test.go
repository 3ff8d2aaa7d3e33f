package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestInternalDates checks that one article dating one participant's
// event two ways is reported within that version (fictional text): the
// same noun before verbs of one event class ("the last edition will
// appear on …" / "the daily release of …, the edition release of …"), the event word
// nearest before each date telling its event, while other nouns' dates,
// agreeing dates and weekday names resolved against the publication time
// are left alone.
func TestInternalDates(t *testing.T) {
	const lead = "The Ostby Gazette will close after 90 years, its owners said on Tuesday.\n\n"
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"one edition, two days",
			"The last daily edition will appear on March 3rd, and the last Sunday edition will appear on April 9.\n\n" +
				"In her letter the editor wrote that she would stop after the daily release of March 3rd and the edition release of April 16.",
			true},
		{"one edition, one day told twice",
			"The last daily edition will appear on March 3rd, and the last Sunday edition will appear on April 9.\n\n" +
				"In her letter the editor wrote that she would stop after the daily release of March 3rd and the edition release of April 9.",
			false},
		{"two participants, two days",
			"The last daily edition will appear on March 3rd.\n\n" +
				"The first book of the editor will be published on April 16.",
			false},
		{"same noun, unrelated events",
			"The last Sunday edition will appear on April 9.\n\n" +
				"The Sunday edition was founded in 1951.",
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, lead+tc.text)
			got := false
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscInternal && strings.Contains(d.Subject, "date") {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("internal date discrepancy = %v, want %v; got %s", got, tc.want, dump(st))
			}
		})
	}
}
