package group

import "math"

// A short lone article whose names one story holds (session 20, issue 14:
// wire stories as plain text).
//
// A wire story's continuation page, late take or a paper's brief, read as
// plain text without the wire header, is a fragment: a few sentences that
// name a handful of the story's people and places (the guests of a party,
// the venues of a tour) and tell a detail of it in words of their own. Its
// pair with any one report shares too few of the report's many names for
// the anchor rules' cosine, and no rare word of the account for the
// retold rule (retold.go): it is left alone. A reader joins it to the
// story whose reports, together, name what it names.
//
// The rule: a lone article short enough to be a brief (at most ShortRuns
// narrative runs, as runs.go defines one) joins the story whose reports
// hold at least MinSharedAnchors of its anchors carrying NamedShare of
// their background weight (each anchor weighs ln((D+1)/(df+1)) by the
// shipped background's count df of D articles): most of what it names is
// the story's. The story must have two reports or more: what the rule
// reads is what a story's reports hold together, which no pair rule sees;
// a story of one report is a pair the pair rules judged and refused (two
// texts of one subject's cast, a band's members, a couple, share names
// as readily as a page and its take). The batch only vetoes: when a
// second story also holds NamedShare, the names are a subject's that two
// stories write (one band's two days), and the fragment stays where it
// is; and the pair of the fragment and one of the story's reports must
// pass the refusals every edge obeys (dates, lead dates, leads naming
// other days, next steps, codes, one outlet undated, occasionApart), as
// for the retold rule. A long text is not asked: it names enough for the
// pair rules, and a long report whose names another story holds is most
// often that subject's report of another day.
const (
	// NamedShare is the least share of the fragment's anchor weight one
	// story must hold, and the share at which a second story vetoes:
	// half, as RetoldShare for the retold words — most of what it names.
	NamedShare = 0.5
)

// joinNamed returns the story roots after each short lone article joins
// the story whose reports hold most of its names (see NamedShare) or,
// failing that, the story of the report that quotes its statement (see
// FragmentQuotedRuns, quotedfragment.go): one pass over the short lone
// articles, each move decided against the stories before it. runs is
// each doc's count of narrative runs (docRuns), which says how short it
// is.
func (ix *Index) joinNamed(roots []uint32, runs []int) []uint32 {
	if !ix.keepFull || len(roots) < 2 || len(runs) != len(roots) {
		return roots
	}
	var lone []uint32
	want := loneItems(roots, func(a uint32) []uint32 {
		if runs[a] > ShortRuns || len(ix.full[a]) == 0 {
			return nil
		}
		lone = append(lone, a)
		return ix.full[a]
	})
	if len(lone) == 0 {
		return roots
	}
	walkHolders(want, ix.full)
	members := membersByRoot(roots)
	best := map[uint32]uint32{} // a lone fragment: a report of the story it joins
	var wt []float64
	var cands []uint32
	for _, a := range lone {
		var b uint32
		ok := false
		if runs[a] > 0 && len(ix.full[a]) >= MinSharedAnchors {
			b, ok = ix.namedTarget(a, want, roots, members, &wt)
		}
		if !ok {
			b, ok = ix.quotedTarget(a, want, roots, members, &cands)
		}
		if ok {
			best[a] = b
		}
	}
	if len(best) == 0 {
		return roots
	}
	return moveLone(roots, best, func(b uint32) uint32 { return b })
}

// namedTarget returns the report of the story lone doc a joins by its
// names (NamedShare), and whether there is one; want holds the holders of
// the lone docs' anchors, members each story's docs, wt scratch weights.
func (ix *Index) namedTarget(a uint32, want map[uint32][]uint32, roots []uint32, members map[uint32][]uint32, wt *[]float64) (uint32, bool) {
	if ix.bg.empty() {
		return 0, false
	}
	docs := float64(ix.bg.Docs)
	*wt = (*wt)[:0]
	total := 0.0
	for _, x := range ix.full[a] {
		w := math.Log((docs + 1) / float64(ix.bg.anchors.get(x)+1))
		*wt = append(*wt, w)
		total += w
	}
	// a name in more than walkCap of the batch's docs singles out
	// no story
	held, count := heldByStories(a, ix.full[a], *wt, want, roots)
	if total <= 0 {
		return 0, false
	}
	// one story holding half: two stories holding half each hold a
	// subject's names (the batch's veto)
	var to []uint32
	for r, w := range held {
		if w >= NamedShare*total {
			to = append(to, r)
		}
	}
	if len(to) != 1 || count[to[0]] < MinSharedAnchors || len(members[to[0]]) < 2 {
		return 0, false
	}
	for _, b := range members[to[0]] {
		if !ix.pairRefused(a, b) {
			return b, true
		}
	}
	return 0, false
}
