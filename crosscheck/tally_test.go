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
	tests := []struct {
		name string
		a, b string
		want bool
	}{
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
