package crosscheck

import (
	"testing"

	"crosswire"
)

// TestNounOfAmount checks that "<noun> of <amount>" makes the noun the
// slot the amount fills (fictional reports): each version's one dividend
// is one slot, so two sums disagree, whatever else the sentences say; a
// version that gives two sums of one noun has no one value for it.
func TestNounOfAmount(t *testing.T) {
	runPairCases(t, []crosswire.DiscrepancyKind{crosswire.DiscNumber}, []pairCase{
		{"other dividend",
			"Corvel Mills posted a record year. The board proposed a dividend of 0.85 euros a share.",
			"Corvel Mills posted a record year. Corvel will pay a dividend of 0.58 euros a share.",
			true},
		{"other fine",
			"A court in Vessport ordered Brisk Bank to pay a fine of 2 million dollars on Monday.",
			"Brisk Bank was hit with a fine of 5 million dollars, judges in Vessport ruled.",
			true},
		{"same dividend",
			"Corvel Mills posted a record year. The board proposed a dividend of 0.85 euros a share.",
			"Corvel Mills posted a record year. Corvel will pay a dividend of 0.85 euros a share.",
			false},
		{"two dividends in one version",
			"Corvel Mills proposed a dividend of 0.85 euros, up from a dividend of 0.70 euros a year earlier.",
			"Corvel will pay a dividend of 0.58 euros a share.",
			false},
	})
}
