package group

import "slices"

// moveLone returns the story roots after each lone article in best joins
// the story of its move's target (target(e), a doc number): out[a] =
// roots[target(best[a])]. Every move is decided against the stories
// before, all at once: an article whose target is itself a lone article
// moving elsewhere stays where it is, so no chain forms and the order of
// the map's walk cannot change the answer. joinBriefs (runs.go) and
// joinRetold (retold.go) both end here.
func moveLone[E any](roots []uint32, best map[uint32]E, target func(E) uint32) []uint32 {
	out := slices.Clone(roots)
	for a, e := range best {
		to := target(e)
		if _, moving := best[to]; moving {
			continue
		}
		out[a] = roots[to]
	}
	return out
}

// storiesOf returns the docs of each story by root, in doc order, and the
// docs alone in their story. joinStoryNames and joinLeadActs read them.
func storiesOf(roots []uint32) (map[uint32][]uint32, []uint32) {
	members := map[uint32][]uint32{}
	for d, r := range roots {
		members[r] = append(members[r], uint32(d))
	}
	var lone []uint32
	for d, r := range roots {
		if len(members[r]) == 1 {
			lone = append(lone, uint32(d))
		}
	}
	return members, lone
}

// heldByStories returns how much of lone doc a's items (hashes weighed wt)
// each story holds, by root: the items' weight and their count, an item
// counted once per story however many of its reports hold it. holders
// gives the docs holding each item; an item in more than walkCap of the
// batch's docs is no evidence of one story and is not counted. joinRetold
// (its rare words) and joinNamed (its anchors) both read it.
func heldByStories(a uint32, items []uint32, wt []float64, holders map[uint32][]uint32, roots []uint32) (map[uint32]float64, map[uint32]int) {
	held := map[uint32]float64{}
	count := map[uint32]int{}
	var seen []uint32
	for k, h := range items {
		p := holders[h]
		if len(p) > walkCap {
			continue
		}
		seen = seen[:0]
		for _, b := range p {
			if b == a || slices.Contains(seen, roots[b]) {
				continue
			}
			seen = append(seen, roots[b])
			held[roots[b]] += wt[k]
			count[roots[b]]++
		}
	}
	return held, count
}

// walkHolders fills want, keyed by the hashes asked for, with the docs
// whose list (lists[d]) holds each, in one walk of every doc's list; a
// bit per hash (its low bits) skips the map for most hashes, which no
// key is.
func walkHolders(want map[uint32][]uint32, lists [][]uint32) {
	words := 1
	for 64*words < 16*len(want) {
		words *= 2
	}
	bits := make([]uint64, words)
	mask := uint32(64*words - 1)
	for h := range want {
		b := h & mask
		bits[b/64] |= 1 << (b % 64)
	}
	for d, ws := range lists {
		for _, h := range ws {
			if b := h & mask; bits[b/64]&(1<<(b%64)) != 0 {
				if p, ok := want[h]; ok {
					want[h] = append(p, uint32(d))
				}
			}
		}
	}
}

// membersByRoot returns each story's docs by root.
func membersByRoot(roots []uint32) map[uint32][]uint32 {
	members := map[uint32][]uint32{}
	for d, r := range roots {
		members[r] = append(members[r], uint32(d))
	}
	return members
}

// loneItems asks items(a) of every doc alone in its story (roots[d], by
// doc) and returns the hashes they give as the keys of a map for
// walkHolders to fill: the lone docs' items, each with the docs holding
// it. items returns nil for a doc the pass does not ask.
func loneItems(roots []uint32, items func(a uint32) []uint32) map[uint32][]uint32 {
	size := make([]int32, len(roots))
	for _, r := range roots {
		size[r]++
	}
	want := map[uint32][]uint32{}
	for d := range roots {
		if size[roots[d]] != 1 {
			continue
		}
		for _, h := range items(uint32(d)) {
			want[h] = nil
		}
	}
	return want
}
