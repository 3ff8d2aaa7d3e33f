package group

// How much of a lead another text tells. Several rules ask whether one
// article's lead — its headline and first LeadTokens words: who did what,
// where — is told in another article. They ask it in one way, leadShare:
// of the lead's terms, weighed, the share of the weight the other text
// holds, told when that share is at least LeadTold (a majority) and at
// least MinSharedAnchors terms of weight > 0 are shared (the floor the pair
// rules ask of anchors: the who, the what and the where, not one name).
// What differs is what is counted and how it weighs:
//
//   - told: the lead's anchors (names, numbers, dates), each weighing 1 —
//     the day rule, the two-languages rule, the small-batch rule, the
//     story-rarity pass and a wire client's retold lead;
//   - toldPersons: the lead's persons (leadnames.go), each weighing 1 —
//     the rare-anchor rule's leads that agree, where a first name or a
//     title is no one;
//   - wordsTold: the lead's words (names and numbers left out), weighed by
//     the pooled inverse document frequency, with the lead's persons the
//     other writes counted towards the floor — a wire client's brief that
//     retells a take's what in its own words (leadwords.go).
//
// Kept apart, because they ask something else: the cosines of two leads'
// words (leadWordCosine, eventjoin.go) and of two headlines
// (headlineCosine, headline.go) are symmetric — two independent reports
// each written alike, neither told in the other — and weigh by the squared
// topic weight, under which a word of one article weighs nothing; they
// share the walk over two sorted lists, weighedSums. And leadsShare and
// personsShared compare two leads with each other, not a lead with a whole
// text.

// leadShare is what a text tells of a lead: the weight of the lead's terms
// it holds, the lead's whole weight, and how many terms of weight > 0 it
// holds.
type leadShare struct {
	shared, total float64
	n             int
}

// shareOf measures lead terms L (sorted, no repeats) in text terms A
// (sorted): term L[i] weighs weight(i), or 1 when weight is nil. Weights
// are summed in L's order.
func shareOf(L, A []uint32, weight func(i int) float64) leadShare {
	var s leadShare
	j := 0
	for i := range L {
		w := 1.0
		if weight != nil {
			w = weight(i)
		}
		s.total += w
		for j < len(A) && A[j] < L[i] {
			j++
		}
		if j < len(A) && A[j] == L[i] && w > 0 {
			s.shared += w
			s.n++
		}
	}
	return s
}

// told reports whether the share tells the lead: a lead of some weight
// with at least LeadTold of it held and at least MinSharedAnchors terms
// shared, counting extra more (terms counted beside the weighed ones).
func (s leadShare) told(extra int) bool {
	return s.total > 0 && s.n+extra >= MinSharedAnchors && s.shared >= LeadTold*s.total
}

// told reports whether at least LeadTold and MinSharedAnchors of a lead's
// anchors L are in the anchor list A.
func told(L, A []uint32) bool {
	return shareOf(L, A, nil).told(0)
}

// leadTold reports whether one of two articles' leads is told in the
// other article (told; A and B are the articles' full anchor lists).
func leadTold(la, lb *lead, A, B []uint32) bool {
	return told(la.anchors, B) || told(lb.anchors, A)
}

// eachTold reports whether each of two articles' leads is told in the
// other article (told; A and B are the articles' full anchor lists): what
// the rules ask that have no day named in both leads, or no rare anchor,
// to say that the two tell one event.
func eachTold(la, lb *lead, A, B []uint32) bool {
	return told(la.anchors, B) && told(lb.anchors, A)
}

// sharedCount is the number of terms of sorted W among sorted A.
func sharedCount(W, A []uint32) int {
	n := 0
	forShared(W, A, func(int, int) bool { n++; return true })
	return n
}

// SharedAnchors is the number of anchors two sorted anchor lists
// (Fingerprint.Anchors) share: what the pair rules count against
// MinSharedAnchors.
func SharedAnchors(a, b []uint32) int { return sharedCount(a, b) }

// anyShared reports whether sorted A and B have a term in common.
func anyShared(A, B []uint32) bool {
	found := false
	forShared(A, B, func(int, int) bool { found = true; return false })
	return found
}
