package group

import "math"

// The details' pass (joinByDetails) verifies each collected pair twice,
// with the batch's weights and with the details a third story holds
// reweighed (anchorScoreByDetails), and most pairs are far below every
// cosine bar both times. verify reads the anchor weights only through the
// pair's cosine and anchor containment: every rule that joins by anchors
// or after them asks a cosine of at least EdgeAnchorCosineLow·0.9 (the
// anchor clauses, the low floor, the parallel rule) or no cosine at all
// (the headline rules once a shared anchor is rare, the pair-rarity rule),
// and the containment is asked only by the cross-script rule and the
// undated one-outlet refusal. So a pair of one script that is dated or of
// two outlets, whose cosine is below that bar with both weightings, gets
// one verdict from both verifies: joined by the first (the pass leaves it)
// or refused by both. Such a pair is left without verifying it.
//
// The bound: each anchor only one of the pair holds weighs, in either
// verify, at least the smaller of its batch weight and its reweighed
// weight (the latter only where anchorScoreByDetails may reweigh it: a
// detail more articles hold than its own story's docs); shared anchors
// keep the batch's weight in both. Summed in verify's order (float
// rounding is monotone), the sums bound both verifies' sums from below,
// so S/√(Wa·Wb) bounds both cosines from above.

// detailWeights holds, for each doc of joinByDetails' pairs, each anchor
// of its full list (at off[d]:off[d+1]) with its batch weight w, the
// smaller lo of that and its reweighed weight, and whether it counts as a
// detail (detailCounts: its holders are collected); moves[d] is whether
// some anchor of d may be reweighed (lo ≠ w possible).
type detailWeights struct {
	off    []int32
	w, lo  []float64
	counts []bool
	moves  []bool
}

// newDetailWeights weighs the anchors of every doc not skipped (roots:
// each doc's story root; ix.detailHolders set).
func (ix *Index) newDetailWeights(roots []uint32, skip []bool, commonW float64) *detailWeights {
	n := ix.collectionSize()
	beta := float64(ix.frozenOwnN) / float64(n)
	dw := &detailWeights{off: make([]int32, len(roots)+1), moves: make([]bool, len(roots))}
	total := 0
	for d := range roots {
		if !skip[d] {
			total += len(ix.full[d])
		}
		dw.off[d+1] = int32(total)
	}
	dw.w, dw.lo, dw.counts = make([]float64, total), make([]float64, total), make([]bool, total)
	for d := range roots {
		if skip[d] {
			continue
		}
		r := roots[d]
		k := dw.off[d]
		for i, x := range ix.full[d] {
			w, own, bg, ok := ix.detail(x, commonW)
			dw.w[k+int32(i)], dw.lo[k+int32(i)] = w, w
			dw.counts[k+int32(i)] = ownDetail(own) && w > commonW
			if ok && own > ix.holds(roots, r, x) {
				dw.lo[k+int32(i)] = min(w, aloneBlend(w, bg, n, beta))
				dw.moves[d] = true
			}
		}
	}
	return dw
}

// sameVerdict reports whether verify gives docs a and b one verdict with
// the batch's weights and with the details reweighed (see above): the
// pair is of one script, dated or not one outlet's, and the cosine bound
// is below floor, the lowest cosine bar of verify's rules.
func (dw *detailWeights) sameVerdict(ix *Index, a, b uint32, floor float64) bool {
	if ix.cjk[a] != ix.cjk[b] {
		return false
	}
	if (ix.hours[a] == 0 || ix.hours[b] == 0) && ix.outlets[a] != 0 && ix.outlets[a] == ix.outlets[b] {
		return false
	}
	A, B := ix.full[a], ix.full[b]
	wA, loA := dw.w[dw.off[a]:dw.off[a+1]], dw.lo[dw.off[a]:dw.off[a+1]]
	loB := dw.lo[dw.off[b]:dw.off[b+1]]
	// verify's sums (anchorScoreApart), in its order, each anchor only
	// one holds at its lower weight
	var wa, wb, s float64
	i, j := 0, 0
	for i < len(A) || j < len(B) {
		switch {
		case j >= len(B) || i < len(A) && A[i] < B[j]:
			wa += loA[i]
			i++
		case i >= len(A) || B[j] < A[i]:
			wb += loB[j]
			j++
		default:
			w := wA[i]
			wa += w
			wb += w
			s += w
			i++
			j++
		}
	}
	cos := 0.0
	if wa > 0 && wb > 0 {
		cos = s / math.Sqrt(wa*wb)
	}
	return cos < floor
}
