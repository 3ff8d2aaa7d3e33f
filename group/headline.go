package group

import (
	"math"
	"slices"
	"sync"
)

// Headlines told alike (issue 14, eighth round). A report's headline says
// who did what in a dozen words; reports of one event written separately
// title it alike — "Norland Parliament passes long-awaited data
// privacy law" and "Norland parliament passes long-awaited data
// privacy Bill", "Vessport to cut hotel quarantine …" and "Vessport
// flags quarantine policy change …" — while their bodies share
// few names at a low anchor cosine (two outlets' reports of one event
// each bring their own quotes and background). So a pair that reports one
// affair (pairScore.affair: MinSharedAnchors shared anchors, one rare or
// an anchor cosine of EdgeAnchorCosineLow) is one event when its
// headlines tell one who and one what: they share a name (or number, or
// acronym) of the articles' anchors and a word of weight > 0, and the
// weighted cosine of their headline terms is at least HeadlineTold — and
// their leads do not name different days (compareDays): a follow-up of one
// affair, whose headline keeps the affair's names and words, leads with
// another day's news.
//
// Why both a name and a word: a headline sharing only a name is about the
// same person, not the same happening (a complaint addressed to a tycoon
// and the tycoon's own announcement); one sharing only words is about one
// subject ("high-definition" in two features on television). Why only in
// a language the background covers (topics.covered, as the topic rule):
// the words are weighed by their document frequency, and in a handful of
// Malay articles nothing tells a function word from the event's word.
//
// Batch only (it reads the articles' headlines and the topic words'
// frequencies, as the topic and parallel-text rules do), and decided for a
// pair alone as in any batch: the terms are the pair's own, the weights
// the pooled ones.

// HeadlineTold is the weighted cosine of two headlines' terms from which
// they tell one event: half their weight shared, set a priori (a
// headline's majority, as LeadTold for leads).
const HeadlineTold = 0.5

// headlines holds each doc's headline terms, computed on first use from
// its article: for doc d, terms[2d] its anchors and terms[2d+1] its words.
type headlines struct {
	once  []sync.Once
	terms [][]uint32
}

func newHeadlines(n int) headlines {
	return headlines{once: make([]sync.Once, n), terms: make([][]uint32, 2*n)}
}

// headlineTerms returns doc d's headline terms, each sorted without
// repeats: the anchors of the doc that its headline writes (names,
// acronyms and numbers: what the body's anchors are) and the lower-cased
// other words (weekday and month names left out: the day is compareDays').
// Safe for concurrent use.
func (ix *Index) headlineTerms(d uint32) (anchors, words []uint32) {
	h := &ix.topics.head
	h.once[d].Do(func() {
		a := ix.topics.arts[d]
		if a == nil || a.Title == "" {
			return
		}
		s := scratchPool.Get().(*scratch)
		toks := s.appendTokens(s.tokens[:0], a.Title)
		s.tokens = toks
		full := ix.full[d]
		// one allocation: anchors from the front, words from the back
		terms := make([]uint32, len(toks))
		na, nw := 0, len(terms)
		for i := range toks {
			t := &toks[i]
			if t.cjk || t.weekday || t.month > 0 {
				continue
			}
			if t.digits {
				if fp := numberFP(t.norm); hasAnchor(full, fp) {
					terms[na], na = fp, na+1
				}
				continue
			}
			if fp := anchorFPHash(anchorName, t.hash); hasAnchor(full, fp) {
				terms[na], na = fp, na+1
			} else if fp := anchorFPHash(anchorAcronym, t.hash); hasAnchor(full, fp) {
				terms[na], na = fp, na+1
			} else {
				nw--
				terms[nw] = uint32(t.hash)
			}
		}
		if s.small() {
			scratchPool.Put(s)
		}
		an, wd := terms[:na:na], terms[nw:]
		slices.Sort(an)
		slices.Sort(wd)
		h.terms[2*d], h.terms[2*d+1] = slices.Compact(an), slices.Compact(wd)
	})
	return h.terms[2*d], h.terms[2*d+1]
}

// hasAnchor reports whether the sorted anchor list L holds x.
func hasAnchor(L []uint32, x uint32) bool {
	_, ok := slices.BinarySearch(L, x)
	return ok
}

