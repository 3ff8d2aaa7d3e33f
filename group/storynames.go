package group

import "slices"

// A lone report that writes its story's names (issue 14, session 20: real
// event coverage, each event's reports grouped alone).
//
// Of an event a dozen outlets report, a piece written a day on — the
// explainer that recalls what happened and tells readers what to do —
// names the event as its reports do (the product abused, the service
// hijacked) but tells little else they tell: it shares two or three
// anchors with each report, under MinSharedAnchors or at a cosine under
// every pair rule's bar, and no pair rule may join it. As a pair that is
// what another event of the kind shares too (the kind's vendor, the
// researcher who found both). What a pair cannot tell, the story can:
// the names that most of its reports write are what its reports agree the
// event is, and a report of another event of the kind writes its own who
// — the victim, the place, the agency — of which the story's reports
// write none, so it tells a part of the story's names at most.
//
// So a lone article joins a story of at least 2·minSupport reports when
// it writes at least minSupport of the story's names and at least half of
// their weight (the bar of a majority, as LeadTold's), where
//   - a story's names are its anchors that more than half of its reports,
//     and at least minSupport, write, that are not common in the
//     collection and that are rare as a pair alone counts them (the
//     background's count: the batch may only veto, and an event's own
//     reports make its names common in a batch of them); each weighs the
//     number of its reports that write it;
//   - the story has at least 2·minSupport reports: in a story of three,
//     more than half is a pair of reports, whose shared names are the pair
//     rules' to judge (measured: in the 1,000 CASIE articles a three-report
//     story of one app's malware took seven lone reports of the kind);
//   - two of the reports writing those names are not versions of one text
//     (Index.oneText): a text and its rewrites are one source's word;
//   - no report writing them refuses the lone article by a refusal every
//     edge obeys (loneRefused) or by its facts (factsApart: figures or
//     tallies of another occasion), and headlines apart (headlinesApart,
//     whatUntold, headEventUntold, personApart) refuse when most of those
//     reports give them: a piece a day on headlines its own angle, which
//     one report's headline may not share;
//   - more than half of those reports name an event class in their leads
//     that its lead names (sameLeadEvent: the what, as every thin link
//     asks, thinsupport.go): a celebrity's names are written by reports of
//     each of her occasions, undated text does not tell them apart, and a
//     report of her next occasion leads with its own happening (measured:
//     meter as text only, a singer's tour launch two months after her
//     first gig's story, one report of five telling its what);
//   - dated, it is filed within copyWindowHours of a report writing them:
//     an affair's follow-up names the affair's who too, and the days tell
//     it apart (as the angle rule asks, angle.go).
//
// Only a lone article, decided for all at once against the stories before
// (moveLone), as joinRetold does: one article that joins one story never
// puts two stories into one. Batch only: it reads the batch's stories and
// the background's counts. No new constant: minSupport, a majority, the
// pair alone's rarity and the copy window are the other rules' own.
// Measured (group/NOTEBOOK.md, session 20): CASIE's read gold undated, whole
// alone 82 → 83 of 93 events (a phishing wave's explainer), inside the
// whole file ARI 0.7255 → 0.7752; every other guard identical.

// storyName is one of a story's names: the story's root, how many of its
// reports write it.
type storyName struct {
	root    uint32
	writers int
}

// namesEdge is a lone article's best story by its names: a report of the
// story (the move's target) and the weight of the story's names it writes.
type namesEdge struct {
	other uint32
	told  int
}

