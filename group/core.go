package group

import (
	"math"
	"slices"
	"sync"
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
//     in the core is at least CrossScriptContainment, or (both dated,
//     within copyWindowHours) it is an angle piece of the story: its
//     headline names the story's who (angle.go). When dates are
//     missing and a member comes from the article's outlet, that share
//     must be at least EdgeAnchorContainment (as for pairs: one outlet's
//     reports sharing a few names are follow-ups, see Index.verify).
//  2. mergeCores: two stories whose cores match merge — a story the
//     pairwise pass left in two parts (each outlet's reports share only a
//     few anchors with any single report of the other part) is one story
//     when what each part's members share is the same (with the same
//     one-outlet rule when dates are missing).
//
// Each step decides every article or story against the stories of the step
// before at once, and joins each to one best match (mutual best, for
// merges): no chain of joins can form, and the result does not depend on
// input order.
const minCoreShared = 2

// maxCoreStories: an anchor in the cores of more stories than this does
// not make a story a candidate (for a lone article to join, or for another
// story to merge with): it singles out no story, and pairing every story
// that has it costs the square of their number. It still counts in the
// cosine of a pair that another anchor makes a candidate. In a collection
// of more than maxCoreStories/commonFraction stories the bar is the
// index's own for a common anchor (coreCandidateCap).
const maxCoreStories = 64

// coreCandidateCap is the most cores an anchor may be in and still make a
// story a candidate, of stories cored stories: maxCoreStories, or, when
// more, commonFraction of them — the share of the collection beyond
// which the index neither keeps nor walks an anchor (Index.commonDF).
// An anchor that the pair pass keeps and walks is not "in every story"
// for the cores either: with a fixed 64, at 20,193 reprints (3,649 bases)
// a year or a sum in 100 of 3,500 stories made no story a candidate, and
// a version in a CJK-like script, whose anchors are only such digits and
// acronyms, joined none (TestReprintsScaleSplit with times: 30 % of the
// script versions apart from their base, 13 % at 4,531 reprints; 18 %
// with crossScriptCores alone, 14 % with this cap too).
func coreCandidateCap(stories int) int {
	return max(maxCoreStories, int(commonFraction*float64(stories)))
}

// cores holds the story cores of a partition of the batch: the stories of
// two or more articles, numbered densely.
type cores struct {
	story   map[uint32]int32 // root → story number
	roots   []uint32         // story number → root
	size    []int            // members
	vec     [][]coreEntry    // the core, sorted by anchor
	norm    []float64        // |core vector|²
	mass    []float64        // Σ core weights
	scripts []uint8          // bit 1: a non-CJK member, bit 2: a CJK one
	outlets [][]uint32       // the members' outlets (Fingerprint.Outlet, known ones)
	// undatedOutlets are the outlets of the members without a
	// publication time: the one-outlet rule (see Index.verify) is about
	// two reports of one outlet of which one is undated, as for pairs — a
	// story's dated wire takes are not undated because its papers are
	undatedOutlets [][]uint32
	span           [][2]int64         // publication hours of the dated members
	dated          []bool             // some member is dated
	dates          []storyDates       // the members' lead and text dates (leaddate.go)
	codes          [][]uint64         // the members' codes, sorted (codes.go)
	takes          [][]wireEntry      // the members' wire takes (slug and agency; see sameSlugTakes)
	sameScript     bool               // joinLone: no join by the cross-script containment rule
	postings       map[uint32][]int32 // anchor → the stories whose core has it
	count          map[uint32]int     // root → members, every story's (cored or not)
	members        [][]int            // story number → its members' article indices
	maxPost        int                // coreCandidateCap of the cored stories
	quotes         *storyQuotes       // mergeCores: the stories' quoted runs (storyquoted.go); nil elsewhere
}

// coreEntry says that m members of a story have anchor a, of weight w
// and document frequency df.
type coreEntry struct {
	a  uint32
	m  int32 // int32: the entry stays 32 bytes with out
	df int32
	w  float64
	// out is the weight outside the story (outsideWeight) of an anchor
	// two or more members have, else 0: read by coreEvidence
	out float64
}

// buildCores computes the cores of the stories of two or more articles;
// roots[i] is article i's story root.
func buildCores(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool) *cores {
	return buildCoresOf(ix, fps, roots, cjk, nil, nil)
}

// buildCoresOf is buildCores for the stories whose roots only holds (all
// when only is nil), their cores without the articles that angled marks
// (angle pieces, angle.go: a story's member, not its core's; nil marks
// none).
func buildCoresOf(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool, only map[uint32]bool, angled []bool) *cores {
	count := make(map[uint32]int, len(roots))
	for _, r := range roots {
		count[r]++
	}
	c := &cores{story: make(map[uint32]int32), count: count}
	members := [][]int(nil)
	for i, r := range roots {
		if count[r] < 2 || only != nil && !only[r] || angled != nil && angled[i] {
			continue
		}
		k, ok := c.story[r]
		if !ok {
			k = int32(len(c.roots))
			c.story[r] = k
			c.roots = append(c.roots, r)
			members = append(members, nil)
		}
		members[k] = append(members[k], i)
	}
	n := len(c.roots)
	c.maxPost = coreCandidateCap(n)
	size := ix.collectionSize() // for outsideWeight
	c.size, c.vec = make([]int, n), make([][]coreEntry, n)
	c.norm, c.mass = make([]float64, n), make([]float64, n)
	c.scripts, c.span, c.dated = make([]uint8, n), make([][2]int64, n), make([]bool, n)
	c.outlets, c.undatedOutlets, c.takes = make([][]uint32, n), make([][]uint32, n), make([][]wireEntry, n)
	c.dates = make([]storyDates, n)
	c.codes = make([][]uint64, n)
	var all []uint32
	for k, m := range members {
		c.size[k] = len(m)
		all = all[:0]
		for _, i := range m {
			f := fps[i]
			c.scripts[k] |= scriptBit(cjk[i])
			if f.Outlet != 0 && !slices.Contains(c.outlets[k], f.Outlet) {
				c.outlets[k] = append(c.outlets[k], f.Outlet)
			}
			if f.Published.IsZero() && f.Outlet != 0 && !slices.Contains(c.undatedOutlets[k], f.Outlet) {
				c.undatedOutlets[k] = append(c.undatedOutlets[k], f.Outlet)
			}
			if w, ok := coreTake(f); ok {
				c.takes[k] = append(c.takes[k], w)
			}
			c.dates[k].addDoc(&f.lead)
			c.codes[k] = append(c.codes[k], f.lead.codes...)
			all = append(all, f.Anchors...)
			if !f.Published.IsZero() {
				h := f.Published.Unix() / 3600
				if !c.dated[k] {
					c.span[k] = [2]int64{h, h}
				}
				c.span[k] = [2]int64{min(c.span[k][0], h), max(c.span[k][1], h)}
				c.dated[k] = true
			}
		}
		slices.Sort(c.codes[k])
		c.codes[k] = slices.Compact(c.codes[k])
		slices.Sort(all)
		distinct := 0
		for j := range all {
			if j == 0 || all[j] != all[j-1] {
				distinct++
			}
		}
		c.vec[k] = make([]coreEntry, 0, distinct)
		for j := 0; j < len(all); {
			e := j
			for e < len(all) && all[e] == all[j] {
				e++
			}
			a := all[j]
			df, dn := ix.df(a)
			w := ix.weightOf(df, dn) // ix.weight(a)
			var out float64
			if e-j >= 2 {
				out = outsideWeight(df, e-j, size)
			}
			c.vec[k] = append(c.vec[k], coreEntry{a: a, m: int32(e - j), df: int32(min(df, math.MaxInt32)), w: w, out: out})
			v := w * float64(e-j) / float64(len(m))
			c.norm[k] += v * v
			c.mass[k] += v
			j = e
		}
	}
	c.postings = corePostings(c.vec)
	c.members = members
	return c
}

// corePostings lists, for each anchor of the cores vec, the stories
// whose core holds it in story order: one array for all, each anchor's
// run found by a first pass that counts them.
func corePostings(vec [][]coreEntry) map[uint32][]int32 {
	total := 0
	for _, v := range vec {
		total += len(v)
	}
	run := make(map[uint32]int32, total/2) // anchor → its run
	var runAnchor []uint32
	var runLen []int32
	rid := make([]int32, 0, total) // each entry's run, in story order
	for _, v := range vec {
		for _, e := range v {
			r, ok := run[e.a]
			if !ok {
				r = int32(len(runAnchor))
				run[e.a] = r
				runAnchor = append(runAnchor, e.a)
				runLen = append(runLen, 0)
			}
			runLen[r]++
			rid = append(rid, r)
		}
	}
	off := make([]int32, len(runAnchor)+1)
	for r, n := range runLen {
		off[r+1] = off[r] + n
	}
	fill := slices.Clone(off[:len(runAnchor)])
	all := make([]int32, total)
	i := 0
	for k, v := range vec {
		for range v {
			r := rid[i]
			all[fill[r]] = int32(k)
			fill[r]++
			i++
		}
	}
	postings := make(map[uint32][]int32, len(runAnchor))
	for r, a := range runAnchor {
		postings[a] = all[off[r]:off[r+1]:off[r+1]]
	}
	return postings
}

// near reports whether the publication hours sp of a dated article or
// story are within MaxGapHours of story k's dated members (true when none
// is dated).
func (c *cores) near(k int32, sp [2]int64) bool {
	if !c.dated[k] {
		return true
	}
	rs := c.span[k]
	return sp[0] <= rs[1]+MaxGapHours && rs[0] <= sp[1]+MaxGapHours
}

// storyHits is candidates' scratch: one counter per story, and the
// stories counted, reused from call to call.
type storyHits struct {
	count   []int32
	touched []int32
}

func newStoryHits(stories int) *storyHits {
	return &storyHits{count: make([]int32, stories)}
}

// candidates appends to out the stories other than skip whose cores hold
// at least minCandidateHits of anchors, counting only anchors in at most
// c.maxPost cores; hits is scratch, left cleared.
func (c *cores) candidates(anchors []uint32, skip int32, hits *storyHits, out []int32) []int32 {
	out = out[:0]
	count, touched := hits.count, hits.touched[:0]
	for _, a := range anchors {
		p := c.postings[a]
		if len(p) > c.maxPost {
			continue
		}
		for _, k := range p {
			if k == skip {
				continue
			}
			if count[k] == 0 {
				touched = append(touched, k)
			}
			count[k]++
			if count[k] == minCandidateHits {
				out = append(out, k)
			}
		}
	}
	for _, k := range touched {
		count[k] = 0
	}
	hits.touched = touched
	return out
}

// minCandidateHits: a story is compared with an article or another story
// only when they share at least two anchors that are in few cores; the
// pair rules want MinSharedAnchors shared, minCoreShared of them in the
// core, and one shared anchor held by many stories is what unrelated
// stories of one topic have.
const minCandidateHits = 2

// joinCores returns, for each article index, the root it joins (or the
// article's own root when none). roots[i] is article i's root after the
// pairwise pass. angled (one mark per article, or nil) marks the articles
// that joined as angle pieces (angle.go).
func joinCores(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool, workers int, angled []bool) []uint32 {
	return joinCoresOf(ix, fps, roots, cjk, workers, nil, false, angled)
}

// joinCoresOf is joinCores against the cores of the stories whose roots
// only holds (all when nil); with sameScript, an article joins no story
// by the cross-script containment rule (see rejoinLone). The cores leave
// out the articles angled marks, and the angle pieces that join are
// marked (each worker marks its own articles, which are in no core).
func joinCoresOf(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool, workers int, only map[uint32]bool, sameScript bool, angled []bool) []uint32 {
	c := buildCoresOf(ix, fps, roots, cjk, only, angled)
	c.sameScript = sameScript
	out := slices.Clone(roots)
	// each lone article is decided on its own against the cores: in
	// parallel, each worker taking every workers-th article
	var wg sync.WaitGroup
	for w := 0; w < max(workers, 1); w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			c.joinLone(ix, fps, roots, cjk, w, max(workers, 1), out, angled)
		}(w)
	}
	wg.Wait()
	return out
}

