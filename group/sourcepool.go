package group

import (
	"cmp"
	"slices"
)

// maxExactVersions is the largest story whose lineage compares every
// version with every earlier one (derive ranks them all by similarity)
// and takes each centre over all the others. Every story of the shared
// corpora has at most 23 versions, a news event's reports a few dozen;
// at 200 the pairs cost ≈ 20,000 comparisons, a few milliseconds. A
// larger story (5,000 near-identical articles filed in two days made
// assignRoles take 42 s) is read through a sourcePool instead.
//
// Why a bound and not an exact index: a story is made of versions that
// resemble each other, so every pair shares shingles and anchors and no
// index can leave a pair out without perhaps changing the most similar
// four, and a centre is a mean over all the others.
const maxExactVersions = 200

// maxPool is how many earlier versions a version of a story over
// maxExactVersions is compared with (derive then aligns the maxCandidates
// most similar of them), and how many versions its centres are taken
// over (an evenly spaced sample). Measured against every pair on
// fictional stories of 400 and 800 versions made from six texts (each
// text's versions hundreds of near-equals): 64 kept the roles of 399 of
// 400 and 761 of 800 versions, 128 kept 400 and 792; a comparison costs
// far less than the alignments derive then makes.
const maxPool = 128

// poolBucket is how many of the first placed versions of one LSH band
// key or anchor a version of a large story reads: a copy shares every
// band with its source, so a few per band find it, and reading a bucket
// whole would be quadratic again when all versions share it. The first,
// because derive breaks ties between equally similar candidates by
// placement order: the earliest (the original, the earliest published or
// the most central) first.
const poolBucket = 8

// sourcePool finds the earlier versions a version of a large story may
// derive from, in bounded work: the versions sharing the most of its LSH
// band keys (the grouping index's banding, see Bands) and of its
// MaxAnchors smallest anchors (a bottom-k sample, as the index keeps
// them), among the poolBucket first placed of each, then the first placed
// versions, maxPool in all — the order derive ranks equally similar
// candidates in. Shared bands estimate shared wording
// (copies and excerpts), shared anchors the names and figures rewrites and
// translations keep.
type sourcePool struct {
	bands, anchors map[uint32][]int // key → positions in placement order
	hits           []int            // by position: keys shared with the version pooled
	seen           []int            // positions counted for it, to reset hits
}

// newSourcePool returns an empty pool for a story of n versions.
func newSourcePool(n int) *sourcePool {
	return &sourcePool{bands: map[uint32][]int{}, anchors: map[uint32][]int{}, hits: make([]int, n)}
}

// bandKeys calls fn with the Bands LSH keys of a signature.
func bandKeys(s *Signature, fn func(uint32)) {
	for b := range Bands {
		fn(bandKey(b, s.Mins[b*Rows:(b+1)*Rows]))
	}
}

// add places the version at position pos (positions are taken in order).
func (p *sourcePool) add(pos int, fp *Fingerprint) {
	bandKeys(&fp.Signature, func(k uint32) { p.bands[k] = append(p.bands[k], pos) })
	for _, a := range fp.Anchors[:min(len(fp.Anchors), MaxAnchors)] {
		p.anchors[a] = append(p.anchors[a], pos)
	}
}

// before returns the version indices (order[pos] for a position) the
// version at position k is compared with, in placement order: at most
// maxPool of order[:k], the most keys shared first (ties to the earlier
// placed), then the first placed.
func (p *sourcePool) before(order []int, k int, fp *Fingerprint) []int {
	p.seen = p.seen[:0]
	count := func(pos int) {
		if p.hits[pos] == 0 {
			p.seen = append(p.seen, pos)
		}
		p.hits[pos]++
	}
	read := func(bucket []int) {
		for _, pos := range bucket[:min(len(bucket), poolBucket)] {
			count(pos)
		}
	}
	bandKeys(&fp.Signature, func(key uint32) { read(p.bands[key]) })
	for _, a := range fp.Anchors[:min(len(fp.Anchors), MaxAnchors)] {
		read(p.anchors[a])
	}
	for pos := 0; pos < k && len(p.seen) < maxPool; pos++ {
		if p.hits[pos] == 0 {
			p.seen = append(p.seen, pos)
			p.hits[pos] = -1 // no key shared: after every one that shares one
		}
	}
	slices.SortFunc(p.seen, func(a, b int) int {
		if c := cmp.Compare(p.hits[b], p.hits[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	pool := p.seen[:min(len(p.seen), maxPool)]
	for _, pos := range p.seen {
		p.hits[pos] = 0
	}
	slices.Sort(pool)
	out := make([]int, len(pool))
	for i, pos := range pool {
		out[i] = order[pos]
	}
	return out
}

// centreSample is the versions a story's centres are taken over: all of
// them up to maxExactVersions, else maxPool evenly spaced.
func centreSample(n int) []int {
	k := n
	if n > maxExactVersions {
		k = maxPool
	}
	out := make([]int, k)
	for i := range out {
		out[i] = i * n / k
	}
	return out
}
