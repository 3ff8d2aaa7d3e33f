package group

// A lone article joining a story by its core's names must name the
// story's who (issue 14, session 17: the text-only one run). The
// core-evidence clause of joinLone (coreEvidence) joins an article to a
// story whose members agree on names that are not rare one by one but
// weigh, together, what four rare names weigh. Those names can be the
// story's background rather than its who: a piece on a couple's newborn
// that lists other celebrities' children, and a paper's version that
// keeps the list, hold five guests' names twice — and a two-sentence
// brief of another day's party naming the same guests shares all five
// with the story's core, at the low cosine, with nothing of what the
// story is about. A report of the story's event names its who, and a
// story's who stands in its reports' leads (the headline and the first
// LeadTokens words: who did what, where, when); the list stands deep in
// the body.
//
// So the clause joins only an article that shares, with the lead of at
// least one member, an anchor that is not common (commonWeight): one
// member, not a majority, because one report's lead may name the who in
// other words (a title, a surname at a sentence's start) and the clause
// exists for the article that verifies with no member. The pair rules
// and the cosine and rare clauses are unchanged: a pair checked alone is
// judged as before. Asked, as otherOccasion is, unless the article and the
// story are both dated: a dated article meets only cores of its own days
// (MaxGapHours), and the clause's dated joins are the batch's hot path
// (reprint set ×10: about 4 % of the batch's CPU when asked of them too).
// No threshold: a name is in a lead or not.

// namesLeadWho reports whether lone article f (batch doc d) shares an
// anchor that is not common with the lead (Fingerprint.lead.anchors) of
// one of story k's members, or cannot tell: the batch reads no languages
// (no topic words) or a member and the article are not both in a
// language the background covers (topics.coversBoth) — a translation
// names the who in its own words (the Catalan "Banc Mundial" of an
// English lead's "World Bank"), and only figures and codes cross.
func (c *cores) namesLeadWho(ix *Index, fps []*Fingerprint, d uint32, k int32) bool {
	if ix.topics == nil {
		return true
	}
	f := fps[d]
	commonW := ix.commonWeight()
	for _, m := range c.members[k] {
		if !ix.topics.coversBoth(d, uint32(m)) {
			return true
		}
		found := false
		forShared(f.Anchors, fps[m].lead.anchors, func(i, _ int) bool {
			found = ix.weight(f.Anchors[i]) > commonW
			return !found
		})
		if found {
			return true
		}
	}
	return false
}
