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
		{"a spaced score against another",
			"Harwick Town beat Selby Rovers 3 - 2 at Oak Park on Saturday.",
			"Harwick Town defeated Selby Rovers 3-1 at Oak Park on Saturday.",
			true},
		{"a result line against a report of another score",
			"Harwick Town 3-1 Selby Rovers: the hosts were ahead at Oak Park by half-time on Saturday.",
			"Harwick Town beat Selby Rovers 3-2 at Oak Park on Saturday after leading by half-time.",
			true},
		{"a spaced score and the same score",
			"Harwick Town beat Selby Rovers 3 - 2 at Oak Park on Saturday.",
			"Harwick Town defeated Selby Rovers 3-2 at Oak Park on Saturday.",
			false},
		{"same score",
			"Harwick Town beat Selby Rovers 3-2 at Oak Park on Saturday.",
			"Harwick Town defeated Selby Rovers 3-2 at Oak Park on Saturday.",
			false},
	})
}
