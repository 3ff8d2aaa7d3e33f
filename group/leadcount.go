package group

import (
	"slices"

	"crosswire"
)

// One count in both leads (issue 14, session 19: two-report events
// grouped alone, undated). A thin link (thinsupport.go) is a pair every
// rule refused that shares the event's what (an event class in both
// leads), a name rare as the pair alone counts it and no other occasion's
// figures, tallies or headlines; as a pair it is as often two events of
// one kind or one affair's two occasions as one event's two reports
// (session 17 and 18's readings), so it joins stories only when most
// reports of two stories have such links. An event told by two reports has
// no such majority: its one link is the pair itself.
//
// What a thin pair of one event has that a thin pair of one kind lacks is
// the *count* the news is about: how many voters' records went, how many
// accounts, how much was paid. A report states it in its lead (headline
// and first LeadTokens words, the inverted pyramid's who-what-how-many),
// and an independent report of the same event states the same count
// there, however it writes it ("4.82 million", "4.82m": one amount anchor).
// Two events of one kind have each their own count; a figure recalled
// from another event (a famous ransom named as background) sits in the
// body, not in both leads; an affair's next step leads with its own
// figure (the charge's sum, the new demand). So a thin pair whose leads
// state one count — a number, not a year (every report of a year writes
// it) nor a code (codes.go reads those: two patch round-ups name one flaw's
// code) — that is rare as the pair alone counts it (aloneRare: the
// background's count, not the batch's; a round figure the background saw
// often, "1 million", says nothing) is one event. Nothing new to set: the
// lead is LeadTokens, rarity is the rare rule's bar.
//
// Measured on the CASIE read gold's pairs grouped alone as two articles
// (undated): of the 35 thin pairs of one event, 20 of one affair and 29 of
// one kind, one count in both leads holds for 1, 0 and 0 (the one: an
// election office's lost voter roll, counted in both headlines' leads).
// Of every refused pair, a rare count in both leads holds for 2 of one
// event and 1 of one kind (no thin link: a breach's count and another
// firm's breach of the same size, a lead event class apart).

// leadCounts returns the number anchors a report's lead (headline and
// first LeadTokens body words) states as counts: numbers and amounts that
// are neither years nor codes, sorted and distinct.
func leadCounts(a *crosswire.Article) []uint32 {
	s := scratchPool.Get().(*scratch)
	toks, nTitle := s.articleTokens(a)
	var out []uint32
	for i := range toks[:min(len(toks), nTitle+LeadTokens)] {
		t := &toks[i]
		if !t.digits || t.cjk || isYear(t.norm) {
			continue
		}
		switch {
		case t.amount != 0:
			out = append(out, t.amount)
		case !hasLetter(t.norm):
			out = append(out, numberFP(t.norm))
		}
	}
	if s.small() {
		scratchPool.Put(s)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// leadCountsOf returns doc d's lead counts (leadCounts), read on first
// use.
func (e *docEvents) leadCountsOf(d uint32, art *crosswire.Article) []uint32 {
	return *kept(&e.counts[d], func() []uint32 { return leadCounts(art) })
}

// countEdge reports whether the batch pair a, b, a thin link (thinPair),
// has leads that state one count rare as the pair alone counts it (see
// above).
func (ix *Index) countEdge(a, b uint32) bool {
	t := ix.topics
	if t.arts[a] == nil || t.arts[b] == nil {
		return false
	}
	ca, cb := t.events.leadCountsOf(a, t.arts[a]), t.events.leadCountsOf(b, t.arts[b])
	for _, x := range ca {
		if _, ok := slices.BinarySearch(cb, x); ok && ix.aloneRare(x) {
			return true
		}
	}
	return false
}
