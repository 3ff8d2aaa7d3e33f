package group

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestCandidatesReset: reset leaves every slot empty, whatever the docs'
// probe runs (many docs on few slots, a rebuild on the way), and the
// table counts hits as before after it.
func TestCandidatesReset(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var c candidates
	for round := range 50 {
		c.reset()
		n := 1 + r.IntN(5000) // up to past a rebuild of the 4,096 slots
		want := map[uint32]int{}
		for range n {
			doc := uint32(r.IntN(3 * n)) // repeats, and runs of near docs
			if round%2 == 1 {
				doc <<= 12 // docs that collide more
			}
			c.add(doc, false)
			want[doc]++
		}
		if len(c.list) != len(want) {
			t.Fatalf("round %d: %d candidates, want %d", round, len(c.list), len(want))
		}
		for _, x := range c.list {
			if x.hits != want[x.doc] {
				t.Fatalf("round %d: doc %d %d hits, want %d", round, x.doc, x.hits, want[x.doc])
			}
		}
	}
	c.reset()
	for i, s := range c.slots {
		if s != 0 {
			t.Fatalf("slot %d holds %d after reset", i, s)
		}
	}
	if len(c.list) != 0 {
		t.Fatalf("%d candidates after reset", len(c.list))
	}
}

// TestCorePostings: the one-array postings are the stories of each
// anchor in story order, as appending them story by story gives.
func TestCorePostings(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 20 {
		vec := make([][]coreEntry, r.IntN(200))
		want := map[uint32][]int32{}
		for k := range vec {
			a := uint32(0)
			for range r.IntN(30) {
				a += 1 + uint32(r.IntN(round+2)) // anchors ascending, often shared
				vec[k] = append(vec[k], coreEntry{a: a})
				want[a] = append(want[a], int32(k))
			}
		}
		got := corePostings(vec)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d anchors, want %d", round, len(got), len(want))
		}
		for a, w := range want {
			if !slices.Equal(got[a], w) {
				t.Fatalf("round %d: anchor %d in %v, want %v", round, a, got[a], w)
			}
		}
	}
}
