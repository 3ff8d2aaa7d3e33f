package group

import (
	"math"
	"math/bits"
	"slices"
)

// Stories in other languages (issue 14, tenth round). A Chinese report of
// an event writes its people and places in characters; what it shares
// with the English and Malay reports of the event are the few things no
// script changes: figures, dates, acronyms and the Latin-script names an
// outlet gives in brackets (马洛伦（Idris Maloren）). Against any single
// other report those are a handful, and the report's own figures (each
// outlet picks its own) keep the share of its anchors found in the other
// below CrossScriptContainment (mmds: a Chinese report sharing the
// envoy's name, the opposition's two acronyms and the minister's name
// with every Malay and English report of one meeting, at 0.35 of its
// anchor weight). The cosine rules cannot see it: the other report's
// names in Latin script are not in the Chinese text. A Malay story and an
// English one of an event are alike: no words in common, names spelt
// their own way (Singapura, Amerika Syarikat).
//
// What an event's reports together give is more: a story of several
// reports holds most of the names and figures any one report in another
// language may share. So, after every other pass (joinCrossLanguage), two
// stories — a lone article is a story of one — with no language in
// common (crossLanguages: CJK script, a Latin-script language the
// background covers, one it does not) join when the anchors their members
// share, each counted once, weigh what MinSharedRare rare anchors weigh
// (MinSharedRare·rareW, the bar of coreEvidence), among at least
// MinSharedAnchors shared anchors that are not common, each at its weight
// outside the two stories (outsideWeight: their own members are no
// evidence of how common it is; the rest of the collection and the
// background are). Four names no other article has is what a different
// event's story does not give: two events of one affair share its main
// names (the president, the country), which the background and the
// collection's other reports make common. Publication times must be
// within MaxGapHours, and a story with an undated member of an outlet the
// other has is not joined (one outlet's two reports are follow-ups, see
// Index.verify). Stories join only as mutual best matches (by that
// weight), all decided at once against the stories before the pass: no
// chain forms. No language in common means no pair across the two was
// judged by a same-language rule, so nothing judged there is overruled.
//
// Bounds: two lone articles are not joined by it — a pair is judged by
// the pair rules (crossScriptEdge, leadsTold), and what the rule reads is
// what several reports of an event give together (without this, pairs of
// an English original and the Catalan translation of another BBC story,
// whose politicians a background without BBC never saw, merged alone:
// bbc-mt-catalan 149 → 371 of 99,234); so a pair checked alone is judged
// as before; the weight
// is the pooled background's, so three reports checked alone weigh their
// shared names as among the whole collection; batch only (the streaming
// Index keeps 24-anchor samples and no stories' full lists); a batch in
// one language is untouched.

// Language classes of crossLanguages (bits).
const (
	langCJK       = 1 << iota // mostly CJK script
	langCovered               // Latin script, words the background knows
	langUncovered             // Latin script, words it does not (Malay, Catalan)
)

// crossLanguages returns each doc's language class: CJK, or Latin script
// covered by the background's words or not (topics.covered; all covered
// without topics).
func (ix *Index) crossLanguages(cjk []bool) []uint8 {
	out := make([]uint8, len(cjk))
	for d, c := range cjk {
		switch {
		case c:
			out[d] = langCJK
		case ix.topics == nil || ix.topics.covered == nil || ix.topics.covered[d]:
			out[d] = langCovered
		default:
			out[d] = langUncovered
		}
	}
	return out
}

// langStory is one story as joinCrossLanguage reads it.
type langStory struct {
	root    uint32
	size    int
	langs   uint8
	dated   bool
	span    [2]int64
	outlets []uint32 // the outlets of undated members
	all     []uint32 // every member's outlet
}

