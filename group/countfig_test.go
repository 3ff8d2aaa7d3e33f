package group

import (
	"slices"
	"testing"
)

func TestCountedFigures(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		shared     int
	}{
		{"scale written two ways", "The firm said 9.4 million riders were hit.", "Some 9,400,000 riders of the ferry line", 1},
		{"currency", "a ransom of $2.5m was asked", "the gang wanted $2.5 million in coin", 1},
		{"thousands groups", "51,000 accounts", "51000 accounts", 1},
		{"counted noun differs", "1,200 servers went dark", "1,200 customers were told", 0},
		{"years and dates are not figures", "In 2019, on March 14, the town", "In 2019, on March 14, a city", 0},
		{"small digits are names", "the Vortex 2 engine", "the Vortex 2 engine", 0},
		{"percent", "shares fell 12.5% on Friday", "a drop of 12.5 percent", 1},
		{"codes and times", "at 10:30 the 4G masts and 3-2 win", "at 10:30 the 4G masts and 3-2 win", 0},
		{"function words skipped", "210 of the vans", "210 vans", 1},
		{"round figures are no event's", "a $300 ransom, 200,000 computers", "a $300 ransom, 200,000 computers", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			A, B := countedFigures(tc.a), countedFigures(tc.b)
			if got := sharedCount(A, B); got != tc.shared {
				t.Errorf("shared %d, want %d (%d, %d figures)", got, tc.shared, len(A), len(B))
			}
			if !slices.IsSorted(A) {
				t.Errorf("not sorted")
			}
		})
	}
}
