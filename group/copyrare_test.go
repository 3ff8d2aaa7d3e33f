package group

import (
	"context"
	"fmt"
	"testing"

	"crosswire"
)

// copyIndex returns a streaming Index of n short fictional articles with
// nothing in common (each its own story).
func copyIndex(t *testing.T, n int) *Index {
	t.Helper()
	ix := NewIndex(IndexOptions{Capacity: n})
	for i := 0; i < n; i++ {
		a := crosswire.Article{ID: fmt.Sprintf("a%02d", i), Title: fmt.Sprintf("Notice number %d", i), Text: fmt.Sprintf("Item %d of the list.", i)}
		if _, err := ix.Add(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

// TestJoinCopyEdges checks which stories the copy-story pass joins
// (copyrare.go): two stories with a body along their best edge, in rounds,
// never a story without a body.
func TestJoinCopyEdges(t *testing.T) {
	// stories A {0,1}, B {2,3}, C {4,5}, D {6,7} have bodies; 8 is alone
	ix := copyIndex(t, 9)
	for _, p := range [][2]uint32{{0, 1}, {2, 3}, {4, 5}, {6, 7}} {
		ix.unionWorded(p[0], p[1])
	}
	roots := make([]uint32, 9)
	for d := range roots {
		roots[d] = ix.find(uint32(d))
	}
	story := func(out []uint32) string {
		s := ""
		for d, r := range out {
			if d > 0 {
				s += " "
			}
			s += fmt.Sprint(r)
		}
		return s
	}
	tests := []struct {
		name  string
		edges []anchorEdge
		want  string
	}{
		{"no edges", nil, "0 0 2 2 4 4 6 6 8"},
		{"two bodies join", []anchorEdge{{a: 1, b: 2, cos: 0.6}}, "0 0 0 0 4 4 6 6 8"},
		{"a lone article is not a story of copies", []anchorEdge{{a: 1, b: 8, cos: 0.9}}, "0 0 2 2 4 4 6 6 8"},
		{"an edge inside one story", []anchorEdge{{a: 0, b: 1, cos: 0.9}}, "0 0 2 2 4 4 6 6 8"},
		// A↔B and C↔D are each other's best; the weaker B–C edge joins
		// the two joined stories in the next round
		{"rounds", []anchorEdge{{a: 1, b: 2, cos: 0.9}, {a: 3, b: 4, cos: 0.4}, {a: 5, b: 6, cos: 0.9}}, "0 0 0 0 0 0 0 0 8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := story(joinCopyEdges(ix, tc.edges, roots)); got != tc.want {
				t.Errorf("roots %s, want %s", got, tc.want)
			}
		})
	}
	if got := story(roots); got != "0 0 2 2 4 4 6 6 8" {
		t.Errorf("the input roots changed: %s", got)
	}
}

// TestCopiesOneEvent checks the publication window of two stories of
// copies (copyrare.go): both dated, within copyWindowHours.
func TestCopiesOneEvent(t *testing.T) {
	ix := copyIndex(t, 2)
	tests := []struct {
		name   string
		ha, hb uint32
		want   bool
	}{
		{"same hour", 1000, 1000, true},
		{"two days apart", 1000, 1000 + copyWindowHours, true},
		{"just over two days", 1000 + copyWindowHours + 1, 1000, false},
		{"one undated", 0, 1000, false},
		{"both undated", 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix.hours[0], ix.hours[1] = tc.ha, tc.hb
			if got := ix.copiesOneEvent(0, 1); got != tc.want {
				t.Errorf("copiesOneEvent = %v, want %v", got, tc.want)
			}
		})
	}
}
