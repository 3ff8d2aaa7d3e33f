package group

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"crosswire"
)

// pair holds the fingerprint signals between two versions of one story:
// cheap, computed for every pair, they order undated versions and narrow
// the candidates a version is aligned with sentence by sentence.
type pair struct {
	jaccard float64
	cont    float64 // containment of the first in the second
	anchors pairScore
}

func comparePair(a, b *Fingerprint, weight func(uint32) float64) pair {
	ab, _ := comparePairs(a, b, weight)
	return ab
}

// comparePairs is comparePair both ways (a to b, b to a) for the cost of
// one: the Jaccard similarity and the anchors' sums are symmetric (the
// anchors are walked in their sorted order either way), only the
// containments differ.
func comparePairs(a, b *Fingerprint, weight func(uint32) float64) (ab, ba pair) {
	ab.jaccard = a.Signature.Jaccard(&b.Signature)
	ab.cont = containment(ab.jaccard, a.Signature.Shingles, b.Signature.Shingles)
	ab.anchors.anchorScore(a.Anchors, b.Anchors, weight)
	ba = ab
	ba.cont = containment(ab.jaccard, b.Signature.Shingles, a.Signature.Shingles)
	return ab, ba
}

// similarity is how alike a pair looks before any alignment: shared
// wording, else a share of the anchors' weighted overlap.
func (p pair) similarity() float64 {
	if s := max(p.jaccard, p.cont); s >= 0.3 {
		return s
	}
	return 0.3 * p.anchors.cosine
}

// maxCandidates bounds the earlier versions of each kind (same language,
// other language) a version is aligned with, the most similar first, so a
// story of hundreds of versions costs a few alignments per version.
const maxCandidates = 4

// version is one member of a story as lineage sees it.
type version struct {
	art  crosswire.Article
	fp   *Fingerprint
	wire bool
	cjk  bool
	text *ltext // analysed on first use
	// centre is how much the other versions are contained in this one on
	// average (shingles, or anchors for rewrites and translations); read
	// through centreOf, which computes it on first use.
	centre    float64
	centreSet bool
	idx       int      // its index among the story's versions
	centres   *centres // how its centre is computed
}

// centreOf is v's centre, computed on first use: most stories never ask
// (their versions are dated apart), and a centre costs a comparison with
// every other version.
func (v *version) centreOf() float64 {
	if !v.centreSet {
		v.centre, v.centreSet = v.centres.of(v.idx), true
	}
	return v.centre
}

func (v *version) lt() *ltext {
	if v.text == nil {
		v.text = newLText(&v.art)
	}
	return v.text
}

// sameLanguage reports whether two versions are in one language: the same
// script, and the same language code when both are known.
func sameLanguage(a, b *version) bool {
	if a.cjk != b.cjk {
		return false
	}
	if a.fp.Language != "" && b.fp.Language != "" {
		return a.fp.Language == b.fp.Language
	}
	return true
}

// isWire reports whether cleaning read the article as agency wire copy
// (from its header, never from its outlet).
func isWire(a *crosswire.Article) bool { return a.Wire != nil }

// link is what a version derives from and how.
type link struct {
	parent  int   // index into the story's versions; -1 for none
	sources []int // the versions aligned against (the wire takes, or parent)
	al      alignment
	role    crosswire.Role
}

// assignRoles builds the story of the given members (indices into arts and
// fps) and sets every member's Role, DerivedFrom, Reuse and Evidence.
//
// The original is the wire copy where the story has some (its first take),
// else the earliest published version, else the version the others are
// most contained in. Versions are then taken in order — the wire's other
// takes, dated versions by time, undated ones from the most to the least
// central — and each is aligned sentence by sentence (see lineage.go) with
// the versions before it that were not published after it: with all the
// wire takes together when there are some (a paper works from the whole
// wire story), else with its most similar earlier versions. A version
// whose sentences are reused at DerivedReuse or more — from another
// outlet's version, with one sentence verbatim or ParaphraseReuse
// reworded (TranslationReuse across
// languages), derives from the source it reuses most: a copy or
// excerpt when its reused sentences are verbatim, a translation when its
// language differs, a rewrite otherwise. Any other version is an
// independent report of the same event. A wire take always derives from
// an earlier take of its story, never from a client's version.
func assignRoles(arts []crosswire.Article, fps []*Fingerprint, members []int, weight func(uint32) float64) crosswire.Story {
	st, _ := assignRolesCounting(arts, fps, members, weight)
	return st
}

