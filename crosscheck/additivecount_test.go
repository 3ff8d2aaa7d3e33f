package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestAdditiveCountInOneVersion checks that a figure a sentence adds to
// another ("Additionally, …", "in addition", "a further …") counts
// something more, not the first figure restated (fictional): two counts
// of files in one report worded alike are no internal discrepancy when
// the second is told as an addition; told alike without one, they still
// are.
func TestAdditiveCountInOneVersion(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"an addition",
			"Around 900 of the stolen files may hold bank details of customers of Norbank members, the firm said. " +
				"Additionally, around 400 files may hold bank details of Norbank members, the firm said.",
			false},
		{"in addition",
			"Around 900 of the stolen files may hold bank details of customers of Norbank members, the firm said. " +
				"In addition, around 400 files may hold bank details of Norbank members, the firm said.",
			false},
		{"one count told twice",
			"Around 900 of the stolen files may hold bank details of customers of Norbank members, the firm said. " +
				"Around 400 of the stolen files may hold bank details of customers of Norbank members, the firm said later.",
			true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.text, "Norbank said files were stolen from its booking website.")
			got := false
			for _, d := range st.Discrepancies {
				got = got || d.Kind == crosswire.DiscInternal && strings.Contains(d.Subject, "within one version")
			}
			if got != tc.want {
				t.Errorf("internal discrepancy %v, want %v:%s", got, tc.want, dump(st))
			}
		})
	}
}
