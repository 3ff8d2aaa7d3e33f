package group

import "slices"

// One person is one anchor in a lead. The rare-anchor rule asks the two
// leads to agree (leadsAgree). Anchors are single capitalised words, so
// "Ada Quist" is two of them, "Chancellor Tomas Brandt" three and "Mr
// Hale" two: two stories of one party's week whose leads both name the
// leader and his chancellor share four lead anchors — the cast every story
// of the subject names — and agreed by count though they lead with
// different news; "Mr" alone made "Mr Hale" and "Mr Varga" share an
// anchor (issue 14, ninth round: most of the BBC pairs of different stories
// that merged as a pair joined by four rare names). So the leads are
// compared by *persons*: a name written as a run of adjacent capitalised
// words is one who, named by its last word (the surname, the place after
// "New", the body after "the Standards"); its first names and titles are
// no one by themselves. The runs are read from the lead's tokens
// (leadNameLinks): two adjacent capitalised words that are both anchors of
// the lead, the second not starting a sentence, are linked. A shared anchor
// is a person when, in a lead that holds it, no name follows it. Without
// punctuation in the tokens, "Quist, Brandt" is linked too: the count errs
// low, towards asking more of a pair, never less. Common anchors (in more
// than commonFraction of the collection) count as no one, as they count
// towards no pair's MinSharedAnchors.

// leadNameLinks returns the links between adjacent name anchors of a
// lead: for each pair of adjacent capitalised tokens within the lead's
// first end tokens (headline and LeadTokens body words) that are both
// among the lead's sorted anchors, the first anchor in the high 32 bits and
// the second in the low; sorted, no repeats.
func leadNameLinks(toks []token, end int, lead []uint32) []uint64 {
	end = min(end, len(toks))
	var buf [32]uint64 // a lead of 40 words has few links: one allocation
	out := buf[:0]
	prev, ok := uint32(0), false
	for i := 0; i < end; i++ {
		fp, in := leadName(&toks[i], lead)
		if in && ok && !toks[i].sentStart {
			out = append(out, uint64(prev)<<32|uint64(fp))
		}
		prev, ok = fp, in
	}
	if len(out) == 0 {
		return nil
	}
	slices.Sort(out)
	return slices.Clone(slices.Compact(out))
}

// leadName returns the name anchor a token gives and whether it is one of
// the lead's anchors: a capitalised word that is not a number, a CJK
// character, a month or a weekday, as a name or (set in capitals) an
// acronym.
func leadName(t *token, lead []uint32) (uint32, bool) {
	if !t.cap || t.digits || t.cjk || t.month > 0 || t.weekday {
		return 0, false
	}
	fp := anchorFPHash(anchorName, t.hash)
	if _, in := slices.BinarySearch(lead, fp); in {
		return fp, true
	}
	if t.allCaps {
		fp = anchorFPHash(anchorAcronym, t.hash)
		if _, in := slices.BinarySearch(lead, fp); in {
			return fp, true
		}
	}
	return 0, false
}

// persons counts the persons among anchors S (sorted) of leads ls: the
// anchors for which counts holds (nil: every one) that end a name in one of
// the leads holding them — that stand alone, or last in a run of adjacent
// names, not followed by another name (headsName). A person's first name
// or title ("Tomas", "Mr", "Sir") says who only with the name after it:
// "Tomas Brandt" in both leads is one person (Brandt), "Mr Hale" and "Mr
// Varga" share no one, nor "Piet Hale" and "Piet Morrow".
func persons(S []uint32, counts func(uint32) bool, ls ...*lead) int {
	n := 0
	for _, x := range S {
		if isPerson(x, counts, ls) {
			n++
		}
	}
	return n
}

// personsShared is persons of the anchors of sorted L that are in sorted A,
// without collecting them.
func personsShared(L, A []uint32, counts func(uint32) bool, ls ...*lead) int {
	n := 0
	forShared(L, A, func(i, _ int) bool {
		if isPerson(L[i], counts, ls) {
			n++
		}
		return true
	})
	return n
}

// isPerson reports whether anchor x counts (counts, nil for every one) and
// ends a name in one of the leads ls holding it.
func isPerson(x uint32, counts func(uint32) bool, ls []*lead) bool {
	if counts != nil && !counts(x) {
		return false
	}
	for _, l := range ls {
		if _, in := slices.BinarySearch(l.anchors, x); in && !headsName(l.names, x) {
			return true
		}
	}
	return false
}

// headsName reports whether anchor x is followed by another name in one
// of a lead's links (sorted by their first anchor).
func headsName(links []uint64, x uint32) bool {
	i, _ := slices.BinarySearch(links, uint64(x)<<32)
	return i < len(links) && uint32(links[i]>>32) == x
}

// toldPersons is told counted by persons (leadShare, each person of the
// lead weighing 1 and every other anchor nothing): at least
// MinSharedAnchors persons of a lead, and at least LeadTold of its
// persons, are among the other article's anchors A.
func toldPersons(l *lead, A []uint32, counts func(uint32) bool) bool {
	ls := []*lead{l}
	return shareOf(l.anchors, A, func(i int) float64 {
		if isPerson(l.anchors[i], counts, ls) {
			return 1
		}
		return 0
	}).told(0)
}
