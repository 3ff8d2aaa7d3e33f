package group

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"

	"crosswire"
)

// Takes of one wire story. An agency files a story as takes: a first take
// (page 1) and its continuation pages (page 2, 3…), then, as the story
// moves, substitutes, new leads, night leads and corrections that replace
// or update it, each of them paged too. Every take carries the story's
// catchline (slug) in its header, and the desk keeps one slug per story of
// the day precisely so that a client knows which story a substitute
// replaces and which take a page continues; a second story on the same
// subject gets a slug of its own ("X Profile", "X Factfile"). Continuation
// pages share little with the page they continue — another part of the
// text, seldom the names of its lead, no headline, no byline — and a new
// lead rewrites the top, so neither wording nor anchors reliably join
// them; the header does.
//
// The rules, for takes of one agency on one desk, both with a filing time
// (wireParent, wirePackage):
//   - a continuation page (page ≥ 2) continues the latest take of its slug
//     (case and spacing ignored) filed before it with the same version
//     word and a lower page, filed within WirePageHours: pages are sent as
//     the take is written, minutes to an hour or two apart, within one
//     writer's shift;
//   - a version take (substitute, new lead, night lead, correction…)
//     replaces the latest take of its slug filed before it on the same day
//     (UTC: a stored fingerprint keeps the instant, not the header's zone),
//     or across midnight within WirePageHours, and never more than
//     WireCycleHours before: substitutes and new leads come in the hours
//     after the take they replace, within one day's news cycle (first
//     takes filed overnight, substitutes through the day, night leads for
//     the next morning's papers), while a take of the slug a day later is
//     the next day's story — a follow-up, which must stay apart. A day,
//     not 24 hours: the next afternoon's substitute replaces the next
//     day's take, and when that take is missing (two articles checked
//     alone, a stream that has not received it) it must not settle on the
//     previous evening's pages, filed under 24 hours before it;
//   - takes filed together, within WirePackageMinutes, under slugs with
//     the same first word (a story and its factfile, "X" and "X Factfile";
//     two sidebars of one story) are one package, one story: a desk moves
//     a story's sidebars with it. Sidebars filed hours apart are joined,
//     or not, by what they say: by then the same first word is as often
//     another story on the same subject;
//   - a plain first take (page 1, no version word) filed on the day of an
//     earlier take of its slug joins it: the desk keeps one slug per story
//     of the day, so a second first take under the day's slug (a late
//     write-through filed without a version word) is the day's story; on
//     another day it opens a story. Two takes of one slug that these rules
//     do not relate are, by the agency's own account, two stories (a fresh
//     story under the catchline, typically the next day's): their shared
//     names and numbers — which a follow-up shares by nature — do not join
//     them, only copied wording does (Index.verify; pairScore.sameSlug).
//
// "Latest" matters: a substitute filed in the afternoon replaces that
// morning's take, not the previous evening's story under the same slug
// that the day's first take followed up. Each take joins its parent as a
// shingle edge does (the whole story, not a best match), and papers'
// versions then join the story through their wording and anchors, as
// before. The text must not contradict the header: a take with names and
// numbers of its own that shares none of them, and no wording, with any
// take its header may relate it to (the earlier pages of its take, the
// takes it may replace) is not joined (wireContent): page 3 may share
// nothing with page 2, but shares a name with page 1.

// Windows of the wire rules (see above).
const (
	// WirePageHours bounds the filing-time gap between a continuation page
	// and the take it continues.
	WirePageHours = 6
	// WireCycleHours bounds the gap between a version take (substitute,
	// new lead, correction) and the take it replaces: one day's news
	// cycle.
	WireCycleHours = 24
	// WirePackageMinutes bounds the gap between takes filed together as
	// one package (a story and its sidebars).
	WirePackageMinutes = 15
)

// WireTake is what grouping reads of one take of agency wire copy (see
// crosswire.Wire): keys of its slug and agency, its version, page and
// filing time.
type WireTake struct {
	// Slug is a key of the desk and the catchline, case and spacing
	// ignored; never 0.
	Slug uint32
	// Head is a key of the desk and the catchline's first word; never 0.
	Head uint32
	// Agency is a key of the agency (the byline's, else the article's
	// outlet), 0 when unknown: continuation pages carry no byline.
	Agency uint32
	// Version is a key of the version word(s), 0 for a first take.
	Version uint32
	// Page is the page number, 0 when the header gives none.
	Page int
	// Filed is the header's time stamp, zero when unknown.
	Filed time.Time
}

