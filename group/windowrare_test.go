package group

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// TestWindowPairBounds checks which refused pairs the window pass verifies
// again (windowrare.go): a dated pair within copyWindowHours whose names
// the batch's count makes common while the pair alone would call them
// rare — and no pair alone, no undated or distant pair, no pair without a
// background.
func TestWindowPairBounds(t *testing.T) {
	day := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	dated := func(a crosswire.Article, hours int) crosswire.Article {
		p := day.Add(time.Duration(hours) * time.Hour)
		a.Published = &p
		return a
	}
	// the fictional ferry reports of smallbatch_test.go: five reports
	// naming the ferry, the port and the operator
	five := func(hoursB int) []crosswire.Article {
		ferryD := ferryNoPort
		ferryD.ID = "d"
		ferryE := ferryC
		ferryE.ID = "e"
		return []crosswire.Article{dated(ferryA, 0), dated(ferryB, hoursB), dated(ferryC, 3), dated(ferryD, 4), dated(ferryE, 5)}
	}
	tests := []struct {
		name string
		arts []crosswire.Article
		bg   *Background
		want bool
	}{
		{"five reports within a day: the batch's count vetoes, the pair's would not", five(2), DefaultBackground(), true},
		{"a pair alone is judged as before", five(2)[:2], DefaultBackground(), false},
		{"filed more than copyWindowHours apart", five(3 * 24), DefaultBackground(), false},
		{"undated", func() []crosswire.Article {
			arts := five(2)
			arts[1].Published = nil
			return arts
		}(), DefaultBackground(), false},
		{"no background: the batch's count is the only one", five(2), NoBackground(), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := slices.Clone(tc.arts)
			slices.SortFunc(arts, func(x, y crosswire.Article) int { return strings.Compare(x.ID, y.ID) })
			ix, _ := partitionIndex(t, arts, tc.bg)
			// the pair a+b, as the pairwise pass scored it, taken as
			// refused
			_, ps := ix.verify(0, 1)
			if got := ix.windowPair(&ps, 0, 1); got != tc.want {
				t.Errorf("windowPair = %v (shared %d, rare %d, gap %d); want %v", got, ps.shared, ps.rare, ps.gap, tc.want)
			}
		})
	}
}

// TestJoinWindowRareCancelled: the window pass stops on a cancelled
// context with the context's error, wrapped, and adds no edge.
func TestJoinWindowRareCancelled(t *testing.T) {
	ix, _ := partitionIndex(t, []crosswire.Article{ferryA, ferryB}, DefaultBackground())
	edges := len(ix.anchorEdges) + len(ix.quotedEdges)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	err := ix.joinWindowRare(ctx, []anchorEdge{{a: 0, b: 1}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("joinWindowRare on a cancelled context: %v; want context.Canceled", err)
	}
	if got := len(ix.anchorEdges) + len(ix.quotedEdges); got != edges {
		t.Errorf("%d edges after the cancelled pass, %d before", got, edges)
	}
}
