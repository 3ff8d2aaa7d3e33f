package group

// chainTable is an open-addressing hash table from a 32-bit key to the
// newest entry of a chain; older entries of the chain are linked through a
// next array kept by the caller (one uint32 per entry), and each entry's
// key is read from a keys array kept by the caller too. A slot is one
// uint32 (entry+1, 0 for empty), plus an optional saturating uint16 count:
// about 6-10 bytes per distinct key at the load factors used (≤ 3/4), where
// a Go map of slices would cost 50 or more. This is what keeps the index
// under 1 KiB per article.
type chainTable struct {
	heads      []uint32
	counts     []uint16 // per slot, when withCounts
	used       int
	mask       uint32
	withCounts bool
}

func newChainTable(capacity int, withCounts bool) chainTable {
	size := 16
	for size*3 < capacity*4 {
		size *= 2
	}
	t := chainTable{heads: make([]uint32, size), mask: uint32(size - 1), withCounts: withCounts}
	if withCounts {
		t.counts = make([]uint16, size)
	}
	return t
}

func slotOf(key uint32) uint32 { return (key * 0x9e3779b1) ^ (key >> 15) }

// find returns the slot holding key, or the empty slot where it would go.
func (t *chainTable) find(keys []uint32, key uint32) uint32 {
	s := slotOf(key) & t.mask
	for {
		h := t.heads[s]
		if h == 0 || keys[h-1] == key {
			return s
		}
		s = (s + 1) & t.mask
	}
}

// head returns the newest entry for key, ok false when none.
func (t *chainTable) head(keys []uint32, key uint32) (entry uint32, slot uint32, ok bool) {
	s := t.find(keys, key)
	h := t.heads[s]
	if h == 0 {
		return 0, s, false
	}
	return h - 1, s, true
}

// count is the number of entries pushed for the key in slot (saturating).
func (t *chainTable) count(slot uint32) int {
	if !t.withCounts || t.heads[slot] == 0 {
		return 0
	}
	return int(t.counts[slot])
}

// pushAt is push for a slot just returned by find or head for the same
// key, saving a second probe.
func (t *chainTable) pushAt(keys []uint32, slot, entry uint32) uint32 {
	prev := t.heads[slot]
	if prev == 0 {
		t.used++
		if t.withCounts {
			t.counts[slot] = 0
		}
	}
	t.heads[slot] = entry + 1
	if t.withCounts && t.counts[slot] < ^uint16(0) {
		t.counts[slot]++
	}
	if t.used*4 > len(t.heads)*3 {
		t.grow(keys)
	}
	return prev
}

// push makes entry the newest of its key's chain and returns the previous
// newest (+1, 0 when none) for the caller's next array. keys[entry] must
// already be set.
func (t *chainTable) push(keys []uint32, entry uint32) uint32 {
	s := t.find(keys, keys[entry])
	prev := t.heads[s]
	if prev == 0 {
		t.used++
	}
	t.heads[s] = entry + 1
	if t.withCounts && t.counts[s] < ^uint16(0) {
		if prev == 0 {
			t.counts[s] = 0
		}
		t.counts[s]++
	}
	if t.used*4 > len(t.heads)*3 {
		t.grow(keys)
	}
	return prev
}

func (t *chainTable) grow(keys []uint32) {
	old, oldCounts := t.heads, t.counts
	size := len(old) * 2
	t.heads = make([]uint32, size)
	t.mask = uint32(size - 1)
	if t.withCounts {
		t.counts = make([]uint16, size)
	}
	for i, h := range old {
		if h == 0 {
			continue
		}
		s := t.find(keys, keys[h-1])
		t.heads[s] = h
		if t.withCounts {
			t.counts[s] = oldCounts[i]
		}
	}
}

// bytes is the memory held by the table.
func (t *chainTable) bytes() int { return 4*cap(t.heads) + 2*cap(t.counts) }
