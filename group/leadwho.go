package group

import "slices"

// The lead's who: what versions of one story share and stories of one
// topic do not. Two reports of one subject — two stories of one party's
// week, two matches of one club, two days of one band's news — share its
// cast: the leader, the party, the club, the band, each a name that a
// background of another year or subject has never seen and therefore
// counts as rare. Four such names at a low anchor cosine were enough for
// the rare-anchor rule (verify), and with a background that does not know
// the subject every pair of one topic's stories qualified (issue 14,
// eighth round: 46 of the 60 BBC pairs of different stories that merged
// as a pair with the CASIE-only background joined by it alone). Versions
// of one story — a rewrite of a take, an independent report of the same
// event, a translation — tell the same lead: who did what, where, to
// whom. So a pair that rests on the rare-anchor rule alone must also
// agree on its lead: one lead told in the other report (told: a majority
// and at least MinSharedAnchors of its anchors among the other's, as the
// day rule asks), or the two leads naming the same three people, places,
// sums or dates (MinSharedAnchors anchors in both leads: the who, what and
// where, written at different lengths; two anchors may be one person's
// first and last name, the subject two stories of one topic share). Two
// stories of one topic each lead with their own news; the cast is in their
// bodies.

// leadsAgree reports whether two articles tell one lead, counting persons
// (leadnames.go: a name's first name or title is no one by itself, a run
// of names is one; counts false, a common anchor, is no one; nil counts
// every anchor): one lead told in the other article (A and B are the
// articles' full anchor lists) while the two leads name at least one
// person in common, or MinSharedAnchors persons in both leads. Both leads
// name someone of one event's who: a lead told only in the other's body,
// with no one of it in the other's lead, is a subject's cast — a round-up
// or a background piece names every player of the week (issue 14, ninth
// round). A lead without anchors (a text without names in its first lines,
// a decoded fingerprint, which keeps no lead) agrees with anything: it says
// nothing. A name ending in a place head ("Hollis Street") is a setting,
// not a who, and counts as no person in common (placename.go, session 21).
func leadsAgree(la, lb *lead, A, B []uint32, counts func(uint32) bool) bool {
	if len(la.anchors) == 0 || len(lb.anchors) == 0 {
		return true
	}
	// a name ending in a place head is a setting (placename.go)
	persons := func(x uint32) bool { return (counts == nil || counts(x)) && !endsPlace(x, la, lb) }
	p := personsShared(la.anchors, lb.anchors, persons, la, lb)
	return p >= MinSharedAnchors || p >= 1 && (toldPersons(la, B, counts) || toldPersons(lb, A, counts))
}

// leadsShare reports whether two leads have MinSharedAnchors anchors in
// common.
func leadsShare(la, lb *lead) bool {
	return sharedCount(la.anchors, lb.anchors) >= MinSharedAnchors
}

// A client's version of a wire take. A paper that rewrites an agency's take
// for the next morning keeps the take's lead — who did what — in its own
// words and cuts the rest: it shares three to ten of the take's names at an
// anchor cosine of 0.3–0.5, under the pair rules' 0.5, and at most a name
// or two that the collection makes rare (the take's other clients have them
// too), under the four of the rare-anchor rule. Its lead is then the
// take's lead retold: one lead told in the other text (told) and
// MinSharedAnchors anchors in both leads — the who, the what and the
// where of one report, not only the subject two stories of one topic
// share. The rule asks for a take (a text with an agency header, whose
// lead is the agency's account) and a text that is not one: between two
// takes the headers decide (wire.go), and between two papers retelling one
// lead the next day's follow-up is as likely (an undated paper of one
// band's second day leads with the band).

// leadRetold reports whether two articles' leads retell one lead: one told
// in the other article and MinSharedAnchors anchors in both leads. Anchors,
// not persons (leadsAgree): a paper retells the take's who with its full
// name ("Ada Lloyd Quist" is three anchors of the take's lead), and
// counted by persons the rule lost METER clients (one run ARI 0.9536 →
// 0.9472); it is asked of a take and a client only, whose headers and
// rare anchor already say more than a subject's cast.
func leadRetold(la, lb *lead, A, B []uint32) bool {
	return retoldWith(la, lb, A, B, leadShare{})
}

