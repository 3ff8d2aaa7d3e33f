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
// README.md for the method, parameters and measurements.
package group

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"crosswire"
)

// Options configures a Grouper. The zero value is the default.
type Options struct {
	// Workers is the number of goroutines fingerprinting articles; 0 means
	// GOMAXPROCS.
	Workers int
	// Sketched verifies anchor candidates on the index's bottom-k anchor
	// sketches, as a streaming Index does, instead of on every anchor of
	// both articles (the default: a batch holds all fingerprints anyway).
	Sketched bool
	// AnchorCosine overrides the anchor cosine threshold when not 0
	// (experiments; see IndexOptions.AnchorCosine).
	AnchorCosine float64
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
	arts := slices.Clone(articles)
	slices.SortStableFunc(arts, func(a, b crosswire.Article) int {
		if c := strings.Compare(a.ID, b.ID); c != 0 {
			return c
		}
		return strings.Compare(a.Hash, b.Hash)
	})
	fps, err := g.fingerprints(ctx, arts)
	if err != nil {
		return nil, err
	}
	df := make(map[uint32]int32, len(arts)*16)
	for _, f := range fps {
		for _, a := range f.Anchors {
			df[a]++
		}
	}
	return g.group(ctx, arts, fps, Frequencies{DF: df, N: len(arts)})
}

// Frequencies are the anchor document frequencies of a collection: DF
// maps an anchor fingerprint (Fingerprint.Anchors) to the number of the
// collection's articles that have it, N is the number of articles.
type Frequencies struct {
	DF map[uint32]int32
	N  int
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
// too), instead of the part's own. Grouping the union of some stories of
// a collection with GroupWith gives those stories as Group on the whole
// would, up to the candidate walks Group caps per chain (walkCap), which
// only a collection-wide pass reproduces.
func (g *Grouper) GroupWith(ctx context.Context, articles []crosswire.Article, freq Frequencies) ([]crosswire.Story, error) {
	arts := slices.Clone(articles)
	slices.SortStableFunc(arts, func(a, b crosswire.Article) int {
		if c := strings.Compare(a.ID, b.ID); c != 0 {
			return c
		}
		return strings.Compare(a.Hash, b.Hash)
	})
	fps, err := g.fingerprints(ctx, arts)
	if err != nil {
		return nil, err
	}
	return g.group(ctx, arts, fps, freq)
}

// group indexes fingerprinted articles, sorted by ID, with the anchor
// frequencies frozen to freq, and assigns each story's roles.
func (g *Grouper) group(ctx context.Context, arts []crosswire.Article, fps []*Fingerprint, freq Frequencies) ([]crosswire.Story, error) {
	ix := NewIndex(IndexOptions{Capacity: len(arts), AnchorCosine: g.opts.AnchorCosine})
	ix.frozen, ix.frozenN = freq.DF, freq.N
	if ix.frozen == nil {
		ix.frozen = map[uint32]int32{}
	}
	ix.keepFull = !g.opts.Sketched
	if ix.keepFull {
		ix.keep = math.MaxInt
	}
	docs := make([]uint32, len(arts))
	for i, f := range fps {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("group: %w", err)
			}
		}
		if f.ID == "" {
			f.ID = fmt.Sprintf("#%d", i) // not expected from clean; keeps the index well-formed
		}
		d, _ := ix.insert(f)
		docs[i] = d
	}
	first := make([]uint32, len(docs))
	cjk := make([]bool, len(docs))
	for i, d := range docs {
		first[i], cjk[i] = ix.find(d), ix.cjk[d]
	}
	final := joinCores(ix, fps, first, cjk)
	members := make(map[uint32][]int)
	var roots []uint32
	for i := range docs {
		r := final[i]
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	stories := make([]crosswire.Story, 0, len(roots))
	weight := func(fp uint32) float64 { return ix.weight(fp) }
	for _, r := range roots {
		m := members[r]
		st := assignRoles(arts, fps, m, weight)
		st.ID = StoryID(arts[m[0]].ID) // arts are in ID order
		stories = append(stories, st)
	}
	slices.SortFunc(stories, func(a, b crosswire.Story) int { return strings.Compare(a.ID, b.ID) })
	return stories, nil
}

// fingerprints computes every article's fingerprint in parallel.
func (g *Grouper) fingerprints(ctx context.Context, arts []crosswire.Article) ([]*Fingerprint, error) {
	fps := make([]*Fingerprint, len(arts))
	workers := g.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(len(arts)/64, 1))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var s scratch
			for i := w; i < len(arts); i += workers {
				if i%256 == w && ctx.Err() != nil {
					return
				}
				fps[i] = s.fingerprint(&arts[i])
			}
		}(w)
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("group: %w", err)
	}
	return fps, nil
}
