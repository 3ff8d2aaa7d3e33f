package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestFacilityPlaces checks, on fictional versions of one story, that one
// named building placed in two places, or in two parts of one place, is a
// low claim, and that a place told more or less fully, a version naming
// both places, or two buildings, are not.
func TestFacilityPlaces(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int // low claims about a building's place
	}{
		{"two places",
			"The second concert, at the Orland Arena in Westmark, will follow on Sunday.",
			"The band will play the Orland arena in Eastvale on Sunday.",
			1},
		{"two parts of one place",
			"Kera Dunn gave birth to a girl at the Corran Clinic in central Dunmore on Tuesday.",
			"Doctors at the Corran Clinic in north Dunmore said Kera Dunn's girl was born on Tuesday.",
			1},
		{"a part on one side only",
			"Kera Dunn gave birth to a girl at the Corran Clinic in Dunmore on Tuesday.",
			"Doctors at the Corran Clinic in north Dunmore said Kera Dunn's girl was born on Tuesday.",
			0},
		{"a version naming both places",
			"The second concert, at the Orland Arena in Westmark, will follow on Sunday. Westmark lies outside Eastvale.",
			"The band will play the Orland arena in Eastvale on Sunday.",
			0},
		{"two buildings",
			"The second concert, at the Orland Arena in Westmark, will follow on Sunday.",
			"The band will play the Ferrin Arena in Eastvale on Sunday.",
			0},
		{"a person's house",
			"The singer recorded the album at Tom Brand's house in Westmark.",
			"The singer recorded the album at Tom Brand's house in Eastvale.",
			0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			got := 0
			for _, d := range findDisc(st, crosswire.DiscClaim) {
				if d.Severity == crosswire.SeverityLow && strings.HasPrefix(d.Subject, "place of ") {
					got++
				}
			}
			if got != tc.want {
				t.Errorf("building places = %d, want %d:%s", got, tc.want, dump(st))
			}
		})
	}
}
