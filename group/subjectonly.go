package group

import "slices"

// The subject alone (issue 14, session 21). Two versions of one story
// share its who and its what: the person and the words of what happened
// ("injunction", "wedding", "resigned"). Two stories of one celebrity
// months apart — a book she wants stopped, an interview about her health
// — share her name and nothing else: the nickname, the given name and
// the surname give the anchor rules three or four shared anchors at a
// version's cosine, yet they are one who, and not one word of either
// account is in the other.
//
// So an anchor edge is refused when every shared anchor that is not
// common is a name (no figure, date or code), the shared names make one
// name (each joined to the others by the two texts' runs of adjacent
// names: "Delia Vance" written "Dee Vance" and "Delia" is one), and the
// two texts share no ordinary word that weighs (their topic cosine is 0:
// no lower-case word outside the common ones in both). A veto only,
// asked of a batch pair whose texts are read, in languages the
// background covers (a Catalan text's words are not weighed, so its
// cosine says nothing). No threshold: a word is shared or not.
//
// Measured (TestPairsApartSignals, session 21): among the pairs the anchor
// rules join as a pair, one name alone and no shared weighed word holds
// for one different-story pair of meter-showbiz (a book injunction against
// a health interview five months earlier) and no same-story pair of
// METER, bbc-mt-catalan or mmds (two METER pairs share one name alone
// but also words of the account).

// subjectOnly reports whether batch docs a and b share one name alone and
// no weighed word (see above); A and B are their full anchor lists.
func (ix *Index) subjectOnly(a, b uint32, A, B []uint32, ps *pairScore) bool {
	if !ix.keepFull || !ix.readsArticles() || ix.topics.arts[a] == nil || ix.topics.arts[b] == nil ||
		ix.topics.covered != nil && !(ix.topics.covered[a] && ix.topics.covered[b]) {
		return false
	}
	var names []uint32
	figure := false
	forShared(A, B, func(i, _ int) bool {
		x := A[i]
		if ix.weight(x) <= ps.commonW {
			return true
		}
		if x&stableBit == 0 {
			figure = true
			return false
		}
		names = append(names, x)
		return true
	})
	if figure || len(names) == 0 || ix.topicCosine(a, b, ps) != 0 {
		return false
	}
	e := &ix.topics.events
	return oneName(names, e.textLinksOf(a, ix.topics.arts[a], A), e.textLinksOf(b, ix.topics.arts[b], B))
}

// oneName reports whether the name anchors (sorted) are all joined into
// one by the links of adjacent names of the texts (each link two anchors,
// the first in the high 32 bits): one person's given name, nickname and
// surname.
func oneName(names []uint32, links ...[]uint64) bool {
	parent := make([]int, len(names))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	index := func(x uint32) int {
		if i, ok := slices.BinarySearch(names, x); ok {
			return i
		}
		return -1
	}
	groups := len(names)
	for _, ls := range links {
		for _, k := range ls {
			u, v := index(uint32(k>>32)), index(uint32(k))
			if u < 0 || v < 0 {
				continue
			}
			if ru, rv := find(u), find(v); ru != rv {
				parent[ru] = rv
				groups--
			}
		}
	}
	return groups == 1
}
