package group

// The topic rule within two days (issue 14, session 12, CASIE events whole
// alone). Time proximity is evidence of one event: the anchor rules lower
// their cosine bars by a tenth for a pair filed within 48 hours
// (anchorScale). The topic rule's bars are the low anchor bar, over the
// pair's anchors and over its event words (TopicCosine =
// EdgeAnchorCosineLow), but it kept them whole for every pair.
// topicNearDay asks the topic rule at anchorScale's bars of a dated pair
// filed within pairRareHours, with the rule's other conditions unchanged —
// MinSharedAnchors shared, one rare by the batch's count (the batch may
// only veto), not one outlet's or one slug's, no other occasion by
// figures, tallies or headlines (occasionApart) — and leads that name no
// different days; undated pairs are judged as before. In a batch too small
// to count rarity (fewer than RareMinN articles) a shared name every
// article holds that the background hardly knows stands in for the rare
// one (heldByBatch, smallbatch.go's name): the batch's count cannot call
// it rare, since each of the batch's reports counts, nor tell it from the
// pair's own — the veto says nothing there (the five reports of one
// hospital's attack each name the hospital). Two events of one
// kind in one week (two vendors' patches of one file format, a day apart)
// share the kind's words and, at the lowered bars, enough of them: so
// neither headline may name a protagonist the other report never writes
// (otherProtagonist). Joined by the protagonist rule's last pass
// (protagonistEdge, joinQuoted), not as an edge of the pairwise pass.

// topicNearDay is the topic rule at anchorScale's bars for a dated batch
// pair filed within pairRareHours that every earlier rule refused.
func (ix *Index) topicNearDay(a, b uint32, A, B []uint32, ps *pairScore) bool {
	if ps.gap < 0 || ps.gap > pairRareHours || ix.topics == nil || ps.sameOutlet || ps.sameSlug || !ix.readsArticles() || len(ix.leads) <= int(max(a, b)) {
		return false
	}
	t := ix.topics
	scale := anchorScale(ps.gap)
	if ps.shared < MinSharedAnchors || ps.cosine < EdgeAnchorCosineLow*scale || ps.rare < 1 && ps.storyRare < 1 && !ix.heldByBatch(a, b) || t.arts[a] == nil || t.arts[b] == nil {
		return false
	}
	return ix.topicTold(a, b, ps, TopicCosine*scale) && !ix.leadsOtherDay(a, b) && !ix.occasionApart(a, b, A, B, ps) &&
		!ix.otherProtagonist(a, b) && !ix.otherProtagonist(b, a)
}

// otherProtagonist reports whether the headline of a names a protagonist
// that b never writes: a name anchor of a's headline, rare as a pair alone
// counts it (aloneRare) and written again in a's text (mentions ≥ 2), that
// is not among b's anchors. A headline says whom the news is about, and
// every report of one event names its protagonist; a report of another
// event of the kind (the other vendor's patch of the same week) need not.
func (ix *Index) otherProtagonist(a, b uint32) bool {
	t := ix.topics
	var names []uint64
	for h := range headlineNames(t.arts[a]) {
		x := anchorFPHash(anchorName, h)
		if hasAnchor(ix.full[a], x) && !hasAnchor(ix.full[b], x) && ix.aloneRare(x) {
			names = append(names, h)
		}
	}
	if len(names) == 0 {
		return false
	}
	for _, n := range mentions(t.arts[a], names) {
		if n >= 2 {
			return true
		}
	}
	return false
}
