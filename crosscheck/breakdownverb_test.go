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
	runPairCases(t, []crosswire.DiscrepancyKind{crosswire.DiscNumber}, []pairCase{
		{"dead and evacuated in one sentence",
			"Flash floods killed 12 people in the Orla valley on Sunday, officials said.",
			"At least 15 people died when flash floods swept the Orla valley on Sunday, and about 900 people were evacuated.",
			true},
		{"one count in parts",
			"The storm killed 12 people in the Orla valley on Sunday, officials said.",
			"The storm killed 9 people in Dravik and 6 people in Orla valley on Sunday, officials said.",
			false},
	})
}
