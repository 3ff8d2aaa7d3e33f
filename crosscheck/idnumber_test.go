package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestIdentifierNumberSubject: a figure written right after "number" or
// "No." names which one ("the number nine shirt", "gate No. 4"); its
// discrepancy is headed "<thing> number", not a count of the thing, while
// a count keeps its "number of" heading (fictional text).
func TestIdentifierNumberSubject(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string // the number discrepancy's subject
	}{
		{
			name: "a shirt number",
			texts: []string{
				"Orla Fenn joined Harbridge Rovers on Tuesday and will wear the number seven shirt this season.",
				"Orla Fenn joined Harbridge Rovers on Tuesday and will wear the number 14 shirt this season.",
			},
			want: "shirt number",
		},
		{
			name: "a count of shirts stays a count",
			texts: []string{
				"Harbridge Rovers sold 4,000 shirts on Tuesday after Orla Fenn joined the club.",
				"Harbridge Rovers sold 9,000 shirts on Tuesday after Orla Fenn joined the club.",
			},
			want: "number of shirts",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			ds := findDisc(st, crosswire.DiscNumber)
			if len(ds) != 1 {
				t.Fatalf("%d number discrepancies, want 1:%s", len(ds), dump(st))
			}
			if got := ds[0].Subject; !strings.EqualFold(got, tc.want) {
				t.Errorf("subject %q, want %q", got, tc.want)
			}
		})
	}
}
