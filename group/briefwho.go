package group

import "slices"

// A brief names its story's who (issue 14, session 18). The contained
// clause joins a short text whose anchors are nearly all in a longer one:
// a paper's brief of the wire's story. A brief tells the story's news in
// a sentence or two, and the news is someone's: it names the person (or
// body) the longer text leads with. A short item of another story of one
// subject — one member of a band fronting a show, beside the wire's piece
// on another member's show that names her in passing — has its names
// inside the longer text too, but not its lead's who.
//
// briefWhoUntold asks it of the pair's contained side: the article with
// fewer anchors is the brief; the other's lead persons (isPerson: an
// anchor ending a name in its lead, not common) must count one among the
// brief's anchors. A lead naming no person asks nothing, nor a wire
// continuation page (a header's page 2 or later: a fan's quote, the
// publicist's figure, its who named on page 1). A veto of the contained
// clause alone (containedOnly): the other clauses weigh the pair's names
// whole.
//
// Measured (TestPairsApart, TestLeadEventsRealPairs; group/NOTEBOOK.md,
// session 18): meter-showbiz cleaned pairs of different stories merging
// as a pair 56 → 54 (the two member's-show pairs), raw 133 → 131; every
// other set and the real same-story pairs (617/442/101) unchanged.
// Without the continuation-page exception two page 2s lost their papers
// (617 → 615). A page whose header is lost (wire copy as plain text) reads
// as a brief, so only a titled brief is asked: asked of untitled texts the
// rule cost the text-only one run 0.881 → 0.870 (TestManyReportsAlone);
// titled only, cleaned 55 (17 real), raw 133 (88).
//
// Session 21: an untitled brief is asked too when the other article is a
// wire take whose header was read and the brief has none (headedTake).
// The lost header is a property of the feed: a batch that reads one
// take's header reads its pages' headers too, so an untitled text without
// a header beside a headed take is another outlet's item (a paper's
// brief), not a page of the take. In a batch of plain texts (no header
// read anywhere) nothing changes. Measured: meter cleaned 41 → 40 (real
// 3 → 2: the member's show brief against the wire's piece on another
// member's show, months apart); real same-story pairs 620/442/101 held.

// briefWhoUntold reports whether the batch pair's contained side (the
// article with fewer anchors) writes none of the persons of the other
// article's lead, when that lead names one.
func (ix *Index) briefWhoUntold(a, b uint32) bool {
	if !ix.keepFull || int(max(a, b)) >= len(ix.leads) {
		return false
	}
	brief, long := a, b
	if len(ix.full[b]) < len(ix.full[a]) {
		brief, long = b, a
	}
	if int(brief) < len(ix.wireOf) && ix.wireOf[brief] > 0 && ix.wire[ix.wireOf[brief]-1].page > 1 {
		// a wire continuation page: its who is named on page 1
		return false
	}
	if int(brief) >= len(ix.topics.arts) || ix.topics.arts[brief] == nil ||
		ix.topics.arts[brief].Title == "" && !ix.headedTake(long, brief) {
		// untitled: a continuation page whose header was lost reads as
		// a brief; only a headline, or a header read on the other text
		// and none on this one, says the text stands alone
		return false
	}
	ls := []*lead{&ix.leads[long]}
	named := false
	for _, x := range ls[0].anchors {
		if !isPerson(x, ix.notCommon, ls) {
			continue
		}
		if _, in := slices.BinarySearch(ix.full[brief], x); in {
			return false
		}
		named = true
	}
	return named
}

// headedTake reports whether batch doc long is a wire take whose header
// was read and doc brief has none: the batch reads its wire headers, so a
// page of the take would have kept its own, and the untitled short text
// is another outlet's item, not a page whose header was lost.
func (ix *Index) headedTake(long, brief uint32) bool {
	return int(max(long, brief)) < len(ix.wireOf) && ix.wireOf[long] > 0 && ix.wireOf[brief] == 0
}