// joinLone decides articles from, from+step, … of joinCores, marking in
// angled (when not nil) those that join as angle pieces.
func (c *cores) joinLone(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool, from, step int, out []uint32, angled []bool) {
	weight := ix.weight
	rareOK := ix.collectionSize() >= RareMinN
	rareDF := ix.rareDF()
	rareW := 0.0
	if rareOK {
		rareW = math.Log(float64(ix.collectionSize()+1) / float64(rareDF))
	}
	hits := newStoryHits(len(c.roots))
	var cands []int32
	var ws []float64
	for i := from; i < len(fps); i += step {
		f := fps[i]
		if c.count[roots[i]] >= 2 || len(f.Anchors) == 0 {
			continue // not alone
		}
		var wx2, wx float64
		ws = ws[:0]
		for _, a := range f.Anchors {
			w := weight(a)
			ws = append(ws, w)
			wx2 += w * w
			wx += w
		}
		if wx2 == 0 {
			continue
		}
		var h int64
		if !f.Published.IsZero() {
			h = f.Published.Unix() / 3600
		}
		var own storyDates // its dates, for a story without publication times (leaddate.go)
		own.addDoc(&f.lead)
		best, bestCos, bestAngle := int32(-1), 0.0, false
		cands = c.candidates(f.Anchors, -1, hits, cands)
		for _, k := range cands {
			// the refusals that read no shared anchor come before the
			// merge: most candidates are other days' stories
			if c.norm[k] == 0 || h != 0 && !c.near(k, [2]int64{h, h}) ||
				(h == 0 || !c.dated[k]) && own.apart(&c.dates[k]) || c.codesApart(fps, f, k) {
				continue
			}
			var dot, inCore float64
			shared, sharedM, rare := 0, 0, 0
			coreW := 0.0 // weight of the shared anchors several members have
			A, V := f.Anchors, c.vec[k]
			for x, y := 0, 0; x < len(A) && y < len(V); {
				switch {
				case A[x] < V[y].a:
					x++
				case V[y].a < A[x]:
					y++
				default:
					w := ws[x]
					frac := float64(V[y].m) / float64(c.size[k])
					dot += w * w * frac
					inCore += w * frac
					shared++
					if V[y].m >= 2 {
						sharedM++
						coreW += V[y].out
					}
					if rareOK && int(V[y].df-V[y].m)-1 <= rareDF-2 {
						rare++
					}
					x++
					y++
				}
			}
			if shared < MinSharedAnchors || sharedM < minCoreShared {
				continue
			}
			if f.Outlet != 0 && (h == 0 && slices.Contains(c.outlets[k], f.Outlet) || slices.Contains(c.undatedOutlets[k], f.Outlet)) &&
				inCore/wx < EdgeAnchorContainment {
				continue // one outlet, no dates: see Index.verify
			}
			if w, ok := coreTake(f); ok && sameSlugTakes([]wireEntry{w}, c.takes[k]) {
				continue // a take of a slug the story has: see Index.verify
			}
			cos := dot / math.Sqrt(wx2*c.norm[k])
			// the core-evidence clause, unless the article and the story
			// are both dated, asks the story's members whether the article
			// gives another occasion's facts (otherOccasion, asked last:
			// it reads the members)
			ok := cos >= ix.cosine || rare >= MinSharedRare && cos >= EdgeAnchorCosineLow ||
				!ix.worded[ix.find(c.roots[k])] && coreEvidence(coreW, rareW) && cos >= EdgeAnchorCosineLow &&
					(h != 0 && c.dated[k] || !c.otherOccasion(ix, uint32(i), k) && c.namesLeadWho(ix, fps, uint32(i), k)) // corewho.go
			if !ok && !c.sameScript && c.scripts[k]&scriptBit(!cjk[i]) != 0 {
				ok = inCore/wx >= CrossScriptContainment
			}
			piece := false // an angle piece (angle.go), asked last: it reads the texts
			if !ok && h != 0 {
				ok = c.angle(ix, uint32(i), k, h)
				piece = ok
			}
			// the affair's next step after most members' news, or theirs
			// after its own, is a related story (nextstep.go)
			ok = ok && !c.nextStep(ix, uint32(i), k) && !c.stageApart(ix, uint32(i), k) // actstage.go
			if ok && (best < 0 || cos > bestCos || cos == bestCos && c.roots[k] < c.roots[best]) {
				best, bestCos, bestAngle = k, cos, piece
			}
		}
		if best >= 0 {
			out[i] = c.roots[best]
			if bestAngle && angled != nil {
				angled[i] = true
			}
		}
	}
}

