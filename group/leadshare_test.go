package group

import "testing"

// TestLeadShare checks the one measure of a lead told in another text: the
// share of the lead's weight the text holds against LeadTold, and the
// shared terms of weight > 0 (with extra ones) against MinSharedAnchors.
func TestLeadShare(t *testing.T) {
	for _, tc := range []struct {
		name        string
		L, A        []uint32
		W           []float64 // nil: each term weighs 1
		extra       int
		shared, tot float64
		n           int
		told        bool
	}{
		{"three of four anchors", []uint32{1, 2, 3, 4}, []uint32{1, 2, 3, 9}, nil, 0, 3, 4, 3, true},
		{"three of seven: not a majority", []uint32{1, 2, 3, 4, 5, 6, 7}, []uint32{1, 2, 3}, nil, 0, 3, 7, 3, false},
		{"two of two: under the floor", []uint32{1, 2}, []uint32{0, 1, 2}, nil, 0, 2, 2, 2, false},
		{"two of two and a person more", []uint32{1, 2}, []uint32{1, 2}, nil, 1, 2, 2, 2, true},
		{"a shared term of no weight is not counted", []uint32{1, 2, 3, 4}, []uint32{1, 2, 3}, []float64{0, 1, 1, 1}, 0, 2, 3, 2, false},
		{"weight decides the share", []uint32{1, 2, 3, 4}, []uint32{1, 2, 3}, []float64{1, 1, 1, 4}, 0, 3, 7, 3, false},
		{"an empty lead tells nothing", nil, []uint32{1, 2, 3}, nil, MinSharedAnchors, 0, 0, 0, false},
		{"a lead of no weight tells nothing", []uint32{1, 2, 3}, []uint32{1, 2, 3}, []float64{0, 0, 0}, MinSharedAnchors, 0, 0, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w func(int) float64
			if tc.W != nil {
				w = func(i int) float64 { return tc.W[i] }
			}
			s := shareOf(tc.L, tc.A, w)
			if s.shared != tc.shared || s.total != tc.tot || s.n != tc.n {
				t.Errorf("shareOf = %+v, want shared %v total %v n %d", s, tc.shared, tc.tot, tc.n)
			}
			if got := s.told(tc.extra); got != tc.told {
				t.Errorf("told(%d) = %v, want %v", tc.extra, got, tc.told)
			}
			if tc.W == nil && tc.extra == 0 {
				if got := told(tc.L, tc.A); got != tc.told {
					t.Errorf("told(L, A) = %v, want %v", got, tc.told)
				}
			}
		})
	}
}

// TestToldPersons checks that a lead told by persons counts a run of names
// once, by its last name, and that a first name alone is no one.
func TestToldPersons(t *testing.T) {
	// the lead names "Ada Brenn", "Colm Dunne" and "Eve Farr": six anchors,
	// three persons (2, 4, 6); links 1→2, 3→4, 5→6
	l := &lead{anchors: []uint32{1, 2, 3, 4, 5, 6}, names: []uint64{1<<32 | 2, 3<<32 | 4, 5<<32 | 6}}
	for _, tc := range []struct {
		name string
		A    []uint32
		want bool
	}{
		{"every surname", []uint32{2, 4, 6}, true},
		{"two surnames of three", []uint32{2, 4}, false},
		{"the first names only", []uint32{1, 3, 5}, false},
		{"every anchor", []uint32{1, 2, 3, 4, 5, 6}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := toldPersons(l, tc.A, nil); got != tc.want {
				t.Errorf("toldPersons = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSharedAnchors(t *testing.T) {
	tests := []struct {
		name string
		a, b []uint32
		want int
	}{
		{"none", []uint32{1, 3, 5}, []uint32{2, 4, 6}, 0},
		{"empty", nil, []uint32{2, 4}, 0},
		{"some", []uint32{1, 2, 3, 9}, []uint32{2, 3, 4, 9}, 3},
		{"same", []uint32{7, 8}, []uint32{7, 8}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SharedAnchors(tt.a, tt.b); got != tt.want {
				t.Errorf("SharedAnchors = %d, want %d", got, tt.want)
			}
		})
	}
}
