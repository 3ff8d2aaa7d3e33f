package group

import (
	"slices"
	"strings"
)

// One statement quoted alike (issue 14, session 10, CASIE events whole
// alone). A statement is made once, on one occasion: a firm's notice, a
// chief executive's answer in an interview, a hacker's message. Reports
// of that occasion quote it, and a quotation is the one part of a report
// its writer may not reword — two outlets that tell the occasion in their
// own words and order (a vendor's blog and a news story: anchor cosine
// 0.3–0.5, topic words under TopicCosine) still quote the statement in the
// same words, while each cuts it where it likes (one quotes three
// sentences, the other two), so the quotation as a whole (anchorQuote)
// differs. Two events of one kind are told by other speakers. An affair's
// follow-up may quote the earlier statement again as background (the
// next day's wire take repeating a musician's farewell statement), but it
// leads with the next occasion's news: so, as the pair-rarity and
// story-rarity rules ask (sameLeadEvent), both leads must name an event
// class in common — a follow-up leads with another verb. So a pair at the
// low floor of the rules after the anchor rules (lowFloor, one shared
// anchor rare, as the topic and day rules ask) whose leads name one event
// and no different days is one event when the two share MinSharedRuns
// runs of NarrativeRun words inside quotation marks: nine quoted words in
// a row, or two stretches of seven and eight (a stretch of n words makes
// n−6 runs) — more than a stock phrase or a title in quotes, which make
// one or two (the bar of the narrative-run rule,
// runs.go, read inside the quotations instead of outside them).
//
// A lead that names no event class (a paper that opens on a name, a
// place, a scene: "Among the guests at the ceremony was …") says nothing
// of the occasion either way — copyEdges reads leads so (leadsOtherEvent)
// — and asking a class in common refused every such pair (session 15,
// issue 14: a paper whose version of a wire story quotes the take's
// twenty words alike, the text-only sets' pasted versions). So when one
// lead names none and neither names different days, the pair joins on
// the statement unless it shows another occasion by what the other rules'
// veto reads (occasionApart: figures or tallies that disagree, headlines
// that share nothing, a headline's person or what the other leaves
// untold) — the veto the topic and day rules ask. Asked without it, the
// relaxed rule joined four pairs of BBC's 2,225 articles (each its own
// story) as pairs: follow-ups of one affair (a ruling's reactions, an
// inquiry's aftermath) quoting one minister's statement as background;
// occasionApart refuses all four and none of the four METER pairs the
// relaxed rule joins.
//
// The rule's pairs are joined by a pass of their own, last (joinQuoted),
// not as edges of the pairwise pass. Batch only (it reads the articles, as
// the rules reading leads do), and a pair alone is judged as in any
// batch: the runs are the pair's own.

