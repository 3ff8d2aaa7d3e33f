// Package group partitions articles into stories — the versions of one
// report — and says how each version relates to the story's original:
// copy, excerpt, rewrite or translation.
//
// Two signals find versions. Word shingles with MinHash signatures and LSH
// banding find copies, abridgements and excerpts, which share wording.
// Rewrites and translations share almost no wording (a reworded rewrite
// ~10-15% of 5-word shingles, a translation under 5%), but keep the
// language-stable facts: names, numbers, dates, quotations. An inverted
// index over those anchors, IDF-weighted, finds them; a documented
// verification score (Index.verify) decides every candidate pair, and
// stories are the connected components of the verified pairs. See
// README.md for the method and parameters and NOTEBOOK.md for the measurements.
package group

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"crosswire"
)

// Options configures a Grouper. The zero value is the default.
type Options struct {
	// Workers is the number of goroutines fingerprinting articles,
	// verifying candidate pairs and matching story cores; 0 means
	// GOMAXPROCS.
	Workers int
	// Sketched verifies anchor candidates on the index's bottom-k anchor
	// sketches, as a streaming Index does, instead of on every anchor of
	// both articles (the default: a batch holds all fingerprints anyway).
	Sketched bool
	// AnchorCosine overrides the anchor cosine threshold when not 0
	// (experiments; see IndexOptions.AnchorCosine).
	AnchorCosine float64
	// Background gives the frequencies of a reference corpus that the
	// batch's own are blended with (see Background): nil is
	// DefaultBackground(), NoBackground() the batch's counts alone.
	Background *Background
	// boundCheck, when set (tests only), makes the details' pass verify
	// every pair its cosine bounds leave unverified and report each with
	// whether the two verifies would have joined it (detailbound.go: the
	// bounds are exact only while every rule asks the low cosine floor or
	// none).
	boundCheck func(a, b uint32, joined bool)
}

// Grouper groups a batch of articles into stories. It implements
// crosswire.Grouper.
type Grouper struct {
	opts Options
}

var _ crosswire.Grouper = (*Grouper)(nil)

// New returns a Grouper.
func New(opts Options) *Grouper {
	return &Grouper{opts: opts}
}

// Group partitions the articles into stories and sets each article's Role,
// DerivedFrom and Evidence. Every article is in exactly one story;
// singletons are stories of one original. The articles are indexed in ID
// order with the batch's anchor frequencies frozen, so the result does not
// depend on input order. Stories come back ordered by ID.
func (g *Grouper) Group(ctx context.Context, articles []crosswire.Article) ([]crosswire.Story, error) {
	return g.groupWith(ctx, articles, nil)
}

// Frequencies are the anchor document frequencies of a collection: DF
// maps an anchor fingerprint (Fingerprint.Anchors) to the number of the
// collection's articles that have it, N is the number of articles. Words,
// when not nil, maps each topic word (NewFingerprintWords) to the number
// of articles that have it (AddWords; see collection.go).
type Frequencies struct {
	DF    map[uint32]int32
	N     int
	Words map[uint32]int32
}

// Add counts the anchors of one more article of the collection.
func (f *Frequencies) Add(fp *Fingerprint) {
	if f.DF == nil {
		f.DF = make(map[uint32]int32)
	}
	for _, a := range fp.Anchors {
		f.DF[a]++
	}
	f.N++
}

// GroupWith groups a part of a larger collection exactly as Group groups
// the whole, for incremental analysis: anchors are weighed with freq, the
// frequencies of the whole collection (which must count these articles
// too), instead of the part's own, and topic words with freq.Words (the
// part's own counts when nil). Grouping the union of some stories of
// a collection with GroupWith gives those stories as Group on the whole
// would, up to the candidate walks Group caps per chain (walkCap), which
// only a collection-wide pass reproduces.
func (g *Grouper) GroupWith(ctx context.Context, articles []crosswire.Article, freq Frequencies) ([]crosswire.Story, error) {
	return g.groupWith(ctx, articles, &freq)
}

