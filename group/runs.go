package group

import (
	"cmp"
	"math"
	"slices"
)

// Narrative runs: the wording a paper keeps of a wire take. A paper that
// writes its version from an agency's take keeps some of the take's
// sentences, or long stretches of them, while it cuts the rest; two writers
// telling one event independently share names with their titles, dates
// and stock phrases, but not NarrativeRun (seven) words of narration in a
// row outside quotation marks — lineage's evidence of reuse (lineage.go),
// read here the same way (unquotedSeqRuns). Shingles show the same reuse
// only when the shorter text is not much shorter: a 40-shingle brief
// keeping a third of its wording from a 300-shingle take has a Jaccard
// similarity of about 0.04, which 128 MinHash bins do not tell from
// chance (a standard error of 0.017). The fingerprint therefore keeps the
// hashes of the article's narrative runs themselves, and the batch
// compares the two sets exactly (verifyRuns).

// runs appends to out the 32-bit hashes of the body's runs of NarrativeRun
// words outside quotation marks, within one sentence (a run does not cross
// a sentence start, a line, a colon or a bracket: the tokenizer's
// sentStart) and of Latin-script words (seven CJK characters are a phrase,
// not a sentence). A short text's (at most 2·ShortRuns) are sorted and
// without repeats; a longer text's are in text order, repeats and all
// (runEdges counts each distinct run of it once): sorting every article's
// hundreds of runs cost 5 % of a batch's time, for a set that is only
// looked up.
func (s *scratch) runs(body []token, out []uint32) []uint32 {
	out = s.sentenceRuns(body, false, out)
	if len(out) > 2*ShortRuns {
		return out
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sentenceRuns appends to out, in text order, the 32-bit hashes of the
// runs of NarrativeRun Latin-script words of toks within one sentence
// (runs) whose words are all outside quotation marks, or, when quoted,
// all inside them (quotedRuns): one walk of the tokenizer's sentence
// starts and quotation marks for both.
func (s *scratch) sentenceRuns(toks []token, quoted bool, out []uint32) []uint32 {
	// skip marks the words of seq on the other side of the quotation
	// marks, which unquotedSeqRuns leaves out of every run
	seq, skip := s.runSeq[:0], s.runSkip[:0]
	inQuote := false
	flush := func() {
		unquotedSeqRuns(seq, skip, NarrativeRun, func(h uint64) bool {
			out = append(out, uint32(mix64(h)))
			return true
		})
		seq, skip = seq[:0], skip[:0]
	}
	for i := range toks {
		t := &toks[i]
		if t.sentStart || t.cjk {
			flush()
		}
		if t.quote > 0 {
			inQuote = true
		}
		if !t.cjk {
			seq = append(seq, t.hash)
			skip = append(skip, inQuote != quoted)
		}
		if t.quote < 0 {
			inQuote = false
		}
	}
	flush()
	s.runSeq, s.runSkip = seq, skip
	return out
}

// The batch's briefs. What the runs are evidence of is a version: a
// short text keeping part of a longer one's wording. They decide only
// where the shingles cannot (verifyRuns), and only for a short text the
// other passes left alone: it joins the story its longer text ends in
// (joinBriefs), after the pairwise pass and the story cores, as the last
// step. Not as a union of the pairwise pass: a brief that joins a lone
// take there takes the take out of the lone articles whose story cores
// joined it to its papers (the whole METER file split `blackadder`'s take
// from its papers that way); and not between stories: the next morning's
// take repeats the evening's paragraphs as background, so a paper made
// from the evening's story shares runs with both days' takes, and one
// article joining one story never puts two wire days into one.
const (
	// ShortRuns is the most narrative runs the shorter text of a pair may
	// have for the run rule: NumPerm/2, a text filling at most half the
	// MinHash bins with its own shingles (a brief of three or four
	// sentences), against a longer text whose shingles fill the rest —
	// there the estimated Jaccard similarity of a brief that keeps part
	// of its wording is within chance of zero. Longer texts that keep a
	// version's wording are shingle edges.
	ShortRuns = NumPerm / 2
	// MinSharedRuns is the fewest runs the pair must share: three runs
	// are one stretch of nine words in a row, or two of seven or more —
	// more than a name with its title or a stock phrase, which make one
	// or two.
	MinSharedRuns = 3
	// RunContainment is the share of the shorter text's runs that must be
	// in the longer one: a tenth — a brief that keeps a clause of every
	// few sentences, not one stock sentence of a long text.
	RunContainment = 0.1
)

// runEdge is a pair whose narrative runs make the short text a version of
// the long one: the share of the short text's runs in the long one, and
// the pair's anchor cosine.
type runEdge struct {
	short, long uint32
	share, cos  float64
}

// runEdges returns the batch's pairs whose narrative runs make the shorter
// a version of the longer (verifyRuns); runs holds each doc's run hashes.
// Candidates come from an inverted index of the short texts' runs (at most
// ShortRuns each), walked by every doc's runs; a run in more than walkCap
// short texts is boilerplate and is not walked.
func (ix *Index) runEdges(runs [][]uint32) []runEdge {
	// the short texts' runs as (run, doc) entries sorted by run, and
	// where each run's entries start: one table, not a slice per run
	type entry struct{ h, d uint32 }
	var entries []entry
	for d, r := range runs {
		if len(r) > 0 && len(r) <= ShortRuns {
			for _, h := range r {
				entries = append(entries, entry{h, uint32(d)})
			}
		}
	}
	if len(entries) == 0 {
		return nil
	}
	slices.SortFunc(entries, func(x, y entry) int { return cmp.Or(cmp.Compare(x.h, y.h), cmp.Compare(x.d, y.d)) })
	start := make(map[uint32]int32, len(entries))
	// a bit per run hash (its low bits) of the short texts' runs: most
	// runs of a long text are in no short text, and the bit says so
	// without a map lookup
	words := 1 // 16 bits per entry, a power of two: about 6 % of misses pass
	for 64*words < 16*len(entries) {
		words *= 2
	}
	bits := make([]uint64, words)
	mask := uint32(64*words - 1)
	for i := len(entries) - 1; i >= 0; i-- {
		start[entries[i].h] = int32(i)
		b := entries[i].h & mask
		bits[b/64] |= 1 << (b % 64)
	}
	var out []runEdge
	var hit []uint32    // the distinct runs of a doc that are a short text's
	var shorts []uint32 // the short texts they are in, one per shared run
	for d, r := range runs {
		hit = hit[:0]
		for _, h := range r {
			if b := h & mask; bits[b/64]&(1<<(b%64)) != 0 {
				if _, ok := start[h]; ok {
					hit = append(hit, h)
				}
			}
		}
		if len(hit) < MinSharedRuns {
			continue
		}
		slices.Sort(hit)
		hit = slices.Compact(hit)
		shorts = shorts[:0]
		for _, h := range hit {
			i := int(start[h])
			j := i
			for j < len(entries) && entries[j].h == h {
				j++
			}
			if j-i > walkCap {
				continue
			}
			for _, e := range entries[i:j] {
				shorts = append(shorts, e.d)
			}
		}
		slices.Sort(shorts)
		for k := 0; k < len(shorts); {
			s, m := shorts[k], 0
			for k < len(shorts) && shorts[k] == s {
				k++
				m++
			}
			// each pair once: from its longer text (the smaller doc
			// number between two of one length)
			if s == uint32(d) || len(runs[s]) > len(r) || len(runs[s]) == len(r) && s > uint32(d) {
				continue
			}
			if ok, cos := ix.verifyRuns(s, uint32(d), m, len(runs[s])); ok {
				out = append(out, runEdge{short: s, long: uint32(d), share: float64(m) / float64(len(runs[s])), cos: cos})
			}
		}
	}
	return out
}

// joinBriefs returns the story roots after the briefs join: roots[d] is
// doc d's root after the story cores; every doc alone in its story that is
// the short text of a run edge joins the story of its best one (the
// largest share, then anchor cosine, then the smaller ID of the long
// text). Decided for all at once against the stories before: a long text
// that is itself a lone brief moving elsewhere is no target, so no chain
// forms.
func (ix *Index) joinBriefs(roots []uint32, edges []runEdge) []uint32 {
	if len(edges) == 0 {
		return roots
	}
	size := map[uint32]int{}
	for _, r := range roots {
		size[r]++
	}
	best := map[uint32]runEdge{}
	for _, e := range edges {
		if size[roots[e.short]] != 1 || roots[e.short] == roots[e.long] {
			continue
		}
		b, ok := best[e.short]
		if !ok || e.share > b.share || e.share == b.share && (e.cos > b.cos || e.cos == b.cos && ix.docID(e.long) < ix.docID(b.long)) {
			best[e.short] = e
		}
	}
	return moveLone(roots, best, func(e runEdge) uint32 { return e.long })
}

// verifyRuns decides a pair whose shorter text s (of n runs) shares m
// narrative runs with the longer text l: an edge when m ≥ MinSharedRuns
// and m ≥ RunContainment·n, and the pair rules that hold for any evidence
// do not refuse it — two takes of one wire slug are related by their
// headers alone (wire.go), two dated articles more than MaxGapHours apart
// are not versions, and two undated articles of one outlet are its
// follow-ups, which repeat its own background paragraphs. It returns the
// pair's anchor cosine, the weight of the edge among an article's matches.
func (ix *Index) verifyRuns(s, l uint32, m, n int) (bool, float64) {
	if m < MinSharedRuns || float64(m) < RunContainment*float64(n) {
		return false, 0
	}
	if len(ix.wire) > 0 && ix.sameSlug(s, l) || ix.templateApart(s, l) {
		return false, 0
	}
	hs, hl := ix.hours[s], ix.hours[l]
	if hs > 0 && hl > 0 && max(hs, hl)-min(hs, hl) > MaxGapHours {
		return false, 0
	}
	if (hs == 0 || hl == 0) && ix.outlets[s] != 0 && ix.outlets[s] == ix.outlets[l] {
		return false, 0
	}
	ps := pairScore{gap: -1}
	if n := ix.collectionSize(); n >= RareMinN {
		ps.rareW = math.Log(float64(n+1) / float64(ix.rareDF()))
	}
	ps.anchorScore(ix.anchorList(s), ix.anchorList(l), ix.weight)
	return true, ps.cosine
}

// docRuns lists the narrative runs of each doc of a batch: fps sorted by
// ID, a repeated ID one doc (as the index numbers them).
func docRuns(fps []*Fingerprint) [][]uint32 {
	out := make([][]uint32, 0, len(fps))
	for k, f := range fps {
		if k == 0 || f.ID != fps[k-1].ID {
			out = append(out, f.runs)
		}
	}
	return out
}