// quotedRuns returns the sorted distinct hashes of an article's runs of
// NarrativeRun words inside quotation marks within one sentence (the
// tokenizer's quotation marks and sentence starts, Latin-script words), as
// runs reads the runs outside them (scratch.sentenceRuns).
func quotedRuns(text string) []uint32 {
	// a text without an opening quotation mark (appendTokens') has no
	// word inside one, and is not tokenized
	if !hasOpeningQuote(text) {
		return nil
	}
	s := scratchPool.Get().(*scratch)
	s.tokens = s.appendTokens(s.tokens[:0], text)
	out := s.sentenceRuns(s.tokens, true, nil)
	if s.small() {
		scratchPool.Put(s)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// hasOpeningQuote reports whether text holds a mark appendTokens opens
// a quotation at, each looked for by a byte scan (strings.ContainsAny of
// marks outside ASCII reads the text rune by rune).
func hasOpeningQuote(text string) bool {
	for _, q := range "\"“«„「『" {
		if strings.ContainsRune(text, q) {
			return true
		}
	}
	return false
}

// quoteEdge is the quoted-statement rule (see above): a batch pair at the
// low floor with a rare anchor, whose leads name no different days and
// no different event classes, that shares MinSharedRuns quoted runs, when
// the leads name an event class in common (leadsOneOccasion) or, a lead
// naming none, the pair shows no other occasion (occasionApart).
func (ix *Index) quoteEdge(a, b uint32, ps *pairScore) bool {
	if !ix.keepFull || !ix.readsArticles() || !ps.lowFloor() || ps.rare < 1 || ix.leadsOtherDay(a, b) || ix.leadsOtherEvent(a, b) {
		return false
	}
	t := ix.topics
	if t.arts[a] == nil || t.arts[b] == nil {
		return false
	}
	e := &t.events
	if sharedCount(e.quotesOf(a, t.arts[a]), e.quotesOf(b, t.arts[b])) < MinSharedRuns {
		return false
	}
	return ix.sameLeadEvent(a, b) || !ix.occasionApart(a, b, ix.anchorList(a), ix.anchorList(b), ps)
}

// joinQuoted joins, as the batch's last pass on one language's stories,
// the stories of the pairs the quoted-statement rule verified
// (Index.quotedEdges, collected by insertBatch): each story with its best
// such match (highest anchor cosine), as the story passes join, and not
// two stories that each have a body unless the pair is dated (bridges'
// rule: a follow-up of a reprinted story re-quotes its statement). Not in
// the pairwise pass: an edge there is some article's best match or none,
// and a pair verify accepts is one the later passes no longer weigh
// (joinByDetails) — made an edge there, the rule took some articles' best
// match from the pair that held their event together (the CASIE file
// split one event of nine reports in two). out holds each doc's root; it
// is updated and returned.
func (ix *Index) joinQuoted(out []uint32) []uint32 {
	if len(ix.quotedEdges) == 0 {
		return out
	}
	body := map[uint32]bool{}
	for d := range out {
		if ix.worded[ix.find(uint32(d))] {
			body[out[d]] = true
		}
	}
	best := bestMatches{}
	for _, e := range ix.quotedEdges {
		ra, rb := out[e.a], out[e.b]
		if ra == rb || body[ra] && body[rb] && (ix.hours[e.a] == 0 || ix.hours[e.b] == 0) {
			continue
		}
		best.consider(ra, rb, e.cos)
	}
	ix.quotedEdges = nil
	best.join(out)
	return out
}

// joinLoneQuoted joins, before the story cores (joinCores), each article
// the pairwise pass left alone with its best match among the late pairs
// (Index.quotedEdges) whose other article it left alone too, when the
// pair is not both dated. Neither article's best match is taken from a
// pair that held a story together (the reason joinQuoted comes last):
// both have none. Left for the last pass, each of the two is alone when
// the cores are read and joins, on its own, the core it matches best —
// and without publication times every occasion of an affair is a
// candidate (a dated article only joins a core of its own days,
// MaxGapHours), so the best is often the affair's earlier event, whose
// core is the affair's names. Found when the day rule began to refuse
// pairs whose figures disagree (occasionApart): an event's two reports it
// had joined were then verified only by their quotation, a late pair;
// alone at the cores, each joined an earlier event's story and took a
// third report with them (TestCASIEManyReports, CASIE kinds in one run
// without dates: mean ARI 0.637 → 0.687, many-report events merged with
// 7 → 5 events of their kind and 9 → 7 of their affair, CASIE one run
// unchanged at 0.7796, dated figures unchanged; what it costs: one pair
// of events of one kind merges as a pair, 11 → 12 of 768 — a report of
// an affair's later occasion joins the joined two's core, as it did
// before the refusal. The late pairs of dated articles, joined early
// too, cost the dated one run 0.8645 → 0.8622: not asked.)
// Batch only: the late pairs are the batch's verified pairs.
func (ix *Index) joinLoneQuoted() {
	if len(ix.quotedEdges) == 0 {
		return
	}
	size := make(map[uint32]int, ix.n)
	for d := range ix.n {
		size[ix.find(uint32(d))]++
	}
	best := bestMatches{}
	for _, e := range ix.quotedEdges {
		if (ix.hours[e.a] == 0 || ix.hours[e.b] == 0) && size[ix.find(e.a)] == 1 && size[ix.find(e.b)] == 1 {
			best.consider(e.a, e.b, e.cos)
		}
	}
	for d, m := range best {
		ix.union(d, m.to)
	}
}