// retoldWith is leadRetold with more of lead la's terms counted towards
// its share in B (more: how many, and how many of them B tells), as
// takeLeadRetold counts a take's headline whats.
func retoldWith(la, lb *lead, A, B []uint32, more leadShare) bool {
	if !leadsShare(la, lb) {
		return false
	}
	s := shareOf(la.anchors, B, nil)
	s.total += more.total
	s.shared += more.shared
	return s.told(0) || told(lb.anchors, A)
}

// clientEdge is the take-and-client rule: a batch pair at the low floor
// (lowFloor) with a rare anchor, one of it a wire take and the other not
// (takeAndClient), whose leads retell one lead (leadRetold).
func (ix *Index) clientEdge(a, b uint32, ps *pairScore) bool {
	return ix.keepFull && ps.lowFloor() && ps.rare >= 1 && ix.takeAndClient(a, b) &&
		ix.takeLeadRetold(a, b) && !ix.headlineUntold(a, b, ps)
}

// headlineUntold reports whether batch docs a and b are two occasions by
// a headline the other article leaves unwritten: its person
// (personApart) or its event (headEventUntold). A client's version of a
// take names the take's who and writes its event, as a brief does
// (containedEdge asks the person); a paper's piece on the subject's other
// occasion retells the take's lead in the cast's names alone.
func (ix *Index) headlineUntold(a, b uint32, ps *pairScore) bool {
	return ix.personApart(a, b, ps)
}

// takeLeadRetold is leadRetold for a take-and-client pair, with the
// take's lead read as its headline and first words: its anchors (the who,
// the where, the figures) and the whats of its headline (headKeys.whats:
// words neither function words nor anchors), each what told when the
// client writes the word in any case. A headline set in capitals
// (shoutedTitle) gives no anchors for its words; its what is still the
// take's, and a version retells it.
func (ix *Index) takeLeadRetold(a, b uint32) bool {
	take, client := a, b
	if !ix.isTake(a) {
		take, client = b, a
	}
	var whats leadShare
	if ix.readsArticles() && ix.topics.arts[take] != nil && ix.topics.arts[client] != nil && leadsShare(&ix.leads[take], &ix.leads[client]) {
		keys := ix.headKeysOf(take, ix.topics.arts[take]).whats
		var written [fewHeadTerms]bool
		ix.textOf(client).mark(keys, &written)
		for i := range keys {
			whats.total++
			if written[i] {
				whats.shared++
			}
		}
	}
	return retoldWith(&ix.leads[take], &ix.leads[client], ix.full[take], ix.full[client], whats)
}

// takeAndClient reports whether one of docs a and b is agency copy
// (isTake) and the other is not.
func (ix *Index) takeAndClient(a, b uint32) bool {
	if int(max(a, b)) >= len(ix.wireOf) {
		return false
	}
	return ix.isTake(a) != ix.isTake(b)
}

// isTake reports whether doc d is agency copy: a wire take (an agency
// header with a filing time), or, in the batch, an article that cleaning
// read as agency copy from its credit or byline (Article.Wire without a
// slug or filing time: the agency's copy checked as a plain file). Either
// is the agency's account, whose lead a client retells.
func (ix *Index) isTake(d uint32) bool {
	if ix.wireOf[d] != 0 {
		return true
	}
	if !ix.readsArticles() {
		return false
	}
	a := ix.topics.arts[d]
	return a != nil && a.Wire != nil && a.Wire.Agency != ""
}

