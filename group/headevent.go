package group

import "slices"

// A headline's event the other report never writes (issue 14, session 15:
// pairs apart). A headline says who did what, and its article writes the
// what again in its body. A version of that story, or another report of
// the event, writes the event somewhere: a rewrite words the headline
// otherwise but keeps the event's words in its text, and an independent
// report of a warning that an election could be a target writes
// "election". One subject's other occasion shares the cast and often one
// affair's word — the party's terror law and a police chief's warning
// about the election, both "terror" — and the later report may retell the
// earlier's event as background, but the earlier never writes the later's
// event: "Vessmark defends curfew law changes" and "Polls 'could be curfew target'"
// (fictional): the defence's report never writes "poll" or "target". The
// bodies share the cast at the cosine of a version, which is why the
// anchor rules join them.
//
// So occasionApart parts a pair (headEventUntold) when both headlines can
// be read (readableTitles) and are who-did-what headlines — each holds a
// what written in lower case (castTerm.lower; a Title Case headline is a
// label whose words are read as names; a headline set in capitals is read
// as its text writes its words, castTerms) — and one headline
// holds at least minUntoldWhats whats that its own text writes and the
// other headline does not, none of which the other article writes
// anywhere; unless the figures say one account: the pair shares
// MinFigures figures (numbers, dates, acronyms and codes) that the pair
// alone does not call common (sharedFiguresAlone), or both leads write one
// number alike; or unless the names, the day and the lead say one event
// where every figure drifted (oneCastOneDay).
// Independent reports of one event headline it in their own words — "Mill
// unit faces network attack" and "Second mill subsidiary breached", "men
// charged" and "pair indicted" (fictional) — and tell its counts, sums,
// dates and acronyms alike: the ransom's sum in both leads, the protocol's
// and the advisory's acronyms in both texts. No threshold of its own: a
// word is written or not; the figures' bar is occasion.go's.
//
// Measured (TestPairsApart, TestLeadEventsRealPairs, the CASIE gold;
// group/NOTEBOOK.md, session 15): bbc-mt-catalan pairs merging alone 6 → 4
// (a prime minister's terror law and a police chief's election warning:
// the warning's original against the defence and its round trip; left,
// the warning's round trip, whose text keeps one what of its headline,
// and its Catalan text, whose headline the rule cannot read), everything
// else unchanged.
// Without the lower-case clause and the figures exception BBC 4 → 2 and
// leave-pair-out 3 → 2 (a bankruptcy hearing retelling the suit, one
// awards night's winner and losers: the pairs share the affair's
// figures), but mmds loses three real pairs (100 → 97); with only the
// whole texts' figures the CASIE gold loses one event alone dated and
// undated (a school's ransom told in two outlets' words), with only the
// leads' number two undated (a bug's advisory, a second indictment).
// Session 16: read against an article without a title (one headline), the
// rule marked 16 of METER's same-story take-and-paper pairs — a take's
// headline words its angle or a pun the papers never write — against 9,280
// of different stories: both headlines stay asked.

// minUntoldWhats is the fewest whats of a headline, written in its own
// text and not in the other headline, that the other article must leave
// unwritten for the pair to be two events: an event's verb and its object.
const minUntoldWhats = 2

// headEventUntold reports whether batch docs a and b (anchor lists A and
// B) carry readable who-did-what headlines and one of them holds at least
// minUntoldWhats whats, written in its own text and not in the other
// headline, none of which the other article writes anywhere, while the
// pair shares fewer than MinFigures figures (sharedFiguresAlone) and no
// number of both leads, and is not one cast on one day (oneCastOneDay,
// occasion.go: two writers' headlines of one event word it apart — a plant
// gutted, a factory destroyed). The cached readings first, the other text
// last.
func (ix *Index) headEventUntold(a, b uint32, A, B []uint32) bool {
	ta, tb, ok := ix.readableTitles(a, b)
	if !ok {
		return false
	}
	ha, hb := ix.headKeysOf(a, ta), ix.headKeysOf(b, tb)
	if !ha.lower || !hb.lower {
		return false
	}
	var bufA, bufB [fewHeadTerms]uint64
	ua := ix.untoldWhats(a, ha, hb, bufA[:0])
	ub := ix.untoldWhats(b, hb, ha, bufB[:0])
	if len(ua) < minUntoldWhats && len(ub) < minUntoldWhats {
		return false
	}
	e := &ix.topics.events
	if ix.sharedFiguresAlone(A, B) >= MinFigures || sharesKey(e.leadNumbersOf(a, ta), e.leadNumbersOf(b, tb)) || ix.oneCastOneDay(a, b, A, B) {
		return false
	}
	return len(ua) >= minUntoldWhats && !ix.textOf(b).writesAny(ua) || len(ub) >= minUntoldWhats && !ix.textOf(a).writesAny(ub)
}

// untoldWhats appends to dst the whats of batch doc d's headline (h) that
// its own text writes (docText.mark) and the other headline
// (other) does not; none when the headline holds fewer than
// minUntoldWhats whats.
func (ix *Index) untoldWhats(d uint32, h, other *headKeys, dst []uint64) []uint64 {
	if len(h.whats) < minUntoldWhats {
		return dst
	}
	var written [fewHeadTerms]bool
	ix.textOf(d).mark(h.whats, &written)
	for i, k := range h.whats {
		if _, in := slices.BinarySearch(other.all, k); written[i] && !in {
			dst = append(dst, k)
		}
	}
	return dst
}

// sharedFiguresAlone counts the figures (script-stable anchors: numbers,
// dates, acronyms and codes) that A and B share and that two articles
// checked alone do not call common: the pair's two counts pooled with the
// background's (Background.blend), as commonNameAlone reads a name. The
// batch's counts may only veto a join, never part a pair the pair alone
// keeps: a figure many of the batch's articles write still says one
// account.
func (ix *Index) sharedFiguresAlone(A, B []uint32) int {
	return sharedFigures(A, B, func(x uint32) bool { return !common(ix.bg.blend(2, 2, ix.bg.anchors.get(x))) })
}

// leadNumbers returns the keys (headWords') of the numbers a text's lead
// (leadText) writes, sorted without repeats.
func leadNumbers(text string) []uint64 {
	var out []uint64
	var w headWords
	w.each(leadText(text), func(_ []byte, digits bool, key uint64) {
		if digits {
			out = append(out, key)
		}
	})
	slices.Sort(out)
	return slices.Compact(out)
}

// sharesKey reports whether the sorted key lists a and b share a key.
func sharesKey(a, b []uint64) bool {
	for _, k := range a {
		if _, ok := slices.BinarySearch(b, k); ok {
			return true
		}
	}
	return false
}
