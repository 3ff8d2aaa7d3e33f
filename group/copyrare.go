package group

import "slices"

// Stories of copies joined by their own verified edges (issue 14, session
// 11). At scale every report is reprinted: a report's best anchor edge is
// its own copy (cosine ≈ 1), so two independent reports of one event,
// each reprinted, end the best-edge pass as two stories with a body
// (copies of one text, Index.unionWorded), and the anchor edge that
// verified between them is no one's best. The later passes count copies
// (a core weighs a text by its number of copies; rareByStories refused
// every join of two stories with bodies: a follow-up shares a reprinted
// story's names with it alone), so the edge stayed unused.
//
// Here, after the story-core passes, each story with a body joins the
// story with a body of its best such edge (highest anchor cosine, ties to
// the smaller root), in rounds as rareByStories joins (joined stories look
// for their next best, at most maxStoryRounds rounds), when the edge is
//   - between two articles both dated and filed within copyWindowHours
//     (the window anchorScale already reads as evidence of one event: the
//     reports of one event are filed within a day or two of it, a follow-
//     up of one affair on another day; undated, a follow-up of a reprinted
//     story cannot be told from another report of its event: the 20,193
//     reprint set without times, session 10, joined four CASIE reports of
//     one breach and BBC follow-ups into a false cluster of 33);
//   - between leads that name no different days (otherDay), are each told
//     in the other report (eachTold) — the guards the story-rarity topic
//     rule asks — and do not name events of different classes
//     (leadsOtherEvent: a follow-up leads with another verb). At 20,193
//     reprints with times, the first two alone let three BBC follow-ups
//     filed within two days join (precision 0.9839); the third leaves one
//     (0.9860). Asking an event class in common (leadsOneOccasion) instead
//     refuses every pair whose lead names none (translations, leads of
//     names): recall 0.7082 against eachTold's 0.7299 (one round, before
//     the topic rule's bodies), and a METER story's cluster
//     holding the next day's wire take (which repeats its text) grew 24 →
//     62 articles, where eachTold keeps it at 24.
// The same window lets rareByStories' topic rule join two stories with
// bodies (copiesOneEvent): its rarity counts a name held by every copy of
// one text once, and its guards are the ones above.
//
// Memory: the edges are ix.anchorEdges, kept past joinBestAnchorEdges and
// compacted in place to the ones the window and the leads admit; no second
// copy of a fingerprint or of the frequencies is made.

// copyWindowHours is the publication window of two articles whose stories
// of copies may join: two days, as anchorScale.
const copyWindowHours = 48

// copiesOneEvent reports whether the batch articles a and b are both
// dated and filed within copyWindowHours of each other.
func (ix *Index) copiesOneEvent(a, b uint32) bool {
	ha, hb := ix.hours[a], ix.hours[b]
	return ha != 0 && hb != 0 && max(ha, hb)-min(ha, hb) <= copyWindowHours
}

// copyEdges compacts edges, the batch's verified anchor edges after
// joinBestAnchorEdges, in place to the ones across two stories between
// articles filed within copyWindowHours whose leads name no different
// days, are each told in the other and name no different events (see
// above). None without the full
// anchor lists (Options.Sketched): the leads are read with them.
func (ix *Index) copyEdges(edges []anchorEdge) []anchorEdge {
	if !ix.keepFull {
		return nil
	}
	out := edges[:0]
	for _, e := range edges {
		if ix.find(e.a) != ix.find(e.b) && ix.copiesOneEvent(e.a, e.b) && !ix.leadsOtherDay(e.a, e.b) &&
			eachTold(&ix.leads[e.a], &ix.leads[e.b], ix.full[e.a], ix.full[e.b]) && !ix.leadsOtherEvent(e.a, e.b) {
			out = append(out, e)
		}
	}
	return out
}

// joinCopyEdges returns, for each doc, its root after joining the
// stories with a body of roots (each doc's root) along their best copy
// edges (see above).
func joinCopyEdges(ix *Index, edges []anchorEdge, roots []uint32) []uint32 {
	if len(edges) == 0 {
		return roots
	}
	body := map[uint32]bool{}
	for d, r := range roots {
		if ix.worded[ix.find(uint32(d))] {
			body[r] = true
		}
	}
	out := roots
	for round := 0; round < maxStoryRounds; round++ {
		best := bestMatches{}
		for _, e := range edges {
			if ra, rb := out[e.a], out[e.b]; ra != rb && body[ra] && body[rb] {
				best.consider(ra, rb, e.cos)
			}
		}
		if len(best) == 0 {
			break
		}
		if round == 0 {
			out = slices.Clone(roots)
		}
		best.join(out) // a joined story's root is one of its roots: it has a body
	}
	return out
}

// leadsOtherEvent reports whether the leads of the batch articles a and b
// both name event classes (leadEvents: English leads) and none in common:
// a follow-up of one affair leads with another verb (the raised bid after
// the bid). A lead that names none (a translation, a lead of names) says
// nothing either way.
func (ix *Index) leadsOtherEvent(a, b uint32) bool {
	t := ix.topics
	if !ix.readsArticles() || t.arts[a] == nil || t.arts[b] == nil {
		return false
	}
	x, y := t.events.leadOf(a, t.arts[a]), t.events.leadOf(b, t.arts[b])
	return len(x) > 0 && len(y) > 0 && !shareClass(x, y)
}