// coreEvidence reports whether the anchors a lone article shares with a
// story's core — each had by two or more members, so the story's, not one
// member's detail — weigh together at least what MinSharedRare rare
// anchors weigh (coreW ≥ MinSharedRare·rareW). The weight ln((N+1)/df) is
// the surprise of meeting an anchor in an article at random; the names a
// dozen reports of one event all give (the victim, the court, the street)
// are in too many of the batch's articles to count as rare one by one,
// but several of them shared with what the story's reports agree on are
// as much evidence as four names no one else has. Each anchor weighs what
// it weighs outside the story (outsideWeight). Only lone articles joining
// a story use it: two articles are judged by the pair rules, so a pair
// checked alone is unchanged. And only a story without a body (joined by
// anchors alone, not by wording or a wire header): members that copy one
// text repeat its names, which is one source's word, not reports agreeing
// (reprint benchmark with times, a follow-up joining a reprinted story by
// its copies' names: 0.9715 → 0.9449 without this condition). Unless both
// sides are dated, the article must not give another occasion's facts
// than most members (cores.otherOccasion).
func coreEvidence(coreW, rareW float64) bool {
	return rareW > 0 && coreW >= MinSharedRare*rareW
}

// otherOccasion reports whether the lone article of batch doc d gives
// another occasion's facts than most members of story k: with more than
// half of them its figures disagree on names the background does not know,
// or its tallies do (factsApart) — what refuses the pair rules' anchor
// joins of the article with each member. The core-evidence clause is what
// it guards: names not rare one by one but shared with what the story's
// reports agree on, which are, without publication times, every occasion's
// of an affair (a follow-up weeks on shares the first report's cast and
// most anchors, and gives the new stage's figures: the sites defaced, the
// next leak's count), while a dated article meets only cores of its own
// days (MaxGapHours). A majority, not one member: one report of an event
// may give its own figures, and the clause exists to join an article
// that verifies with no member. Article index d is the doc number
// (partition numbers docs in order).
func (c *cores) otherOccasion(ix *Index, d uint32, k int32) bool {
	if !ix.keepFull {
		return false // factsApart reads the full anchor lists and the texts
	}
	A := ix.anchorList(d)
	commonW := ix.commonWeight()
	return c.majority(k, func(b uint32) bool {
		ps := pairScore{commonW: commonW}
		return ix.factsApart(d, b, A, ix.anchorList(b), &ps)
	})
}

