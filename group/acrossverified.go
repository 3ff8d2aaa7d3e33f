package group

// Stories linked by a pair that verifies, which no pass joined (session
// 16). The best anchor edges join each article to its best match only,
// joinSupported wants two or more reports of each story verifying across,
// mergeCores reads the stories' cores, and joinByDetails verifies again
// only the pairs verify refused. A pair verify joins that is neither
// article's best match, between two stories whose cores do not match, is
// left apart by every pass: a small story of one event split from its
// other reports by one pair that verifies and no other. The pair is the
// evidence verify asks of any two reports; what kept it out is the choice
// among edges, not a refusal. So, after the other passes, two stories
// whose best verified pair across (highest cosine) is with each other
// (mutual best, as mergeCores: no chain of joins) are joined unless one
// of verify's vetoes refuses any pair across them (crossVetoed): an
// affair's follow-up or another event of its kind shows as a pair of the
// two stories told on other days, numbering other codes, taking the next
// step, or another occasion of one subject. The batch only vetoes (the
// choice of the best pair, the vetoes across); the join is one pair's.
// Not for a story with a body (a story of copies), as joinByDetails.

// joinVerifiedAcross returns roots (each doc's root after the other
// passes) with each two stories joined that a verified anchor edge
// (edges) links as each other's best and that no veto keeps apart (see
// above).
func joinVerifiedAcross(ix *Index, edges []anchorEdge, roots []uint32) []uint32 {
	body := map[uint32]bool{}
	for d, r := range roots {
		if ix.worded[ix.find(uint32(d))] {
			body[r] = true
		}
	}
	best := bestMatches{}
	for _, e := range edges {
		if ra, rb := roots[e.a], roots[e.b]; ra != rb && !body[ra] && !body[rb] {
			best.consider(ra, rb, e.cos)
		}
	}
	mutual := map[uint32]uint32{} // the larger root of a mutual best → the smaller
	for r, m := range best {
		if o, ok := best[m.to]; ok && o.to == r && r > m.to {
			mutual[r] = m.to
		}
	}
	if len(mutual) == 0 {
		return roots
	}
	members := map[uint32][]uint32{} // the docs of each story of a mutual best
	for r, to := range mutual {
		members[r], members[to] = nil, nil
	}
	for d, r := range roots {
		if ds, ok := members[r]; ok {
			members[r] = append(ds, uint32(d))
		}
	}
	out := roots
	cloned := false
	for r, to := range mutual {
		if ix.storiesVetoed(members[r], members[to]) {
			continue
		}
		if !cloned {
			out = append([]uint32(nil), roots...)
			cloned = true
		}
		for _, d := range members[r] {
			out[d] = to
		}
	}
	return out
}

// storiesVetoed reports whether any pair of a member of xs and one of ys
// is refused by one of verify's vetoes (crossVetoed).
func (ix *Index) storiesVetoed(xs, ys []uint32) bool {
	for _, a := range xs {
		for _, b := range ys {
			if ix.crossVetoed(a, b) {
				return true
			}
		}
	}
	return false
}

// crossVetoed reports whether verify's vetoes refuse batch docs a and b
// whatever their shared anchors: publication times more than MaxGapHours
// apart, leads naming other days (undated), codes of one scheme apart,
// the affair's next step (Index.verify), or another occasion of one
// subject (occasionApart, which refuses the cosine, rare and topic
// rules).
func (ix *Index) crossVetoed(a, b uint32) bool {
	ha, hb := ix.hours[a], ix.hours[b]
	gap := -1
	if ha > 0 && hb > 0 {
		gap = int(max(ha, hb) - min(ha, hb))
	}
	if gap > MaxGapHours || gap < 0 && ix.leadDatesApart(a, b) || ix.codesApart(a, b) || ix.nextStep(a, b) {
		return true
	}
	_, ps := ix.verify(a, b)
	return ps.byAnchors && ix.occasionApart(a, b, ix.anchorList(a), ix.anchorList(b), &ps)
}