// joinCrossLanguage returns roots with stories of no common language
// joined by what their members share (see above); roots[d] is doc d's
// story root, cjk[d] its script.
func joinCrossLanguage(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool) []uint32 {
	if !ix.keepFull || len(fps) < 2 {
		return roots
	}
	lang := ix.crossLanguages(cjk)
	var seen uint8
	for _, l := range lang {
		seen |= l
	}
	if seen&(seen-1) == 0 {
		return roots // one language class
	}
	n := ix.collectionSize()
	if n < RareMinN {
		return roots // rarity needs a collection (every batch with a background has one)
	}
	rareW := math.Log(float64(n+1) / float64(ix.rareDF()))
	bar := MinSharedRare * rareW
	commonW := ix.commonWeight()
	// the stories and, per anchor, the stories that have it with their
	// member counts. A story's number is looked up in a slice by its
	// root (a doc number), and its members and their outlets are runs
	// of flat lists in doc order (counted first): a few allocations for
	// all stories, not slices of each
	size := 0
	for _, r := range roots {
		size = max(size, int(r)+1)
	}
	num := make([]int32, size)
	for i := range num {
		num[i] = -1
	}
	var st []langStory
	story := make([]int32, len(roots)) // doc d's story
	var nAll, nUndated []int32         // a story's members with an outlet, undated ones
	for d, r := range roots {
		k := num[r]
		if k < 0 {
			k = int32(len(st))
			num[r] = k
			st = append(st, langStory{root: r})
			nAll, nUndated = append(nAll, 0), append(nUndated, 0)
		}
		story[d] = k
		s := &st[k]
		s.size++
		s.langs |= lang[d]
		f := fps[d]
		if f.Outlet != 0 {
			nAll[k]++
			if f.Published.IsZero() {
				nUndated[k]++
			}
		}
		if !f.Published.IsZero() {
			h := f.Published.Unix() / 3600
			if !s.dated {
				s.span = [2]int64{h, h}
			}
			s.span = [2]int64{min(s.span[0], h), max(s.span[1], h)}
			s.dated = true
		}
	}
	var all, undated int
	for k := range st {
		all, undated = all+int(nAll[k]), undated+int(nUndated[k])
	}
	allOut, undatedOut := make([]uint32, 0, all), make([]uint32, 0, undated)
	start := make([]int32, len(st)+1) // story k's members: members[start[k]:start[k+1]]
	all, undated = 0, 0
	for k := range st {
		// empty runs of the exact room: the appends below fill them in place
		st[k].all = allOut[all : all : all+int(nAll[k])]
		st[k].outlets = undatedOut[undated : undated : undated+int(nUndated[k])]
		all, undated = all+int(nAll[k]), undated+int(nUndated[k])
		start[k+1] = start[k] + int32(st[k].size)
	}
	members := make([]int32, len(roots))
	next := slices.Clone(start[:len(st)])
	for d, k := range story {
		members[next[k]] = int32(d)
		next[k]++
		if f := fps[d]; f.Outlet != 0 {
			s := &st[k]
			s.all = append(s.all, f.Outlet)
			if f.Published.IsZero() {
				s.outlets = append(s.outlets, f.Outlet)
			}
		}
	}
	// per anchor, the stories that hold it with their member counts, as
	// runs of one flat list (postings), an anchor's run found by its
	// number (runs): one allocation for all anchors, not a slice each. An entry is an anchor
	// and a story in one word (anchor high), so sorting the entries puts
	// each anchor's stories in story order, a story's members together.
	// Only an anchor that a doc outside the largest language class holds
	// can join two stories of no common language (one held by that class
	// alone is in every story holding it), so the largest class's docs
	// enter only those anchors: results as with every anchor, a fraction
	// of the entries when one language dominates.
	var count [8]int
	for _, l := range lang {
		count[bits.TrailingZeros8(l)&7]++
	}
	major := uint8(1) << slices.Index(count[:], slices.Max(count[:]))
	// minority, with a bit per anchor's low 16 bits (lowBits) asked
	// first: most anchors of the largest class's docs are in no other
	// class's doc, and one bit of 8 KiB tells most of them
	minority := map[uint32]struct{}{}
	var lowBits [1 << 16 / 64]uint64
	for d, l := range lang {
		if l != major {
			for _, a := range ix.full[d] {
				if ix.weight(a) > commonW {
					minority[a] = struct{}{}
					lowBits[a>>6&1023] |= 1 << (a & 63)
				}
			}
		}
	}
	// room for every anchor: no regrowth, and the radix sort's scratch
	// in the spare capacity when at most half of them enter
	total := 0
	for d := range roots {
		total += len(ix.full[d])
	}
	ent := make([]uint64, 0, total)
	for k := range st {
		for _, d := range members[start[k]:start[k+1]] {
			for _, a := range ix.full[d] {
				if lowBits[a>>6&1023]&(1<<(a&63)) == 0 {
					continue
				}
				if _, ok := minority[a]; ok {
					ent = append(ent, uint64(a)<<32|uint64(k))
				}
			}
		}
	}
	sortByAnchor(ent)
	// the postings, and each story's entered anchors as (anchor run,
	// members holding it) in anchor order: the stories' side of the same
	// entries, so each story's anchors are walked once, in the order (and
	// with the counts) of its members' anchor lists sorted
	postings := make([]hold, 0, len(ent))
	var runs []int32  // anchor g's postings: postings[runs[g]:runs[g+1]]
	var runDF []int32 // its document frequency (Index.df)
	for i := 0; i < len(ent); {
		a, start := uint32(ent[i]>>32), int32(len(postings))
		for ; i < len(ent) && uint32(ent[i]>>32) == a; i++ {
			k := int32(uint32(ent[i]))
			if p := len(postings) - 1; p >= int(start) && postings[p].story == k {
				postings[p].m++
			} else {
				postings = append(postings, hold{k, 1})
			}
		}
		df, _ := ix.df(a)
		runs, runDF = append(runs, start), append(runDF, int32(min(df, math.MaxInt32)))
	}
	runs = append(runs, int32(len(postings)))
	ent = nil
	first := make([]int32, len(st)+1) // story k's anchors: mine[first[k]:first[k+1]]
	for _, h := range postings {
		first[h.story+1]++
	}
	for k := range st {
		first[k+1] += first[k]
	}
	mine := make([]heldRun, len(postings))
	next = slices.Clone(first[:len(st)])
	for g := range runDF {
		for _, h := range postings[runs[g]:runs[g+1]] {
			mine[next[h.story]] = heldRun{int32(g), h.m}
			next[h.story]++
		}
	}
	// each story's best match: the most evidence over the bar
	best := make([]int32, len(st))
	bestW := make([]float64, len(st))
	sum := make([]float64, len(st))
	shared := make([]int, len(st))
	var touched []int32
	for k := range st {
		best[k] = -1
		// a story with no entered anchor holds none held across languages
		touched = touched[:0]
		for _, e := range mine[first[k]:first[k+1]] {
			g, m := e.run, e.m
			p := postings[runs[g]:runs[g+1]]
			if len(p) > maxCoreStories {
				continue
			}
			df := int(runDF[g])
			for _, h := range p {
				o := h.story
				if o == int32(k) || st[o].langs&st[k].langs != 0 {
					continue
				}
				if shared[o] == 0 {
					touched = append(touched, o)
				}
				shared[o]++
				sum[o] += outsideWeight(df, int(m+h.m), n)
			}
		}
		for _, o := range touched {
			if st[k].size+st[o].size > 2 && shared[o] >= MinSharedAnchors && sum[o] >= bar && st[k].compatible(&st[o]) &&
				(best[k] < 0 || sum[o] > bestW[k] || sum[o] == bestW[k] && st[o].root < st[best[k]].root) {
				best[k], bestW[k] = o, sum[o]
			}
			shared[o], sum[o] = 0, 0
		}
	}
	out := slices.Clone(roots)
	join := map[uint32]uint32{}
	for k := range st {
		o := best[k]
		if o >= 0 && best[o] == int32(k) && int32(k) < o {
			join[st[o].root] = st[k].root
		}
	}
	if len(join) == 0 {
		return roots
	}
	for d, r := range out {
		if j, ok := join[r]; ok {
			out[d] = j
		}
	}
	return out
}

