package crosscheck

import (
	"testing"

	"crosswire"
)

// pairCase is two fictional reports of one story and whether checking
// them finds a discrepancy of the kinds under test.
type pairCase struct {
	name string
	a, b string
	want bool
}

// runPairCases checks each case: with want, a discrepancy of one of kinds
// at high severity; without, none of those kinds at any severity.
func runPairCases(t *testing.T, kinds []crosswire.DiscrepancyKind, cases []pairCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			high, any := false, false
			for _, d := range st.Discrepancies {
				if hasKind(kinds, d.Kind) {
					any = true
					high = high || d.Severity == crosswire.SeverityHigh
				}
			}
			if tc.want && !high || !tc.want && any {
				t.Errorf("high %v discrepancy %v (any %v), want %v:%s", kinds, high, any, tc.want, dump(st))
			}
		})
	}
}
