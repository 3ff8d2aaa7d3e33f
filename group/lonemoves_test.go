package group

import (
	"slices"
	"testing"
)

func TestMoveLone(t *testing.T) {
	// roots by doc; a move is the doc number whose story the lone doc joins
	tests := []struct {
		name  string
		roots []uint32
		best  map[uint32]uint32
		want  []uint32
	}{
		{"no moves", []uint32{0, 1, 1}, nil, []uint32{0, 1, 1}},
		{"a lone doc joins its target's story, not the target's number", []uint32{0, 2, 2}, map[uint32]uint32{0: 1}, []uint32{2, 2, 2}},
		{"a target that moves itself is no target: no chain", []uint32{0, 1, 2, 2}, map[uint32]uint32{0: 1, 1: 3}, []uint32{0, 2, 2, 2}},
		{"two lone docs that pick each other both stay", []uint32{0, 1}, map[uint32]uint32{0: 1, 1: 0}, []uint32{0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := slices.Clone(tc.roots)
			got := moveLone(tc.roots, tc.best, func(to uint32) uint32 { return to })
			if !slices.Equal(got, tc.want) {
				t.Errorf("moveLone = %v, want %v", got, tc.want)
			}
			if !slices.Equal(tc.roots, in) {
				t.Errorf("roots changed to %v", tc.roots)
			}
		})
	}
}