// compatible reports whether two stories may be one by their times and
// outlets: dated members within MaxGapHours, and no undated member of an
// outlet the other story has.
func (s *langStory) compatible(o *langStory) bool {
	if s.dated && o.dated && (s.span[0] > o.span[1]+MaxGapHours || o.span[0] > s.span[1]+MaxGapHours) {
		return false
	}
	for _, x := range s.outlets {
		if slices.Contains(o.all, x) {
			return false
		}
	}
	for _, x := range o.outlets {
		if slices.Contains(s.all, x) {
			return false
		}
	}
	return true
}

// hold is a story holding an anchor and how many of its members do.
type hold struct {
	story int32
	m     int32
}

// heldRun is an anchor a story holds, as its run of postings, and how many
// of the story's members hold it.
type heldRun struct {
	run int32
	m   int32
}

// sortByAnchor sorts entries (an anchor in the high 32 bits, a story in
// the low) that are in story order, as slices.Sort would: a stable radix
// sort of the anchors, a byte a pass, keeps each anchor's entries in story
// order — a quarter of the comparison sort's time on the 10^5 entries of
// a large collection.
func sortByAnchor(ent []uint64) {
	if len(ent) < 256 {
		slices.Sort(ent)
		return
	}
	var count [4][256]int
	for _, e := range ent {
		for p := range count {
			count[p][e>>(32+8*p)&255]++
		}
	}
	src, dst := ent, ent[len(ent):cap(ent)] // the passes' scratch: spare capacity when there is enough
	if len(dst) < len(ent) {
		dst = make([]uint64, len(ent))
	}
	dst = dst[:len(ent)]
	for p := range count {
		c, shift := &count[p], uint(32+8*p)
		sum := 0
		for i, k := range c {
			c[i], sum = sum, sum+k
		}
		for _, e := range src {
			b := e >> shift & 255
			dst[c[b]] = e
			c[b]++
		}
		src, dst = dst, src
	}
}
