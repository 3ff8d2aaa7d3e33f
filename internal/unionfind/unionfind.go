// Package unionfind is the disjoint-set forest crosswire's stages share:
// grouping joins articles into stories with it, crosscheck joins the
// mentions of one entity. Union by rank with path halving: near-constant
// amortised time per operation (Tarjan 1975), four bytes and one byte per
// element.
package unionfind

// Forest is a disjoint-set forest over the elements 0…Len()-1. The zero
// value is an empty forest; Add grows it.
type Forest struct {
	parent []uint32
	rank   []uint8
}

// New returns a forest of n singletons.
func New(n int) *Forest {
	f := &Forest{}
	f.Grow(n)
	for range n {
		f.Add()
	}
	return f
}

// Grow makes room for n more elements without reallocating.
func (f *Forest) Grow(n int) {
	if n <= cap(f.parent)-len(f.parent) {
		return
	}
	p := make([]uint32, len(f.parent), len(f.parent)+n)
	copy(p, f.parent)
	r := make([]uint8, len(f.rank), len(f.rank)+n)
	copy(r, f.rank)
	f.parent, f.rank = p, r
}

// Add adds a singleton and returns it.
func (f *Forest) Add() uint32 {
	x := uint32(len(f.parent))
	f.parent = append(f.parent, x)
	f.rank = append(f.rank, 0)
	return x
}

// Len is the number of elements.
func (f *Forest) Len() int { return len(f.parent) }

// Bytes is the memory the forest holds (its capacity).
func (f *Forest) Bytes() int { return 4*cap(f.parent) + cap(f.rank) }

// Find returns the root of x's set.
func (f *Forest) Find(x uint32) uint32 {
	p := f.parent
	for p[x] != x {
		p[x] = p[p[x]]
		x = p[x]
	}
	return x
}

// Split makes every element of members a set of its own. members must
// be whole sets (every element of each set it touches), so that no other
// element's parent is among them; Union them again to regroup.
func (f *Forest) Split(members []uint32) {
	for _, x := range members {
		f.parent[x], f.rank[x] = x, 0
	}
}

// Union joins the sets of a and b. It returns the root of the joined set
// and the root that was put under it; merged is false when a and b were
// already in one set (then root == child).
func (f *Forest) Union(a, b uint32) (root, child uint32, merged bool) {
	ra, rb := f.Find(a), f.Find(b)
	if ra == rb {
		return ra, ra, false
	}
	if f.rank[ra] < f.rank[rb] {
		ra, rb = rb, ra
	}
	f.parent[rb] = ra
	if f.rank[ra] == f.rank[rb] {
		f.rank[ra]++
	}
	return ra, rb, true
}

// Sets returns the sets, each in increasing order, in order of their
// smallest element.
func (f *Forest) Sets() [][]int {
	index := make(map[uint32]int)
	var out [][]int
	for i := range f.parent {
		r := f.Find(uint32(i))
		k, ok := index[r]
		if !ok {
			k = len(out)
			index[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}