// groupWith sorts and fingerprints the articles, partitions them with the
// anchor frequencies of freq (of the articles themselves when nil) and
// assigns each story's roles.
func (g *Grouper) groupWith(ctx context.Context, articles []crosswire.Article, freq *Frequencies) ([]crosswire.Story, error) {
	words := newTopicInput(len(articles))
	arts, fps, _, err := g.prepare(ctx, articles, words)
	if err != nil {
		return nil, err
	}
	if freq == nil {
		freq = batchFrequencies(fps)
	}
	ix, roots, docs, err := g.partition(ctx, fps, *freq, words, true)
	if err != nil {
		return nil, err
	}
	members := make(map[uint32][]int)
	var order []uint32
	for i, r := range roots {
		if _, ok := members[r]; !ok {
			order = append(order, r)
		}
		members[r] = append(members[r], i)
	}
	stories := make([]crosswire.Story, 0, len(order))
	storyOf := make(map[uint32]string, len(order))
	for _, r := range order {
		m := members[r]
		st := assignRoles(arts, fps, m, ix.weight)
		st.ID = StoryID(fps[m[0]].ID) // arts are in ID order
		storyOf[r] = st.ID
		stories = append(stories, st)
	}
	related := relatedStories(ix, docRoots(docs, roots), storyOf)
	for i := range stories {
		stories[i].Related = related[stories[i].ID]
	}
	slices.SortFunc(stories, func(a, b crosswire.Story) int { return strings.Compare(a.ID, b.ID) })
	return stories, nil
}

// Clusters is what Partition returns.
type Clusters struct {
	// StoryOf is each article's story ID, in input order.
	StoryOf []string
	// IndexBytes is the memory the batch's index held (see Index.Bytes);
	// the batch also holds every article's Fingerprint while it groups.
	IndexBytes int
}

// Partition groups the articles into stories as Group does, without
// assigning roles. It is the clustering alone (fingerprints, index,
// verification, story cores), what the grouping benchmark measures.
func (g *Grouper) Partition(ctx context.Context, articles []crosswire.Article) (Clusters, error) {
	words := newTopicInput(len(articles))
	_, fps, perm, err := g.prepare(ctx, articles, words)
	if err != nil {
		return Clusters{}, err
	}
	ix, roots, _, err := g.partition(ctx, fps, *batchFrequencies(fps), words, false)
	if err != nil {
		return Clusters{}, err
	}
	minID := make(map[uint32]string)
	for k, r := range roots {
		if _, ok := minID[r]; !ok {
			minID[r] = fps[k].ID // in ID order
		}
	}
	out := Clusters{StoryOf: make([]string, len(articles)), IndexBytes: ix.Bytes()}
	for k, r := range roots {
		out.StoryOf[perm[k]] = StoryID(minID[r])
	}
	return out, nil
}

// prepare sorts a copy of the articles by ID (then hash, title and text,
// so that articles repeating an ID come in an order of their own, not the
// input's) and fingerprints them in parallel. perm[k] is the input index
// of sorted article k. An article without an ID gets the fingerprint ID
// "\x00#k", which no real ID repeats.
func (g *Grouper) prepare(ctx context.Context, articles []crosswire.Article, words *topicInput) (arts []crosswire.Article, fps []*Fingerprint, perm []int, err error) {
	perm = make([]int, len(articles))
	for i := range perm {
		perm[i] = i
	}
	slices.SortStableFunc(perm, func(i, j int) int {
		a, b := &articles[i], &articles[j]
		if c := strings.Compare(a.ID, b.ID); c != 0 {
			return c // the usual case: texts are compared only for a repeated ID
		}
		return cmp.Or(strings.Compare(a.Hash, b.Hash), strings.Compare(a.Title, b.Title), strings.Compare(a.Text, b.Text))
	})
	arts = make([]crosswire.Article, len(articles))
	for k, i := range perm {
		arts[k] = articles[i]
	}
	fps, err = g.fingerprints(ctx, arts, words)
	if words != nil {
		words.arts = arts // for the places of parallel texts, read when needed
	}
	if err != nil {
		return nil, nil, nil, err
	}
	for k, f := range fps {
		if f.ID == "" {
			f.ID = "\x00#" + strconv.Itoa(k)
		}
	}
	return arts, fps, perm, nil
}

