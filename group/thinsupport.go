package group

import "slices"

// Stories joined by many thin links (issue 14, session 18: real event
// coverage, each event's reports grouped alone). Independent reports of one
// event each tell it in their own words: two of them share the event's
// who and what — a few names, one of them rare by the background, and an
// event class in both leads — at an anchor cosine under every pair rule's
// bar (0.25–0.45 on the CASIE read gold's split events). As a pair that
// is also what two events of one kind or one affair's follow-up share, so
// no pair rule may join it (session 17: of the gold's pairs refused as a
// pair, as many of one kind as of one event meet any such conjunction).
// What a pair cannot tell, two stories can: when most reports of each of
// two stories, and at least minSupport of each, have such a link to the
// other story, the link is not one report's coincidence but what the two
// stories' reports have in common (support.go's reasoning for verified
// edges, applied to the thin ones; a lone report's links stay one
// report's evidence, for the pair rules to decide).
//
// A thin link (thinPair) is a pair every rule refused that passed the
// vetoes of another occasion (lead dates or months apart, codes of one
// scheme, the affair's next step, one outlet's, one slug's), sits at the
// low floor (lowFloor: MinSharedAnchors shared at EdgeAnchorCosineLow),
// shares a name rare as the pair alone counts it (the background's
// count: the batch may only veto, and an event's own reports make its
// names common in a batch of them), names an event class in both leads
// (sameLeadEvent: the what) and tells no other occasion by figures,
// tallies or headlines (occasionApart). Filed within copyWindowHours or
// both undated, as support.go's edges.
//
// Leads naming other days (otherDay) part a pair for the day and
// protagonist rules; here they are read over the two stories, as
// rareByStories reads them (otherDays): an event of several days has
// reports leading with its attack and others with the ransom paid two
// days on, and a day some reports of each side name, while one affair's
// two occasions lead with their own days and none in common.
//
// Each story joins its mutual best match (the most supporting reports,
// then the highest cosine), as mergeCores does: no chain through a story
// that prefers a third.

// thinPair reports whether the batch pair a, b that verify refused, with
// score ps, is a thin link (see above).
func (ix *Index) thinPair(a, b uint32, ps *pairScore) bool {
	if !ix.keepFull || !ps.byAnchors || ps.sameOutlet || ps.sameSlug || !ps.lowFloor() || ix.cjk[a] != ix.cjk[b] {
		return false
	}
	ha, hb := ix.hours[a], ix.hours[b]
	if (ha != 0 || hb != 0) && !ix.copiesOneEvent(a, b) {
		return false
	}
	if !ix.readsArticles() || len(ix.leads) <= int(max(a, b)) {
		return false
	}
	if ix.leadDatesApart(a, b) || ix.codesApart(a, b) || ix.nextStep(a, b) || !ix.sameLeadEvent(a, b) {
		return false
	}
	A, B := ix.anchorList(a), ix.anchorList(b)
	if ix.aloneScore(A, B).rare < 1 {
		return false
	}
	return !ix.occasionApart(a, b, A, B, ps)
}

// joinThinSupported joins the stories of roots (each doc's root) that
// thin links and verified edges (verified: the batch's anchor edges)
// from enough different reports of each side join (see above), and
// returns the new roots.
func joinThinSupported(ix *Index, verified []anchorEdge, roots []uint32) []uint32 {
	thin := ix.thinEdges
	ix.thinEdges = nil // read once: the index keeps no pairs after grouping
	if len(thin) == 0 {
		return roots
	}
	size := map[uint32]int{}
	body := map[uint32]bool{}
	days := map[uint32][]leadDay{}
	for d, r := range roots {
		size[r]++
		if ix.worded[ix.find(uint32(d))] {
			body[r] = true
		}
		if d >= len(ix.leads) {
			continue
		}
		if ld := ix.leads[d].day; ld != 0 && !slices.Contains(days[r], ld) {
			days[r] = append(days[r], ld)
		}
	}
	type storyPair struct{ a, b uint32 }
	type link struct {
		s    [2][]uint32 // each side's linked docs
		cos  float64
		thin bool
	}
	links := map[storyPair]*link{}
	add := func(a, b uint32, cos float64) *link {
		ra, rb := roots[a], roots[b]
		if ra == rb || body[ra] || body[rb] || size[ra] < minSupport || size[rb] < minSupport {
			return nil
		}
		if ra > rb {
			ra, rb, a, b = rb, ra, b, a
		}
		l := links[storyPair{ra, rb}]
		if l == nil {
			l = &link{}
			links[storyPair{ra, rb}] = l
		}
		l.s[0] = append(l.s[0], a)
		l.s[1] = append(l.s[1], b)
		l.cos = max(l.cos, cos)
		return l
	}
	for _, e := range thin {
		if l := add(e.a, e.b, e.cos); l != nil {
			l.thin = true
		}
	}
	for _, e := range verified {
		if ix.hours[e.a] == 0 && ix.hours[e.b] == 0 || ix.copiesOneEvent(e.a, e.b) {
			add(e.a, e.b, e.cos)
		}
	}
	type match struct {
		to      uint32
		support int
		cos     float64
	}
	best := map[uint32]match{}
	consider := func(r, o uint32, m match) {
		m.to = o
		b, ok := best[r]
		if !ok || m.support > b.support || m.support == b.support && (m.cos > b.cos || m.cos == b.cos && o < b.to) {
			best[r] = m
		}
	}
	for p, l := range links {
		for i := range l.s {
			slices.Sort(l.s[i])
			l.s[i] = slices.Compact(l.s[i])
		}
		n0, n1 := len(l.s[0]), len(l.s[1])
		if !l.thin || otherDays(days[p.a], days[p.b]) || 2*n0 <= size[p.a] || 2*n1 <= size[p.b] ||
			ix.reports(l.s[0]) < minSupport || ix.reports(l.s[1]) < minSupport {
			continue
		}
		consider(p.a, p.b, match{support: n0 + n1, cos: l.cos})
		consider(p.b, p.a, match{support: n0 + n1, cos: l.cos})
	}
	bm := bestMatches{}
	for r, m := range best {
		// mutual: each is the other's best
		if b, ok := best[m.to]; !ok || b.to != r {
			continue
		}
		bm.consider(r, m.to, m.cos)
	}
	if len(bm) == 0 {
		return roots
	}
	out := slices.Clone(roots)
	bm.join(out)
	return out
}

// reports counts the docs of a side that are not versions of one
// another's text (oneText), as support.go's addReport counts them, up to
// minSupport.
func (ix *Index) reports(side []uint32) int {
	var kept []uint32
	for _, d := range side {
		kept = ix.addReport(kept, d)
	}
	return len(kept)
}