// majority reports whether apart holds for more than half of story k's
// members, asking them in order and stopping once a majority is reached
// or out of reach.
func (c *cores) majority(k int32, apart func(m uint32) bool) bool {
	ms := c.members[k]
	n := 0
	for j, m := range ms {
		if apart(uint32(m)) {
			n++
		}
		switch {
		case 2*n > len(ms):
			return true
		case 2*(n+len(ms)-1-j) <= len(ms):
			return false // no majority left to reach
		}
	}
	return false
}

// codesApart reports whether lone article f writes codes of a scheme
// story k's members write and none of theirs (codes.go), as more than
// half of the members that write codes find it (codesApart, the pair's
// test): one member may name a flaw of another product as background.
func (c *cores) codesApart(fps []*Fingerprint, f *Fingerprint, k int32) bool {
	if len(f.lead.codes) == 0 || len(c.codes[k]) == 0 {
		return false
	}
	apart, writing := 0, 0
	for _, m := range c.members[k] {
		if mc := fps[m].lead.codes; len(mc) > 0 {
			writing++
			if codesApart(f.lead.codes, mc) {
				apart++
			}
		}
	}
	return 2*apart > writing
}

// outsideWeight is the weight of an anchor in df articles of a collection
// of n, m of them members of the story it is weighed against: the story's
// own members are not evidence of how common it is (as the rare count
// outside the story of joinLone), the article and every other article
// are. An anchor that other stories or lone articles have too — the names
// of an affair reported on other days — weighs what it weighs elsewhere.
func outsideWeight(df, m, n int) float64 {
	return math.Log(float64(n+1) / float64(max(df-m, 1)))
}