// assignRolesCounting is assignRoles, also returning how many pairs of
// versions it compared by their fingerprints (comparePair, comparePairs):
// the work that grew with the square of a story's versions.
func assignRolesCounting(arts []crosswire.Article, fps []*Fingerprint, members []int, weight func(uint32) float64) (crosswire.Story, int) {
	n := len(members)
	if n == 1 {
		a := arts[members[0]]
		a.Role, a.DerivedFrom, a.Reuse, a.Evidence = crosswire.RoleOriginal, nil, nil, "only version of its story"
		return crosswire.Story{Title: a.Title, Articles: []crosswire.Article{a}}, 0
	}
	vs := make([]*version, n)
	compared := 0
	cs := &centres{vs: vs, weight: weight, others: centreSample(n), compared: &compared}
	for i, m := range members {
		f := fps[m]
		vs[i] = &version{art: arts[m], fp: f, wire: isWire(&arts[m]), cjk: 2*f.CJK > f.Words, idx: i, centres: cs}
	}
	orig, origEvidence := chooseOriginal(vs, weight, &compared)
	order := lineageOrder(vs, orig)

	links := make([]link, n)
	links[orig] = link{parent: -1, role: crosswire.RoleOriginal}
	sc := newDeriveScratch(n, &compared)
	// a story over maxExactVersions: each version is compared with a
	// bounded pool of the earlier ones (see sourcePool), not all
	var pool *sourcePool
	var pools [][]int // by version: the pool it was compared with
	if n > maxExactVersions {
		pool, pools = newSourcePool(n), make([][]int, n)
		pool.add(0, vs[orig].fp)
		origEvidence += "; " + boundedNote(n)
	}
	for k := 1; k < n; k++ {
		x := order[k]
		cands := order[:k]
		if pool != nil {
			cands = pool.before(order, k, vs[x].fp)
			pool.add(k, vs[x].fp)
			pools[x] = cands
		}
		links[x] = derive(vs, order[:k], cands, x, weight, sc)
	}
	roundTrips(vs, links, pools)

	out := make([]crosswire.Article, 0, n)
	for _, i := range order {
		a := vs[i].art
		a.Role, a.DerivedFrom, a.Reuse = links[i].role, nil, nil
		if i == orig {
			a.Evidence = origEvidence
		} else {
			a.Evidence = evidence(vs, links, i)
			if pool != nil {
				a.Evidence += "; " + boundedNote(n)
			}
			if p := links[i].parent; p >= 0 {
				id := vs[p].fp.ID
				r := math.Round(links[i].al.reuse()*1000) / 1000
				a.DerivedFrom, a.Reuse = &id, &r
			}
		}
		out = append(out, a)
	}
	return crosswire.Story{Title: storyTitle(out), Articles: out}, compared
}

// storyTitle is the title of the story's first version that has one:
// the original's, else (a wire take or a pasted text without a headline)
// the next version's in the story's order, so that a story whose source
// has no headline is not shown untitled while a version of it has one.
func storyTitle(arts []crosswire.Article) string {
	for _, a := range arts {
		if strings.TrimSpace(a.Title) != "" {
			return a.Title
		}
	}
	return ""
}

// centres computes versions' centres: the mean over the other versions
// of how much each is contained in a version, by shingles or by anchors,
// whichever is more. Up to maxExactVersions the first centre asked for
// computes them all, each pair compared once both ways and each centre
// summing the others in index order; beyond, each centre is taken on its
// own over an evenly spaced sample (centreSample), the pairs compared the
// same way round, so a sample of every version would give the same bits.
type centres struct {
	vs       []*version
	weight   func(uint32) float64
	others   []int     // ascending
	all      []float64 // every centre, once computed (exact mode)
	compared *int      // pairs compared
}

// of is version i's centre (see centres): exact, all at once on the
// first call, up to maxExactVersions; over the sample beyond.
func (c *centres) of(i int) float64 {
	n := len(c.vs)
	if len(c.others) == n {
		if c.all == nil {
			sums := make([]float64, n)
			for a := range c.vs {
				for b := a + 1; b < n; b++ {
					ab, ba := comparePairs(c.vs[a].fp, c.vs[b].fp, c.weight)
					sums[a] += max(ba.cont, ba.anchors.anchorCont)
					sums[b] += max(ab.cont, ab.anchors.anchorCont)
				}
			}
			*c.compared += n * (n - 1) / 2
			c.all = make([]float64, n)
			for a := range sums {
				c.all[a] = sums[a] / float64(n-1)
			}
		}
		return c.all[i]
	}
	sum, k := 0.0, 0
	for _, j := range c.others {
		var ji pair
		switch {
		case j < i:
			ji, _ = comparePairs(c.vs[j].fp, c.vs[i].fp, c.weight)
		case j > i:
			_, ji = comparePairs(c.vs[i].fp, c.vs[j].fp, c.weight)
		default:
			continue
		}
		*c.compared++
		sum += max(ji.cont, ji.anchors.anchorCont)
		k++
	}
	return sum / float64(k)
}

