package unionfind

import (
	"reflect"
	"testing"
)

func TestForest(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		pairs [][2]uint32
		want  [][]int
	}{
		{name: "singletons", n: 3, want: [][]int{{0}, {1}, {2}}},
		{name: "chain", n: 4, pairs: [][2]uint32{{3, 2}, {2, 1}}, want: [][]int{{0}, {1, 2, 3}}},
		{name: "two sets ordered by smallest element", n: 5, pairs: [][2]uint32{{4, 1}, {3, 0}, {1, 4}}, want: [][]int{{0, 3}, {1, 4}, {2}}},
		{name: "everything", n: 4, pairs: [][2]uint32{{0, 1}, {2, 3}, {1, 3}}, want: [][]int{{0, 1, 2, 3}}},
		{name: "empty", n: 0, want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := New(tc.n)
			for _, p := range tc.pairs {
				before := f.Find(p[0]) != f.Find(p[1])
				root, child, merged := f.Union(p[0], p[1])
				if merged != before {
					t.Errorf("Union(%d, %d) merged = %v, want %v", p[0], p[1], merged, before)
				}
				if merged && (f.Find(child) != root || f.Find(p[0]) != root || f.Find(p[1]) != root) {
					t.Errorf("Union(%d, %d): root %d, child %d do not hold both", p[0], p[1], root, child)
				}
			}
			if got := f.Sets(); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sets() = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestAddGrows(t *testing.T) {
	var f Forest
	f.Grow(2)
	a, b, c := f.Add(), f.Add(), f.Add()
	f.Union(a, c)
	if f.Len() != 3 || f.Find(a) != f.Find(c) || f.Find(b) == f.Find(a) {
		t.Errorf("after Add×3 and Union(0, 2): len %d, roots %d %d %d", f.Len(), f.Find(a), f.Find(b), f.Find(c))
	}
}

// TestForestSplit: a whole set split is singletons again, other sets
// untouched, and unions after it regroup as on a fresh forest.
func TestForestSplit(t *testing.T) {
	tests := []struct {
		name  string
		pairs [][2]uint32
		split []uint32
		again [][2]uint32
		want  [][]int
	}{
		{name: "one set of three, rejoined in part", pairs: [][2]uint32{{0, 1}, {1, 2}, {3, 4}}, split: []uint32{2, 0, 1}, again: [][2]uint32{{2, 1}},
			want: [][]int{{0}, {1, 2}, {3, 4}}},
		{name: "a set whose root had rank", pairs: [][2]uint32{{0, 1}, {2, 3}, {1, 3}}, split: []uint32{0, 1, 2, 3},
			want: [][]int{{0}, {1}, {2}, {3}, {4}}},
		{name: "nothing split", pairs: [][2]uint32{{0, 4}}, want: [][]int{{0, 4}, {1}, {2}, {3}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := New(5)
			for _, p := range tc.pairs {
				f.Union(p[0], p[1])
			}
			f.Split(tc.split)
			for _, p := range tc.again {
				f.Union(p[0], p[1])
			}
			if got := f.Sets(); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sets() = %v, want %v", got, tc.want)
			}
		})
	}
}
