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
// follow-ups and events of one kind in small batches (group/README.md).
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
	if !ix.keepFull || ix.frozen == nil || ix.bg == nil {
		return roots
	}
	out := slices.Clone(roots)
	commonW := ix.commonWeight()
	holders := map[uint32][]uint32{}
	for d := range out {
		for _, x := range ix.full[d] {
			if own := int(ix.frozenOwn[x]); own >= 2 && own <= walkDF && ix.weight(x) > commonW {
				holders[x] = append(holders[x], uint32(d))
			}
		}
	}
	// pairs of different stories sharing MinSharedAnchors anchors
	shared := map[[2]uint32]int{}
	for _, h := range holders {
		for i, a := range h {
			for _, b := range h[i+1:] {
				if out[a] != out[b] {
					shared[[2]uint32{min(a, b), max(a, b)}]++
				}
			}
		}
	}
	var pairs [][2]uint32
	for p, n := range shared {
		if n >= MinSharedAnchors {
			pairs = append(pairs, p)
		}
	}
	slices.SortFunc(pairs, func(p, q [2]uint32) int {
		return cmp.Or(cmp.Compare(p[0], q[0]), cmp.Compare(p[1], q[1]))
	})
	// a story of copies (worded) is one text's details repeated: its
	// follow-ups and a day's other stories of its subject hold them, as
	// rareByStories asks
	body := map[uint32]bool{}
	for d := range out {
		if ix.worded[ix.find(uint32(d))] {
			body[out[d]] = true
		}
	}
	best := bestMatches{}
	for _, p := range pairs {
		if body[out[p[0]]] || body[out[p[1]]] || !ix.bothCovered(p[0], p[1]) {
			continue
		}
		// only what the details' weights decide: a pair verify joins
		// with the batch's weights was left apart by the passes that
		// choose among edges (best matches, story cores)
		if ok, _ := ix.verify(p[0], p[1]); ok {
			continue
		}
		ix.detailRoots, ix.detailHolders = out, holders
		ok, ps := ix.verify(p[0], p[1])
		ix.detailRoots, ix.detailHolders = nil, nil
		if ok {
			best.consider(out[p[0]], out[p[1]], ps.cosine)
		}
	}
	best.join(out)
	return out
}

// bothCovered reports whether the background covers the languages of
// docs a and b (topics.covered): what it never saw is rare only there.
func (ix *Index) bothCovered(a, b uint32) bool {
	t := ix.topics
	return t != nil && (t.covered == nil || t.covered[a] && t.covered[b])
}

// anchorScoreByDetails is anchorScore for docs a and b (anchor lists A,
// B) with each detail another story holds weighed as the pair alone
// weighs it (see above).
func (ix *Index) anchorScoreByDetails(a, b uint32, A, B []uint32, ps *pairScore) {
	n := ix.collectionSize()
	beta := float64(ix.frozenOwnN) / float64(n)
	ps.anchorScoreApart(A, B, ix.weight, func(x uint32, inA bool) float64 {
		w := ix.weight(x)
		ra, rb := ix.detailRoots[a], ix.detailRoots[b]
		own := int(ix.frozenOwn[x])
		bg := int(ix.bg.anchors.get(x))
		if df, _ := ix.df(x); own <= 1 || df != own+bg {
			return w
		}
		// held by the other's story too: the two stories share it
		if slices.ContainsFunc(ix.detailHolders[x], func(h uint32) bool {
			r := ix.detailRoots[h]
			return r == rb && inA || r == ra && !inA
		}) || !slices.ContainsFunc(ix.detailHolders[x], func(h uint32) bool {
			r := ix.detailRoots[h]
			return r != ra && r != rb
		}) {
			return w
		}
		return (1-beta)*idf(1+bg, n) + beta*w
	})
}
