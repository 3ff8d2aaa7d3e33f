package group

import (
	"sync"
)

// The batch's verifications read the weight of every anchor of both
// articles (anchorScore), each a lookup of its frequency in the frozen
// counts' map, and the batch verifies each article against dozens of
// candidates in several passes. Once the counts are frozen and the
// unvouched ones weighed (weighUnvouched), an anchor's weight no longer
// changes, so the weights of every doc's full anchor list are read once
// (weighFull) and verify takes them by position: the same values, summed
// in the same order.

// weighFull sets fullW: the weight of each anchor of each doc's full list
// (doc d's at fullWOff[d]:fullWOff[d+1]), read by workers goroutines.
// Only for a batch whose counts are frozen and whose full lists are kept.
func (ix *Index) weighFull(workers int) {
	if !ix.keepFull || ix.frozen == nil {
		return
	}
	ix.fullWOff = make([]int32, len(ix.full)+1)
	for d, L := range ix.full {
		ix.fullWOff[d+1] = ix.fullWOff[d] + int32(len(L))
	}
	ix.fullW = make([]float64, ix.fullWOff[len(ix.full)])
	workers = max(workers, 1)
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() {
			for d := k; d < len(ix.full); d += workers {
				w := ix.fullW[ix.fullWOff[d]:ix.fullWOff[d+1]]
				for i, x := range ix.full[d] {
					w[i] = ix.weight(x)
				}
			}
		})
	}
	wg.Wait()
}

// fullWeights returns the weights of docs a's and b's full anchor lists
// (weighFull), ok false when they were not read.
func (ix *Index) fullWeights(a, b uint32) (wa, wb []float64, ok bool) {
	if len(ix.fullWOff) <= int(max(a, b))+1 {
		return nil, nil, false
	}
	return ix.fullW[ix.fullWOff[a]:ix.fullWOff[a+1]], ix.fullW[ix.fullWOff[b]:ix.fullWOff[b+1]], true
}

// anchorScoreAt is anchorScore with the anchors' weights given by
// position: wA[i] is A[i]'s when B lacks it, wB[j] B[j]'s when A lacks
// it, and shared[i] A[i]'s when both hold it (wA for verify; the details'
// bound passes lower weights for the unshared, detailTable.sameVerdict).
func (ps *pairScore) anchorScoreAt(A, B []uint32, wA, wB, shared []float64) {
	var wa, wb, s float64
	i, j := 0, 0
	for i < len(A) || j < len(B) {
		switch {
		case j >= len(B) || i < len(A) && A[i] < B[j]:
			wa += wA[i]
			i++
		case i >= len(A) || B[j] < A[i]:
			wb += wB[j]
			j++
		default:
			ps.addShared(shared[i], &wa, &wb, &s)
			i++
			j++
		}
	}
	ps.setAnchorScore(wa, wb, s)
}
