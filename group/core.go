package group

import (
	"cmp"
	"math"
	"slices"
)

// Story cores. Independent reports of one event each share only a few
// anchors with any single other report, but the anchors that several
// reports of the story share — its core: the people, places, sums and
// dates every outlet mentions — are most of what a further report
// mentions. The core of a story of two or more articles is the centroid
// of the members' IDF-weighted anchor vectors, where an anchor weighs
// w·m/|K| (w its IDF weight, m the number of the story's |K| members that
// have it). After the pairwise pass the batch Grouper uses cores twice:
//
//  1. joinCores: every article left alone is compared with the core of
//     every story and joins the story whose core it matches best when it
//     shares at least MinSharedAnchors anchors with the core, of which at
//     least minCoreShared are in more than one member (the core, not one
//     member's detail), it is within MaxGapHours of the story's members
//     when dated, and the cosine of its anchor vector with the core is at
//     least the pair threshold, or it shares MinSharedRare anchors rare
//     outside the story with cosine ≥ EdgeAnchorCosineLow, or (an article
//     in another script than some member: only digits, dates, acronyms and
//     Latin names cross) the core-weighted share of its own anchors found
//     in the core is at least CrossScriptContainment.
//  2. mergeCores: two stories whose cores match merge — a story the
//     pairwise pass left in two parts (each outlet's reports share only a
//     few anchors with any single report of the other part) is one story
//     when what each part's members share is the same.
//
// Each step decides every article or story against the stories of the step
// before at once, and joins each to one best match (mutual best, for
// merges): no chain of joins can form, and the result does not depend on
// input order.
const minCoreShared = 2

// maxCoreStories: an anchor in the cores of more stories than this is not
// used to find story pairs to merge (it still counts in their cosine when
// another anchor pairs them): it singles out no story, and pairing every
// story that has it costs the square of their number.
const maxCoreStories = 64

// cores holds the story cores of a partition of the batch.
type cores struct {
	size     map[uint32]int
	postings map[uint32][]coreAnchor // anchor → the stories whose members have it
	norm     map[uint32]float64      // |core vector|²
	mass     map[uint32]float64      // Σ core weights
	scripts  map[uint32]uint8        // bit 1: a non-CJK member, bit 2: a CJK one
	span     map[uint32][2]int64     // publication hours of the dated members
}

// coreEntry says that m members of a story have anchor a.
type coreEntry struct {
	a uint32
	m int
}

// coreAnchor says that m members of the story rooted at root have an
// anchor.
type coreAnchor struct {
	root uint32
	m    int
}

// buildCores computes the cores of the stories of two or more articles;
// roots[i] is article i's story root.
func buildCores(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool) *cores {
	c := &cores{
		size:     make(map[uint32]int, len(roots)),
		postings: make(map[uint32][]coreAnchor),
		norm:     make(map[uint32]float64),
		mass:     make(map[uint32]float64),
		scripts:  make(map[uint32]uint8),
		span:     make(map[uint32][2]int64),
	}
	for _, r := range roots {
		c.size[r]++
	}
	for i, f := range fps {
		r := roots[i]
		if c.size[r] < 2 {
			continue
		}
		c.scripts[r] |= scriptBit(cjk[i])
		for _, a := range f.Anchors {
			p := c.postings[a]
			if n := len(p); n > 0 && p[n-1].root == r {
				p[n-1].m++ // an article's anchors are distinct, so a repeat is another member
			} else if k := slices.IndexFunc(p, func(x coreAnchor) bool { return x.root == r }); k >= 0 {
				p[k].m++
			} else {
				p = append(p, coreAnchor{root: r, m: 1})
			}
			c.postings[a] = p
		}
		if !f.Published.IsZero() {
			h := f.Published.Unix() / 3600
			sp, ok := c.span[r]
			if !ok {
				sp = [2]int64{h, h}
			}
			c.span[r] = [2]int64{min(sp[0], h), max(sp[1], h)}
		}
	}
	for a, p := range c.postings {
		w := ix.weight(a)
		for _, x := range p {
			v := w * float64(x.m) / float64(c.size[x.root])
			c.norm[x.root] += v * v
			c.mass[x.root] += v
		}
	}
	return c
}

// near reports whether publication hour h (0: unknown) is within
// MaxGapHours of story r's dated members (true when none is dated).
func (c *cores) near(r uint32, sp [2]int64, dated bool) bool {
	rs, ok := c.span[r]
	if !ok || !dated {
		return true
	}
	return sp[0] <= rs[1]+MaxGapHours && rs[0] <= sp[1]+MaxGapHours
}