// boundedNote says how the lineage of a story over maxExactVersions was
// bounded.
func boundedNote(n int) string {
	return fmt.Sprintf("a story of %d versions: each version compared with at most %d earlier ones (those sharing most wording and anchors with it, then the first placed), centres taken over %d versions, not all", n, maxPool, maxPool)
}

// nearest returns the versions other than o that chooseOriginal's
// translation tests read, ascending: all of them, or for a story over
// maxExactVersions the maxPool most similar to o (one comparison each).
func nearest(vs []*version, o int, weight func(uint32) float64, compared *int) []int {
	var out []int
	for y := range vs {
		if y != o {
			out = append(out, y)
		}
	}
	if len(vs) <= maxExactVersions {
		return out
	}
	out = mostSimilar(vs, o, out, weight, make([]float64, len(vs)), compared, maxPool)
	slices.Sort(out)
	return out
}

// mostSimilar orders versions c by their similarity to version x
// (comparePair), most similar first and ties in c's order, and returns the
// first k; sim (by version) receives the similarities and compared counts
// the comparisons. derive ranks its candidates so, and nearest the
// versions chooseOriginal reads.
func mostSimilar(vs []*version, x int, c []int, weight func(uint32) float64, sim []float64, compared *int, k int) []int {
	for _, y := range c {
		sim[y] = comparePair(vs[x].fp, vs[y].fp, weight).similarity()
	}
	*compared += len(c)
	slices.SortStableFunc(c, func(a, b int) int { return cmp.Compare(sim[b], sim[a]) })
	return c[:min(len(c), k)]
}

// wireEvidence says where cleaning read that an article is agency copy:
// its transmission header (a filing time, page, desk or priority code) or,
// without one, its furniture alone (a dateline's agency credit, a
// catchline, an agency byline).
func wireEvidence(w *crosswire.Wire) string {
	if w != nil && w.Filed == nil && w.Page == 0 && w.Desk == "" && w.Priority == "" {
		return "read from its agency credit, catchline or byline"
	}
	return "read from its agency header"
}

// chooseOriginal picks the story's original and says why.
func chooseOriginal(vs []*version, weight func(uint32) float64, compared *int) (int, string) {
	n := len(vs)
	var wire, dated []int
	for i, v := range vs {
		if v.wire {
			wire = append(wire, i)
		}
		if !v.fp.Published.IsZero() {
			dated = append(dated, i)
		}
	}
	earliest := func(set []int) int {
		return placed(vs, slices.Clone(set))[0]
	}
	if len(wire) > 0 {
		o := earliest(wire)
		ev := "wire copy (" + wireEvidence(vs[o].art.Wire) + ")"
		if t := vs[o].fp.Published; !t.IsZero() {
			ev += ", filed " + pubString(t)
		}
		if len(wire) > 1 {
			ev += fmt.Sprintf("; the first of the story's %d wire takes", len(wire))
		}
		return o, ev + ": the source of the story's other versions"
	}
	if len(dated) > 0 {
		o := earliest(dated)
		ev := "earliest published (" + pubString(vs[o].fp.Published) + ")"
		for _, i := range dated {
			if i != o && sameDayOnly(vs[i].fp.Published, vs[o].fp.Published) {
				ev += "; a day without a time of day does not order the versions of that day: among them, the one the others are most contained in"
				break
			}
		}
		if len(dated) < n {
			ev += fmt.Sprintf("; %d of %d versions have no publication time", n-len(dated), n)
		}
		return o, ev
	}
	o := 0
	for i := 1; i < n; i++ {
		if moreCentral(vs[i], vs[o]) {
			o = i
		}
	}
	others := nearest(vs, o, weight, compared)
	if y, z := translatedFrom(vs, o, others); y >= 0 {
		return y, fmt.Sprintf("no publication times: %s is its translation into %s and %s the translation back (it carries over words of that translation this one does not have), so this one came first",
			versionName(vs[o].art), langName(vs[o]), versionName(vs[z].art))
	}
	if y, c := roundTripOf(vs, o, others); y >= 0 {
		return y, fmt.Sprintf("no publication times: %s is its translation into %s and back (it carries over words of that translation this one does not have), so this one came first",
			versionName(vs[o].art), langName(vs[c]))
	}
	return o, fmt.Sprintf("no publication times: judged by containment (the other versions are on average %.0f%% contained in it)", 100*vs[o].centreOf())
}

