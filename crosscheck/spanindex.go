package crosscheck

import (
	"slices"

	"crosswire"
)

// spanIndex finds the spans of one article that hold a range of its text
// (a figure's claim, a name's person mention). The spans are sorted by
// start, and a query reads only those that start at most the longest
// span's length before the range's end — the only ones that can hold it
// (a claim or a name lies within a sentence): every span for every query
// made an article of many figures and claims, or names, quadratic (a
// megabyte of counted clauses or of "said X" without a full stop).
type spanIndex struct {
	spans   []crosswire.Span
	ord     []int // each sorted span's index in the spans given
	longest int
}

// newSpanIndex indexes spans (not modified).
func newSpanIndex(spans []crosswire.Span) spanIndex {
	x := spanIndex{ord: make([]int, len(spans))}
	for i, s := range spans {
		x.ord[i] = i
		x.longest = max(x.longest, s.End-s.Start)
	}
	slices.SortStableFunc(x.ord, func(a, b int) int { return spans[a].Start - spans[b].Start })
	x.spans = make([]crosswire.Span, len(spans))
	for i, o := range x.ord {
		x.spans[i] = spans[o]
	}
	return x
}

// holding calls fn with the index (in the spans given) of each span that
// holds the range start–end, until fn returns false.
func (x spanIndex) holding(start, end int, fn func(i int) bool) {
	// the spans starting after the range's start hold it not
	i, _ := slices.BinarySearchFunc(x.spans, start+1, func(s crosswire.Span, v int) int { return s.Start - v })
	for j := i - 1; j >= 0 && x.spans[j].Start >= end-x.longest; j-- {
		if x.spans[j].End >= end && !fn(x.ord[j]) {
			return
		}
	}
}
