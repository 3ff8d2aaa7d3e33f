package group

import (
	"slices"
	"testing"
)

// TestTallies reads tallies in fictional sentences: scores and votes with
// a hyphen or an en dash, unordered; not years, seasons, decimals, times,
// dates, codes or runs of three numbers.
func TestTallies(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []uint32
	}{
		{"Rovers won 3-1 at home.", []uint32{1003}},
		{"a 19–13 defeat, after leading 13 - 6", []uint32{6013, 13019}},
		{"they lost 1-3; a week later they won 3-1", []uint32{1003}},
		{"the 2004-05 season and the 1998-2001 term", nil},
		{"rates of 3.5-4 per cent, 1,200-300 jobs", nil},
		{"open 9:30-11, on 12/3-4, a F-16 and a 1-2-3 finish", nil},
		{"the Under-21 side", nil},
		{"MPs voted 310-276 for the bill.", []uint32{276310}},
	} {
		if got := tallies(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("tallies(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