// joinStoryNames returns the story roots after each article alone in its
// story joins the story whose names it writes (see above).
func (ix *Index) joinStoryNames(roots []uint32) []uint32 {
	if !ix.keepFull || ix.bg.empty() || !ix.readsArticles() || len(roots) <= 2*minSupport || len(ix.full) < len(roots) {
		return roots
	}
	members, lone := storiesOf(roots)
	if len(lone) == 0 {
		return roots
	}
	rd := ix.rareDF()
	names := map[uint32][]storyName{} // an anchor: the stories it is a name of
	weight := map[uint32]int{}        // a story: its names' total weight
	writers := map[uint32]int{}
	for r, docs := range members {
		if len(docs) < 2*minSupport {
			continue
		}
		clear(writers)
		for _, b := range docs {
			for _, x := range ix.full[b] {
				writers[x]++
			}
		}
		for x, n := range writers {
			if 2*n <= len(docs) || n < minSupport || !ix.notCommon(x) || !ix.rareAloneCount(ix.aloneCount(x), rd) {
				continue
			}
			names[x] = append(names[x], storyName{root: r, writers: n})
			weight[r] += n
		}
	}
	if len(names) == 0 {
		return roots
	}
	best := map[uint32]namesEdge{}
	type told struct {
		names  []uint32
		weight int
	}
	for _, a := range lone {
		byStory := map[uint32]*told{}
		var cand []uint32
		for _, x := range ix.full[a] {
			for _, sn := range names[x] {
				t := byStory[sn.root]
				if t == nil {
					t = &told{}
					byStory[sn.root] = t
					cand = append(cand, sn.root)
				}
				t.names = append(t.names, x)
				t.weight += sn.writers
			}
		}
		slices.Sort(cand)
		for _, r := range cand {
			t := byStory[r]
			if len(t.names) < minSupport || 2*t.weight < weight[r] {
				continue
			}
			holders := ix.namesHolders(t.names, members[r])
			if !ix.independent(holders) || !ix.namesAgree(a, holders) {
				continue
			}
			e := namesEdge{other: holders[0], told: t.weight}
			if c, seen := best[a]; !seen || e.told > c.told {
				best[a] = e
			}
		}
	}
	if len(best) == 0 {
		return roots
	}
	return moveLone(roots, best, func(e namesEdge) uint32 { return e.other })
}

// namesHolders returns the docs of a story that write one of the names
// xs (sorted), in the story's order.
func (ix *Index) namesHolders(xs []uint32, story []uint32) []uint32 {
	var out []uint32
	for _, b := range story {
		shared := false
		forShared(xs, ix.full[b], func(int, int) bool { shared = true; return false })
		if shared {
			out = append(out, b)
		}
	}
	return out
}

// namesAgree reports whether lone doc a may join the story of holders
// (loneAgrees) and more than half of them name an event class in their
// leads that a's lead names (see above).
func (ix *Index) namesAgree(a uint32, holders []uint32) bool {
	return ix.loneAgrees(a, holders, ix.sameLeadEvent)
}

// loneAgrees reports whether lone doc a may join the story whose reports
// holders tell what joins it: dated, it is filed within copyWindowHours
// of one of them; no holder refuses it by a refusal every edge obeys
// (loneRefused) or by its facts (factsApart); at most half give headlines
// apart; and, when what is not nil, more than half tell a's what by it.
// joinStoryNames (the event class of the leads) and joinLeadActs (whose
// holders' leads tell a's who and what already) both ask it.
func (ix *Index) loneAgrees(a uint32, holders []uint32, what func(a, b uint32) bool) bool {
	apart, told := 0, 0
	A := ix.anchorList(a)
	ha, dated, near := ix.hours[a], false, false
	for _, b := range holders {
		if hb := ix.hours[b]; ha > 0 && hb > 0 {
			dated = true
			near = near || max(ha, hb)-min(ha, hb) <= copyWindowHours
		}
	}
	if dated && !near {
		return false
	}
	for _, b := range holders {
		if ix.loneRefused(a, b) {
			return false
		}
		B := ix.anchorList(b)
		_, ps := ix.verify(a, b)
		if ix.factsApart(a, b, A, B, &ps) {
			return false
		}
		if ix.headlinesApart(a, b) || ix.whatUntold(a, b) || ix.headEventUntold(a, b, A, B) || ix.personApart(a, b, &ps) {
			apart++
		}
		if what == nil || what(a, b) {
			told++
		}
	}
	return 2*apart <= len(holders) && 2*told > len(holders)
}
