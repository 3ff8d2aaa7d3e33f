package group

import (
	"slices"

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
	// Tiled is the share of the version's words covered by tiles shared
	// with the sources: Greedy String Tiling (maximal runs of at least
	// MinTile words in a row, longest first, each word of either side in
	// one tile at most; within a sentence), the text-reuse measure of the
	// METER corpus's authors. TiledNarrative is the share of its words
	// outside quotation marks so covered.
	Tiled, TiledNarrative float64
}

// MinTile is the shortest tile Tiled counts: three words in a row. The
// shares for tiles of 3, 4, 5, 6 and 8 words separate METER's classes
// alike (area under the ROC curve within 0.05 of one another, 3 the
// highest on the calibration half); shorter runs are a name or a phrase.
const MinTile = 3

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
	f.Tiled, f.TiledNarrative = tiledShares(v, src, MinTile)
	return f
}

// tiledShares tiles v against the sources by Greedy String Tiling (Wise):
// each round finds the longest runs of words, at least minTile long, that
// v and a source sentence share among words not yet tiled, and tiles
// those that do not overlap a tile of this round; rounds go on until no
// run of minTile words is left. It returns the share of v's words tiled
// and the share of its words outside quotation marks tiled.
func tiledShares(v *ltext, src []*ltext, minTile int) (all, narrative float64) {
	// the words of each side in order; a sentence ends at a separator
	// that matches nothing (0 on the version's side, 1 on the sources')
	var vw []uint64
	var vq []bool
	for i := range v.sents {
		vw = append(vw, v.sents[i].seq...)
		vq = append(vq, v.sents[i].qseq...)
		vw, vq = append(vw, 0), append(vq, false)
	}
	var sw []uint64
	for _, t := range src {
		for i := range t.sents {
			sw = append(sw, t.sents[i].seq...)
			sw = append(sw, 1)
		}
	}
	at := map[uint64][]int{} // where each run of minTile words starts in the sources
	for j := 0; j+minTile <= len(sw); j++ {
		if !slices.Contains(sw[j:j+minTile], 1) {
			h := runHash(sw[j : j+minTile])
			at[h] = append(at[h], j)
		}
	}
	vt, st := make([]bool, len(vw)), make([]bool, len(sw))
	type tile struct{ i, j, n int }
	for {
		longest := 0
		var found []tile
		for i := 0; i+minTile <= len(vw); i++ {
			if vt[i] || slices.Contains(vw[i:i+minTile], 0) {
				continue
			}
			for _, j := range at[runHash(vw[i:i+minTile])] {
				n := 0
				for i+n < len(vw) && j+n < len(sw) && vw[i+n] == sw[j+n] && !vt[i+n] && !st[j+n] {
					n++
				}
				switch {
				case n < minTile || n < longest:
				case n > longest:
					longest, found = n, append(found[:0], tile{i, j, n})
				default:
					found = append(found, tile{i, j, n})
				}
			}
		}
		if len(found) == 0 {
			break
		}
		for _, t := range found {
			if slices.Contains(vt[t.i:t.i+t.n], true) || slices.Contains(st[t.j:t.j+t.n], true) {
				continue
			}
			for k := range t.n {
				vt[t.i+k], st[t.j+k] = true, true
			}
		}
	}
	words, tiled, unquoted, tiledUnquoted := 0, 0, 0, 0
	for i, w := range vw {
		if w == 0 {
			continue
		}
		words++
		if !vq[i] {
			unquoted++
		}
		if vt[i] {
			tiled++
			if !vq[i] {
				tiledUnquoted++
			}
		}
	}
	if words > 0 {
		all = float64(tiled) / float64(words)
	}
	if unquoted > 0 {
		narrative = float64(tiledUnquoted) / float64(unquoted)
	}
	return all, narrative
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
