package group

import (
	"testing"
)

// TestJoinThinSupported joins two stories along thin links only when most
// reports of each, and minSupport or more, link across, their leads' days
// do not tell two occasions, and each is the other's best match: a lone
// report linked to both of a story's reports, a link through one report
// of a side, a story of copies, stories whose leads name only other days,
// and a story whose best match is a third do not join. The articles are
// fictional and unrelated (unrelatedArticles, with their leads' days
// rewritten); the stories and links are set by hand.
func TestJoinThinSupported(t *testing.T) {
	e := func(a, b uint32, cos float64) anchorEdge { return anchorEdge{a: a, b: b, cos: cos} }
	tests := []struct {
		name     string
		thin     []anchorEdge
		verified []anchorEdge
		worded   bool   // the first story has a body
		day2     string // the weekday of the third article's lead ("" keeps its own: none)
		stories  [][]uint32
		join     [][2]uint32 // pairs of articles that end in one story
		apart    [][2]uint32 // pairs that stay apart
	}{
		{name: "two reports of each linked", thin: []anchorEdge{e(0, 2, 0.3), e(1, 3, 0.3)},
			stories: [][]uint32{{0, 1}, {2, 3}}, join: [][2]uint32{{0, 2}}},
		{name: "one thin link and one verified edge", thin: []anchorEdge{e(0, 2, 0.3)}, verified: []anchorEdge{e(1, 3, 0.6)},
			stories: [][]uint32{{0, 1}, {2, 3}}, join: [][2]uint32{{0, 2}}},
		{name: "verified edges alone (support.go's)", verified: []anchorEdge{e(0, 2, 0.6), e(1, 3, 0.6)},
			stories: [][]uint32{{0, 1}, {2, 3}}, apart: [][2]uint32{{0, 2}}},
		{name: "a lone report linked to both of a story", thin: []anchorEdge{e(4, 0, 0.3), e(4, 1, 0.3)},
			stories: [][]uint32{{0, 1}}, apart: [][2]uint32{{4, 0}}},
		{name: "links through one report of a side", thin: []anchorEdge{e(0, 2, 0.3), e(0, 3, 0.3)},
			stories: [][]uint32{{0, 1}, {2, 3}}, apart: [][2]uint32{{0, 2}}},
		{name: "two of a story of three linked", thin: []anchorEdge{e(0, 2, 0.3), e(1, 3, 0.3), e(1, 2, 0.3)},
			stories: [][]uint32{{0, 1}, {2, 3, 4}}, join: [][2]uint32{{0, 4}}},
		{name: "two of a story of four linked: not most", thin: []anchorEdge{e(0, 2, 0.3), e(1, 3, 0.3)},
			stories: [][]uint32{{0, 1}, {2, 3, 4, 5}}, apart: [][2]uint32{{0, 2}}},
		{name: "a story of copies", thin: []anchorEdge{e(0, 2, 0.3), e(1, 3, 0.3)}, worded: true,
			stories: [][]uint32{{0, 1}, {2, 3}}, apart: [][2]uint32{{0, 2}}},
		{name: "leads naming only other days", thin: []anchorEdge{e(0, 2, 0.3), e(1, 3, 0.3)}, day2: "Thursday",
			stories: [][]uint32{{0, 1}, {2, 3}}, apart: [][2]uint32{{0, 2}}},
		{name: "a day in common", thin: []anchorEdge{e(0, 2, 0.3), e(1, 3, 0.3)}, day2: "Saturday",
			stories: [][]uint32{{0, 1}, {2, 3}}, join: [][2]uint32{{0, 2}}},
		{name: "the middle story's best is the third", thin: []anchorEdge{e(0, 2, 0.3), e(1, 3, 0.3), e(2, 4, 0.4), e(3, 5, 0.4)},
			stories: [][]uint32{{0, 1}, {2, 3}, {4, 5}}, join: [][2]uint32{{2, 4}}, apart: [][2]uint32{{0, 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := unrelatedArticles()
			if tc.day2 != "" {
				arts[2].Text = "The Saldemoor vintner choir began a nine-village tour on " + tc.day2 + " with an evening concert in Pellorick."
			}
			ix, _ := partitionIndex(t, arts, nil)
			if ix.leads[0].day == 0 || tc.day2 != "" && ix.leads[2].day == 0 {
				t.Fatal("premise: the leads name their days")
			}
			for _, s := range tc.stories {
				for _, d := range s[1:] {
					ix.union(s[0], d)
				}
			}
			if tc.worded {
				ix.worded[ix.find(0)] = true
			}
			roots := make([]uint32, len(arts))
			for d := range roots {
				roots[d] = ix.find(uint32(d))
			}
			ix.thinEdges = tc.thin
			out := joinThinSupported(ix, tc.verified, roots)
			for _, p := range tc.join {
				if out[p[0]] != out[p[1]] {
					t.Errorf("%s and %s apart, want one story", arts[p[0]].ID, arts[p[1]].ID)
				}
			}
			for _, p := range tc.apart {
				if out[p[0]] == out[p[1]] {
					t.Errorf("%s and %s in one story, want apart", arts[p[0]].ID, arts[p[1]].ID)
				}
			}
			if ix.thinEdges != nil {
				t.Error("the index keeps its thin links after the pass")
			}
		})
	}
}