// mergeCores merges stories of two or more articles whose cores match:
// they share at least MinSharedAnchors anchors, at least minCoreShared of
// them in more than one member of each story, their publication spans are
// within MaxGapHours when both are dated, and the cosine of the core
// vectors is at least the pair threshold — or, when the stories' scripts
// differ, the cores hold enough of each other's weight
// (crossScriptCores); when dates are missing and the stories have a member of one
// outlet, one core must have EdgeAnchorContainment of its weight in the
// other (see Index.verify). Each story merges only with its best match and
// only when that match's best is the story too (mutual best), so no chain
// of merges forms. Below the pair threshold two cores still match when
// one is contained in the other (coreContained); two stories that match
// only by quoting one statement alike (quotedAlike, storyquoted.go) are
// joined after the merges, every such pair (joinQuotedStories).
func mergeCores(ix *Index, fps []*Fingerprint, roots []uint32, cjk []bool, workers int, angled []bool) []uint32 {
	c := buildCoresOf(ix, fps, roots, cjk, nil, angled)
	c.quotes = newStoryQuotes(len(c.roots))
	// score the story pairs in parallel (each worker takes every
	// workers-th story and its pairs with later stories), then pick each
	// story's best match: the choice does not depend on the order matches
	// are found in
	workers = max(workers, 1)
	found := make([][]coreMatch, workers)
	cross := make([][]scriptMatch, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			found[w], cross[w] = c.matchStories(ix, w, workers)
		}(w)
	}
	wg.Wait()
	type match struct {
		to  int32
		cos float64
	}
	best := make([]match, len(c.roots))
	for k := range best {
		best[k] = match{to: -1}
	}
	consider := func(k, o int32, cos float64) {
		b := best[k]
		if b.to < 0 || cos > b.cos || cos == b.cos && c.roots[o] < c.roots[b.to] {
			best[k] = match{o, cos}
		}
	}
	for _, ms := range found {
		for _, m := range ms {
			if !m.quoted {
				consider(m.a, m.b, m.cos)
				consider(m.b, m.a, m.cos)
			}
		}
	}
	out := slices.Clone(roots)
	for i, r := range out {
		k, ok := c.story[r]
		if !ok {
			continue
		}
		// the larger-numbered root of a mutual-best pair joins the other
		if b := best[k].to; b >= 0 && best[b].to == k && c.roots[b] < r {
			out[i] = c.roots[b]
		}
	}
	merged := func(k int32) bool { b := best[k].to; return b >= 0 && best[b].to == k }
	final := func(k int32) uint32 {
		if b := best[k].to; b >= 0 && best[b].to == k && c.roots[b] < c.roots[k] {
			return c.roots[b]
		}
		return c.roots[k]
	}
	mergeScriptVersions(c, cross, roots, out, merged, final)
	c.joinQuotedStories(found, out) // stories quoting one statement alike (storyquoted.go)
	return out
}

