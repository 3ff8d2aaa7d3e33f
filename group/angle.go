package group

import (
	"cmp"
	"slices"

	"github.com/cespare/xxhash/v2"
)

// An angle piece (issue 14, session 15: many reports alone). Of an event
// that a dozen outlets report, one report takes an aspect — the
// reaction, the background, a victim's story, the vendor's count — and
// shares with the event's story only a few of the names every report
// gives: its core cosine is under every pair floor, and no member's lead
// is told in it. Another event of the same kind shares as much (the
// kind's vendors, places and words), and so does a follow-up of one
// affair. What the piece keeps is the event's who: its headline names
// the one the event happened to or was done by — the firm attacked, the
// malware, the victim — because that is what the piece is about, and
// every report of the event writes that name. Another event of the kind
// has its own who in its headline, whom the story's reports do not write.
//
// So a dated lone article joins a dated story's core (cores.joinLone)
// when, besides the MinSharedAnchors anchors, minCoreShared of them held
// by several members, that every core join asks:
//   - its headline writes, capitalised, a name that more than half of the
//     story's members write as a name: capitalised in their texts (the
//     word compared as headWords keys it; not in their headlines, where a
//     headline's style may capitalise every word, and not the kind's
//     common word: "Dairies" in a headline is not told by texts writing
//     "dairy");
//   - two of those members are not versions of one text (Index.oneText: a
//     story of a text and its rewrites is one source's word, as many times
//     as it has versions);
//   - that name is an anchor of the story's core rare outside the story,
//     as joinLone counts a rare anchor (cores.rareWho): a broadcaster's or
//     a vendor's name that every story of it writes is the who of none
//     (without it, CASIE's worm outbreak story took the report of an
//     affair's other occasion whose headline named the vendor, and two
//     programmes of one broadcaster a day apart joined in METER);
//   - it is filed within copyWindowHours of a member: an affair's
//     follow-up names the affair's who too, and only the days tell it
//     apart, which undated text does not give, so both sides are dated;
//   - the story has no body (as coreEvidence): copies of one text
//     repeating a name are one source's word, not a majority of reports.
//
// No threshold but the majority: a name is written or not. A piece joined
// so is not part of the story's core for the passes after it (mergeCores,
// rejoinLone: see buildCoresOf): it joined by its who, not by the event's
// names, and its other anchors are its aspect's — the background, the
// affair's history. Counted as a member, they became names "several
// members hold" and "rare outside the story", and the grown story took an
// affair's follow-up by the rare clause (CASIE dated: the worm's outbreak
// story, grown to six by two pieces, took a report of the warning that
// preceded it, four anchors rare outside the six at cosine 0.278).

// angle reports whether batch doc d, a lone article filed at hour h,
// joins story k as an angle piece (see above).
func (c *cores) angle(ix *Index, d uint32, k int32, h int64) bool {
	// the headline rules' conditions (headlinesReadable): a background
	// tells a name from a function word, and the articles are kept
	if h == 0 || !c.dated[k] || ix.bg.empty() || !ix.readsArticles() || !ix.topics.coversBoth(d, d) ||
		ix.worded[ix.find(c.roots[k])] || !c.nearWindow(k, h) || ix.collectionSize() < RareMinN {
		return false
	}
	art := ix.topics.arts[d]
	if art == nil || !titleReadable(art) {
		return false
	}
	// the headline's names that are rare anchors of the core, first: the
	// members' texts are read only for them
	var buf [fewHeadTerms]uint64
	keys := buf[:0]
	for _, key := range ix.headKeysOf(d, art).names {
		if c.rareWho(ix, k, art.Title, key) {
			keys = append(keys, key)
		}
	}
	if len(keys) == 0 {
		return false
	}
	ms := c.members[k]
	if slices.ContainsFunc(ms, func(m int) bool { return !ix.topics.coversBoth(uint32(m), uint32(m)) }) {
		return false
	}
	var writers [fewHeadTerms][]uint32 // the members writing each name
	var w headWords
	for j, m := range ms {
		o := ix.topics.arts[m]
		if o == nil {
			continue
		}
		var seen [fewHeadTerms]bool
		w.each(o.Text, func(_ []byte, _ bool, key uint64) {
			if x := slices.Index(keys, key); x >= 0 && w.upper {
				seen[x] = true
			}
		})
		left, reach := len(ms)-1-j, false
		for x := range keys {
			if seen[x] {
				writers[x] = append(writers[x], uint32(m))
			}
			reach = reach || 2*(len(writers[x])+left) > len(ms)
		}
		if !reach {
			return false // no name can reach a majority
		}
	}
	for x := range keys {
		if 2*len(writers[x]) > len(ms) && ix.independent(writers[x]) {
			return true
		}
	}
	return false
}

// rareWho reports whether the headline word of key (headWords.each) is a
// name anchor (a name or an acronym) of story k's core that is rare
// outside the story, as joinLone counts a rare anchor: in at most rareDF
// articles of the collection, the background's blended in, beside the
// story's own members and the article.
func (c *cores) rareWho(ix *Index, k int32, title string, key uint64) bool {
	rareDF := ix.rareDF()
	V := c.vec[k]
	rare := false
	var w headWords
	w.each(title, func(word []byte, _ bool, wk uint64) {
		if rare || wk != key {
			return
		}
		h := xxhash.Sum64(word)
		for _, a := range [2]uint32{anchorFPHash(anchorName, h), anchorFPHash(anchorAcronym, h)} {
			y, ok := slices.BinarySearchFunc(V, a, func(e coreEntry, a uint32) int { return cmp.Compare(e.a, a) })
			if ok && int(V[y].df-V[y].m)-1 <= rareDF-2 {
				rare = true
			}
		}
	})
	return rare
}

// independent reports whether two of the batch docs ds are not versions
// of one text (Index.oneText).
func (ix *Index) independent(ds []uint32) bool {
	for i, a := range ds {
		for _, b := range ds[i+1:] {
			if !ix.oneText(a, b) {
				return true
			}
		}
	}
	return false
}

// nearWindow reports whether hour h is within copyWindowHours of story
// k's dated members.
func (c *cores) nearWindow(k int32, h int64) bool {
	rs := c.span[k]
	return h <= rs[1]+copyWindowHours && rs[0] <= h+copyWindowHours
}
