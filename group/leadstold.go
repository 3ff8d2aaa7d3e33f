package group

// Leads told each in the other, across languages (issue 14, eighth
// round). The topic rule and the headline rule weigh words, and do so only
// when the background covers both articles' language (topics.covered): a
// Malay report and an English one of the same event share no words, only
// names and figures, at the low anchor cosines of independent reports
// (mmds: 0.25–0.45, with Malay spellings of the places — Singapura,
// Amerika Syarikat — never matching). What such a pair has in place of the
// event's words is its leads: a report's lead (headline and first
// LeadTokens words) says who did what where, and two reports of one event
// each tell the other's who and where. So a pair in two languages as far
// as the background tells — one article in a language it covers, the
// other not — is one event when it shares
// MinSharedAnchors anchors, one rare (by the collection's own count for
// such a pair, uncoveredRare), at anchor cosine EdgeAnchorCosineLow, and
// *each* lead is told in the other report (told: a majority and
// MinSharedAnchors of its anchors), the leads do not name different
// days, and the two share figures and agree on them (shareFigures: one at
// least, and half the smaller set of numbers, dates and codes in the
// other). The day rule asks one
// lead told and one day named; here no day is needed but both leads — the
// day is what Malay leads give relatively ("semalam", "kelmarin") and mmds
// has no publication times. The figures guard what the leads cannot: the
// follow-ups of one affair lead with its names in every language (a
// Scottish party leader "cleared" and then quitting his firm; the reprint
// benchmark's pseudo-translations of one and its other report joined: seed
// 1 batch without times 0.9266 → 0.9225), but bring new figures, which are
// their news; the reports of one event give its toll, its sum, its date.
//
// Not for English pairs: there the topic rule sees the words, and leads
// told both ways without a day joined follow-ups of one affair (two days
// of one band's news on METER, whose papers are undated and lead with the
// band: meter-showbiz pairs merging alone 70 → 83, one run 0.946 → 0.930).
// Nor for two articles the background does not cover (two Catalan
// translations, two Malay reports): the Catalan versions of two reports of
// one politician's affair told each other's leads — his name, his party's
// acronym — and merged their stories (bbc-mt-catalan one run 0.995 →
// 0.985); a pair in one language has words in common, and their want of a
// background is no reason to read the leads instead.
//
// Rarity for such a pair is the collection's own count (uncoveredRare),
// which a batch of fewer than RareMinN articles does not have; there the
// rare anchor is not asked, and the leads, the figures and the anchor
// cosine decide (a handful of reports checked alone: mmds event-24's two
// Malay and two English reports alone form one story; of the 99,234
// pairs of different bbc-mt-catalan stories — an English original and
// a Catalan translation of another — none more merges alone). In the
// whole file the rare anchor stays a condition.
//
// Such edges, when the best matches leave them between two stories, are
// joined as unions (joinParallelAnchorEdges; unless both stories have a
// body, as Index.bridges): the Malay reports of an event pick each other
// as best match and so do the English ones, and the one edge across is
// then lost, while a core merge needs a core cosine the two halves of
// one event in two languages do not reach.

// leadsTold reports whether a verified pair, one of it in a language the
// background covers and the other not, has each lead told in the other
// report, leads naming no different days and figures in common (see
// above).
func (ix *Index) leadsTold(a, b uint32) bool {
	t := ix.topics
	if !ix.keepFull || t == nil || t.covered == nil || t.covered[a] == t.covered[b] {
		return false
	}
	la, lb := &ix.leads[a], &ix.leads[b]
	return !otherDay(la.day, lb.day) && eachTold(la, lb, ix.full[a], ix.full[b]) &&
		shareFigures(ix.full[a], ix.full[b])
}

// leadsToldEdge is the two-languages rule: a pair at the low floor
// (lowFloor) with a rare anchor — asked only where the collection can
// count rarity, RareMinN articles or more — whose leads are told each in
// the other (leadsTold).
func (ix *Index) leadsToldEdge(a, b uint32, ps *pairScore) bool {
	return ps.lowFloor() && (ps.rare >= 1 || ix.collectionOwnSize() < RareMinN) && ix.leadsTold(a, b)
}

// shareFigures reports whether two anchor lists agree on their figures
// (sameFigures) and share at least one: a pair without figures in common
// has nothing that tells an event from its follow-up.
func shareFigures(A, B []uint32) bool {
	sa, _ := splitStable(A)
	sb, _ := splitStable(B)
	return anyShared(sa, sb) && sameFigures(A, B)
}

// leadsEdge reports whether an anchor edge the best matches left between
// two stories joins them as a union: its pair was accepted by leadsTold
// and not both stories have a body.
func (ix *Index) leadsEdge(a, b uint32, ps *pairScore) bool {
	if !ps.byLeads {
		return false
	}
	ra, rb := ix.find(a), ix.find(b)
	return !(ix.worded[ra] && ix.worded[rb])
}
