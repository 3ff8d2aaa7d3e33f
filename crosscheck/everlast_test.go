package crosscheck

import (
	"testing"

	"crosswire"
)

// TestSuperlativeEver checks that a claim told with "ever" after a
// superlative in one version and "never" in its place in another (a
// machine translation's one word for both) is one outcome, while a claim
// negated with no superlative still turns it (fictional text; the
// quotes' cases are in TestMeaningChange).
func TestSuperlativeEver(t *testing.T) {
	lead := "The Orvik show closed on Sunday. "
	runPairCases(t, []crosswire.DiscrepancyKind{crosswire.DiscOutcome}, []pairCase{
		{"the dearest pony ever / never sold",
			lead + "Its grey pony fetched 900 crowns, the dearest pony ever sold at the show.",
			lead + "Its grey pony fetched 900 crowns, the dearest pony never sold at the show.",
			false},
		{"a pony sold / never sold",
			lead + "The farmer sold the grey pony at the show.",
			lead + "The farmer never sold the grey pony at the show.",
			true},
	})
}