// mergeScriptVersions moves, in out (each doc's root after mergeCores'
// merges; roots before them, final a story's root after them), each story
// of CJK articles alone that no merge took (merged) to the story of another
// script that holds the most of its core's weight, when that story holds
// no other such story's more (mutual best). A story in characters holds only what crosses
// scripts — digits, dates, acronyms, Latin names — so its cosine with its
// source's story, which holds every name besides, is low, and the source's
// best match by cosine is another story of its language (its own
// translations, left a story of their own): one round of mutual bests
// merged the source with them and left the story in characters, whose
// best they were not. Among stories of two scripts the match is what
// crossScriptEdge and crossScriptCores read: how much of the story in
// characters the other holds. Each story in characters takes one match.
func mergeScriptVersions(c *cores, found [][]scriptMatch, roots, out []uint32, merged func(int32) bool, final func(int32) uint32) {
	type match struct {
		to   int32
		cont float64
	}
	best := map[int32]match{}
	consider := func(k, o int32, cont float64) {
		b, ok := best[k]
		if !ok || cont > b.cont || cont == b.cont && c.roots[o] < c.roots[b.to] {
			best[k] = match{o, cont}
		}
	}
	for _, ms := range found {
		for _, m := range ms {
			if !merged(m.script) {
				consider(m.script, m.other, m.cont)
				consider(m.other, m.script, m.cont)
			}
		}
	}
	if len(best) == 0 {
		return
	}
	to := map[uint32]uint32{} // root of a story in characters → root it joins
	for k, b := range best {
		if c.scripts[k] == 2 {
			if o, ok := best[b.to]; ok && o.to == k {
				to[c.roots[k]] = final(b.to)
			}
		}
	}
	if len(to) == 0 {
		return
	}
	for i, r := range roots {
		if t, ok := to[r]; ok {
			out[i] = t
		}
	}
}

// coreMatch is a pair of stories whose cores match, with their cosine;
// quoted when they match only by quoting one statement alike
// (quotedAlike), which joins them outside the mutual best.
type coreMatch struct {
	a, b   int32
	cos    float64
	quoted bool
}

