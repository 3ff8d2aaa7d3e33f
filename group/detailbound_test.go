package group

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomAnchors returns a sorted list of distinct anchors drawn from
// [0, universe) and a weight for every anchor of the universe.
func randomAnchors(r *rand.Rand, n, universe int) []uint32 {
	seen := map[uint32]bool{}
	var L []uint32
	for len(L) < n {
		x := uint32(r.IntN(universe))
		if !seen[x] {
			seen[x] = true
			L = append(L, x)
		}
	}
	slices.Sort(L)
	return L
}

// TestAnchorScoreAt checks that weights read by position score a pair as
// anchorScore scores it with the same weights read by anchor: every
// field, to the bit.
func TestAnchorScoreAt(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for k := range 200 {
		universe := 20 + r.IntN(200)
		weight := make([]float64, universe)
		for i := range weight {
			weight[i] = 10 * r.Float64()
			if r.IntN(5) == 0 {
				weight[i] = 0
			}
		}
		A := randomAnchors(r, r.IntN(min(universe, 60)), universe)
		B := randomAnchors(r, r.IntN(min(universe, 60)), universe)
		at := func(L []uint32) []float64 {
			w := make([]float64, len(L))
			for i, x := range L {
				w[i] = weight[x]
			}
			return w
		}
		base := pairScore{commonW: 3, rareW: 7}
		want, got := base, base
		want.anchorScore(A, B, func(x uint32) float64 { return weight[x] })
		got.anchorScoreAt(A, B, at(A), at(B), at(A))
		if got != want {
			t.Fatalf("case %d: by position %+v, by anchor %+v", k, got, want)
		}
	}
}

// TestDetailBounds checks the details' pass bounds on random pairs: with
// each unshared anchor at its lower weight (the smaller of its weight
// and an alternative), sameVerdict's cosine and belowBySums' bound are at
// least the pair's cosine whichever of the two weights each unshared
// anchor takes — so a pair either bound puts below a bar is below it
// with both weightings.
func TestDetailBounds(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for k := range 500 {
		universe := 20 + r.IntN(200)
		w := make([]float64, universe)
		alt := make([]float64, universe)
		detail := make([]bool, universe)
		for i := range w {
			w[i] = 10 * r.Float64()
			alt[i] = w[i]
			if detail[i] = r.IntN(2) == 0; detail[i] && r.IntN(2) == 0 {
				alt[i] = 12 * r.Float64()
			}
		}
		A := randomAnchors(r, 1+r.IntN(min(universe-1, 60)), universe)
		B := randomAnchors(r, 1+r.IntN(min(universe-1, 60)), universe)
		// the bound's inputs, as newDetailTable fills them
		tab := &detailTable{off: []int32{0, int32(len(A)), int32(len(A) + len(B))}, la: make([]float64, 2),
			nd: make([]int32, 2), nn: make([]int32, 2)}
		shared := 0.0
		for d, L := range [][]uint32{A, B} {
			tab.nd[d] = int32(len(tab.ndX))
			for _, x := range L {
				lo := min(w[x], alt[x])
				tab.w, tab.lo = append(tab.w, w[x]), append(tab.lo, lo)
				tab.la[d] += lo
				if !detail[x] {
					tab.ndX, tab.ndW = append(tab.ndX, x), append(tab.ndW, w[x])
				} else if _, inB := slices.BinarySearch(B, x); d == 0 && inB {
					shared += w[x]
				}
			}
			tab.nn[d] = int32(len(tab.ndX)) - tab.nd[d]
		}
		var bound pairScore
		bound.anchorScoreAt(A, B, tab.lo[:len(A)], tab.lo[len(A):], tab.w[:len(A)])
		// a weighting: each unshared anchor at its weight or at its
		// alternative, at random
		for range 8 {
			pick := make([]float64, universe)
			for i := range pick {
				pick[i] = w[i]
				if r.IntN(2) == 0 {
					pick[i] = alt[i]
				}
			}
			var ps pairScore
			ps.anchorScoreApart(A, B, func(x uint32) float64 { return w[x] }, func(x uint32, _ bool) float64 { return pick[x] })
			if ps.cosine > bound.cosine {
				t.Fatalf("case %d: cosine %v above sameVerdict's bound %v", k, ps.cosine, bound.cosine)
			}
			if floor := ps.cosine * (1 + 1e-12); belowBySums(shared+tab.sharedOther(0, 1), tab.la[0], tab.la[1], floor) {
				t.Fatalf("case %d: belowBySums puts cosine %v below itself", k, ps.cosine)
			}
		}
		if math.IsNaN(bound.cosine) {
			t.Fatalf("case %d: bound NaN", k)
		}
	}
}