// translatedFrom checks whether version o of an undated story is a
// translation in the middle of a round trip: two versions y and z in
// another language both align with it, and z is downstream of it (see
// downstream): then o was translated from y and back into z. It returns
// y and z, or -1, -1. others are the versions it reads (see nearest).
func translatedFrom(vs []*version, o int, others []int) (int, int) {
	var aligned []int
	for _, y := range others {
		if y != o && !sameLanguage(vs[o], vs[y]) && alignCross(vs[y].lt(), vs[o].lt()).reuse() >= TranslationReuse {
			aligned = append(aligned, y)
		}
	}
	for _, y := range aligned {
		for _, z := range aligned {
			if y != z && sameLanguage(vs[y], vs[z]) && downstream(vs[z].lt(), vs[y].lt(), vs[o].lt()) {
				return y, z
			}
		}
	}
	return -1, -1
}

// roundTripOf checks whether version o of an undated story is a round
// trip: the translation back of a version c in another language, which is
// itself a translation of a same-language version y. A translation
// carries over words of its source untranslated; so o is downstream of c
// when o shares more of c's words that y lacks than y shares of c's
// words that o lacks. y is tied to c when it aligns with it as a
// translation, or when o rewords y (at least ParaphraseReuse of o's
// sentences reused from y): a round trip keeps most of its source's
// sentences with their facts, and garbles some names and numbers, so
// the source can fall just short of aligning with the middle version
// while the round trip does not. It returns y and c, or -1, -1. others
// are the versions it reads (see nearest).
func roundTripOf(vs []*version, o int, others []int) (int, int) {
	for _, c := range others {
		if c == o || sameLanguage(vs[o], vs[c]) {
			continue
		}
		if alignCross(vs[o].lt(), vs[c].lt()).reuse() < TranslationReuse {
			continue
		}
		for _, y := range others {
			if y == o || y == c || !sameLanguage(vs[o], vs[y]) {
				continue
			}
			if alignCross(vs[y].lt(), vs[c].lt()).reuse() < TranslationReuse &&
				alignLexical(vs[o].lt(), []*ltext{vs[y].lt()}).reuse() < ParaphraseReuse {
				continue
			}
			if downstream(vs[o].lt(), vs[y].lt(), vs[c].lt()) {
				return y, c
			}
		}
	}
	return -1, -1
}

// placed sorts set into the order versions are placed in, and returns it:
// wire copy first, then by publication time (undated last), then wire take
// (first page and first version before the rest), then centrality, then
// ID. A day without a time of day (dateOnly) orders against other days,
// not within its own (crosswire.ComparePublished): the day's day-only
// versions are merged into its timed versions by take and centrality, as
// undated versions are ordered, while the timed versions keep their clock
// order. Comparing pairs by ComparePublished alone would not be a total
// order (a day ties with 08:40 and with 15:00, which do not tie), so the
// merge makes one.
func placed(vs []*version, set []int) []int {
	slices.SortStableFunc(set, func(a, b int) int {
		va, vb := vs[a], vs[b]
		if va.wire != vb.wire {
			if va.wire {
				return -1
			}
			return 1
		}
		ta, tb := va.fp.Published, vb.fp.Published
		if za, zb := ta.IsZero(), tb.IsZero(); za != zb {
			if zb {
				return -1
			}
			return 1
		}
		if !ta.IsZero() {
			if c := civilDay(ta).Compare(civilDay(tb)); c != 0 {
				return c
			}
			da, db := dateOnly(ta), dateOnly(tb)
			if da != db {
				// the day's timed versions, then its day-only ones:
				// merged below
				if db {
					return -1
				}
				return 1
			}
			if c := ta.Compare(tb); c != 0 {
				return c
			}
		}
		if tieEarlier(va, vb) {
			return -1
		}
		if tieEarlier(vb, va) {
			return 1
		}
		return 0
	})
	var merged []int
	for s := 0; s < len(set); {
		e, split := s+1, -1
		t := vs[set[s]].fp.Published
		for e < len(set) && !t.IsZero() && vs[set[e]].wire == vs[set[s]].wire && !vs[set[e]].fp.Published.IsZero() && civilDay(vs[set[e]].fp.Published).Equal(civilDay(t)) {
			if split < 0 && dateOnly(vs[set[e]].fp.Published) && !dateOnly(vs[set[e-1]].fp.Published) {
				split = e
			}
			e++
		}
		if split > s {
			merged = merged[:0]
			i, j := s, split
			for i < split || j < e {
				if j == e || i < split && !tieEarlier(vs[set[j]], vs[set[i]]) {
					merged = append(merged, set[i])
					i++
				} else {
					merged = append(merged, set[j])
					j++
				}
			}
			copy(set[s:e], merged)
		}
		s = e
	}
	return set
}

