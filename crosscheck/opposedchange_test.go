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
	tests := []struct {
		name string
		a, b string
		want []crosswire.DiscrepancyKind // nil = no outcome or claim discrepancy
	}{
		{"shares rose / fell the same quantity",
			lead + "Shares in Corvel rose 4% in early trading.",
			lead + "Its shares fell 4% by midday.",
			[]crosswire.DiscrepancyKind{crosswire.DiscOutcome}},
		{"shares rose in both",
			lead + "Shares in Corvel rose 4% in early trading.",
			lead + "Its shares climbed 4% by midday.",
			nil},
		{"two subjects, one quantity",
			lead + "Sales in Corvel rose 4% in the year.",
			lead + "Its costs fell 4% in the year.",
			nil},
		{"denied the charges / pleaded guilty to them",
			"Karl Venn, a former mayor of Ostrick, was jailed for five years on Friday. Venn denied all charges at his trial.",
			"Karl Venn, a former mayor of Ostrick, was jailed for five years on Friday. Venn pleaded guilty to all charges at his trial.",
			[]crosswire.DiscrepancyKind{crosswire.DiscClaim, crosswire.DiscOutcome}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			if tc.want == nil {
				if n := len(findDisc(st, crosswire.DiscOutcome)) + len(findDisc(st, crosswire.DiscClaim)); n > 0 {
					t.Errorf("%d outcome or claim discrepancies, want none:%s", n, dump(st))
				}
				return
			}
			for _, d := range st.Discrepancies {
				if hasKind(tc.want, d.Kind) && d.Severity == crosswire.SeverityHigh {
					return
				}
			}
			t.Errorf("no high %v discrepancy:%s", tc.want, dump(st))
		})
	}
}