// joinCores returns, for each article index, the root it joins (or the
// article's own root when none). roots[i] is article i's root after the
// pairwise pass.
func joinCores(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool) []uint32 {
	weight := ix.weight
	rareOK := ix.collectionSize() >= RareMinN
	c := buildCores(ix, fps, roots, cjk)
	out := slices.Clone(roots)
	type score struct {
		dot, inCore           float64
		shared, sharedM, rare int
	}
	for i, f := range fps {
		if c.size[roots[i]] != 1 {
			continue
		}
		var wx2, wx float64
		scores := make(map[uint32]*score)
		for _, a := range f.Anchors {
			w := weight(a)
			wx2 += w * w
			wx += w
			for _, x := range c.postings[a] {
				s := scores[x.root]
				if s == nil {
					s = &score{}
					scores[x.root] = s
				}
				frac := float64(x.m) / float64(c.size[x.root])
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
		var h int64
		if !f.Published.IsZero() {
			h = f.Published.Unix() / 3600
		}
		best, bestCos := uint32(0), 0.0
		found := false
		for r, s := range scores {
			if s.shared < MinSharedAnchors || s.sharedM < minCoreShared || wx2 == 0 || c.norm[r] == 0 {
				continue
			}
			if !c.near(r, [2]int64{h, h}, h != 0) {
				continue
			}
			cos := s.dot / math.Sqrt(wx2*c.norm[r])
			ok := cos >= ix.cosine || s.rare >= MinSharedRare && cos >= EdgeAnchorCosineLow
			if !ok && c.scripts[r]&scriptBit(!cjk[i]) != 0 {
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

// mergeCores merges stories of two or more articles whose cores match:
// they share at least MinSharedAnchors anchors, at least minCoreShared of
// them in more than one member of each story, their publication spans are
// within MaxGapHours when both are dated, and the cosine of the core
// vectors is at least the pair threshold — or, when the stories' scripts
// differ, each core has at least CrossScriptContainment of its weight in
// the other. Each story merges only with its best match and only when that
// match's best is the story too (mutual best), so no chain of merges
// forms.
func mergeCores(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool) []uint32 {
	c := buildCores(ix, fps, roots, cjk)
	// each story's core as a sorted list of (anchor, members having it)
	vec := make(map[uint32][]coreEntry)
	for a, p := range c.postings {
		for _, x := range p {
			vec[x.root] = append(vec[x.root], coreEntry{a: a, m: x.m})
		}
	}
	for _, v := range vec {
		slices.SortFunc(v, func(x, y coreEntry) int { return cmp.Compare(x.a, y.a) })
	}
	// candidate pairs: stories sharing an anchor that is in few cores
	type pairKey struct{ a, b uint32 }
	pairs := make(map[pairKey]bool)
	for _, p := range c.postings {
		if len(p) < 2 || len(p) > maxCoreStories {
			continue
		}
		for i := range p {
			for j := range p {
				if p[i].root < p[j].root {
					pairs[pairKey{p[i].root, p[j].root}] = true
				}
			}
		}
	}
	type score struct {
		dot, inA, inB            float64
		shared, sharedA, sharedB int
	}
	scores := make(map[pairKey]*score, len(pairs))
	for k := range pairs {
		s := &score{}
		A, B := vec[k.a], vec[k.b]
		na, nb := float64(c.size[k.a]), float64(c.size[k.b])
		for i, j := 0, 0; i < len(A) && j < len(B); {
			switch {
			case A[i].a < B[j].a:
				i++
			case B[j].a < A[i].a:
				j++
			default:
				w := ix.weight(A[i].a)
				fa, fb := float64(A[i].m)/na, float64(B[j].m)/nb
				s.dot += w * w * fa * fb
				s.inA += w * fa
				s.inB += w * fb
				s.shared++
				if A[i].m >= 2 {
					s.sharedA++
				}
				if B[j].m >= 2 {
					s.sharedB++
				}
				i++
				j++
			}
		}
		scores[k] = s
	}
	type match struct {
		to  uint32
		cos float64
	}
	best := make(map[uint32]match)
	consider := func(r, o uint32, cos float64) {
		b, ok := best[r]
		if !ok || cos > b.cos || cos == b.cos && o < b.to {
			best[r] = match{o, cos}
		}
	}
	for k, s := range scores {
		if s.shared < MinSharedAnchors || s.sharedA < minCoreShared || s.sharedB < minCoreShared {
			continue
		}
		if c.norm[k.a] == 0 || c.norm[k.b] == 0 {
			continue
		}
		if sb, ok := c.span[k.b]; ok && !c.near(k.a, sb, true) {
			continue
		}
		cos := s.dot / math.Sqrt(c.norm[k.a]*c.norm[k.b])
		ok := cos >= ix.cosine
		if !ok && c.scripts[k.a] != c.scripts[k.b] {
			ok = min(s.inA/c.mass[k.a], s.inB/c.mass[k.b]) >= CrossScriptContainment
		}
		if ok {
			consider(k.a, k.b, cos)
			consider(k.b, k.a, cos)
		}
	}
	into := make(map[uint32]uint32)
	for r, m := range best {
		if best[m.to].to == r && r < m.to {
			into[m.to] = r
		}
	}
	out := slices.Clone(roots)
	for i, r := range out {
		if t, ok := into[r]; ok {
			out[i] = t
		}
	}
	return out
}

func scriptBit(cjk bool) uint8 {
	if cjk {
		return 2
	}
	return 1
}