// tieEarlier orders two versions publication time does not order: wire
// take (first page and first version before the rest), then centrality,
// then ID.
func tieEarlier(a, b *version) bool {
	if ka, kb := takeRank(a), takeRank(b); ka != kb {
		return ka < kb
	}
	return moreCentral(a, b)
}

// takeRank ranks a wire take: a first page before continuation pages,
// first versions before substitutes and new leads.
func takeRank(v *version) int {
	w := v.art.Wire
	if w == nil {
		return 0
	}
	r := max(w.Page, 1)
	if w.Version != "" {
		r += 100
	}
	return r
}

// moreCentral: the version the others are more contained in, ties to the
// longer, then the smaller ID.
func moreCentral(a, b *version) bool {
	if ca, cb := a.centreOf(), b.centreOf(); math.Abs(ca-cb) > 1e-9 {
		return ca > cb
	}
	if a.fp.Words != b.fp.Words {
		return a.fp.Words > b.fp.Words
	}
	return a.fp.ID < b.fp.ID
}

// lineageOrder is the order versions are placed in: the original, the
// other wire takes, then the rest (see placed).
func lineageOrder(vs []*version, orig int) []int {
	order := make([]int, 0, len(vs))
	for i := range vs {
		if i != orig {
			order = append(order, i)
		}
	}
	return append([]int{orig}, placed(vs, order)...)
}

// deriveScratch is derive's working memory, kept across the versions of
// one story: the candidates by kind and their similarity to the version
// placed, by index.
type deriveScratch struct {
	wire, same, other []int
	sim               []float64
	compared          *int // pairs compared
}

func newDeriveScratch(n int, compared *int) *deriveScratch {
	return &deriveScratch{sim: make([]float64, n), compared: compared}
}

// derive decides what version x derives from among the versions before it
// (in placement order); cands are those it is compared with, in the same
// order: all of before, or a story's bounded pool (see sourcePool). Its
// similarity to a candidate is computed when the candidates are ranked
// (comparePair), not kept.
func derive(vs []*version, before, cands []int, x int, weight func(uint32) float64, sc *deriveScratch) link {
	xv := vs[x]
	wire, same, other := sc.wire[:0], sc.same[:0], sc.other[:0]
	defer func() { sc.wire, sc.same, sc.other = wire, same, other }()
	for _, y := range cands {
		yv := vs[y]
		if crosswire.ComparePublished(yv.fp.Published, xv.fp.Published) > 0 {
			continue // never from a version published after it
		}
		switch {
		case yv.wire && sameLanguage(xv, yv):
			wire = append(wire, y)
		case xv.wire:
			// a take derives from takes only
		case sameLanguage(xv, yv):
			same = append(same, y)
		default:
			other = append(other, y)
		}
	}
	bySimilarity := func(c []int) []int {
		return mostSimilar(vs, x, c, weight, sc.sim, sc.compared, maxCandidates)
	}
	best := link{parent: -1, role: crosswire.RoleIndependent}
	if len(wire) > 0 {
		texts := make([]*ltext, len(wire))
		for k, y := range wire {
			texts[k] = vs[y].lt()
		}
		al := alignLexical(xv.lt(), texts)
		p := wire[0]
		if b := al.best(); b >= 0 {
			p = wire[b]
		}
		best = link{parent: p, sources: slices.Clone(wire), al: al}
		// a client of the wire works from its copy: reworded wire
		// sentences are reuse (ParaphraseReuse is for peers)
		if al.taken() || xv.wire {
			if !xv.wire {
				applyDerivationModel(xv.lt(), texts, &best.al)
			}
			best.role = lexicalRole(best.al, slices.Index(wire, p))
			return best
		}
		best.parent = -1
	}
	for _, y := range bySimilarity(same) {
		al := alignLexical(xv.lt(), []*ltext{vs[y].lt()})
		better := al.derived() && !best.al.derived() || al.derived() == best.al.derived() && al.reuse() > best.al.reuse()+1e-9
		if better || best.al.sents == 0 {
			best = link{parent: y, sources: []int{y}, al: al}
		}
	}
	if best.parent >= 0 && best.al.derived() {
		best.role = lexicalRole(best.al, 0)
		return best
	}
	lexical := best
	var cross link
	for _, y := range bySimilarity(other) {
		al := alignCross(xv.lt(), vs[y].lt())
		if al.reuse() > cross.al.reuse()+1e-9 || cross.al.sents == 0 {
			cross = link{parent: y, sources: []int{y}, al: al}
		}
	}
	if cross.al.sents > 0 && cross.al.reuse() >= TranslationReuse {
		cross.role = crosswire.RoleTranslation
		return cross
	}
	// independent: keep the closest alignment for the evidence
	out := lexical
	if out.al.sents == 0 || cross.al.sents > 0 && cross.al.reuse() > out.al.reuse() {
		out = cross
	}
	out.role = crosswire.RoleIndependent
	if len(out.sources) == 0 && len(before) > 0 {
		out.sources = []int{before[0]}
	}
	out.parent = -1
	return out
}

