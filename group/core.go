package group

import (
	"math"
	"slices"
)

// Story cores. Independent reports of one event each share only a few
// anchors with any single other report, but the anchors that several
// reports of the story share — its core: the people, places, sums and
// dates every outlet mentions — are most of what a further report
// mentions. After the pairwise pass the batch Grouper therefore compares
// every article left alone with the core of every story of two or more
// articles: the centroid of the members' IDF-weighted anchor vectors,
// where an anchor weighs w·m/|K| (w its IDF weight, m the number of the
// story's |K| members that have it). The article joins the story whose core
// it matches best when
//
//   - it shares at least MinSharedAnchors anchors with the core, of which at
//     least two are in more than one member (the core, not one member's
//     detail), and
//   - the cosine of its anchor vector with the core is at least
//     EdgeAnchorCosineLow (same script) or the core-weighted share of its own
//     anchors found in the core is at least CrossScriptContainment (an
//     article in another script than some of the members: only digits,
//     dates, acronyms and Latin names cross).
//
// Only lone articles join and each joins one story, all decided against the
// stories of the first pass at once: no article can chain two stories
// together, and the result does not depend on input order.
const minCoreShared = 2

// joinCores returns, for each article index, the root it joins (or the
// article's own root when none). roots[i] is article i's root after the
// pairwise pass; weight is the frozen IDF weight.
func joinCores(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool) []uint32 {
	weight := ix.weight
	rareOK := ix.collectionSize() >= RareMinN
	size := make(map[uint32]int, len(roots))
	for _, r := range roots {
		size[r]++
	}
	type coreAnchor struct {
		root uint32
		m    int
	}
	// anchor → (story, members having it), for stories of ≥ 2 members
	postings := make(map[uint32][]coreAnchor)
	norm := make(map[uint32]float64)
	scripts := make(map[uint32]uint8) // bit 1: a non-CJK member, bit 2: a CJK one
	for i, f := range fps {
		r := roots[i]
		if size[r] < 2 {
			continue
		}
		scripts[r] |= scriptBit(cjk[i])
		for _, a := range f.Anchors {
			p := postings[a]
			found := false
			for k := range p {
				if p[k].root == r {
					p[k].m++
					found = true
					break
				}
			}
			if !found {
				p = append(p, coreAnchor{root: r, m: 1})
			}
			postings[a] = p
		}
	}
	for a, p := range postings {
		w := weight(a)
		for _, x := range p {
			c := w * float64(x.m) / float64(size[x.root])
			norm[x.root] += c * c
		}
	}
	// publication span of each story, to keep the MaxGapHours rule
	span := make(map[uint32][2]int64)
	for i, f := range fps {
		if size[roots[i]] < 2 || f.Published.IsZero() {
			continue
		}
		h := f.Published.Unix() / 3600
		sp, ok := span[roots[i]]
		if !ok {
			sp = [2]int64{h, h}
		}
		span[roots[i]] = [2]int64{min(sp[0], h), max(sp[1], h)}
	}
	out := slices.Clone(roots)
	type score struct {
		dot, inCore           float64
		shared, sharedM, rare int
	}
	for i, f := range fps {
		if size[roots[i]] != 1 {
			continue
		}
		var wx2, wx float64
		scores := make(map[uint32]*score)
		for _, a := range f.Anchors {
			w := weight(a)
			wx2 += w * w
			wx += w
			for _, x := range postings[a] {
				s := scores[x.root]
				if s == nil {
					s = &score{}
					scores[x.root] = s
				}
				frac := float64(x.m) / float64(size[x.root])
				s.dot += w * w * frac
				s.inCore += w * frac
				s.shared++
				if x.m >= 2 {
					s.sharedM++
				}
				if df, _ := ix.df(a); rareOK && df-x.m-1 <= RareDF-2 {
					s.rare++
				}
			}
		}
		best, bestCos := uint32(0), 0.0
		found := false
		for r, s := range scores {
			if s.shared < MinSharedAnchors || s.sharedM < minCoreShared || wx2 == 0 || norm[r] == 0 {
				continue
			}
			if !f.Published.IsZero() && !nearStory(f, fps, roots, r, span) {
				continue
			}
			cos := s.dot / math.Sqrt(wx2*norm[r])
			ok := cos >= ix.cosine || s.rare >= MinSharedRare && cos >= EdgeAnchorCosineLow
			if !ok && scripts[r]&scriptBit(!cjk[i]) != 0 {
				ok = s.inCore/wx >= CrossScriptContainment
			}
			if ok && (!found || cos > bestCos || cos == bestCos && r < best) {
				best, bestCos, found = r, cos, true
			}
		}
		if found {
			out[i] = best
		}
	}
	return out
}

// nearStory reports whether a dated article is within MaxGapHours of the
// publication span of story r (true when no member is dated).
func nearStory(f *Fingerprint, fps []*Fingerprint, roots []uint32, r uint32, span map[uint32][2]int64) bool {
	sp, ok := span[r]
	if !ok {
		return true
	}
	h := f.Published.Unix() / 3600
	return h >= sp[0]-MaxGapHours && h <= sp[1]+MaxGapHours
}

func scriptBit(cjk bool) uint8 {
	if cjk {
		return 2
	}
	return 1
}