// newWireTake returns what grouping reads of an article's wire header, nil
// when the article is no wire take or its header names no slug.
func newWireTake(a *crosswire.Article, outlet uint32) *WireTake {
	w := a.Wire
	if w == nil {
		return nil
	}
	slug := normWireWords(w.Slug)
	if slug == "" {
		return nil
	}
	desk := normWireWords(w.Desk) + "\x00"
	head, _, _ := strings.Cut(slug, " ")
	t := &WireTake{
		Slug:    wireKey(desk + slug),
		Head:    wireKey(desk + head),
		Agency:  outletKey(w.Agency),
		Version: wireKey(normWireWords(w.Version)),
		Page:    max(w.Page, 0),
	}
	if t.Agency == 0 {
		t.Agency = outlet
	}
	if w.Filed != nil {
		t.Filed = *w.Filed
	}
	return t
}

// normWireWords lower-cases s and joins its words with single spaces.
func normWireWords(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// wireKey is a non-zero key of a normalised string, 0 for "".
func wireKey(s string) uint32 {
	if s == "" {
		return 0
	}
	return uint32(xxhash.Sum64String(s)) | 1
}

// wireEntry is a wire take in an index.
type wireEntry struct {
	doc     uint32
	slug    uint32
	agency  uint32
	version uint32
	page    int32
	filed   int64 // Unix seconds
	// decided is true once the take's parent was found (a streaming
	// Index decides each take once, as the batch does: the latest parent,
	// joined when the content agrees).
	decided bool
}

// rank orders the takes filed in one minute: a first page before its
// continuation pages, a first take before its versions.
func (e *wireEntry) rank() int32 {
	r := max(e.page, 1)
	if e.version != 0 {
		r += 1 << 16
	}
	return r
}

// before reports whether a was filed before b (by time, then rank; equal
// otherwise).
func (a *wireEntry) before(b *wireEntry) bool {
	return a.filed < b.filed || a.filed == b.filed && a.rank() < b.rank()
}

// wireParent reports whether the earlier take a may be the one the take b
// continues or replaces (see the rule above); the caller picks the latest
// such a.
func wireParent(a, b *wireEntry) bool {
	if a.slug != b.slug || !sameAgency(a, b) || !a.before(b) {
		return false
	}
	gap := b.filed - a.filed
	switch {
	case b.page >= 2:
		return a.version == b.version && a.page < b.page && gap <= WirePageHours*3600
	case b.version != 0:
		return gap <= WireCycleHours*3600 && (sameWireDay(a, b) || gap <= WirePageHours*3600)
	}
	// a plain first take: another take of the day's story under its slug
	return sameWireDay(a, b)
}

// wirePageFallback reports whether take a is where continuation page b
// goes when none of the lower pages of its own version is in the
// collection (a story's files without the new lead's first page, a stream
// that never received it): the latest take of its slug filed before it on
// its day (or across midnight within WirePageHours), as a version take
// joins one. A page continues some take of its slug, and the desk keeps
// one slug per story of the day: every other take of the slug on that day
// (first takes, substitutes, new leads) is the day's story, so without its
// first page a page is read as a version take of the day. Without this a
// page whose first page is missing was a wire story of its own that the
// slug rule (pairScore.sameSlug) and the wire guard then kept apart from
// its day's story for good.
func wirePageFallback(a, b *wireEntry) bool {
	if b.page < 2 || a.slug != b.slug || !sameAgency(a, b) || !a.before(b) {
		return false
	}
	gap := b.filed - a.filed
	return gap <= WireCycleHours*3600 && (sameWireDay(a, b) || gap <= WirePageHours*3600)
}

// sameWireDay reports whether two takes were filed on one day (UTC: a
// stored fingerprint keeps the instant, not the header's zone; the
// overnight first takes of a UK agency fall on their day in either).
func sameWireDay(a, b *wireEntry) bool {
	return a.filed/86400 == b.filed/86400
}

// sameAgency reports whether two takes may come from one agency: their
// agencies are equal or one is unknown (continuation pages carry no
// byline).
func sameAgency(a, b *wireEntry) bool {
	return a.agency == 0 || b.agency == 0 || a.agency == b.agency
}

// wirePackage reports whether two takes under slugs with the same first
// word were filed together, as one package (see above).
func wirePackage(a, b *wireEntry) bool {
	gap := max(a.filed-b.filed, b.filed-a.filed)
	return sameAgency(a, b) && gap <= WirePackageMinutes*60
}

// sameSlug reports whether docs a and b are takes of one slug and agency
// (pairScore.sameSlug).
func (ix *Index) sameSlug(a, b uint32) bool {
	ea, eb := ix.wireOf[a], ix.wireOf[b]
	if ea == 0 || eb == 0 {
		return false
	}
	x, y := &ix.wire[ea-1], &ix.wire[eb-1]
	return x.slug == y.slug && sameAgency(x, y)
}

// later reports whether take a is a later parent than take b: filed later,
// then ranked later, then the larger ID (a fixed order whatever the input
// order).
func (ix *Index) laterTake(a, b *wireEntry) bool {
	if a.filed != b.filed || a.rank() != b.rank() {
		return b.before(a)
	}
	return ix.docID(a.doc) > ix.docID(b.doc)
}

// addWire records doc's wire take (when it has a slug and a filing time);
// every doc gets its wireOf entry.
func (ix *Index) addWire(doc uint32, t *WireTake) {
	if t == nil || t.Filed.IsZero() {
		ix.wireOf = append(ix.wireOf, 0)
		return
	}
	e := uint32(len(ix.wire))
	ix.wire = append(ix.wire, wireEntry{doc: doc, slug: t.Slug, agency: t.Agency, version: t.Version,
		page: int32(min(t.Page, 1<<15)), filed: t.Filed.Unix()})
	ix.wireOf = append(ix.wireOf, e+1)
	ix.wireHeads = append(ix.wireHeads, t.Head)
	ix.wireNext = append(ix.wireNext, ix.wireTab.push(ix.wireHeads, e))
}

// wireContent reports whether two takes' texts do not contradict their
// headers: they share an anchor (a name, number or date; the kept anchors
// in a streaming Index) or some wording (estimated Jaccard ≥ 0.05, the
// floor of the excerpt rule), or one of them has too few anchors to tell
// (fewer than MinSharedAnchors: a short page of quotes or colour names
// nobody, and the header is all there is). Two pages of one take name the
// story's people, place or sums, if only its subject; a take with names
// and numbers of its own that shares none of them, and no wording, with
// the takes its header relates it to is another story under a reused
// slug, or a garbled header. Cheap: one merge of two sorted lists and one
// pass over two sketches.
func (ix *Index) wireContent(a, b uint32) bool {
	A, B := ix.anchorList(a), ix.anchorList(b)
	if len(A) < MinSharedAnchors || len(B) < MinSharedAnchors {
		return true
	}
	shared := false
	forShared(A, B, func(int, int) bool { shared = true; return false })
	return shared || ix.jaccard(a, b) >= 0.05
}

// joinWire joins the new take at entry e (streaming): to the latest
// earlier take it continues or replaces, to the takes indexed before it
// but filed after it that have no parent yet and continue or replace it,
// and to the takes of its package. Chains (one per first slug word) are
// walked newest first, at most walkCap entries. It returns the docs to
// join.
func (ix *Index) joinWire(e uint32) []uint32 {
	x := &ix.wire[e]
	best, fallback := -1, -1
	agree, fbAgree := false, false // x's text agrees with one of its possible parents
	var late, joined []uint32
	nx := ix.wireNext[e]
	for n := 0; nx != 0 && n < walkCap; n++ {
		o := nx - 1
		nx = ix.wireNext[o]
		y := &ix.wire[o]
		switch {
		case wireParent(y, x):
			if best < 0 || ix.laterTake(y, &ix.wire[best]) {
				best = int(o)
			}
			agree = agree || ix.wireContent(x.doc, y.doc)
		case wirePageFallback(y, x):
			if fallback < 0 || ix.laterTake(y, &ix.wire[fallback]) {
				fallback = int(o)
			}
			fbAgree = fbAgree || ix.wireContent(x.doc, y.doc)
		case !y.decided && (wireParent(x, y) || wirePageFallback(x, y)):
			// a later-filed take without a parent yet; a page joined
			// by the fallback only stays undecided: its own first
			// page may still arrive, and both are the day's story
			late = append(late, o)
		}
		if wirePackage(x, y) && ix.wireContent(x.doc, y.doc) {
			joined = append(joined, y.doc)
		}
	}
	if best >= 0 {
		x.decided = true
		if agree {
			joined = append(joined, ix.wire[best].doc)
		}
	} else if fallback >= 0 && fbAgree {
		joined = append(joined, ix.wire[fallback].doc)
	}
	for _, o := range late {
		y := &ix.wire[o]
		y.decided = y.decided || wireParent(x, y)
		if ix.wireContent(x.doc, y.doc) {
			joined = append(joined, y.doc)
		}
	}
	return joined
}

// wireEdges returns, for a batch, the pairs of docs the wire rules join:
// every take with its parent (the latest take it continues or replaces,
// whatever the input order) and the takes of each package.
func (ix *Index) wireEdges() [][2]uint32 {
	byHead := map[uint32][]uint32{}
	for e := range ix.wire {
		byHead[ix.wireHeads[e]] = append(byHead[ix.wireHeads[e]], uint32(e))
	}
	var out [][2]uint32
	add := func(a, b *wireEntry) {
		if ix.wireContent(a.doc, b.doc) {
			out = append(out, [2]uint32{a.doc, b.doc})
		}
	}
	for _, es := range byHead {
		if len(es) < 2 {
			continue
		}
		slices.SortFunc(es, func(a, b uint32) int {
			x, y := &ix.wire[a], &ix.wire[b]
			return cmp.Or(cmp.Compare(x.filed, y.filed), cmp.Compare(x.rank(), y.rank()),
				strings.Compare(ix.docID(x.doc), ix.docID(y.doc)))
		})
		for i := 1; i < len(es); i++ {
			b := &ix.wire[es[i]]
			parent, agree := -1, false
			fallback, fbAgree := -1, false // a page without its first page (wirePageFallback)
			for j := i - 1; j >= 0; j-- {
				a := &ix.wire[es[j]]
				if b.filed-a.filed > WireCycleHours*3600 {
					break
				}
				if wirePackage(a, b) {
					add(a, b)
				}
				if wireParent(a, b) {
					if parent < 0 {
						parent = j // the latest
					}
					agree = agree || ix.wireContent(a.doc, b.doc)
				} else if wirePageFallback(a, b) {
					if fallback < 0 {
						fallback = j
					}
					fbAgree = fbAgree || ix.wireContent(a.doc, b.doc)
				}
			}
			if parent < 0 {
				parent, agree = fallback, fbAgree
			}
			if parent >= 0 && agree {
				out = append(out, [2]uint32{ix.wire[es[parent]].doc, b.doc})
			}
		}
	}
	return out
}

// Wire stories kept apart. Two takes of one slug and agency that the
// header rules leave apart are two stories by the agency's own account
// (the next day's take under the slug; see above), and the pair rules
// never join them by anchors (pairScore.sameSlug). But a story is a
// connected component: the next morning's take, which repeats the
// evening's paragraphs as background, matches the evening's papers as well
// as the evening's takes do, and one anchor edge from it to one of those
// papers joined the two days. So the batch's anchor edges respect the
// takes' stories: an anchor edge that would put into one story two takes
// of one slug and agency that the wire rules (and copied wording) left in
// different stories does not join, and the article joins its best match
// that does not (wireGuard). Story cores keep the same rule
// (sameSlugTakes).

// wireGuard tracks, for every story of a batch holding wire takes, its
// takes' slugs and agencies and the wire story each take belongs to (its
// story after the wire and shingle edges, before anchor edges).
type wireGuard struct {
	ix    *Index
	takes map[uint32][]guardTake // story root → its takes
	// stories holds, for each wire story of a slug with two or more,
	// its anchors (the union of its takes': one text filed in parts)
	// and its first filing time, by its root (guardTake.story)
	stories map[uint32]*guardStory
	// bySlug lists them by slug, the earliest filed first (then by ID):
	// choose compares an article with the stories of one slug in a fixed
	// order, whatever the input order
	bySlug map[uint32][]*guardStory
}

// guardStory is a wire story of a slug that has others (see choose).
type guardStory struct {
	anchors []uint32 // sorted
	filed   int64
	doc     uint32      // one of its takes
	takes   []guardTake // its takes' slugs and agencies
}

// guardTake is one wire take of a story: its slug and agency keys and the
// root of its wire story.
type guardTake struct {
	slug, agency, story uint32
}

// newWireGuard returns the guard of the index's current stories, nil for
// a batch without wire takes. When no slug has takes in two stories there
// is nothing to keep apart (apart is always false), and the guard only
// serves joinClients.
func (ix *Index) newWireGuard() *wireGuard {
	if len(ix.wire) == 0 {
		return nil
	}
	g := &wireGuard{ix: ix, takes: map[uint32][]guardTake{}}
	storyOf := map[uint32]uint32{} // slug → a wire story with takes of it
	split := false
	for i := range ix.wire {
		e := &ix.wire[i]
		r := ix.find(e.doc)
		g.takes[r] = append(g.takes[r], guardTake{slug: e.slug, agency: e.agency, story: r})
		if s, ok := storyOf[e.slug]; ok && s != r {
			split = true
		}
		storyOf[e.slug] = r
	}
	if !split {
		return g // nothing to keep apart; clients still join their wire story
	}
	// the wire stories of the slugs that have two or more
	count := map[uint32]map[uint32]bool{}
	for i := range ix.wire {
		e := &ix.wire[i]
		if count[e.slug] == nil {
			count[e.slug] = map[uint32]bool{}
		}
		count[e.slug][ix.find(e.doc)] = true
	}
	g.stories = map[uint32]*guardStory{}
	for i := range ix.wire {
		e := &ix.wire[i]
		if len(count[e.slug]) < 2 {
			continue
		}
		r := ix.find(e.doc)
		st := g.stories[r]
		if st == nil {
			st = &guardStory{filed: e.filed, doc: e.doc}
			g.stories[r] = st
		}
		st.filed = min(st.filed, e.filed)
		st.takes = append(st.takes, guardTake{slug: e.slug, agency: e.agency, story: r})
		st.anchors = append(st.anchors, ix.anchorList(e.doc)...)
	}
	g.bySlug = map[uint32][]*guardStory{}
	for _, st := range g.stories {
		slices.Sort(st.anchors)
		st.anchors = slices.Compact(st.anchors)
		for i, t := range st.takes {
			if !slices.ContainsFunc(st.takes[:i], func(u guardTake) bool { return u.slug == t.slug }) {
				g.bySlug[t.slug] = append(g.bySlug[t.slug], st)
			}
		}
	}
	for _, l := range g.bySlug {
		slices.SortFunc(l, func(a, b *guardStory) int {
			return cmp.Or(cmp.Compare(a.filed, b.filed), strings.Compare(ix.docID(a.doc), ix.docID(b.doc)))
		})
	}
	return g
}

// choose returns the doc an article without wire takes joins when its
// anchor match is in the story rooted at r: the match itself (to), or a
// take of another wire story of a slug the story holds. The next day's
// take under a slug repeats the previous day's story as background, so an
// article made from the previous day's story matches both; which one it
// is a version of is told by the facts it carries that only one of them
// has (a different-day follow-up brings new names, numbers and dates).
// Among the wire stories of the slug, the article goes to the one whose
// own anchors (not in the other) it shares the most weight of, the
// earlier one on a tie — with none of the later story's own facts, what
// the article shares with it is the earlier story's.
func (g *wireGuard) choose(doc, to, r uint32) uint32 {
	if len(g.stories) == 0 {
		return to
	}
	A := g.ix.anchorList(doc)
	var L []uint32 // the article's lead (batch), whose news it leads with
	if g.ix.keepFull && int(doc) < len(g.ix.leads) {
		L = g.ix.leads[doc].anchors
	}
	best := to
	for _, x := range g.takes[r] {
		cur := g.stories[x.story]
		if cur == nil {
			continue
		}
		for _, y := range g.bySlug[x.slug] {
			if y == cur || !g.sameSlugStories(x, y) {
				continue
			}
			// the facts of its lead that only one day has tell the day
			// whose news it leads with (leadwho.go); without any, the
			// facts of the whole article
			own, other := g.ownWeights(L, cur.anchors, y.anchors)
			if own != other {
				if other > own {
					best, cur = y.doc, y
				}
				continue
			}
			own, other = g.ownWeights(A, cur.anchors, y.anchors)
			if other > own || other == own && y.filed < cur.filed {
				best, cur = y.doc, y
			}
		}
	}
	return best
}

// sameSlugStories reports whether wire story y holds a take of x's slug
// and agency.
func (g *wireGuard) sameSlugStories(x guardTake, y *guardStory) bool {
	for _, t := range y.takes {
		if t.slug == x.slug && (x.agency == 0 || t.agency == 0 || x.agency == t.agency) {
			return true
		}
	}
	return false
}

// ownWeights returns the weight of the anchors of A that are in X and not
// in Y, and in Y and not in X.
func (g *wireGuard) ownWeights(A, X, Y []uint32) (inX, inY float64) {
	for _, a := range A {
		_, x := slices.BinarySearch(X, a)
		_, y := slices.BinarySearch(Y, a)
		switch {
		case x && !y:
			inX += g.ix.weight(a)
		case y && !x:
			inY += g.ix.weight(a)
		}
	}
	return inX, inY
}

// apart reports whether the stories rooted at ra and rb hold takes of one
// slug and agency from different wire stories.
func (g *wireGuard) apart(ra, rb uint32) bool {
	if ra == rb || g.stories == nil {
		return false
	}
	for _, x := range g.takes[ra] {
		for _, y := range g.takes[rb] {
			if x.slug == y.slug && x.story != y.story && (x.agency == 0 || y.agency == 0 || x.agency == y.agency) {
				return true
			}
		}
	}
	return false
}

// join joins the stories of docs a and b, carrying their takes to the new
// root.
func (g *wireGuard) join(a, b uint32) {
	ra, rb := g.ix.find(a), g.ix.find(b)
	if ra == rb {
		return
	}
	g.ix.union(a, b)
	r := g.ix.find(a)
	t := append(g.takes[ra], g.takes[rb]...)
	delete(g.takes, ra)
	delete(g.takes, rb)
	if len(t) > 0 {
		g.takes[r] = t
	}
}

// guardPick is an anchor edge seen from one of its articles.
type guardPick struct {
	from, to uint32
	cos      float64
}

// joinGuardedAnchorEdges is joinBestAnchorEdges under a wire guard: the
// edges are taken from the highest cosine down (ties by the articles'
// IDs), and each article joins by the first of its edges whose stories the
// guard does not keep apart at that moment. Without conflicts it joins
// what joinBestAnchorEdges joins: every article with its best match.
func (ix *Index) joinGuardedAnchorEdges(g *wireGuard) {
	all := make([]guardPick, 0, 2*len(ix.anchorEdges))
	for _, e := range ix.anchorEdges {
		all = append(all, guardPick{e.a, e.b, ix.rankFor(e, e.a)}, guardPick{e.b, e.a, ix.rankFor(e, e.b)})
	}
	slices.SortFunc(all, func(x, y guardPick) int {
		return cmp.Or(cmp.Compare(y.cos, x.cos), strings.Compare(ix.docID(x.from), ix.docID(y.from)),
			strings.Compare(ix.docID(x.to), ix.docID(y.to)))
	})
	done := make([]bool, ix.n)
	for _, p := range all {
		rf, rt := ix.find(p.from), ix.find(p.to)
		if done[p.from] || g.apart(rf, rt) {
			continue
		}
		if ix.bridges(p.from, p.to) {
			done[p.from] = true // its best match is another story's version
			continue
		}
		to := p.to
		switch wf, wt := len(g.takes[rf]) > 0, len(g.takes[rt]) > 0; {
		case !wf && wt:
			// an article without takes: which wire story of the slug
			to = g.choose(p.from, p.to, rt)
		case wf && !wt && ix.find(g.choose(p.to, p.from, rf)) != rf:
			// a take's match that is another wire story's version
			continue
		}
		done[p.from] = true
		g.join(p.from, to)
	}
	ix.joinClients(g, all)
	ix.joinParallelAnchorEdges()
	ix.anchorEdges = nil
}

// Clients' versions that chose each other. A paper's version of a wire
// story often resembles another paper's version more than the take: both
// rewrote it for readers, kept the same few facts in the same order and
// left out the same pages. Two such papers pick each other as best match
// and, joined only to their best, form a story of their own next to the
// wire story that each of them matches by the pair rules too (a 1-nearest-
// neighbour graph isolates mutual pairs). So, after the best edges, each
// story without a wire take that holds a verified anchor edge (the pair
// rules, not a lower bar) to a story with takes joins the story of its
// best such edge, and by choose the wire story of the slug whose own facts
// it carries. Decided for every such story against the stories of the
// best edges at once, one edge each, and a wire story never joins another
// by it: no chain forms, and two wire stories stay apart as before. A
// batch without wire takes is not touched.

// joinClients joins each story without takes to the story with takes of
// its best verified anchor edge; all is the batch's anchor edges, best
// first (joinGuardedAnchorEdges).
func (ix *Index) joinClients(g *wireGuard, all []guardPick) {
	type decision struct{ from, to uint32 }
	var out []decision
	seen := map[uint32]bool{}
	for _, p := range all {
		rf, rt := ix.find(p.from), ix.find(p.to)
		if rf == rt || seen[rf] || len(g.takes[rf]) > 0 || len(g.takes[rt]) == 0 {
			continue
		}
		seen[rf] = true
		out = append(out, decision{p.from, g.choose(p.from, p.to, rt)})
	}
	for _, d := range out {
		g.join(d.from, d.to)
	}
}