// lexicalRole is the role of a same-language version reusing its source as
// al says; k is the source text it derives from among those aligned.
func lexicalRole(al alignment, k int) crosswire.Role {
	if al.sents > 0 && float64(al.verbatim) >= CopyReuse*float64(al.sents) {
		if al.coverage(k) >= CopyCoverage {
			return crosswire.RoleCopy
		}
		return crosswire.RoleExcerpt
	}
	return crosswire.RoleRewrite
}

// roundTrips re-parents a same-language rewrite that is in fact the
// translation of a version in another language (a text translated and
// translated back): it aligns with that version by names, numbers and
// position, and is downstream of it rather than its source (see
// downstream).
//
// pools are the versions each was compared with in a story over
// maxExactVersions (nil for a smaller story: every version is read); then
// a version is read against its pool and the versions placed as its own
// or its source's translations, at most maxPool of each.
func roundTrips(vs []*version, links []link, pools [][]int) {
	var children [][]int
	if pools != nil {
		children = make([][]int, len(vs))
		for y, l := range links {
			if p := l.parent; p >= 0 && len(children[p]) < maxPool {
				children[p] = append(children[p], y)
			}
		}
	}
	all := make([]int, len(vs))
	for y := range all {
		all[y] = y
	}
	for x := range vs {
		l := links[x]
		src := l.parent
		// a round trip garbles names and numbers: reworded with other
		// facts, its sentences are not reuse of the version it was
		// translated from and back, and it can look independent of it;
		// then the middle version must be that version's translation (or
		// this one's)
		independent := l.role == crosswire.RoleIndependent && len(l.sources) == 1 && !l.al.cross && sameLanguage(vs[x], vs[l.sources[0]])
		if independent {
			src = l.sources[0]
		} else if l.role != crosswire.RoleRewrite {
			continue
		}
		if src < 0 || vs[x].wire {
			continue
		}
		srcTexts := make([]*ltext, 0, len(l.sources))
		for _, s := range l.sources {
			srcTexts = append(srcTexts, vs[s].lt())
		}
		ys := all
		if pools != nil {
			ys = slices.Concat(pools[x], children[x], children[src])
			slices.Sort(ys)
			ys = slices.Compact(ys)
		}
		for _, y := range ys {
			if y == x || sameLanguage(vs[x], vs[y]) || descends(links, y, x) && links[y].parent != x {
				continue
			}
			if independent && (links[y].role != crosswire.RoleTranslation || links[y].parent != src && links[y].parent != x) {
				continue
			}
			al := alignCross(vs[x].lt(), vs[y].lt())
			if al.reuse() < TranslationReuse || len(srcTexts) != 1 || !downstream(vs[x].lt(), srcTexts[0], vs[y].lt()) {
				continue
			}
			if links[y].parent == x {
				// y was placed as x's translation: both come from x's source
				p := src
				links[y] = link{parent: p, sources: []int{p}, al: alignCross(vs[y].lt(), vs[p].lt()), role: crosswire.RoleTranslation}
			}
			links[x] = link{parent: y, sources: []int{y}, al: al, role: crosswire.RoleTranslation}
			break
		}
	}
}

// descends reports whether y descends from x.
func descends(links []link, y, x int) bool {
	for steps := 0; y >= 0 && steps <= len(links); steps++ {
		y = links[y].parent
		if y == x {
			return true
		}
	}
	return false
}