// scriptMatch is a coreMatch of a story whose members are all CJK (script)
// and one with a non-CJK member (other), with the share of script's core
// weight that other's core holds.
type scriptMatch struct {
	script, other int32
	cont          float64
}

// matchStories returns the matching pairs (a, b > a) of stories from,
// from+step, … by mergeCores' rules, and those of them of a story in
// characters and one of another script (mergeScriptVersions).
func (c *cores) matchStories(ix *Index, from, step int) ([]coreMatch, []scriptMatch) {
	var out []coreMatch
	var cross []scriptMatch
	hits := newStoryHits(len(c.roots))
	var cands []int32
	var anchors []uint32
	for ka := int32(from); int(ka) < len(c.roots); ka += int32(step) {
		A := c.vec[ka]
		anchors = anchors[:0]
		for _, e := range A {
			anchors = append(anchors, e.a)
		}
		cands = c.candidates(anchors, ka, hits, cands)
		for _, kb := range cands {
			if kb < ka {
				continue // each pair once
			}
			// the refusals that read no shared anchor come before the
			// merge
			if c.norm[ka] == 0 || c.norm[kb] == 0 || c.dated[kb] && !c.near(ka, c.span[kb]) ||
				(!c.dated[ka] || !c.dated[kb]) && c.dates[ka].apart(&c.dates[kb]) || codesApart(c.codes[ka], c.codes[kb]) {
				continue
			}
			var dot, inA, inB float64
			shared, sharedA, sharedB := 0, 0, 0
			B := c.vec[kb]
			na, nb := float64(c.size[ka]), float64(c.size[kb])
			for x, y := 0, 0; x < len(A) && y < len(B); {
				switch {
				case A[x].a < B[y].a:
					x++
				case B[y].a < A[x].a:
					y++
				default:
					w := A[x].w
					fa, fb := float64(A[x].m)/na, float64(B[y].m)/nb
					dot += w * w * fa * fb
					inA += w * fa
					inB += w * fb
					shared++
					if A[x].m >= 2 {
						sharedA++
					}
					if B[y].m >= 2 {
						sharedB++
					}
					x++
					y++
				}
			}
			if shared < MinSharedAnchors || sharedA < minCoreShared || sharedB < minCoreShared {
				continue
			}
			if (sharesOutlet(c.undatedOutlets[ka], c.outlets[kb]) || sharesOutlet(c.outlets[ka], c.undatedOutlets[kb])) &&
				max(inA/c.mass[ka], inB/c.mass[kb]) < EdgeAnchorContainment {
				continue // one outlet, no dates: see Index.verify
			}
			if sameSlugTakes(c.takes[ka], c.takes[kb]) {
				continue // takes of one slug the wire rules left apart
			}
			cos := dot / math.Sqrt(c.norm[ka]*c.norm[kb])
			ok := cos >= ix.cosine || coreContained(cos, inA/c.mass[ka], inB/c.mass[kb])
			if !ok && c.scripts[ka] != c.scripts[kb] {
				ok = crossScriptCores(c.scripts[ka], c.scripts[kb], inA/c.mass[ka], inB/c.mass[kb])
			}
			quoted := !ok && c.quotedAlike(ix, ka, kb, cos)
			ok = ok || quoted
			if !ok || (!c.dated[ka] || !c.dated[kb]) && c.react(ix, ka, kb) {
				continue // an act and a reaction to it (reaction.go), asked last: it reads the members' leads
			}
			if c.stagesApart(ix, ka, kb) {
				continue // an act told ahead and done (actstage.go): it reads the members' texts
			}
			out = append(out, coreMatch{ka, kb, cos, quoted})
			if quoted {
				continue // no script match: joined by joinQuotedStories alone
			}
			switch {
			case c.scripts[ka] == 2 && c.scripts[kb]&1 != 0:
				cross = append(cross, scriptMatch{ka, kb, inA / c.mass[ka]})
			case c.scripts[kb] == 2 && c.scripts[ka]&1 != 0:
				cross = append(cross, scriptMatch{kb, ka, inB / c.mass[kb]})
			}
		}
	}
	return out, cross
}

