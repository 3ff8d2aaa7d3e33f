package group

import (
	"slices"
	"sync"

	"crosswire"
	"crosswire/facts"
)

// A headline's person the other report never names (issue 14, session
// 14: pairs apart). A headline says who did what, and when its who is a
// person — "Brandt out of the cup tie", "Club chief denies Brandt return"
// (fictional) — every version of that story names the person: a rewrite,
// a paper's version and a translation keep the who, and an independent
// report of the event names the one who did it. A subject's other occasion
// shares the cast but has its own who: the club's chief playing down the
// winger's return and the winger's own word on it, the coach's demand a
// day after the match report, the prime minister's answer to a book and
// the opposition leader's attack on the budget. The bodies share the
// cast's names at the cosine of a version, which is why the anchor rules
// join them; the chief, the coach, the prime minister are not in the
// other text at all.
//
// So occasionApart parts a pair, and the contained clause (a brief
// inside a longer text, which asks no other occasion veto) and the
// take's-lead rule (clientEdge, joinLoneClients: a client's version of a
// take names the take's who) do not join it, when the pair's headlines
// can be read (titledPair: both, or one against an article that has no
// title at all — the papers of an archive kept without their headlines)
// and one headline
// writes, capitalised, the surname of a person its own article names —
// the last word of a name of two words or more that the facts package's
// extractor reads as a person (given names and titles are how a body
// introduces a person; the headline keeps the surname) — and the other
// article, headline or text, never writes that word. Persons, not names:
// a firm, a vendor or an agency a headline credits (a researcher's firm,
// the source of a report) is often left out by another report of one
// event (measured on the CASIE gold, session 13: a headline protagonist
// the other report never names held for 40 of 140 same-event pairs), and
// a place is the setting, not the who. A name the other article writes
// in any form is told (the word compared as headWords keys it: lower
// case, inflection dropped), and so is one it writes capitalised one
// letter off (text.NearMiss: a paper's "Brant" for the take's "Brandt").
// A headline set in capitals names its persons as its text writes them
// (castTerms). No threshold: a word is written or not.
//
// The extractor reads a whole article (entities, numbers, quotations), so
// it is asked last and only of a headline word the other article never
// writes; each doc's persons are read once a batch (docEvents.personsOf).
//
// Measured (TestPairsApart, TestLeadEventsRealPairs, the CASIE gold;
// group/NOTEBOOK.md, session 14): pairs of different stories merging as a
// pair bbc-2225 7 → 4 of 10,000 (one of them by the contained clause),
// bbc-mt-catalan 10 → 6, meter and leave-pair-out unchanged; real
// same-story pairs joined as a pair unchanged (METER 602, bbc-mt-catalan
// 442, mmds 100); CASIE undated pairs of one kind merging alone 12 → 11.
// A headline name its text writes after another capitalised word (no
// extractor) flagged round trips' garbled names and places; the
// extractor's one-word persons (a firm read as one) lost an mmds pair.
// Session 16: one headline against an untitled article, the misspelt
// surname and the take's-lead rule: meter cleaned 60 → 58 (a take's
// biography threat against two papers' interview pieces of the couple),
// everything else unchanged; without the misspelling a METER paper
// writing the director's surname one letter off lost its take (606 →
// 605). The take's-lead rule asking the headline's event too
// (headEventUntold) lost 9 METER real pairs (a take's pun headline:
// papers title the story in their own words): not kept.

// personExtractor is the facts package's extractor, built once.
var personExtractor = sync.OnceValues(facts.NewExtractor)

// personApart is personUntold for a batch pair (the batch Grouper reads
// its articles), cached on ps: the contained clause and occasionApart
// both ask it.
func (ix *Index) personApart(a, b uint32, ps *pairScore) bool {
	if !ps.personRead {
		ps.personRead = true
		// a lead's person named only by a namesake (namesake.go)
		ps.personApart = ix.keepFull && (ix.personUntold(a, b) || ps.jaccard < wordingFloor && ix.namesakeUntold(a, b))
	}
	return ps.personApart
}

// personUntold reports whether batch docs a and b carry readable headlines
// and one of them writes the surname of a person of its own article that
// the other article never writes (see above).
func (ix *Index) personUntold(a, b uint32) bool {
	ta, tb, titledA, titledB := ix.titledPair(a, b)
	return titledA && ix.headPersonUntold(a, b, ta, tb) || titledB && ix.headPersonUntold(b, a, tb, ta)
}

// headKeys is a batch doc's headline as headPersonUntold reads it: the
// keys (headWords.each) of its capitalised names that are not function
// words, none when it holds more than fewHeadTerms terms (a text scraped
// as the title, not a headline); and the keys of all its words, sorted.
type headKeys struct {
	names, all []uint64
	// whats are the keys of the headline's distinct whats
	// (castTerm.what), none when the headline is not readable (readable)
	// or holds more than fewHeadTerms terms (headEventUntold)
	whats []uint64
	// lower: the headline is readable and writes a what in lower case (a
	// who-did-what headline, not a label: headEventUntold)
	lower bool
}

// headKeysOf returns batch doc d's headKeys, read once a batch
// (docEvents.headOf).
func (ix *Index) headKeysOf(d uint32, art *crosswire.Article) *headKeys {
	return ix.topics.events.headOf(d, func() headKeys {
		var buf [fewHeadTerms]castTerm
		var w headWords
		var h headKeys
		terms := ix.castTerms(d, art.Title, buf[:0], &w)
		if len(terms) <= fewHeadTerms {
			for _, t := range terms {
				if t.name && !t.function && !t.lower {
					h.names = append(h.names, t.key)
				}
			}
			ok := readable(terms)
			for _, t := range terms {
				h.lower = h.lower || ok && t.what && t.lower
				if ok && t.what && !slices.Contains(h.whats, t.key) {
					h.whats = append(h.whats, t.key)
				}
			}
		}
		w.each(art.Title, func(_ []byte, _ bool, key uint64) { h.all = append(h.all, key) })
		slices.Sort(h.all)
		h.all = slices.Compact(h.all)
		return h
	})
}

// headPersonUntold reports whether batch doc d's headline (its article
// own) writes the surname of one of own's persons that batch doc o (its
// article other) never writes.
func (ix *Index) headPersonUntold(d, o uint32, own, other *crosswire.Article) bool {
	// the capitalised names of the headline the other article never writes
	keys := ix.headKeysOf(d, own).names
	n := len(keys)
	if n == 0 {
		return false
	}
	var told [fewHeadTerms]bool
	allTold := func() bool {
		for _, v := range told[:n] {
			if !v {
				return false
			}
		}
		return true
	}
	// the other headline first: a version that keeps the headline's
	// names (a copy, most rewrites) is told without reading its text
	otherTitle := ix.headKeysOf(o, other).all
	for i, k := range keys {
		_, told[i] = slices.BinarySearch(otherTitle, k)
	}
	if allTold() {
		return false
	}
	ot := ix.textOf(o)
	if ot.mark(keys, &told); allTold() {
		return false
	}
	surnames := ix.topics.events.personsOf(d, own)
	for i, k := range keys {
		if told[i] || !slices.Contains(surnames, k) {
			continue
		}
		if !ot.writesMisspelt(titleWord(own.Title, k)) {
			return true
		}
	}
	return false
}

// titleWord returns the word of a headline whose key (headWords.each) is
// k, lower-cased; "" when none is.
func titleWord(title string, k uint64) string {
	var w headWords
	word := ""
	w.each(title, func(b []byte, _ bool, key uint64) {
		if key == k && word == "" {
			word = string(b)
		}
	})
	return word
}
