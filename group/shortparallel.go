package group

// Short parallel texts (issue 14, session 13). The parallel rule asks, as
// every anchor rule does, for MinSharedAnchors shared anchors that are not
// common: the who, the what and the where of a report, not one name. A text
// of one or two sentences (a wire take's closing line: who was in the
// audience, and where) names only three to five things, and each machine
// translation garbles one of them its own way ("Cavern" kept, "Club"
// translated), so two translations of it can share two of their four
// anchors while every word they share stands in its place. For such a text
// the floor is a majority of the anchors the shorter list holds, and at
// least two (a who and a where): fewer than MinSharedAnchors only for a
// text of fewer than 2·MinSharedAnchors−1 anchors that are not common. The
// rest of the parallel rule is unchanged — about one length, figures kept,
// topic words at TopicCosine, nearly all of them in place — and it is what
// tells one sentence in other words from two sentences naming one person.

// parallelFloor is the number of shared anchors that are not common the
// parallel rule asks of docs a and b (see above).
func (ix *Index) parallelFloor(a, b uint32, ps *pairScore) int {
	n := min(ix.uncommonCount(a, ps.commonW), ix.uncommonCount(b, ps.commonW))
	return min(MinSharedAnchors, max(2, (n+1)/2))
}

// uncommonCount is how many of doc d's anchors (as verification reads
// them) weigh more than commonW.
func (ix *Index) uncommonCount(d uint32, commonW float64) int {
	n := 0
	for _, x := range ix.anchorList(d) {
		if ix.weight(x) > commonW {
			n++
		}
	}
	return n
}

// candidateFloor is the number of kept anchors two docs must share for the
// batch to verify them: MinSharedAnchors, or for a short text the
// parallel rule's floor (parallelFloor) counted over all its anchors,
// common or not, as the candidates' hits count them. A list holds at
// least its anchors that are not common, so the gate is never below the
// floor the rule then asks; it lets through only pairs of a text of at
// most 2·MinSharedAnchors−2 anchors, and such a pair under
// MinSharedAnchors is an edge only when the parallel rule joins it (the
// other rules keep the floor they were measured with).
func (ix *Index) candidateFloor(a, b uint32) int {
	n := min(len(ix.anchorList(a)), len(ix.anchorList(b)))
	return min(MinSharedAnchors, max(2, (n+1)/2))
}
