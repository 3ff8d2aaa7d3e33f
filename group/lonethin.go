package group

import "slices"

// A lone report thin-linked to many reports of one story (issue 14,
// session 22: real event coverage, the event's reports grouped in one run
// as they are grouped alone). A thin link (thinPair) is a pair every rule
// refused that shares the event's who and what — a name rare as the pair
// alone counts it, an event class in both leads, no other occasion by
// figures, headlines, dates, codes or the affair's next step — at the
// pair rules' low floor. As a pair it is as often two events of one kind
// or one affair's follow-up as one event (the CASIE read gold's pairs
// grouped as pairs: 31 of one event, 20 of one affair, 28 of one kind),
// so no pair rule may join it, and joinThinSupported reads thin links
// only between two stories of minSupport or more reports each.
//
// A lone report facing a story of many is the case between the two: its
// side is one report, but the story's side is many writers. When at least
// minSupport reports of one story, not versions of one text (independent),
// each have a thin link to the lone report, the link is not one report's
// coincidence with one other: several outlets that each told the event on
// their own each share its who and what with the lone report, and none of
// them tells another occasion against it. Another event of the kind
// writes its own who (the other victim, the other city), which the
// story's reports do not write; a follow-up that leads with its own act
// is already refused by each link's vetoes (the next step, another day,
// figures that disagree, a headline's person or event untold). The story
// must hold at least 2·minSupport reports, as a story's names must
// (storynames.go): a story of two or three is a pair or a little more,
// whose links are the pair's evidence (in the 1,000-article CASIE file
// the lone reports thin-linked to two reports of a story of two were an
// affair's indictment and its filing).
//
// Found on the one run of the CASIE gold: an event's report that joins
// its twelve other reports when the event is grouped alone stays apart in
// the run with the other events; its thin links to three of the twelve
// are each pair's own evidence and do not change with the batch. No member of the story may refuse the lone
// report by the refusals every edge obeys (loneRefused), nor by its facts
// (factsApart). Each lone report joins the story with the most linked
// reports (then the highest link cosine, then the smaller root). No new
// constant: minSupport and the thin link's own conditions. Batch only:
// thin links are the batch's refused pairs, read from the pair alone.

// joinLoneThin moves each lone article of roots (each doc's root) that
// thin links (thin) join to minSupport or more independent reports of one
// story of at least 2·minSupport reports into that story (see above), and
// returns the new roots.
func (ix *Index) joinLoneThin(thin []anchorEdge, roots []uint32) []uint32 {
	if len(thin) == 0 {
		return roots
	}
	members := map[uint32][]uint32{}
	for d, r := range roots {
		members[r] = append(members[r], uint32(d))
	}
	type key struct{ lone, root uint32 }
	type link struct {
		docs []uint32
		cos  float64
	}
	links := map[key]*link{}
	for _, e := range thin {
		for _, p := range [2][2]uint32{{e.a, e.b}, {e.b, e.a}} {
			a, b := p[0], p[1]
			if int(max(a, b)) >= len(roots) || len(members[roots[a]]) != 1 || len(members[roots[b]]) < 2*minSupport {
				continue
			}
			k := key{a, roots[b]}
			l := links[k]
			if l == nil {
				l = &link{}
				links[k] = l
			}
			if !slices.Contains(l.docs, b) {
				l.docs = append(l.docs, b)
			}
			l.cos = max(l.cos, e.cos)
		}
	}
	type move struct {
		to, root uint32
		n        int
		cos      float64
	}
	best := map[uint32]move{}
	for k, l := range links {
		if len(l.docs) < minSupport || !ix.independent(l.docs) || !ix.fewRefuse(k.lone, members[k.root]) {
			continue
		}
		m := move{to: l.docs[0], root: k.root, n: len(l.docs), cos: l.cos}
		if b, ok := best[k.lone]; !ok || m.n > b.n || m.n == b.n && (m.cos > b.cos || m.cos == b.cos && m.root < b.root) {
			best[k.lone] = m
		}
	}
	if len(best) == 0 {
		return roots
	}
	return moveLone(roots, best, func(m move) uint32 { return m.to })
}

// fewRefuse reports whether fewer than half the docs of story refuse lone
// doc a by a refusal every edge obeys (loneRefused) or by its facts
// (factsApart).
func (ix *Index) fewRefuse(a uint32, story []uint32) bool {
	A := ix.anchorList(a)
	refuse := 0
	for _, b := range story {
		if !ix.loneRefused(a, b) {
			_, ps := ix.verify(a, b)
			if !ix.factsApart(a, b, A, ix.anchorList(b), &ps) {
				continue
			}
		}
		refuse++
	}
	return 2*refuse < len(story)
}
