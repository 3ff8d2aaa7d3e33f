package group

import (
	"crosswire"
	xtext "crosswire/text"
)

// One protagonist in both headlines (issue 14, session 11, CASIE events
// whole alone). A headline says whom the news is about; two reports of one
// event written separately both name its protagonist there — the firm
// that was breached, the university that was defrauded — and name it
// again as they tell the news, while they tell the rest in their own words
// (a vendor's note and a news story: anchor cosine 0.3–0.45, topic words
// under TopicCosine, three rare anchors where the rare-anchor rule asks
// four). Two events of one kind have two protagonists (two cities' or two
// clinics' ransomware attacks); an affair's follow-up keeps the
// protagonist but is another day's news. So a dated pair filed within
// pairRareHours (anchorScale's window, where time proximity already counts
// as evidence of one event, as pairRareEdge asks), whose leads name no
// different days, that reports one affair (pairScore.affair) with a
// shared anchor rare by the batch's count (the batch may only veto, as
// pairRareEdge) is one event when a name written in both headlines is
// written again in each body (twice in each article: a headline name the
// body never repeats is a hook, not whom the report is about) and is rare
// as the pair alone counts it (aloneRare: a name the background knows is
// every year's protagonist — a big vendor, an agency), unless the two tell
// another occasion by their figures or tallies (occasionApart).
//
// Without publication times (issue 14, session 16: the CASIE read gold
// undated) the day's work is done by two things the pair itself says. Two
// outlets: an outlet files one report of an event, and one outlet's two
// reports headlining one protagonist are its updates, so both must name
// their outlet — the article's, or its address's host as cleaning names it
// (text.OutletOfURL) — and the two differ (a pair whose outlets are not
// known is not asked). And one lead told in the other article (leadTold,
// as the day rule asks): independent reports of one event tell its news,
// so one report's lead — who, what, the sums and counts — is among the
// other's names; an affair's next step leads with its own news (the
// charge, the attribution, the recovery), which the earlier report cannot
// tell, and retells the earlier news in a clause, not its lead's names.
// Measured on the gold's pairs grouped alone (those every other rule
// refuses and this rule's other conditions hold): one lead told in 9 of
// 19 pairs of one event, 2 of 14 of one affair, 1 of 3 of one kind. And,
// as the rare-anchor rule asks of leads (leadevent.go), leads that do not
// name only different events (English texts: the lexicon is English): a
// broadcaster's follow-ups of one affair, reprinted by other outlets,
// each lead with their own event (reprint benchmark without times).
//
// A name, not an acronym: the acronyms two headlines share are mostly a
// format's or a protocol's, every kind's (two PDF readers' patches of one
// week joined by "PDF"). Which headline words are names is read from the
// pair's anchors (nameAnchor), either article's: title case capitalises
// every headline word, and a report that writes the name only at its
// sentences' starts has no anchor of it. Not asked: an event class in
// common in the leads (sameLeadEvent, which the other late rules ask) —
// the day does that work here, and a feature's lead ("The email did not
// seem odd") names no event. An affair's follow-ups share the protagonist,
// and dated, only the day tells them from the event's other reports (for
// undated pairs, see above). Joined by the last pass (joinQuoted), not as an
// edge of the pairwise pass: as an edge, two reports' joined core reached
// a third story the cores pass then merged (an airline's breach and a
// hotel group's, five days apart).

// protagonistEdge is the rule above, asked of a batch pair every earlier
// rule refused; the topic rule within two days (neartopic.go) is asked
// first and joins by the same last pass.
func (ix *Index) protagonistEdge(a, b uint32, A, B []uint32, ps *pairScore) bool {
	if ix.topicNearDay(a, b, A, B, ps) {
		return true
	}
	if !ix.oneDayAffair(a, b, ps) {
		return false
	}
	t := ix.topics
	ca, cb := headlineNames(t.arts[a]), headlineNames(t.arts[b])
	var names []uint64
	for h := range ca {
		if _, ok := cb[h]; !ok {
			continue
		}
		if x := ix.nameAnchor(a, b, h); x != 0 && ix.aloneRare(x) {
			names = append(names, h)
		}
	}
	if len(names) == 0 {
		return false
	}
	ma, mb := mentions(t.arts[a], names), mentions(t.arts[b], names)
	told := false
	for i := range names {
		if ma[i] >= 2 && mb[i] >= 2 {
			told = true
			break
		}
	}
	return told && !ix.occasionApart(a, b, A, B, ps)
}

