package group

import (
	"crosswire"
)

// LineageFeatures are the measurements of how a version reuses its source
// texts that the derivation model reads (see DerivationModel): shares of
// the version's sentences, of its unquoted word runs and of its names and
// numbers found in the sources. All are properties of the two texts alone.
type LineageFeatures struct {
	// Sentences is the number of the version's sentences.
	Sentences int
	// Reuse is the share of sentences reused (alignment.reuse).
	Reuse float64
	// Verbatim is the share of sentences kept verbatim or cut.
	Verbatim float64
	// Narrative is the share of sentences outside quotation marks aligned
	// to a source sentence; NarrativeVerbatim those of them verbatim.
	Narrative, NarrativeVerbatim float64
	// NewFacts is the share of sentences aligned by their words that add a
	// name or number the source lacks.
	NewFacts float64
	// Weak is the share of sentences at least weakly aligned to a source
	// sentence (BorderlineCover of their weighted content words in one
	// source sentence or two adjacent ones: reworded further than
	// SentenceCover allows, or adding a fact); WeakNarrative those of them
	// outside quotation marks.
	Weak, WeakNarrative float64
	// Runs is the share of sentences sharing NarrativeRun words in a row
	// outside quotation marks with the sources.
	Runs float64
	// Ordered is the share of sentences outside quotation marks in the
	// source's order of names and numbers.
	Ordered float64
	// Quotes is the share of the version's sentences that are quotations.
	Quotes float64
	// Gram4 and Gram7 are the shares of the version's runs of 4 and 7
	// words outside quotation marks found in the sources.
	Gram4, Gram7 float64
	// Longest is the longest run of words outside quotation marks shared
	// with the sources.
	Longest int
	// Anchors is the share of the version's names and numbers found in the
	// sources.
	Anchors float64
	// Coverage is the share of the sources' sentences the version reuses.
	Coverage float64
	// LengthRatio is the version's length in words over the sources'.
	LengthRatio float64
}

// LineageFeaturesOf measures how version reuses the source texts (all
// cleaned, in one language), as lineage aligns a paper with the wire takes
// of its story.
func LineageFeaturesOf(sources []crosswire.Article, version *crosswire.Article) LineageFeatures {
	src := make([]*ltext, len(sources))
	for k := range sources {
		src[k] = newLText(&sources[k])
	}
	v := newLText(version)
	return lineageFeatures(v, src, alignLexical(v, src))
}

// lineageFeatures measures v against src given their alignment al.
func lineageFeatures(v *ltext, src []*ltext, al alignment) LineageFeatures {
	f := LineageFeatures{Sentences: al.sents}
	if al.sents == 0 {
		return f
	}
	n := float64(al.sents)
	f.Reuse = al.reuse()
	f.Verbatim = float64(al.verbatim) / n
	f.Narrative = float64(al.narrative) / n
	f.NarrativeVerbatim = float64(al.narrativeVerbatim) / n
	f.NewFacts = float64(al.newFacts) / n
	weak, weakNarrative := 0, 0
	for i, c := range al.cover {
		if c >= BorderlineCover {
			weak++
			if !v.sents[i].quote {
				weakNarrative++
			}
		}
	}
	f.Weak = float64(weak) / n
	f.WeakNarrative = float64(weakNarrative) / n
	f.Runs = float64(al.runs) / n
	f.Ordered = al.ordered
	f.Quotes = float64(al.quotes) / n
	f.Gram4 = gramShare(v, src, 4)
	f.Gram7 = gramShare(v, src, 7)
	f.Longest = longestRun(v, src)
	var all []uint64
	for _, t := range src {
		all = append(all, t.anchors...)
	}
	f.Anchors = inShare(v.anchors, sortUnique(all))
	used, total, words := 0, 0, 0
	for k, t := range src {
		for _, u := range al.used[k] {
			if u {
				used++
			}
		}
		total += len(al.used[k])
		words += t.words()
	}
	if total > 0 {
		f.Coverage = float64(used) / float64(total)
	}
	if words > 0 {
		f.LengthRatio = float64(v.words()) / float64(words)
	}
	return f
}

// gramShare is the share of v's runs of k words outside quotation marks
// that the sources have.
func gramShare(v *ltext, src []*ltext, k int) float64 {
	set := gramSet(src, k)
	in, all := 0, 0
	for i := range v.sents {
		unquotedRuns(&v.sents[i], k, func(h uint64) bool {
			all++
			if _, ok := set[h]; ok {
				in++
			}
			return true
		})
	}
	if all == 0 {
		return 0
	}
	return float64(in) / float64(all)
}

// longestRun is the length of the longest run of words outside quotation
// marks, within one sentence, that v shares with the sources.
func longestRun(v *ltext, src []*ltext) int {
	lo, hi := 0, 0
	for i := range v.sents {
		hi = max(hi, len(v.sents[i].seq))
	}
	for lo < hi { // the largest k with a shared run of k words
		mid := (lo + hi + 1) / 2
		if set := gramSet(src, mid); set.sharesRun(v, mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// sharesRun reports whether a sentence of v has a run of k words outside
// quotation marks in the set.
func (r runHashes) sharesRun(v *ltext, k int) bool {
	found := false
	for i := range v.sents {
		unquotedRuns(&v.sents[i], k, func(h uint64) bool {
			_, found = r[h]
			return !found
		})
		if found {
			return true
		}
	}
	return false
}
