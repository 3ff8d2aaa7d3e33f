package group

import (
	"math/rand/v2"
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
