package group

import (
	"slices"
	"testing"
	"time"

	"crosswire"
)

// TestJoinSupported joins two stories along the batch's verified edges
// only when two or more different articles of each verify with the other,
// filed within two days or both undated: an edge pair through one
// article, a lone article, a story of copies (left to copyEdges), articles
// filed three days apart, and undated stories whose side's two articles
// are versions of one text do not join. The articles are fictional and
// unrelated (but for the versions); the stories and edges are set by
// hand.
func TestJoinSupported(t *testing.T) {
	e := func(a, b uint32) anchorEdge { return anchorEdge{a: a, b: b, cos: 0.5} }
	tests := []struct {
		name     string
		edges    []anchorEdge
		worded   bool // the first story has a body
		later    int  // hours after the first story the second's are filed; -1 undated
		versions bool // article 1 is a version of article 0 (the same names, reworded)
		join     bool // stories {0,1} and {2,3} end as one
	}{
		{"two articles of each verify across", []anchorEdge{e(0, 2), e(1, 3)}, false, 0, false, true},
		{"the same edges in the other order and direction", []anchorEdge{e(3, 1), e(2, 0)}, false, 0, false, true},
		{"filed two days apart", []anchorEdge{e(0, 2), e(1, 3)}, false, 48, false, true},
		{"filed three days apart", []anchorEdge{e(0, 2), e(1, 3)}, false, 72, false, false},
		{"undated", []anchorEdge{e(0, 2), e(1, 3)}, false, -1, false, true},
		{"undated, one side two versions of one text", []anchorEdge{e(0, 2), e(1, 3)}, false, -1, true, false},
		{"dated, one side two versions of one text", []anchorEdge{e(0, 2), e(1, 3)}, false, 0, true, true},
		{"a chain through one article of one side", []anchorEdge{e(0, 2), e(0, 3)}, false, 0, false, false},
		{"one edge seen from both ends", []anchorEdge{e(0, 2), e(2, 0)}, false, 0, false, false},
		{"a story of copies", []anchorEdge{e(0, 2), e(1, 3)}, true, 0, false, false},
	}
	day := time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := unrelatedArticles()
			if tc.versions {
				arts[1] = crosswire.Article{ID: "a1", Title: "Cider medal for Brellin orchard", Text: "Tolmacott's Brellin orchard took the regional cider medal with its dry perry on Saturday."}
			}
			later := day.Add(time.Duration(tc.later) * time.Hour)
			dated := slices.Clone(arts)
			for i := range dated {
				switch {
				case tc.later < 0:
				case i == 2 || i == 3:
					dated[i].Published = &later
				default:
					dated[i].Published = &day
				}
			}
			ix, roots := partitionIndex(t, dated, nil)
			story := []int{0, 0, 1, 1, 2, 3}
			for i := range roots {
				for j := i + 1; j < len(roots); j++ {
					if roots[i] == roots[j] && story[i] != story[j] {
						t.Fatalf("premise: %s and %s grouped together", arts[i].ID, arts[j].ID)
					}
				}
			}
			ix.union(0, 1)
			ix.union(2, 3)
			if tc.worded {
				ix.worded[ix.find(0)] = true
			}
			// a lone article verified with each story's two never joins
			edges := append(tc.edges, e(4, 0), e(4, 1), e(4, 2), e(4, 3))
			ix.joinSupported(edges)
			if got := ix.find(0) == ix.find(2); got != tc.join {
				t.Errorf("stories joined = %v, want %v", got, tc.join)
			}
			if ix.find(4) == ix.find(0) || ix.find(4) == ix.find(2) {
				t.Error("the lone article joined a story")
			}
			if ix.find(1) != ix.find(0) || ix.find(3) != ix.find(2) {
				t.Error("a story came apart")
			}
		})
	}
}

// TestAddSupportKeepsMinSupport: a side of a story pair keeps at most
// minSupport different articles, however many of its articles verify
// across (two stories of 5,000 articles each, every pair an edge), and a
// repeated article counts once.
func TestAddSupportKeepsMinSupport(t *testing.T) {
	tests := []struct {
		name string
		arts []uint32
		want int
	}{
		{"one article twice", []uint32{7, 7, 7}, 1},
		{"two articles", []uint32{7, 9, 7}, minSupport},
		{"5,000 articles", func() []uint32 {
			var a []uint32
			for i := range uint32(5000) {
				a = append(a, i)
			}
			return a
		}(), minSupport},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var side []uint32
			for _, a := range tc.arts {
				side = addSupport(side, a)
			}
			if len(side) != tc.want {
				t.Errorf("side keeps %d articles, want %d", len(side), tc.want)
			}
		})
	}
}

// unrelatedArticles are six fictional articles that share no story, for
// tests that set stories and edges by hand.
func unrelatedArticles() []crosswire.Article {
	return []crosswire.Article{
		{ID: "a0", Title: "Brellin orchard wins regional cider medal", Text: "The Brellin orchard near Tolmacott won the regional cider medal on Saturday for its dry perry."},
		{ID: "a1", Title: "Harbour ferry Ostrava Lark returns to service", Text: "The ferry Ostrava Lark returned to the Quenby crossing after six weeks of engine repairs."},
		{ID: "a2", Title: "Vintner choir of Saldemoor tours the valley", Text: "The Saldemoor vintner choir began a nine-village tour with an evening concert in Pellorick."},
		{ID: "a3", Title: "Gravetown library extends opening hours", Text: "Gravetown library will open until nine on weekdays from March, the Drisk council said."},
		{ID: "a4", Title: "Kestrel pair nests on Morrowgate clock tower", Text: "A pair of kestrels has nested on the Morrowgate clock tower for the third spring running."},
		{ID: "a5", Title: "Tannery museum of Hobbleford reopens", Text: "The Hobbleford tannery museum reopened with a new gallery of leather tools from Wendle."},
	}
}
