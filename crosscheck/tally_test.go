package crosscheck

import (
	"testing"

	"crosswire"
)

// TestTallyConflicts checks that two reports' results of one contest or
// vote are one slot (fictional reports): a different final score or vote
// count is a number discrepancy; one result written from either side
// ("beat 3-2" / "lost 2-3") agrees.
func TestTallyConflicts(t *testing.T) {
	runPairCases(t, []crosswire.DiscrepancyKind{crosswire.DiscNumber}, []pairCase{
		{"other final score",
			"Harwick Town beat Selby Rovers 3-2 at Oak Park on Saturday.",
			"Harwick Town defeated Selby Rovers 3-1 at Oak Park on Saturday.",
			true},
		{"other vote count",
			"The assembly voted 310-276 on Tuesday to approve the port levy.",
			"The assembly approved the port levy by 301-276 on Tuesday after a long vote.",
			true},
		{"one result from either side",
			"Harwick Town beat Selby Rovers 3-2 at Oak Park on Saturday.",
			"Selby Rovers lost 2-3 to Harwick Town at Oak Park on Saturday.",
			false},
		{"same score",
			"Harwick Town beat Selby Rovers 3-2 at Oak Park on Saturday.",
			"Harwick Town defeated Selby Rovers 3-2 at Oak Park on Saturday.",
			false},
	})
}
