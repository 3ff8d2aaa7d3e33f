package group

// A name every report of a small batch holds (issue 14, ninth round).
//
// Rarity counts articles: a shared anchor is rare when the collection and
// the background together have it in at most rareDF articles. Checked as
// a pair, two reports of one event count themselves, and a name the
// background saw at most rareDF − 2 times is rare to them. Checked with
// the event's other reports, every report holding the name counts too:
// a name in all of a handful of reports is "not rare", because the
// batch's own reports of the event made it common (mmds event-32: the
// quake's place and date, unseen by the background, in all four Malay
// and English reports). The story-rarity pass (storyrare.go) counts
// stories instead, but only once the reports are stories; before that
// each report is its own story and the name is in as many.
//
// What the count says in a batch of fewer than RareMinN articles (too few
// to tell rare by the collection's own counts) is the opposite: a name
// the background has (almost) never seen — as rare as a pair alone can
// tell — that *every* article of the batch holds, in a batch of at least
// three (all but one of four or more: one report may write the name
// otherwise, or be of another subject, without voiding what the others
// share), is either one story's (one event) or a subject's that every
// story of the batch shares (two days of one band's news, two storms of
// one season). So it only replaces the rare anchor of the day rule
// (eventday.go), and asks more of the leads than that rule: *each* lead
// told in the other report (told: a majority and MinSharedAnchors of its
// anchors), not one, and the leads naming no different days — with
// MinSharedAnchors shared anchors at anchor cosine ≥ EdgeAnchorCosineLow
// (pairScore.affair's conditions). Two reports of one event tell each
// other's who and where; two stories of one subject lead each with its
// own news, and a one-way lead told joined them (meter pairs of one
// subject 4 → 5 of 695: two stories of one band a month apart).
//
// Bounds: a pair alone (a batch of two) is judged exactly as before —
// the name in both articles says nothing more than that they share it;
// in a collection of RareMinN or more the rule is off (rarity is the
// collection's count, and the story-rarity pass counts stories); the
// streaming Index has no leads and does not use it.

// batchNameEdge reports whether a verified pair of a batch of fewer than
// RareMinN articles (at least three) is one event by a name all of the
// batch's articles hold (see above): MinSharedAnchors shared anchors at
// cosine ≥ EdgeAnchorCosineLow, a shared anchor in every article of the
// batch (all but one of four or more) that the background saw at most rareDF − 2 times, each lead told
// in the other report and no different days named.
func (ix *Index) batchNameEdge(a, b uint32, ps *pairScore) bool {
	if !ps.lowFloor() || !ix.heldByBatch(a, b) {
		return false
	}
	la, lb := &ix.leads[a], &ix.leads[b]
	return !otherDay(la.day, lb.day) && eachTold(la, lb, ix.full[a], ix.full[b])
}

// heldByBatch reports whether docs a and b of a batch of fewer than
// RareMinN articles (at least three) share an anchor that every article of
// the batch holds (all but one of four or more) and that the background
// saw at most rareDF − 2 times: a name the batch's count cannot call rare,
// nor tell from the pair's own (see above).
func (ix *Index) heldByBatch(a, b uint32) bool {
	n := ix.collectionOwnSize()
	if !ix.keepFull || ix.bg == nil || ix.frozenOwn == nil || n < 3 || n >= RareMinN {
		return false
	}
	rd := ix.rareDF()
	// all the batch's articles, or all but one of four or more
	need := n
	if n >= 4 {
		need = n - 1
	}
	found := false
	forShared(ix.full[a], ix.full[b], func(i, _ int) bool {
		x := ix.full[a][i]
		found = int(ix.frozenOwn[x]) >= need && ix.rareAloneCount(ix.aloneCount(x), rd)
		return !found
	})
	return found
}
