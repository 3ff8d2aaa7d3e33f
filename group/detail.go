package group

import (
	"cmp"
	"slices"
)

// An article's details weighed by the stories that hold them (issue 14,
// twelfth round, alone vs inside the file). A pair's anchor cosine is the
// weight of what the two share over the weight of all each has: an
// article's details — anchors the other of the pair lacks — lower it.
// Checked alone, a detail the background never saw is in one article and
// weighs nothing (UniqueMinN); inside a large batch it weighs fully as
// soon as one unrelated article holds it, so two reports of one event that
// join alone are refused inside the file (CASIE read gold: of the pairs
// joined alone and refused in the whole file, 28 of 33 lose cosine, and
// in 20 mostly or partly by the details' weights; TestCASIEAloneVsFile).
// The batch's count of a detail says two things: held by the article's own
// story (its copies, its event's other reports) it is that story's — and
// keeps the story's follow-ups apart — while held by other stories only it
// tells nothing about this pair that the pair alone would not weigh.
// Weighing every detail as alone (tried) lifted the file but merged
// follow-ups and events of one kind in small batches (group/NOTEBOOK.md).
//
// So, after the other passes, the stories are known: a pair of different
// stories sharing MinSharedAnchors anchors that verify refuses is verified
// again with each detail that a third story holds — neither the article's
// own nor the other's (a detail the other's story holds is one the two
// stories share) — weighed as the pair alone weighs it, blended with the
// batch's weight by the collection's own share β = n/N′ (the background
// blend's bound): (1−β)·idf(1+bg, N′) + β·w. Bound: the batch's count of
// such a detail enters with weight β; a detail only the two stories hold,
// a detail held once, a weighUnvouched estimate and the shared anchors
// keep the batch's weights. Only for two articles in languages the
// background covers (what it never saw is then rare: as storyRareShared).
// Not for a story with a body (Index.worded: a story of copies), as rareByStories: a story of copies is one text's
// details repeated, and its follow-ups and a day's other stories of its
// subject hold them (without this guard meter one run 0.9541 → 0.8039,
// reprints batch without times 0.9316 → 0.9032). Each story takes its best
// such match (highest cosine, ties to the smaller root) and the matches
// are joined, once. A pair checked alone is two stories of one article
// each: no detail is held by a third story, so nothing changes.

// joinByDetails returns roots (each doc's root after the other passes)
// with stories joined by pairs verify joins once their details are
// weighed by the stories that hold them (see above). Batch with a
// background only.
func joinByDetails(ix *Index, roots []uint32) []uint32 {
	if !ix.keepFull || ix.frozen == nil || ix.bg == nil || ix.topics == nil {
		return roots
	}
	out := slices.Clone(roots)
	// a story of copies (worded) is one text's details repeated: its
	// follow-ups and a day's other stories of its subject hold them, as
	// rareByStories asks
	body := map[uint32]bool{}
	for d := range out {
		if ix.worded[ix.find(uint32(d))] {
			body[out[d]] = true
		}
	}
	covered := ix.topics.covered
	commonW := ix.commonWeight()
	// skip[d]: d is in a story of copies or a language the background
	// does not cover — no pair of it is collected, but a doc of the
	// latter counts in its story's holdings
	skip := make([]bool, len(out))
	// the docs outside stories of copies (whose holdings no pair asks),
	// by story root then doc: each detail's holders are taken in that
	// order, so a story's holders of it are one run (holds)
	var order []uint32
	for d := range out {
		skip[d] = body[out[d]] || covered != nil && !covered[d]
		if !body[out[d]] {
			order = append(order, uint32(d))
		}
	}
	slices.SortFunc(order, func(p, q uint32) int {
		return cmp.Or(cmp.Compare(out[p], out[q]), cmp.Compare(p, q))
	})
	t := ix.newDetailTable(out, order, skip, commonW)
	ix.details = t
	// pairs of different stories sharing MinSharedAnchors details, one
	// of whose docs moves (detailTable.moves: a pair neither of whose
	// docs moves is weighed as verify weighs it — the details' pass
	// would repeat its refusal — and is not collected), less those the
	// sums already put below every cosine bar with both weightings
	// (belowBySums)
	floor := min(ix.cosine, EdgeAnchorCosineLow) * anchorScale(0)
	var pairs, unverified [][2]uint32
	count := make([]int32, len(out))
	sum := make([]float64, len(out))
	var touched []uint32
	for d := range out {
		a := uint32(d)
		if skip[a] {
			continue
		}
		touched = touched[:0]
		for k := t.off[a]; k < t.off[a+1]; k++ {
			id := t.hid[k]
			if id < 0 {
				continue
			}
			for _, b := range t.list(id) {
				if b > a && !skip[b] && out[b] != out[a] && (t.moves[a] || t.moves[b]) {
					if count[b] == 0 {
						touched = append(touched, b)
					}
					count[b]++
					sum[b] += t.w[k]
				}
			}
		}
		from := len(pairs)
		for _, b := range touched {
			if count[b] >= MinSharedAnchors {
				if !(t.cosineDecides(ix, a, b) && belowBySums(sum[b]+t.sharedOther(a, b), t.la[a], t.la[b], floor)) {
					pairs = append(pairs, [2]uint32{a, b})
				} else if ix.boundCheck != nil {
					unverified = append(unverified, [2]uint32{a, b})
				}
			}
			count[b], sum[b] = 0, 0
		}
		// in order of doc, then of the other doc
		slices.SortFunc(pairs[from:], func(p, q [2]uint32) int { return cmp.Compare(p[1], q[1]) })
	}
	best := bestMatches{}
	for _, p := range pairs {
		// a pair below every cosine bar with both weightings: verify
		// says the same of it with both (see detailTable.sameVerdict)
		if t.sameVerdict(ix, p[0], p[1], floor) {
			if ix.boundCheck != nil {
				unverified = append(unverified, p)
			}
			continue
		}
		if ok, cos := ix.verifyByDetails(out, p); ok {
			best.consider(out[p[0]], out[p[1]], cos)
		}
	}
	for _, p := range unverified {
		ok, _ := ix.verifyByDetails(out, p)
		ix.boundCheck(p[0], p[1], ok)
	}
	ix.details = nil
	best.join(out)
	return out
}