// batchFrequencies counts the anchors of the fingerprinted articles,
// sorted by ID; an ID repeated counts once, as the index keeps it once.
func batchFrequencies(fps []*Fingerprint) *Frequencies {
	f := &Frequencies{DF: make(map[uint32]int32, len(fps)*16)}
	for k, fp := range fps {
		if k > 0 && fp.ID == fps[k-1].ID {
			continue
		}
		f.Add(fp)
	}
	return f
}

// partition indexes fingerprinted articles, sorted by ID, with the anchor
// frequencies frozen to freq, joins each to its best anchor match, joins
// lone articles to story cores and merges stories whose cores match. It
// returns the index, each article's story root and each article's doc
// number in the index. With related, the index also collects the pairs
// of one affair for relatedStories.
func (g *Grouper) partition(ctx context.Context, fps []*Fingerprint, freq Frequencies, words *topicInput, related bool) (*Index, []uint32, []uint32, error) {
	ix := NewIndex(IndexOptions{Capacity: len(fps), AnchorCosine: g.opts.AnchorCosine, Background: g.opts.Background})
	ix.freeze(freq)
	if words != nil {
		// docs are numbered in order, one per distinct ID (fps are
		// sorted by ID, a repeated ID is one doc)
		var byDoc [][]uint32
		var artDoc []*crosswire.Article
		for k := range fps {
			if k == 0 || fps[k].ID != fps[k-1].ID {
				byDoc = append(byDoc, words.words[k])
				if words.arts != nil {
					artDoc = append(artDoc, &words.arts[k])
				}
			}
		}
		ix.topics = newTopicsIn(byDoc, artDoc, ix.bg, g.workers(len(byDoc)), &freq)
		ix.topics.names = words.namesByDoc(fps)
		ix.weighUnvouched(fps)
	}
	ix.keepFull = !g.opts.Sketched
	ix.boundCheck = g.opts.boundCheck
	ix.related = related
	if ix.keepFull {
		ix.keep = math.MaxInt
	}
	w := g.workers(len(fps))
	docs, err := ix.insertBatch(ctx, fps, w)
	if err != nil {
		return nil, nil, nil, err
	}
	ix.cjkNameEdges()    // Chinese reports that share names in characters (zhnames.go)
	ix.soundNameEdges(w) // a Chinese report and another naming one name by sound (crossscript.go)
	var briefs []runEdge
	var runCount []int // narrative runs by doc: how short a lone article is (named.go)
	if ix.keepFull {
		// briefs that keep a longer text's wording (runs.go)
		runs := docRuns(fps)
		briefs = ix.runEdges(runs)
		// docRuns gives one entry a doc, in doc order (a repeated ID is
		// one doc), as runEdges reads it
		runCount = make([]int, len(runs))
		for d, r := range runs {
			runCount[d] = len(r)
		}
	}
	// the wire takes' stories first: anchor edges may not join two of
	// one slug (wireGuard)
	for _, e := range ix.wireEdges() {
		ix.unionWorded(e[0], e[1])
	}
	for _, e := range ix.undatedWireEdges(fps, docs) { // takes of one slug with no time (wireundated.go)
		ix.union(e[0], e[1])
	}
	edges := ix.anchorEdges // dropped by joinBestAnchorEdges, read again by joinCopyEdges
	ix.joinBestAnchorEdges(ix.newWireGuard())
	ix.joinSupported(edges) // stories that two or more of each other's reports verify with (support.go)
	ix.joinLoneQuoted()     // undated lone articles with their late pair, before the cores (quoted.go)
	var verified []anchorEdge
	if len(ix.thinEdges) > 0 {
		verified = slices.Clone(edges) // copyEdges compacts edges in place
	}
	copies := ix.copyEdges(edges)
	// an ID repeated is one article (the index keeps the first): the
	// story cores see each doc once; doc numbers are given in order
	var ufps []*Fingerprint
	var first []uint32
	var cjk []bool
	for i, d := range docs {
		if int(d) == len(ufps) {
			ufps = append(ufps, fps[i])
			first = append(first, ix.find(d))
			cjk = append(cjk, ix.cjk[d])
		}
	}
	thin := ix.thinEdges              // read by joinThinSupported, then by joinLoneThin
	angled := make([]bool, len(ufps)) // angle pieces: members, not part of a core (angle.go)
	merged := mergeCores(ix, ufps, joinCores(ix, ufps, first, cjk, w, angled), cjk, w, angled)
	final := ix.joinQuoted(ix.joinLoneClients(ix.joinBriefs(joinByDetails(ix, rareByStories(ix, joinCopyEdges(ix, copies, joinThinSupported(ix, verified, rejoinLone(ix, ufps, first, merged, cjk, w, angled))))), briefs)))
	final = ix.joinLoneThin(thin, final) // lone articles thin-linked to many reports of one story (lonethin.go)
	final = ix.joinRetold(final)         // lone articles whose rare words a report retells (retold.go)
	final = ix.joinStoryNames(final)     // lone articles that write their story's names (storynames.go)
	final = ix.joinLeadActs(final)       // lone articles whose lead tells their story's who and what (leadact.go)
	// short lone articles whose names one story holds (named.go) or whose
	// statement a report quotes (quotedfragment.go)
	final = ix.joinNamed(final, runCount)
	// stories of no common language by what their reports share (crosslang.go)
	final = joinCrossLanguage(ix, ufps, final, cjk)
	roots := make([]uint32, len(docs))
	for i, d := range docs {
		roots[i] = final[d]
	}
	return ix, roots, docs, nil
}

