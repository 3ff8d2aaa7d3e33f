package facts

import (
	"slices"
	"testing"
)

// TestPlaceHeads checks the place heads the grouper reads names by: sorted,
// as written, holding the street and park heads and no person's title.
func TestPlaceHeads(t *testing.T) {
	x, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	heads := x.PlaceHeads()
	if !slices.IsSorted(heads) {
		t.Errorf("PlaceHeads not sorted: %v", heads[:min(5, len(heads))])
	}
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Street", true},
		{"Park", true},
		{"River", true},
		{"street", false}, // as written
		{"Minister", false},
		{"Club", false},
	} {
		if _, got := slices.BinarySearch(heads, tc.word); got != tc.want {
			t.Errorf("%q in PlaceHeads = %v, want %v", tc.word, got, tc.want)
		}
	}
}