// verifyByDetails reports whether verify refuses pair p with the batch's
// weights and joins it with the details reweighed (roots: each doc's
// story root), and the cosine it joins it at. Only what the details'
// weights decide: a pair verify joins with the batch's weights was left
// apart by the passes that choose among edges (best matches, story
// cores).
func (ix *Index) verifyByDetails(roots []uint32, p [2]uint32) (bool, float64) {
	if ok, _ := ix.verify(p[0], p[1]); ok {
		return false, 0
	}
	ix.detailRoots = roots
	ok, ps := ix.verify(p[0], p[1])
	ix.detailRoots = nil
	return ok, ps.cosine
}

// ownDetail reports whether a batch count own is a detail's: 2 to walkDF.
func ownDetail(own int) bool {
	return own >= 2 && own <= walkDF
}

// detail reads anchor x for anchorScoreByDetails: its weight w, batch
// count own and background count bg, and whether it is a detail (in 2
// to walkDF of the batch's articles, not common) whose count is the
// batch's and the background's (df own+bg: no estimate). Each map is
// read once, the cheapest test first: it is asked of every anchor only
// one of a pair holds.
func (ix *Index) detail(x uint32, commonW float64) (w float64, own, bg int, ok bool) {
	w = ix.weight(x)
	own = int(ix.frozenOwn[x])
	if !ownDetail(own) || w <= commonW {
		return w, own, 0, false
	}
	bg = int(ix.bg.anchors.get(x))
	df, _ := ix.df(x)
	return w, own, bg, df == own+bg
}

// bothCovered reports whether the background covers the languages of
// docs a and b (topics.covered): what it never saw is rare only there.
func (ix *Index) bothCovered(a, b uint32) bool {
	t := ix.topics
	return t != nil && (t.covered == nil || t.covered[a] && t.covered[b])
}

// anchorScoreByDetails is anchorScore for docs a and b (anchor lists A,
// B) with each detail a third story holds weighed as the pair alone
// weighs it (see above).
func (ix *Index) anchorScoreByDetails(a, b uint32, A, B []uint32, ps *pairScore) {
	n := ix.collectionSize()
	beta := float64(ix.frozenOwnN) / float64(n)
	commonW := ix.commonWeight()
	ra, rb := ix.detailRoots[a], ix.detailRoots[b]
	ps.anchorScoreApart(A, B, ix.weight, func(x uint32, inA bool) float64 {
		w, own, bg, ok := ix.detail(x, commonW)
		if !ok {
			return w
		}
		mine, other := ra, rb
		if !inA {
			mine, other = rb, ra
		}
		// held by the two stories only: no third story holds it; held
		// by the other's story too: the two stories share it
		h := ix.details.holders(x)
		if own <= holds(h, ix.detailRoots, mine) || holds(h, ix.detailRoots, other) > 0 {
			return w
		}
		return aloneBlend(w, bg, n, beta)
	})
}

// aloneBlend is the weight anchorScoreByDetails gives a detail of batch
// weight w and background count bg that a third story holds: its weight
// as the pair alone weighs it, idf(1+bg, n), blended with w by the
// collection's share beta.
func aloneBlend(w float64, bg, n int, beta float64) float64 {
	return (1-beta)*idf(1+bg, n) + beta*w
}
