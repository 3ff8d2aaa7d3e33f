package group

import (
	"slices"
	"testing"

	"crosswire"
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

// TestTallyApart reads the fictional club's reports of occasion_test.go
// grouped as a pair: two matches' scores disagree, a paper's rewrite of
// the first keeps its score, and a text without a tally says nothing.
func TestTallyApart(t *testing.T) {
	bg := occasionBackground()
	noScore := occMatch1Paper
	noScore.Title, noScore.Text = "Brandt in form", `Ilse Brandt scored twice as Harbury Rovers saw off Dunmore Athletic at Kelby Park.`
	for _, tc := range []struct {
		name  string
		a, b  crosswire.Article
		apart bool
	}{
		{"two matches of one club", occMatch1, occMatch2, true},
		{"a paper's rewrite of a match", occMatch1, occMatch1Paper, false},
		{"a report without a score", occMatch2, noScore, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, _, _ := groupTwo(t, tc.a, tc.b, bg)
			if got := ix.tallyApart(0, 1); got != tc.apart {
				t.Errorf("tallyApart = %v, want %v", got, tc.apart)
			}
		})
	}
}