// evidence says why version i has its role, what it derives from and how
// its reuse was measured.
func evidence(vs []*version, links []link, i int) string {
	l := links[i]
	x := vs[i]
	var why []string
	ref := -1
	if l.parent >= 0 {
		ref = l.parent
	} else if len(l.sources) > 0 {
		ref = l.sources[0]
	}
	if ref >= 0 {
		if d := timeGap(vs[ref].fp.Published, x.fp.Published); d != "" {
			why = append(why, "published "+d+" "+versionName(vs[ref].art))
		}
	}
	srcName := "that version"
	if ref >= 0 {
		srcName = versionName(vs[ref].art)
	}
	if len(l.sources) > 1 {
		srcName = fmt.Sprintf("the wire copy (%d takes)", len(l.sources))
	} else if len(l.sources) == 1 && vs[l.sources[0]].wire && !x.wire {
		srcName = "the wire copy"
	}
	a := l.al
	switch {
	case a.sents == 0:
		why = append(why, "no sentence to align")
	case a.cross:
		why = append(why, fmt.Sprintf("%d of its %d sentences align to %s by names, numbers and position (reuse %.0f%%)",
			a.reused, a.sents, srcName, 100*a.reuse()))
	default:
		why = append(why, lexicalEvidence(a, srcName))
	}
	switch l.role {
	case crosswire.RoleCopy:
		why = append(why, fmt.Sprintf("near-verbatim and keeps %.0f%% of its source's sentences", 100*a.coverage(max(slices.Index(l.sources, l.parent), 0))))
	case crosswire.RoleExcerpt:
		why = append(why, fmt.Sprintf("verbatim but keeps only %.0f%% of its source's sentences", 100*a.coverage(max(slices.Index(l.sources, l.parent), 0))))
	case crosswire.RoleTranslation:
		why = append(why, "language "+langName(x)+" vs "+langName(vs[l.parent]))
	case crosswire.RoleIndependent:
		switch {
		case a.cross:
			why = append(why, fmt.Sprintf("under %.0f%%: written separately (shares names and figures, not sentences)", 100*TranslationReuse))
		case !a.taken():
			why = append(why, fmt.Sprintf("written separately: not its narration (under %.0f%% of the sentences are unquoted and aligned, no run of %d words outside quotation marks, under %.0f%% unquoted and in the source's order of names and numbers); shared quotations, names and figures are what reports of one event have alike",
				100*DerivedReuse, NarrativeRun, 100*TranslationReuse))
		case a.reuse() < DerivedReuse:
			why = append(why, fmt.Sprintf("reuse under %.0f%%: written separately (shares names and figures, not sentences)", 100*DerivedReuse))
		case 2*a.verbatim < a.reused:
			why = append(why, fmt.Sprintf("reuse under %.0f%% and only %d of the %d sentences it reuses verbatim: written separately from common facts (a statement, papers or a release), paraphrasing them and sharing a formula, not from that version", 100*ParaphraseReuse, a.verbatim, a.reused))
		default:
			why = append(why, fmt.Sprintf("reuse under %.0f%%, none of its narration verbatim and under %.0f%% of its sentences in the source's order of facts: written separately from common facts (a statement, papers or a release), not from that version", 100*ParaphraseReuse, 100*TranslationReuse))
		}
	}
	if x.wire && l.parent >= 0 {
		why = append(why, "a later take of the wire story")
	}
	tx, tp := x.fp.Published, time.Time{}
	if l.parent >= 0 {
		tp = vs[l.parent].fp.Published
	}
	if l.parent >= 0 && (tx.IsZero() || tp.IsZero() || sameDayOnly(tx, tp)) {
		switch {
		case vs[l.parent].wire && !x.wire:
			why = append(why, "direction inferred: wire copy is the source of its clients' versions")
		case !tx.IsZero() && !tp.IsZero():
			why = append(why, fmt.Sprintf("published the same day, given without a time of day: direction inferred from containment (the others are on average %.0f%% contained in %s, %.0f%% in this one)",
				100*vs[l.parent].centreOf(), versionName(vs[l.parent].art), 100*x.centreOf()))
		default:
			why = append(why, fmt.Sprintf("no publication time for both: direction inferred from containment (the others are on average %.0f%% contained in %s, %.0f%% in this one)",
				100*vs[l.parent].centreOf(), versionName(vs[l.parent].art), 100*x.centreOf()))
		}
	}
	return strings.Join(why, "; ")
}