// docRoots maps each doc number of the index to its final story root,
// from each article's doc number and root.
func docRoots(docs, roots []uint32) map[uint32]uint32 {
	out := make(map[uint32]uint32, len(docs))
	for i, d := range docs {
		out[d] = roots[i]
	}
	return out
}

// maxRelated is the most related stories a story lists: the ones of its
// closest pairs (highest anchor cosine).
const maxRelated = 8

// relatedStories returns, by story ID, the IDs of the other stories that
// hold a pair of articles of one affair with it (Index.nearPairs: shared
// rare names, or an anchor cosine of EdgeAnchorCosineLow) and yet stayed
// apart — follow-ups of one affair on other days, which are separate
// stories. Each list holds at most maxRelated IDs, the closest first
// (ties by ID).
func relatedStories(ix *Index, rootOf map[uint32]uint32, storyOf map[uint32]string) map[string][]string {
	type link struct {
		to  string
		cos float64
	}
	best := map[string]map[string]float64{}
	add := func(a, b string, cos float64) {
		m := best[a]
		if m == nil {
			m = map[string]float64{}
			best[a] = m
		}
		if c, ok := m[b]; !ok || cos > c {
			m[b] = cos
		}
	}
	for _, e := range ix.nearPairs {
		ra, oka := rootOf[e.a]
		rb, okb := rootOf[e.b]
		if !oka || !okb || ra == rb {
			continue
		}
		sa, sb := storyOf[ra], storyOf[rb]
		add(sa, sb, e.cos)
		add(sb, sa, e.cos)
	}
	out := make(map[string][]string, len(best))
	for s, m := range best {
		links := make([]link, 0, len(m))
		for to, c := range m {
			links = append(links, link{to, c})
		}
		slices.SortFunc(links, func(x, y link) int {
			return cmp.Or(cmp.Compare(y.cos, x.cos), strings.Compare(x.to, y.to))
		})
		for _, l := range links[:min(len(links), maxRelated)] {
			out[s] = append(out[s], l.to)
		}
	}
	return out
}

// workers is the number of goroutines for n articles: Options.Workers
// (GOMAXPROCS when 0), at most one per 64 articles.
func (g *Grouper) workers(n int) int {
	w := g.opts.Workers
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	return min(w, max(n/64, 1))
}

// fingerprints computes every article's fingerprint in parallel, and its
// topic words into words when words is not nil (of len(arts)).
func (g *Grouper) fingerprints(ctx context.Context, arts []crosswire.Article, words *topicInput) ([]*Fingerprint, error) {
	fps := make([]*Fingerprint, len(arts))
	workers := g.workers(len(arts))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var s scratch
			var r topicReader
			for i := w; i < len(arts); i += workers {
				if i%256 == w && ctx.Err() != nil {
					return
				}
				fps[i] = s.fingerprint(&arts[i])
				if words != nil {
					words.read(i, s.tokens, &arts[i], fps[i], &r)
				}
			}
		}(w)
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("group: %w", err)
	}
	return fps, nil
}
