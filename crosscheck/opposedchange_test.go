package crosscheck

import (
	"testing"

	"crosswire"
)

// TestOpposedChangeAndPlea checks two contradictions told with opposed
// verbs (fictional reports): one subject's change by one quantity told as
// a rise and as a fall (the quantity written with its noun once and
// without it once), and a defendant who denied the charges in one version
// and pleaded guilty to them in the other. Two subjects changing by the
// same quantity, or one subject told rising twice, are no contradiction.
func TestOpposedChangeAndPlea(t *testing.T) {
	lead := "Corvel Mills posted a record year on Monday. "
	runPairCases(t, []crosswire.DiscrepancyKind{crosswire.DiscOutcome, crosswire.DiscClaim}, []pairCase{
		{"shares rose / fell the same quantity",
			lead + "Shares in Corvel rose 4% in early trading.",
			lead + "Its shares fell 4% by midday.",
			true},
		{"shares rose in both",
			lead + "Shares in Corvel rose 4% in early trading.",
			lead + "Its shares climbed 4% by midday.",
			false},
		{"two subjects, one quantity",
			lead + "Sales in Corvel rose 4% in the year.",
			lead + "Its costs fell 4% in the year.",
			false},
		{"denied the charges / pleaded guilty to them",
			"Karl Venn, a former mayor of Ostrick, was jailed for five years on Friday. Venn denied all charges at his trial.",
			"Karl Venn, a former mayor of Ostrick, was jailed for five years on Friday. Venn pleaded guilty to all charges at his trial.",
			true},
	})
}
