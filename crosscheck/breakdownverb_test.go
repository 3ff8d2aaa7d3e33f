package crosscheck

import (
	"testing"

	"crosswire"
)

// TestCountsOfTwoEvents checks that two counts of one sentence, each told
// with its own event verb, are not a total broken into parts (fictional
// reports): "16 people died …, and 2,300 people were evacuated" states the
// dead once, so another version's dead is compared with it. A count
// broken into parts by one verb still is not.
func TestCountsOfTwoEvents(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"dead and evacuated in one sentence",
			"Flash floods killed 12 people in the Orla valley on Sunday, officials said.",
			"At least 15 people died when flash floods swept the Orla valley on Sunday, and about 900 people were evacuated.",
			true},
		{"one count in parts",
			"The storm killed 12 people in the Orla valley on Sunday, officials said.",
			"The storm killed 9 people in Dravik and 6 people in Orla valley on Sunday, officials said.",
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			got := len(findDisc(st, crosswire.DiscNumber)) > 0
			if got != tc.want {
				t.Errorf("number discrepancy %v, want %v:%s", got, tc.want, dump(st))
			}
		})
	}
}
