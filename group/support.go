package group

import (
	"cmp"
	"slices"
)

// Stories that several of each other's reports verify with (issue 14,
// session 12). The best-edge pass (joinBestAnchorEdges) joins each article
// to its one best verified anchor match, so that no story grows by a chain
// through one article: a report that shares one outlet's detail with a
// follow-up verifies with it, but it prefers its own event's report. The
// price is two parts of one event each of whose members prefers its own
// part: every cross edge verified and none was anyone's best, and the
// later passes (cores, story rarity) weigh the event's names as common
// once both parts hold them. When two or more different articles of each
// story verify with the other story, the join is not a chain through one
// article — each side holds it twice over — so the two stories join. A
// pair the batch verifies is one story when the two are checked alone (the
// batch may only veto), so the rule moves the batch toward its pairs'
// verdicts alone, never away from them.
//
// Only edges between two articles filed within copyWindowHours count (the
// window copyEdges and anchorScale read as one event's: a follow-up of one
// affair is filed on another day), or between two undated articles.
// Undated, two articles of a story need not be two reports: the versions
// of one text (rewrites, translations, abridgements: no shared wording, no
// body) each verify with the other story, and at 20,193 reprints without
// times counting them lowered precision to 0.9584, under the test's 0.96.
// So an undated edge's article counts for its side only when it is not a
// version of an article already counted (oneText: one holds
// EdgeAnchorContainment of the other's anchor weight — a version keeps
// its base's names, an independent report gives its own). Two undated
// stories of one event that the best-edge pass left apart (each outlet's
// paper prefers the paper it resembles most) are the many-report sets'
// parts whose members verify across (session 14: TestManyVersionsAlone).
//
// Stories with a body (copies of one text, Index.unionWorded) are left to
// copyEdges' rule: copies of one text verify with the other story once
// each, so their count says nothing of independent reports, and undated
// follow-ups of a reprinted story join that way (copyrare.go). The wire
// guard keeps its slugs' stories apart as in the best-edge pass. Every
// pair counted was verified by the batch (the batch may only veto), and
// the joins are read from the stories as the best-edge pass left them, so
// they do not depend on input order.

// minSupport is how many different articles of each story must verify
// with the other story: more than one, so that no join hangs on one
// article (the best-edge pass's own reason to keep one edge per article).
const minSupport = 2

// addSupport adds article a to the articles of one side that verify
// across, up to minSupport of them: the join asks only whether minSupport
// are reached, so a side keeps no more. Kept whole, two stories of 5,000
// articles each made every one of their verified edges scan a side's
// list of thousands (edges × articles).
func addSupport(side []uint32, a uint32) []uint32 {
	if len(side) >= minSupport || slices.Contains(side, a) {
		return side
	}
	return append(side, a)
}

// addReport is addSupport for an undated edge's article a: it counts
// only when it is not a version of an article the side holds (oneText).
// The side is read in the edges' order, which is the docs' (by ID), not
// the input's.
func (ix *Index) addReport(side []uint32, a uint32) []uint32 {
	for _, x := range side {
		if x != a && ix.oneText(x, a) {
			return side
		}
	}
	return addSupport(side, a)
}

// oneText reports whether the articles a and b may be versions of one
// text: one holds EdgeAnchorContainment of the other's anchor weight (the
// smaller's shared weight over its own), as a rewrite, translation or
// abridgement keeps its base's names while an independent report adds its
// own.
func (ix *Index) oneText(a, b uint32) bool {
	var ps pairScore
	ps.anchorScore(ix.anchorList(a), ix.anchorList(b), ix.weight)
	return ps.anchorCont >= EdgeAnchorContainment
}

// joinSupported joins the stories without a body that minSupport or more
// articles of each verify with, along edges (the batch's verified anchor
// edges, before copyEdges compacts them) between articles filed within
// copyWindowHours or both undated (then counting no two versions of one
// text on a side, oneText).
func (ix *Index) joinSupported(edges []anchorEdge) {
	type storyPair struct{ a, b uint32 }
	// up to minSupport articles of each side that verify across, per pair
	// of stories
	sides := map[storyPair]*[2][]uint32{}
	for _, e := range edges {
		a, b := e.a, e.b
		ra, rb := ix.find(a), ix.find(b)
		undated := ix.keepFull && ix.hours[a] == 0 && ix.hours[b] == 0
		if ra == rb || ix.worded[ra] || ix.worded[rb] || !ix.copiesOneEvent(a, b) && !undated {
			continue
		}
		if ra > rb {
			ra, rb, a, b = rb, ra, b, a
		}
		s := sides[storyPair{ra, rb}]
		if s == nil {
			s = &[2][]uint32{}
			sides[storyPair{ra, rb}] = s
		}
		if undated {
			s[0] = ix.addReport(s[0], a)
			s[1] = ix.addReport(s[1], b)
			continue
		}
		s[0] = addSupport(s[0], a)
		s[1] = addSupport(s[1], b)
	}
	var join []storyPair
	for p, s := range sides {
		if len(s[0]) >= minSupport && len(s[1]) >= minSupport {
			join = append(join, p)
		}
	}
	if len(join) == 0 {
		return
	}
	g := ix.newWireGuard()
	// in root order: which of two joins the wire guard refuses does not
	// depend on the map's order
	slices.SortFunc(join, func(x, y storyPair) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	for _, p := range join {
		if g == nil {
			ix.union(p.a, p.b)
			continue
		}
		if !g.apart(ix.find(p.a), ix.find(p.b)) {
			g.join(p.a, p.b)
		}
	}
}
