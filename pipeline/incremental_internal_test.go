package pipeline

import (
	"testing"

	"crosswire/group"
)

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
			if got := sharedAnchors(tt.a, tt.b); got != tt.want {
				t.Errorf("sharedAnchors = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestThirdStories checks which anchors' holders a region may need, by
// the store's count (no background: the batch's rare count is RareDF).
func TestThirdStories(t *testing.T) {
	tests := []struct {
		name          string
		own           int
		rare, counted bool
	}{
		{"held once", 1, false, false},
		{"rare pair", 2, true, false},
		{"rare at the bound", group.RareDF, true, false},
		{"common by articles", group.RareDF + 1, false, true},
		{"at WalkDF", group.WalkDF(), false, true},
		{"beyond WalkDF", group.WalkDF() + 1, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &Incremental{freq: group.Frequencies{DF: map[uint32]int32{42: int32(tt.own)}}}
			rare, counted := in.thirdStories(42)
			if rare != tt.rare || counted != tt.counted {
				t.Errorf("thirdStories(own %d) = %v, %v; want %v, %v", tt.own, rare, counted, tt.rare, tt.counted)
			}
		})
	}
}