// headlineCosine is the cosine of two docs' headline terms, anchors
// weighed by their IDF weight and words by wordWeight (squared, as
// topics.cosine: the topic weight, or in a language the background does
// not cover the collection's own, ownWeight), and 0 unless the headlines
// share an anchor and a word of weight > 0. Kept apart from
// leadWordCosine, which shares its walk (weighedSums): a headline's names
// are asked (one who) beside its words (one what), where a lead's words
// leave the names to the anchor rules.
func (ix *Index) headlineCosine(a, b uint32, wordWeight func(uint32) float64) float64 {
	aa, aw := ix.headlineTerms(a)
	ba, bw := ix.headlineTerms(b)
	// anchors and words summed as one vector (weighedSums), each kind shared
	wa, wb, s, na := weighedSums(ix.weight, aa, ba)
	xa, xb, xs, nw := weighedSums(wordWeight, aw, bw)
	wa, wb, s = wa+xa, wb+xb, s+xs
	if wa == 0 || wb == 0 || na == 0 || nw == 0 {
		return 0
	}
	return s / math.Sqrt(wa*wb)
}

// headlinesTold reports whether docs a and b, a pair that reports one
// affair (pairScore.affair), tell one event by their headlines (see
// above).
func (ix *Index) headlinesTold(a, b uint32, ps *pairScore) bool {
	if !ps.affair() || !ix.readsArticles() || !ix.topics.coversBoth(a, b) || ix.leadsOtherDay(a, b) {
		return false
	}
	return ix.headlineCosine(a, b, ix.topics.weight) >= HeadlineTold && !ix.headlinesShareTitles(a, b, ix.topics.weight)
}

// headlinesShareTitles reports whether every word of weight > 0 that docs
// a's and b's headlines share is, in both articles, a title of a name:
// written in lower case right before a capitalised word that opens no
// sentence ("drummer Tom Hale", "the chairman Ann Vell"). Such a word says
// who the headline's name is, not what happened to it: two headlines
// sharing a name and its title share the who only, as two sharing a name
// alone (the rule's reason for asking a word) — one subject's news of two
// days ("the drummer quits the band", the next day "the band's leader
// plays down the drummer's exit").
func (ix *Index) headlinesShareTitles(a, b uint32, wordWeight func(uint32) float64) bool {
	_, aw := ix.headlineTerms(a)
	_, bw := ix.headlineTerms(b)
	var shared []uint32
	forShared(aw, bw, func(i, _ int) bool {
		if wordWeight(aw[i]) > 0 {
			shared = append(shared, aw[i])
		}
		return true
	})
	return len(shared) > 0 && ix.titlesNames(a, shared) && ix.titlesNames(b, shared)
}

// titlesNames reports whether doc d's body writes each of words (sorted
// word hashes, as headlineTerms' words) as a title of a name at least once
// (titleWords, read once a doc).
func (ix *Index) titlesNames(d uint32, words []uint32) bool {
	art := ix.topics.arts[d]
	if art == nil {
		return false
	}
	titles := ix.topics.events.titlesOf(d, art)
	for _, w := range words {
		if _, ok := slices.BinarySearch(titles, w); !ok {
			return false
		}
	}
	return true
}

// titleWords returns the sorted word hashes text writes as a title of a
// name: in lower case right before a capitalised word that opens no
// sentence and names no day or month ("drummer Tom Hale").
func titleWords(text string) []uint32 {
	s := scratchPool.Get().(*scratch)
	toks := s.appendTokens(s.tokens[:0], text)
	s.tokens = toks
	var out []uint32
	for i := 0; i+1 < len(toks); i++ {
		t, next := &toks[i], &toks[i+1]
		if t.cap || t.digits || !next.cap || next.sentStart || next.weekday || next.month > 0 {
			continue
		}
		out = append(out, uint32(t.hash))
	}
	if s.small() {
		scratchPool.Put(s)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// leadsOtherDay reports whether docs a and b lead with different days
// (otherDay): a follow-up of one affair, which the rules reading leads or
// headlines refuse.
func (ix *Index) leadsOtherDay(a, b uint32) bool {
	return otherDay(ix.leads[a].day, ix.leads[b].day)
}