// lexicalEvidence says how a same-language version's reuse was measured
// and what shows it took the source's telling.
func lexicalEvidence(a alignment, srcName string) string {
	added := 0
	if a.wholly != nil {
		added = a.wholly.added // said by modelEvidence
	}
	ev := fmt.Sprintf("reuse %.0f%%: %d of its %d sentences come from %s (%d verbatim or cut, at least %.0f%% of their words in the aligned source sentence; %d reworded with the same facts, at least %.0f%% of their weighted content words in one source sentence or two adjacent ones and no name or number the source lacks)",
		100*a.reuse(), a.reused, a.sents, srcName, a.verbatim, 100*VerbatimCover, a.reused-a.verbatim-added, 100*SentenceCover)
	if a.newFacts > 0 {
		ev += fmt.Sprintf("; %d more reworded but adding names or numbers, not counted as aligned", a.newFacts)
	}
	if a.quotesReused > 0 {
		ev += fmt.Sprintf("; %d of the %d are quotations (weak evidence: reports of one statement quote it alike)", a.quotesReused, a.reused)
	}
	return ev + fmt.Sprintf("; its own telling: %d unquoted sentences aligned, %d sharing a run of %d words outside quotation marks, %.0f%% of its sentences unquoted and in the source's order of names and numbers",
		a.narrative, a.runs, NarrativeRun, 100*a.ordered) + modelEvidence(a)
}

// langName names a version's language for evidence.
func langName(v *version) string {
	switch {
	case v.fp.Language != "":
		return v.fp.Language
	case v.cjk:
		return "CJK script"
	}
	return "unknown (Latin script)"
}

// sameDayOnly reports whether two publication times are of one day and
// one of them is that day without a time of day: publication does not
// order them.
func sameDayOnly(a, b time.Time) bool {
	return !a.IsZero() && !b.IsZero() && (dateOnly(a) || dateOnly(b)) && crosswire.ComparePublished(a, b) == 0
}

// pubString is a publication time in evidence text: "2025-05-06 09:00
// UTC", or "2025-05-06" for a day without a time of day.
func pubString(t time.Time) string {
	if dateOnly(t) {
		return t.UTC().Format(time.DateOnly)
	}
	return t.UTC().Format("2006-01-02 15:04 MST")
}

// timeGap says how long after (or before) from the version at to was
// published: "2h after", "3d before"; "" when either time is unknown.
func timeGap(from, to time.Time) string {
	if from.IsZero() || to.IsZero() {
		return ""
	}
	if dateOnly(from) || dateOnly(to) {
		// a day without a time of day: the gap is in days, none within it
		d := crosswire.DayGap(from, to)
		switch {
		case d > 0:
			return fmt.Sprintf("%dd after", d)
		case d < 0:
			return fmt.Sprintf("%dd before", -d)
		}
		return ""
	}
	d := to.Sub(from)
	rel := "after"
	if d < 0 {
		d, rel = -d, "before"
	}
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%dm %s", int(d.Minutes()), rel)
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh %s", int(d.Hours()), rel)
	}
	return fmt.Sprintf("%dd %s", int(d.Hours()/24), rel)
}

// versionName names a version in evidence text the way an analyst knows
// it: by outlet, else by the base name of its source ("stdin" for "-",
// "stdin#3" for a JSONL line read from it), else by a short ID.
func versionName(a crosswire.Article) string {
	switch {
	case a.Outlet != "":
		return "the " + a.Outlet + " version"
	case a.Source == "-" || strings.HasPrefix(a.Source, "-#"):
		return "stdin" + a.Source[1:]
	case a.Source != "":
		return filepath.Base(a.Source)
	}
	return shortID(a.ID)
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:12] + "…"
	}
	return id
}

// Lineage sets the roles of articles given as the versions of one story,
// without partitioning them: for a caller that knows its story (a labelled
// benchmark, a user's own grouping). The articles are taken in ID order,
// so the result does not depend on input order; anchors weigh alike.
func (g *Grouper) Lineage(ctx context.Context, articles []crosswire.Article) (crosswire.Story, error) {
	if len(articles) == 0 {
		return crosswire.Story{}, nil
	}
	arts, fps, _, err := g.prepare(ctx, articles, nil)
	if err != nil {
		return crosswire.Story{}, err
	}
	members := make([]int, len(arts))
	for i := range members {
		members[i] = i
	}
	st := assignRoles(arts, fps, members, func(uint32) float64 { return 1 })
	st.ID = StoryID(fps[0].ID)
	return st, nil
}