// joinLoneClients returns the story roots after the lone clients join:
// roots[d] is doc d's root after every other pass; each doc alone in its
// story that is not a take joins the story of the take whose lead it
// retells (leadRetold) at the pair rules' low bar — MinSharedAnchors
// shared anchors that are not common, anchor cosine ≥ EdgeAnchorCosineLow,
// and none of the refusals every rule honours (dated more than MaxGapHours
// apart, undated from one outlet, another script, the affair's next step
// or reaction: nextstep.go, reaction.go) — its best such take by
// cosine, then ID. The rare anchor the pair rule asks for is one the two
// articles checked alone would call rare (rareAlone): rarity counts
// articles, and in a batch holding many stories of one band or one couple
// their names are in dozens of articles, so the pair rule refuses in the
// whole batch the client it joins to its take alone. More than
// MinSharedAnchors shared, as for the containment rule: three may be one
// subject (a band and its singer's first and last names). Or by the words
// rule: a lead retold in words (leadwords.go), for briefs that share too
// few anchors. Last, only for lone
// articles, decided for all at once against the stories before: no chain
// forms, and no story with takes moves.
func (ix *Index) joinLoneClients(roots []uint32) []uint32 {
	if !ix.keepFull || len(ix.wire) == 0 {
		return roots
	}
	size := map[uint32]int{}
	for _, r := range roots {
		size[r]++
	}
	// the takes by anchor: a lone article is verified against the takes
	// it shares more than MinSharedAnchors anchors with, not every take
	byAnchor := map[uint32][]uint32{}
	for e := range ix.wire {
		t := ix.wire[e].doc
		for _, x := range ix.full[t] {
			byAnchor[x] = append(byAnchor[x], t)
		}
	}
	hits := map[uint32]int{} // shared anchors, and rareHit
	const rareHit = 1 << 30
	words := newLeadWordsCache(ix)
	out := roots
	for d := range roots {
		if size[roots[d]] != 1 || ix.wireOf[d] != 0 {
			continue
		}
		clear(hits)
		for _, x := range ix.full[d] {
			if l := byAnchor[x]; len(l) <= walkDF {
				for _, t := range l {
					hits[t]++
				}
			}
		}
		// the takes that share a name rare alone with it (leadwords.go)
		for _, t := range words.rareTakes(uint32(d)) {
			hits[t] |= rareHit
		}
		best, bestCos := -1, 0.0
		for t, n := range hits {
			if n&^rareHit <= MinSharedAnchors && n&rareHit == 0 {
				continue
			}
			n &^= rareHit
			_, ps := ix.verify(uint32(d), t)
			if ps.sameOutlet || ps.sameSlug || ps.gap > MaxGapHours || ix.cjk[d] != ix.cjk[t] || ix.nextStep(uint32(d), t) {
				continue
			}
			byLead := n > MinSharedAnchors && ps.byAnchors && ps.shared > MinSharedAnchors && ps.cosine >= EdgeAnchorCosineLow &&
				ix.rareAlone(ix.full[d], ix.full[t]) && ix.takeLeadRetold(uint32(d), t)
			if !byLead && !words.told(uint32(d), t) || ix.headlineUntold(uint32(d), t, &ps) {
				continue
			}
			if best < 0 || ps.cosine > bestCos || ps.cosine == bestCos && ix.docID(t) < ix.docID(uint32(best)) {
				best, bestCos = int(t), ps.cosine
			}
		}
		if best >= 0 {
			if &out[0] == &roots[0] {
				out = slices.Clone(roots)
			}
			out[d] = roots[best]
		}
	}
	return out
}

// rareAlone reports whether two anchor lists share an anchor that the two
// articles checked alone would call rare: its background count leaves room
// for the pair within rareDF (the pair's two articles and the background
// within it; storyrare.go reads rarity alone the same way). Without a
// background, the collection's own count within RareDF.
func (ix *Index) rareAlone(A, B []uint32) bool {
	rd := ix.rareDF()
	found := false
	forShared(A, B, func(i, _ int) bool {
		found = ix.rareAloneCount(ix.aloneCount(A[i]), rd)
		return !found
	})
	return found
}

// aloneCount is the count of an anchor that two articles checked alone
// read: the background's, or without a background the collection's own
// (df).
func (ix *Index) aloneCount(fp uint32) int {
	if ix.bg != nil {
		return int(ix.bg.anchors.get(fp))
	}
	df, _ := ix.df(fp)
	return df
}

// rareAloneCount reports whether an anchor counted c times (aloneCount)
// is rare to two articles checked alone: with a background, the pair's two
// articles and the background's c within rareDF; without, c within
// RareDF.
func (ix *Index) rareAloneCount(c, rareDF int) bool {
	if ix.bg == nil {
		return c <= RareDF
	}
	return c+2 <= rareDF
}

// notCommon reports whether an anchor is not common in the collection (in
// at most commonFraction of it, as commonWeight reads it; every anchor of
// a collection under 50): one that counts towards MinSharedAnchors.
func (ix *Index) notCommon(fp uint32) bool {
	return !common(ix.df(fp))
}
