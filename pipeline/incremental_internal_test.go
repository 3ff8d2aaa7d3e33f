package pipeline

import (
	"runtime"
	"slices"
	"testing"

	"crosswire/group"
)

// TestThirdStories checks which anchors' holders a region may need, by
// the store's count (no background: the batch's rare count is RareDF).
func TestThirdStories(t *testing.T) {
	tests := []struct {
		name          string
		own           int
		rare, counted bool
	}{
		{"held once", 1, false, false},
		{"rare pair", 2, true, false},
		{"rare at the bound", group.RareDF, true, false},
		{"common by articles", group.RareDF + 1, false, true},
		{"at WalkDF", group.WalkDF(), false, true},
		{"beyond WalkDF", group.WalkDF() + 1, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &Incremental{freq: group.Frequencies{DF: map[uint32]int32{42: int32(tt.own)}}}
			rare, counted := in.thirdStories(42)
			if rare != tt.rare || counted != tt.counted {
				t.Errorf("thirdStories(own %d) = %v, %v; want %v, %v", tt.own, rare, counted, tt.rare, tt.counted)
			}
		})
	}
}

// HoldersFootprint reports the anchors in holders, the holder IDs they
// keep, and the live heap bytes the holders take, measured by dropping
// them: in is unusable afterwards until it loads again.
func HoldersFootprint(in *Incremental) (anchors, ids int, bytes int64) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for x := range in.holders {
		anchors++
		for range in.holdersOf(x) {
			ids++
		}
	}
	before := liveHeap()
	in.holders, in.blocks, in.ids, in.loaded = nil, nil, nil, false
	return anchors, ids, before - liveHeap()
}

// liveHeap is the heap's live bytes after a collection.
func liveHeap() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// TestAddHolder checks that an anchor keeps the maxHolders smallest IDs
// of its holders whatever the arrival order, one holder inline, and none
// once the store holds it more than group.WalkDF times.
func TestAddHolder(t *testing.T) {
	tests := []struct {
		name   string
		ids    []string // in arrival order
		df     int      // the store's count after the last arrival (0: len(ids))
		want   []string
		single bool
	}{
		{"one", []string{"m"}, 0, []string{"m"}, true},
		{"two out of order", []string{"m", "c"}, 0, []string{"c", "m"}, false},
		{"the smallest kept", []string{"h", "g", "f", "e", "d", "c", "b", "a"}, 0, []string{"a", "b", "c", "d", "e", "f"}, false},
		{"ascending", []string{"a", "b", "c", "d", "e", "f", "g", "h"}, 0, []string{"a", "b", "c", "d", "e", "f"}, false},
		{"an ID again", []string{"b", "a", "b"}, 0, []string{"a", "b"}, false},
		{"at WalkDF", []string{"b", "a"}, group.WalkDF(), []string{"a", "b"}, false},
		{"beyond WalkDF", []string{"b", "a"}, group.WalkDF() + 1, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &Incremental{holders: map[uint32]uint32{}, freq: group.Frequencies{DF: map[uint32]int32{}}}
			for i, id := range tt.ids {
				in.freq.DF[7]++
				if i == len(tt.ids)-1 && tt.df > 0 {
					in.freq.DF[7] = int32(tt.df)
				}
				in.ids = append(in.ids, id)
				in.addHolder(7, uint32(len(in.ids)-1))
			}
			got := slices.Collect(in.holdersOf(7))
			if !slices.Equal(got, tt.want) || in.held(7) != (len(tt.want) > 0) {
				t.Errorf("holders %v (held %v); want %v", got, in.held(7), tt.want)
			}
			if v, ok := in.holders[7]; (ok && v&blockFlag == 0) != tt.single {
				t.Errorf("one holder inline: %v; want %v", ok && v&blockFlag == 0, tt.single)
			}
			// a reader stopping early gets the smallest
			for id := range in.holdersOf(7) {
				if id != tt.want[0] {
					t.Errorf("first holder %s; want %s", id, tt.want[0])
				}
				break
			}
		})
	}
}
