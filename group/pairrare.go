package group

import (
	"math"
	"slices"
)

// Rarity as the pair alone counts it (issue 14, twelfth round, CASIE
// recall). Inside a batch an event's dozen reports make its names common
// by the batch's article count, so two of its reports share no name that
// is "rare" there while the same two checked alone share several: the
// judgement depends on the batch. aloneScore scores a pair as it is scored
// checked alone: each anchor's count is the pair's own (1, or 2 when both
// hold it) blended with the background's, in a collection of the
// background's articles plus the two — the batch's counts do not enter.
//
// Rarity by the background alone cannot tell an event's reports from the
// follow-ups of one affair or two events of one kind in a subject the
// background does not know (a name the background never saw is rare to
// every pair): on the CASIE read gold's undated pairs the batch refuses,
// the rare-anchor rule scored so joins as many pairs of one affair or kind
// as of one event (group/NOTEBOOK.md, CASIE recall; PAIRS=1 on
// TestCASIEEventsGold). What tells them apart there is the day: reports of
// one event are filed within a day or two, an affair's follow-ups on
// other days. So pairRareEdge asks it only of a pair filed within 48
// hours (the window in which anchorEdge already reads time proximity as
// evidence of one event), whose leads name an event class in common
// (sameLeadEvent) and no different days. Bound: the batch's counts may
// only veto — at least one shared anchor must be rare by the batch's own
// blended count too (as the topic rule asks); within 14 days it joined a
// reprinted affair's follow-ups, whose names the background never saw
// (reprint benchmark, batch with times, 0.9715 → 0.9073; within 48 hours
// 0.9644; with the veto 0.9715). A pair alone is scored as before: its
// batch rarity is its alone rarity.

// pairRareHours is pairRareEdge's window: anchorScale's two days.
const pairRareHours = 48

// aloneScore returns the anchor signals of docs a and b (their sorted
// anchor lists A, B) as the pair checked alone has them: shared, rare and
// cosine with the background's counts and the pair's own.
func (ix *Index) aloneScore(A, B []uint32) pairScore {
	n := 2
	if ix.bg != nil {
		n += ix.bg.Docs
	}
	bgDF := func(x uint32) int {
		if ix.bg == nil {
			return 0
		}
		return int(ix.bg.anchors.get(x))
	}
	var ps pairScore
	if n >= RareMinN {
		ps.rareW = math.Log(float64(n+1) / float64(ix.rareDF()))
	}
	if n >= 50 {
		ps.commonW = idf(int(commonFraction*float64(n))+1, n)
	}
	ps.anchorScore(A, B, func(x uint32) float64 {
		own := 1
		if _, inA := slices.BinarySearch(A, x); inA {
			if _, inB := slices.BinarySearch(B, x); inB {
				own = 2
			}
		}
		return idf(own+bgDF(x), n)
	})
	return ps
}

// pairRareEdge is the rare-anchor rule with rarity as the pair alone
// counts it (aloneScore), asked in the batch of a pair the batch's rules
// refused: both publication times known and at most 48 hours apart, one
// shared anchor rare by the batch's count (ps.rare), MinSharedAnchors
// shared and MinSharedRare rare at EdgeAnchorCosineLow·0.9 as the pair
// alone scores them, and leads that tell one occasion (leadsOneOccasion:
// an event class in common, no different days).
func (ix *Index) pairRareEdge(a, b uint32, ps *pairScore) bool {
	if ps.gap < 0 || ps.gap > pairRareHours || ps.rare < 1 || ps.sameOutlet || ps.sameSlug || !ix.keepFull || len(ix.leads) <= int(max(a, b)) || !ix.readsArticles() {
		return false
	}
	alone := ix.aloneScore(ix.full[a], ix.full[b])
	if alone.shared < MinSharedAnchors || alone.rare < MinSharedRare || alone.cosine < EdgeAnchorCosineLow*anchorScale(ps.gap) {
		return false
	}
	return ix.leadsOneOccasion(a, b)
}