// oneDayAffair reports whether the batch pair a, b is one the protagonist
// rule may join: reporting one affair (pairScore.affair) with a shared
// anchor rare by the batch's count (the batch may only veto), not one
// outlet's or one wire slug's, both articles read, leads that name no
// different days, and either both filed within pairRareHours or, not both
// dated, telling one event by their own account (undatedOneEvent).
func (ix *Index) oneDayAffair(a, b uint32, ps *pairScore) bool {
	if ps.gap > pairRareHours || ps.rare < 1 || ps.sameOutlet || ps.sameSlug || !ps.affair() || !ix.readsArticles() || len(ix.leads) <= int(max(a, b)) {
		return false
	}
	t := ix.topics
	if t.arts[a] == nil || t.arts[b] == nil || ix.leadsOtherDay(a, b) {
		return false
	}
	return ps.gap >= 0 || ix.undatedOneEvent(a, b)
}

// undatedOneEvent reports whether batch docs a and b, not both dated, tell
// one event as far as the pair itself says (see above): one lead told in
// the other article (leadTold), both English with leads that do not name
// only different events (an event class of one lead's among the other's,
// or a lead naming none: a feature's lead), and two known outlets
// (oneOutletUnknown).
func (ix *Index) undatedOneEvent(a, b uint32) bool {
	t := ix.topics
	if !leadTold(&ix.leads[a], &ix.leads[b], ix.full[a], ix.full[b]) || !english(t.arts[a].Text) || !english(t.arts[b].Text) {
		return false
	}
	e := &t.events
	if la, lb := e.leadOf(a, t.arts[a]), e.leadOf(b, t.arts[b]); len(la) > 0 && len(lb) > 0 && disjoint(la, lb) {
		return false
	}
	return !ix.oneOutletUnknown(a, b)
}

// oneOutletUnknown reports whether batch docs a and b are one outlet's or
// either names none: an article's outlet (Fingerprint.Outlet), else its
// address's host (text.OutletOfURL), as cleaning names it.
func (ix *Index) oneOutletUnknown(a, b uint32) bool {
	oa, ob := ix.outletOf(a), ix.outletOf(b)
	return oa == 0 || ob == 0 || oa == ob
}

// outletOf is batch doc d's outlet key: its Fingerprint.Outlet, else the
// key of its address's host; 0 when it has neither.
func (ix *Index) outletOf(d uint32) uint32 {
	if o := ix.outlets[d]; o != 0 {
		return o
	}
	return outletKey(xtext.OutletOfURL(ix.topics.arts[d].URL))
}

// headlineNames returns the word hashes of the capitalised words of an
// article's headline (numbers, months and weekdays left out): the
// candidates for the names it holds. A title-case headline capitalises
// every word, so which are names is decided by the articles' anchors
// (nameAnchor).
func headlineNames(a *crosswire.Article) map[uint64]struct{} {
	s := scratchPool.Get().(*scratch)
	toks := s.appendTokens(s.tokens[:0], a.Title)
	s.tokens = toks
	out := map[uint64]struct{}{}
	for i := range toks {
		if t := &toks[i]; t.cap && !t.digits && !t.cjk && !t.weekday && t.month == 0 {
			out[t.hash] = struct{}{}
		}
	}
	if s.small() {
		scratchPool.Put(s)
	}
	return out
}

// nameAnchor returns the name anchor of the word hash h that either
// article a or b holds (a report that writes a name only at the start of
// its sentences does not make it an anchor: the other report's use
// decides), 0 when neither holds it. Acronyms are not asked: the ones two
// headlines share are mostly a technology's or a format's, every kind's
// (PDF, RDP), not a party's.
func (ix *Index) nameAnchor(a, b uint32, h uint64) uint32 {
	x := anchorFPHash(anchorName, h)
	if hasAnchor(ix.full[a], x) || hasAnchor(ix.full[b], x) {
		return x
	}
	return 0
}

// aloneRare reports whether a name both articles of a pair hold is rare as
// the pair alone counts it (aloneScore: the pair's two and the
// background's count).
func (ix *Index) aloneRare(x uint32) bool {
	one := []uint32{x}
	return ix.aloneScore(one, one).rare == 1
}

// mentions counts how often the article (headline and text) writes each
// of the distinct words hs capitalised: a word looked up by a scan of the
// few names of a headline, by key beyond fewHeadTerms of them (a text
// scraped as its headline), so that no article makes the count quadratic.
func mentions(a *crosswire.Article, hs []uint64) []int {
	s := scratchPool.Get().(*scratch)
	toks, _ := s.articleTokens(a)
	n := make([]int, len(hs))
	var at map[uint64]int
	if len(hs) > fewHeadTerms {
		at = make(map[uint64]int, len(hs))
		for j, h := range hs {
			at[h] = j
		}
	}
	for i := range toks {
		t := &toks[i]
		switch {
		case !t.cap:
		case at != nil:
			if j, ok := at[t.hash]; ok {
				n[j]++
			}
		default:
			for j, h := range hs {
				if t.hash == h {
					n[j]++
				}
			}
		}
	}
	if s.small() {
		scratchPool.Put(s)
	}
	return n
}