// A story contained in another (issue 14, session 21). The reprint
// benchmark at scale without publication times (20,193 articles,
// SCALE=1 SCALE_SPLIT=1 SCALE_MODE=true/true … TestReprintsScaleSplit$)
// loses recall, not precision (P 0.9746, R 0.5705): 43,367 of the 50,956
// gold pairs across the bases of one labelled story (METER's texts of one
// story 96 % lost, CASIE's reports of one event 94 %, mmds's 80 %) against
// 2,424 of 55,653 within one base. Each base with its copies is a story
// with a body, which no undated anchor edge may join to another
// (Index.bridges), so whether two such stories are one is mergeCores'
// question alone, and it asked only the pair threshold of their cores'
// cosine: of the story pairs of one labelled story that it saw, 574 of
// METER's and 286 of CASIE's were refused by it (most at cosine 0.1–0.35),
// 88 and 154 matched. A paper's short rewrite of the wire copy, the same
// story, is such a pair: it keeps few of the copy's many names, so the
// cosine is low although nearly all of its own names are the copy's.
//
// A pair of articles at that cosine is still verified when the shorter's
// anchors are nearly all in the longer (pairScore.containedEdge:
// EdgeAnchorContainment of its weight, at EdgeAnchorCosineLow). coreContained
// asks the same of two cores, so that two stories of copies are judged as
// their texts would be alone: a rewrite, brief or abridgement keeps its
// source's names, while a follow-up of the affair on another day brings
// its own (the new stage's people, figures, places), so its core's weight
// is not mostly in the other's. The cores' weights count each anchor by
// the share of members that have it, so one member's detail does not make
// a story contained. Every other refusal of mergeCores is asked as before
// (dates, codes, one outlet, wire slugs, an act and a reaction to it), and
// the match is still a mutual best.
//
// Measured, not kept: the pair's other low-cosine clause, MinSharedRare
// anchors rare outside the two stories (rareEdge, counted as joinLone
// counts a lone article's). It merged different events of the small sets
// (mmds 0.8716 → 0.8364, P 0.977 → 0.894; meter 0.9604 → 0.9575): names
// that only two stories of a small batch hold are as often an affair's
// two occasions, and the pair rule asks the leads (leadsApart,
// storyRareEdge) before it trusts rarity.

// coreContained reports whether two cores below the pair threshold match
// as a pair whose shorter text is contained in the longer: cosine at
// least EdgeAnchorCosineLow and one core holding EdgeAnchorContainment of
// its weight in the other (contA, contB: the shares of a's and b's core
// weight that the other holds).
func coreContained(cos, contA, contB float64) bool {
	return cos >= EdgeAnchorCosineLow && max(contA, contB) >= EdgeAnchorContainment
}

// crossScriptCores decides two stories of different scripts (bit 1: a
// non-CJK member, bit 2: a CJK one) by their cores' containments in each
// other, contA of story a's core weight in b's and contB the reverse.
// A story of CJK articles alone holds only what crosses scripts (digits,
// dates, acronyms, Latin names), so, as for a pair (crossScriptEdge), it
// is judged by how much of its own weight the other holds: most of the
// other's anchors cannot appear in it. Otherwise (a story of both
// scripts and one of one) each core must hold CrossScriptContainment of
// the other's weight.
func crossScriptCores(sa, sb uint8, contA, contB float64) bool {
	switch {
	case sa == 2 && sb&1 != 0:
		return contA >= CrossScriptContainment
	case sb == 2 && sa&1 != 0:
		return contB >= CrossScriptContainment
	}
	return min(contA, contB) >= CrossScriptContainment
}

// coreTake is the slug and agency of an article's wire take, ok false
// when it has none that the index knows (a slug and a filing time).
func coreTake(f *Fingerprint) (wireEntry, bool) {
	if f.Wire == nil || f.Wire.Filed.IsZero() {
		return wireEntry{}, false
	}
	return wireEntry{slug: f.Wire.Slug, agency: f.Wire.Agency}, true
}

// sameSlugTakes reports whether two sets of wire takes hold takes of one
// slug and agency: the wire rules (wire.go) decided whether they are one
// story, and the story cores do not overrule them (pairScore.sameSlug).
func sameSlugTakes(a, b []wireEntry) bool {
	for i := range a {
		for j := range b {
			if a[i].slug == b[j].slug && sameAgency(&a[i], &b[j]) {
				return true
			}
		}
	}
	return false
}

// sharesOutlet reports whether two stories have a member of one outlet.
func sharesOutlet(a, b []uint32) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func scriptBit(cjk bool) uint8 {
	if cjk {
		return 2
	}
	return 1
}
