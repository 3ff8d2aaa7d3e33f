package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"

	"crosswire"
	"crosswire/group"
)

// Incremental keeps a store's stories up to date as articles arrive,
// without re-analysing the store: the one implementation of ingest that
// `crosswire ingest`, the `crosswire serve` background analysis and
// ingest workers share.
//
// Why. Analyze groups every article and cross-checks every story; after
// each write batch that costs time and a rewrite of every story in
// proportion to the whole store, which stops being affordable past about
// ten thousand articles. Grouping is global (a new version can bridge two
// stories), but what one arrival can change is local: the stories of the
// articles it is similar to.
//
// How. A streaming group.Index (MinHash-LSH bands and the anchor index,
// with a union-find over verified pairs) finds, for each new article, the
// candidate versions it is verified against. The region of an arrival is
// the stored stories of those candidates, of the articles that share two
// of its kept anchors or one rare one (group.IndexOptions.OnNear: too
// little for a pair, enough for the story-core rules), of every article
// of its index component, and of the holders of its anchors that the
// background hardly knows (below); the region's articles plus the new ones
// are regrouped with group.Grouper.GroupWith, which weighs anchors and
// topic words with the document frequencies of the whole store
// (group.Frequencies.Words), as Analyze's Grouper weighs them in the
// batch. When the store reaches a size from which a batch rule applies
// (group.UniqueMinN, group.RareMinN articles) every story is regrouped
// once (sizeRuleCrossed). Only stories
// whose membership or roles changed are cross-checked again and written
// (Store.PutStories); stories merged away are deleted. A story's ID is
// derived from its smallest article ID, so the same articles give the same
// IDs in any arrival order.
//
// Third stories. The batch counts some anchors by the stories that hold
// them (group: rarity counted by stories; details weighed by the stories
// that hold them): an anchor the background saw at most RareDF+1−2 times
// is rare while few stories hold it. A region without those stories
// counts fewer and joins what the store's analysis keeps apart (two
// flaws of one product), or refuses what it joins. So Incremental keeps,
// for each such anchor, the maxHolders smallest IDs of the articles that
// have it (the same whatever the arrival order) and adds their stories to
// the region where a rule reads them (readRegion, thirdStories): for an
// anchor rare by articles (its few holders' stories are the story cores'
// candidates), and for one the store holds more often (within
// group.WalkDF) once two of the region's stories have articles sharing
// MinSharedAnchors anchors with it (what a join by story rarity asks) —
// enough stories to settle the count. Not for an anchor of many stories
// that only the arrival's story holds in the region: it decides no join
// there. Generated articles, whose invented names and numbers recur
// across stories (CROSSWIRE_BENCH_N=10000 go test ./pipeline -bench
// IngestIncremental -benchtime 20x): holders for every such anchor
// regrouped 123.8 articles per arrival (62 ms) and 6,373 per 100 (5.05
// s); bounded, 16.9 (14 ms) and 1,431 (0.88 s), real text unchanged
// (below; one at a time mmds 16.8 → 15.7, CASIE 21.6 → 17.4 regrouped).
// Earlier, adding every holder, on real text, one at a
// time (seed 1), an arrival regroups on average meter 15.6 → 20.7
// articles, mmds 12.4 → 16.8, CASIE 8.5 → 21.5 (adding the holders only
// once the store's count makes an anchor common: 19.6, 15.8, 19.1, but
// meter 0.9935 and mmds 0.9935 one at a time instead of 0.995 and 1.000
// below). Cost (generated articles, whose invented names all recur: go
// test ./pipeline -bench IngestIncremental, CROSSWIRE_BENCH_N=2000,
// interleaved with main): one arrival's region 13 → 57 articles; with the
// topic words, an arrival 14–20 → 38–83 ms and a restart 30–77 → 116–196
// ms, 11.2 → 19.5 MB allocated (the topic words of every stored article
// are decoded, and the holders kept: a map entry per anchor the
// background hardly knows). The holders' live heap per stored article
// (HoldersFootprint: TestHoldersFootprintRealText on 1,000 CASIE
// articles; the benchmark's log at CROSSWIRE_BENCH_N=10000), a share of
// the group index's 1 KiB: with a map of ID slices 880.6 and 504.0 B;
// as ordinals, one holder in the map's value and more in blocks of
// maxHolders, none past group.WalkDF, 217.8 and 133.8 B (the same
// regions and stories).
//
// Measured on real text (TestIncrementalRealText; ARI of the stored
// stories against one full analysis of the same articles, seed 1;
// before: main at 898b771, whose GroupWith read no topic words):
//
//	set (articles)        whole file      25 at a time    one at a time
//	meter-showbiz (287)   0.962 → 1.000   0.959 → 0.997   0.953 → 0.995
//	mmds-dev (209)        0.888 → 1.000   0.901 → 1.000   0.893 → 1.000
//	CASIE read gold (297) 0.884 → 1.000   0.884 → 1.000   0.884 → 0.991
//	bbc-mt-catalan (447)  1.000 → 1.000   1.000 → 1.000   1.000 → 1.000
//
// Seeds 2 and 3 (INCR_REAL=all): 25 and one at a time ≥ 0.991 (CASIE:
// one pair of events of one kind joined). Gold ARI of incremental ingest,
// one at a time, seed 1: meter 0.918 → 0.949 (full analysis 0.954), mmds
// 0.718 → 0.822 (0.822), CASIE 0.711 → 0.811 (0.818). What differs one
// at a time: stories decided while the store was smaller and not touched
// since (their anchors' weights moved), and third stories the region
// does not reach (a detail, weighed by the stories that hold it, of an
// anchor the background knows).
//
// Equality with Analyze. For the same set of articles the stories (and
// their IDs), roles, facts and discrepancies are those Analyze gives,
// whatever the arrival order and batching: TestIncrementalEqualsAnalyze
// feeds the example corpus plus extra versions in six orders, with
// restarts. Whole-store effects of a batch pass are not replayed, so a
// story an arrival does not touch keeps the result of its last analysis:
// an arrival shifts every anchor's IDF weight a little, so the "weighted
// overlap" figure of a version's Evidence can differ by a few points from
// a fresh analysis, and, rarely, a pair of old articles near a threshold
// would be judged differently; the batch Grouper also caps its walk of a
// long band or anchor chain, and joins lone articles to the best-matching
// story core across the whole batch, while the region only holds the
// stories the index links to an arrival. TestIncrementalDrift measures
// the difference on generated articles; Rebuild (`crosswire ingest
// --reanalyze`) removes it.
//
// State. The index, the anchor frequencies and the article → story map
// live in memory; each article's fingerprint is stored with
// Store.PutSignature, so after a restart Load rebuilds them from the
// stored fingerprints and story memberships without reading any text. One
// Incremental should own a store's analysis at a time: articles another
// process analyses are not in this one's index until it is loaded again.
//
// An Incremental is safe for concurrent use; calls are serialised.
type Incremental struct {
	p       *Pipeline
	store   crosswire.Store
	grouper *group.Grouper

	mu     sync.Mutex
	loaded bool
	ix     *group.Index
	freq   group.Frequencies
	// storyOf maps each placed article to its stored story, members the
	// stored stories to their article IDs.
	storyOf map[string]string
	members map[string][]string
	// compOf and comps track the index's components (its union-find
	// stories), keyed by the index's story ID, to find the candidates
	// the index does not verify because they already share the new
	// article's component.
	compOf map[string]string
	comps  map[string][]string
	// verified collects, during one AddFingerprint, the candidates the
	// index verified and whether each joined.
	verified []verifiedPair
	// holders maps each anchor the background hardly knows to the
	// smallest IDs (at most maxHolders) of the articles that have it: the
	// third stories the batch rules count (see Third stories above). An
	// anchor held once maps to its holder's ordinal in ids, the indexed
	// articles' IDs in index order; one held more often to blockFlag | b,
	// its holders the ordinals of block b of blocks (maxHolders each,
	// sorted by ID, noHolder after the last). An anchor the store holds
	// more than group.WalkDF times has none: thirdStories never counts it
	// again.
	holders map[uint32]uint32
	blocks  []uint32
	ids     []string
	bg      *group.Background
}

// maxHolders is the most holders of an anchor Incremental keeps: the
// batch counts an anchor the background saw at most RareDF+1−2 times as
// rare while at most RareDF+1 − (its background count) stories hold it,
// so RareDF+2 stories settle it, with one more for an article's copies.
const maxHolders = group.RareDF + 3

// blockFlag marks a holders value as a block of Incremental.blocks, and
// noHolder an unused place in a block.
const (
	blockFlag = 1 << 31
	noHolder  = ^uint32(0)
)

type verifiedPair struct {
	id     string
	joined bool
}

// Update is what one incremental step changed (crosswire.StoryUpdate).
type Update = crosswire.StoryUpdate

// NewIncremental returns the incremental analysis of st with p's stages.
// p.Grouper must be a *group.Grouper: incremental regrouping relies on its
// GroupWith. Nothing is read until the first call.
func NewIncremental(p *Pipeline, st crosswire.Store) (*Incremental, error) {
	g, ok := p.Grouper.(*group.Grouper)
	if !ok {
		return nil, fmt.Errorf("incremental analysis needs a *group.Grouper, not %T", p.Grouper)
	}
	return &Incremental{p: p, store: st, grouper: g}, nil
}

// Ingest stores the articles (idempotently, keyed by content hash) and
// brings the stories up to date with them and with every other stored
// article not yet in a story. It returns the IDs the articles are stored
// under, in input order, how many were new, and what analysis changed.
func (in *Incremental) Ingest(ctx context.Context, arts []crosswire.Article) (ids []string, created int, u Update, err error) {
	ids = make([]string, 0, len(arts))
	for _, a := range arts {
		id, isNew, err := in.store.PutArticle(ctx, a)
		if err != nil {
			return ids, created, Update{}, fmt.Errorf("store %s: %w", a.Source, err)
		}
		ids = append(ids, id)
		if isNew {
			created++
		}
	}
	u, err = in.Sync(ctx)
	return ids, created, u, err
}

// Sync places every stored article that is in no story yet
// (Store.Unassigned) and re-analyses the stories they touch.
func (in *Incremental) Sync(ctx context.Context) (Update, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if err := in.load(ctx); err != nil {
		return Update{}, err
	}
	arts, err := in.store.Unassigned(ctx)
	if err != nil {
		return Update{}, fmt.Errorf("incremental analysis: %w", err)
	}
	u, err := in.add(ctx, arts)
	if err != nil {
		// the in-memory state may be ahead of the store: rebuild it
		// from the store on the next call
		in.loaded = false
		return Update{}, fmt.Errorf("incremental analysis: %w", err)
	}
	return u, nil
}

// Load (re)builds the in-memory state from the store: the stored
// fingerprints of the articles placed in stories, and the story of each
// article. Articles placed by a full analysis, which stores no
// fingerprint, are read and fingerprinted once. Sync loads on first use;
// call Load to pay that cost up front or to pick up another process's
// writes.
func (in *Incremental) Load(ctx context.Context) error {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.loaded = false
	return in.load(ctx)
}

func (in *Incremental) load(ctx context.Context) error {
	if in.loaded {
		return nil
	}
	storyOf, err := in.store.StoryIDs(ctx)
	if err != nil {
		return fmt.Errorf("load incremental state: %w", err)
	}
	blobs, err := in.store.Signatures(ctx, group.FingerprintKind)
	if err != nil {
		return fmt.Errorf("load incremental state: %w", err)
	}
	wordBlobs, err := in.store.Signatures(ctx, group.TopicWordsKind)
	if err != nil {
		return fmt.Errorf("load incremental state: %w", err)
	}
	fps := make([]*group.Fingerprint, 0, len(storyOf))
	words := make(map[string][]uint32, len(storyOf))
	var missing []string
	for id := range storyOf {
		b, ok := blobs[id]
		wb, wok := wordBlobs[id]
		if !ok || !wok {
			missing = append(missing, id)
			continue
		}
		f, err := group.DecodeFingerprint(id, b)
		if err != nil {
			return fmt.Errorf("load incremental state: %w", err)
		}
		if words[id], err = group.DecodeTopicWords(wb); err != nil {
			return fmt.Errorf("load incremental state: article %s: %w", id, err)
		}
		fps = append(fps, f)
	}
	more, err := in.fingerprintStored(ctx, missing, words)
	if err != nil {
		return fmt.Errorf("load incremental state: %w", err)
	}
	fps = append(fps, more...)
	slices.SortFunc(fps, func(a, b *group.Fingerprint) int { return strings.Compare(a.ID, b.ID) })

	in.ix = group.NewIndex(group.IndexOptions{
		Capacity: max(2*len(fps), 1024),
		OnVerify: func(_, b string, e group.Edge) {
			in.verified = append(in.verified, verifiedPair{id: b, joined: e.Joined})
		},
		// articles sharing a few anchors: the batch regrouping's story
		// cores may join the arrival to their story
		OnNear: func(_, b string) {
			in.verified = append(in.verified, verifiedPair{id: b})
		},
	})
	in.freq = group.Frequencies{DF: make(map[uint32]int32, 16*len(fps)), Words: make(map[uint32]int32, 16*len(fps))}
	in.storyOf, in.members = storyOf, make(map[string][]string)
	in.holders, in.blocks, in.bg = make(map[uint32]uint32), nil, in.grouper.Background()
	in.ids = make([]string, 0, len(fps))
	in.compOf, in.comps = make(map[string]string, len(fps)), make(map[string][]string)
	for id, st := range storyOf {
		in.members[st] = append(in.members[st], id)
	}
	for i, f := range fps {
		if i%1024 == 0 && ctx.Err() != nil {
			return fmt.Errorf("load incremental state: %w", ctx.Err())
		}
		if _, err := in.index(ctx, f, words[f.ID]); err != nil {
			return fmt.Errorf("load incremental state: %w", err)
		}
	}
	in.blocks = slices.Clone(in.blocks) // without append's room to grow
	in.loaded = true
	in.p.Log.Debug("incremental state loaded", "articles", len(fps), "fingerprinted", len(more), "stories", len(in.members))
	return nil
}

// fingerprintStored fingerprints stored articles that have no stored
// fingerprint or topic words (placed by a full analysis, or by an older
// crosswire) and stores them; their topic words go into words.
func (in *Incremental) fingerprintStored(ctx context.Context, ids []string, words map[string][]uint32) ([]*group.Fingerprint, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var arts []crosswire.Article
	if len(ids) > 64 {
		all, err := in.store.Articles(ctx)
		if err != nil {
			return nil, err
		}
		want := make(map[string]bool, len(ids))
		for _, id := range ids {
			want[id] = true
		}
		for _, a := range all {
			if want[a.ID] {
				arts = append(arts, a)
			}
		}
	} else {
		for _, id := range ids {
			a, err := in.store.Article(ctx, id)
			if err != nil {
				return nil, err
			}
			arts = append(arts, a)
		}
	}
	fps := make([]*group.Fingerprint, len(arts))
	for i := range arts {
		f, w, err := in.putFingerprint(ctx, &arts[i])
		if err != nil {
			return nil, err
		}
		fps[i], words[f.ID] = f, w
	}
	return fps, nil
}

// putFingerprint computes and stores an article's fingerprint and topic
// words.
func (in *Incremental) putFingerprint(ctx context.Context, a *crosswire.Article) (*group.Fingerprint, []uint32, error) {
	f, words := group.NewFingerprintWords(a)
	blob, err := group.EncodeFingerprint(f)
	if err != nil {
		return nil, nil, err
	}
	if err := in.store.PutSignature(ctx, a.ID, group.FingerprintKind, blob); err != nil {
		return nil, nil, err
	}
	if err := in.store.PutSignature(ctx, a.ID, group.TopicWordsKind, group.EncodeTopicWords(words)); err != nil {
		return nil, nil, err
	}
	return f, words, nil
}

// index adds a fingerprint to the index, and it and the article's topic
// words to the collection's frequencies, and returns the IDs of the
// articles its story may now be joined to: the candidates the index
// verified and every member of its index component.
func (in *Incremental) index(ctx context.Context, f *group.Fingerprint, words []uint32) ([]string, error) {
	in.freq.Add(f)
	in.freq.AddWords(words)
	in.ids = append(in.ids, f.ID)
	for _, x := range f.Anchors {
		if in.hardlyKnown(x) {
			in.addHolder(x, uint32(len(in.ids)-1))
		}
	}
	in.verified = in.verified[:0]
	comp, err := in.ix.AddFingerprint(ctx, f)
	if err != nil {
		return nil, err
	}
	// merge the components the new article joined into comp
	merged := []string{f.ID}
	for _, v := range in.verified {
		if !v.joined {
			continue
		}
		old := in.compOf[v.id]
		if old == comp || in.comps[old] == nil {
			continue
		}
		merged = append(merged, in.comps[old]...)
		delete(in.comps, old)
	}
	if old, ok := in.comps[comp]; ok && comp != "" {
		merged = append(merged, old...)
	}
	for _, id := range merged {
		in.compOf[id] = comp
	}
	in.comps[comp] = merged
	near := slices.Clone(merged)
	for _, v := range in.verified {
		near = append(near, v.id)
	}
	return near, nil
}

// add places new articles and re-analyses the stories they touch.
func (in *Incremental) add(ctx context.Context, arts []crosswire.Article) (Update, error) {
	var fresh []crosswire.Article
	for _, a := range Dedupe(arts) {
		if _, placed := in.storyOf[a.ID]; !placed && a.ID != "" {
			fresh = append(fresh, a)
		}
	}
	if len(fresh) == 0 {
		return Update{}, nil
	}
	slices.SortFunc(fresh, func(a, b crosswire.Article) int { return strings.Compare(a.ID, b.ID) })
	// index the new articles; collect the stored stories they touch
	touched := map[string]bool{}
	before := in.freq.N
	fps, keys := make([]*group.Fingerprint, len(fresh)), make([]string, len(fresh))
	for i := range fresh {
		f, words, err := in.putFingerprint(ctx, &fresh[i])
		if err != nil {
			return Update{}, err
		}
		near, err := in.index(ctx, f, words)
		if err != nil {
			return Update{}, err
		}
		for _, id := range near {
			if st, ok := in.storyOf[id]; ok {
				touched[st] = true
			}
		}
		fps[i], keys[i] = f, in.joinedStory(f.ID)
	}
	all := sizeRuleCrossed(before, in.freq.N)
	if all {
		// the batch rules that wait for a collection of a size now apply:
		// every story was grouped without them
		for id := range in.members {
			touched[id] = true
		}
	}
	// read the touched stories and the third stories; regroup them with
	// the new articles
	old, err := in.readRegion(ctx, fps, keys, touched, !all)
	if err != nil {
		return Update{}, err
	}
	region := slices.Clone(fresh)
	for _, id := range sortedKeys(touched) {
		region = append(region, old[id].Articles...)
	}
	stories, err := in.grouper.GroupWith(ctx, region, in.freq)
	if err != nil {
		return Update{}, fmt.Errorf("regroup %d articles: %w", len(region), err)
	}
	u := Update{Articles: len(fresh), Regrouped: len(region)}
	kept := map[string]bool{}
	for i := range stories {
		st := &stories[i]
		kept[st.ID] = true
		if o, ok := old[st.ID]; ok && sameGrouping(o, *st) {
			continue // the stored analysis still holds
		}
		if err := in.p.CheckStory(ctx, st); err != nil {
			return Update{}, err
		}
		u.Changed = append(u.Changed, *st)
	}
	for id := range old {
		if !kept[id] {
			u.Removed = append(u.Removed, id)
		}
	}
	slices.Sort(u.Removed)
	if err := in.store.PutStories(ctx, u.Changed, u.Removed); err != nil {
		return Update{}, err
	}
	for _, id := range u.Removed {
		delete(in.members, id)
	}
	for _, st := range u.Changed {
		ids := make([]string, len(st.Articles))
		for i, a := range st.Articles {
			ids[i] = a.ID
			in.storyOf[a.ID] = st.ID
		}
		in.members[st.ID] = ids
	}
	SortStories(u.Changed)
	in.p.Log.Debug("incremental analysis", "new", len(fresh), "regrouped", len(region),
		"changed", len(u.Changed), "removed", len(u.Removed))
	return u, nil
}

// joinedStory returns the stored story that the index joined the article
// just indexed to — the one story of the candidates it verified and
// joined — or, when none or several, the article's own ID.
func (in *Incremental) joinedStory(id string) string {
	story := ""
	for _, v := range in.verified {
		if st, ok := in.storyOf[v.id]; ok && v.joined {
			if story != "" && story != st {
				return id
			}
			story = st
		}
	}
	return cmp.Or(story, id)
}

// readRegion reads the touched stories and, with third, adds to touched
// (and reads) the stories of the holders of those anchors of the new
// articles (fps; keys: the stored story each was joined to, or its ID)
// whose third stories a batch rule may count (thirdStories). Whether
// they count depends on the region's articles holding the anchor, which
// the stories read add to, so the stories are read until none is added,
// in a fixed order (the touched stories by ID, then as added). A counted
// anchor adds its holders' stories until the region holds RareDF+2
// stories holding it: more than the batch's rare count of stories with
// any background count.
func (in *Incremental) readRegion(ctx context.Context, fps []*group.Fingerprint, keys []string, touched map[string]bool, third bool) (map[string]crosswire.Story, error) {
	old := make(map[string]crosswire.Story, len(touched))
	queue := sortedKeys(touched)
	// held lists the region's articles holding each anchor of a new
	// article that may count its stories (thirdStories) until its
	// holders' stories join the region
	held := map[uint32][]heldBy{}
	addHolders := func(x uint32) {
		for id := range in.holdersOf(x) {
			if st, ok := in.storyOf[id]; ok && !touched[st] {
				touched[st] = true
				queue = append(queue, st)
			}
		}
	}
	if third {
		for _, f := range fps {
			for _, x := range f.Anchors {
				if !in.held(x) {
					continue
				}
				switch rare, counted := in.thirdStories(x); {
				case rare:
					addHolders(x)
				case counted:
					held[x] = nil
				}
			}
		}
	}
	hold := func(x uint32, h heldBy) {
		l, ok := held[x]
		if !ok {
			return
		}
		for _, o := range l {
			if o.story != h.story && group.SharedAnchors(o.anchors, h.anchors) >= group.MinSharedAnchors {
				// a pair of two stories the story rarity may join by x:
				// the region must count the stories holding x, RareDF+2
				// of them (its stored ones so far, then its holders')
				delete(held, x)
				var stories []string
				for _, e := range append(l, h) {
					if _, ok := in.members[e.story]; ok && !slices.Contains(stories, e.story) {
						stories = append(stories, e.story)
					}
				}
				for id := range in.holdersOf(x) {
					if len(stories) >= group.RareDF+2 {
						break
					}
					if st, ok := in.storyOf[id]; ok && !slices.Contains(stories, st) {
						stories = append(stories, st)
						if !touched[st] {
							touched[st] = true
							queue = append(queue, st)
						}
					}
				}
				return
			}
		}
		held[x] = append(l, h)
	}
	for i, f := range fps {
		for _, x := range f.Anchors {
			hold(x, heldBy{keys[i], f.Anchors})
		}
	}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		st, err := in.store.Story(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("read touched story: %w", err)
		}
		old[id] = st
		for i := 0; i < len(st.Articles) && len(held) > 0; i++ {
			anchors := group.NewFingerprint(&st.Articles[i]).Anchors
			for _, x := range anchors {
				hold(x, heldBy{id, anchors})
			}
		}
	}
	return old, nil
}

// heldBy is an article of the region holding an anchor: its story (a new
// article's: the stored story the index joined it to, or its ID) and its
// anchors.
type heldBy struct {
	story   string
	anchors []uint32
}

// thirdStories reports whether anchor x is rare by articles to the batch
// (the store's count with the background's within its rare count, and
// held by two articles at least), and whether the batch may count the
// stories holding it. The holders of a rare x are few, and the stories
// they are in are candidates of the rules that join by one rare anchor
// (the story cores). Only rarity counted by stories counts stories (the
// details weighed by stories read the store's count), and only of an x
// the store holds more often than the rare count, within group.WalkDF.
// Story rarity joins two of the region's stories by x only through a
// pair of their articles that share MinSharedAnchors anchors, x among
// them (the topic rule or the rare-anchor rule, and each lead told in the
// other); with such a pair in the region, the region holds the stories of
// x's holders, enough to count as the store's count of stories tells
// (RareDF+2 stories settle it: see maxHolders and readRegion). Without one, x decides no
// join in the region, and its holders' stories are not the arrival's
// candidates either: an article sharing MinSharedAnchors anchors with it
// is one the index verified or reported near.
func (in *Incremental) thirdStories(x uint32) (rare, counted bool) {
	own, bg := int(in.freq.DF[x]), 0
	if in.bg != nil {
		bg = in.bg.AnchorDF(x)
	}
	if bg+own <= in.rareDF() {
		return own >= 2, false
	}
	return false, own > 2 && own <= group.WalkDF()
}

// rareDF is the batch's largest count of a rare anchor (group: RareDF, one
// more with a background).
func (in *Incremental) rareDF() int {
	if in.bg == nil || in.bg.Docs <= 0 {
		return group.RareDF
	}
	return group.RareDF + 1
}

// hardlyKnown reports whether the background saw an anchor at most
// RareDF+1−2 times: a pair checked alone that shares it finds it rare, and
// the batch counts it by the stories that hold it (group: rarity counted
// by stories, details weighed by the stories that hold them).
func (in *Incremental) hardlyKnown(x uint32) bool {
	return in.bg == nil || in.bg.AnchorDF(x)+2 <= group.RareDF+1
}

// addHolder adds the article of ordinal o (just indexed) to the holders
// of x, keeping the maxHolders smallest IDs: the same holders whatever the
// arrival order. Once the store holds x more than group.WalkDF times its
// holders are dropped for good: thirdStories never counts x again, and
// the store's count only grows.
func (in *Incremental) addHolder(x, o uint32) {
	if int(in.freq.DF[x]) > group.WalkDF() {
		delete(in.holders, x)
		return
	}
	v, ok := in.holders[x]
	if !ok {
		in.holders[x] = o
		return
	}
	if v&blockFlag == 0 {
		b := len(in.blocks) / maxHolders
		in.blocks = append(in.blocks, v)
		for range maxHolders - 1 {
			in.blocks = append(in.blocks, noHolder)
		}
		v = uint32(b) | blockFlag
		in.holders[x] = v
	}
	h := in.block(v)
	id := in.ids[o]
	n := len(h)
	if i := slices.Index(h, noHolder); i >= 0 {
		n = i
	}
	i, found := slices.BinarySearchFunc(h[:n], id, func(e uint32, id string) int { return strings.Compare(in.ids[e], id) })
	if found || i >= maxHolders {
		return
	}
	copy(h[i+1:], h[i:]) // the largest falls off a full block
	h[i] = o
}

// block returns the block of blocks a holders value v marks.
func (in *Incremental) block(v uint32) []uint32 {
	b := int(v &^ blockFlag)
	return in.blocks[b*maxHolders : (b+1)*maxHolders]
}

// held reports whether x has holders.
func (in *Incremental) held(x uint32) bool {
	_, ok := in.holders[x]
	return ok
}

// holdersOf yields the IDs of x's holders, smallest first.
func (in *Incremental) holdersOf(x uint32) iter.Seq[string] {
	return func(yield func(string) bool) {
		v, ok := in.holders[x]
		switch {
		case !ok:
		case v&blockFlag == 0:
			yield(in.ids[v])
		default:
			for _, o := range in.block(v) {
				if o == noHolder || !yield(in.ids[o]) {
					return
				}
			}
		}
	}
}

// sizeRuleCrossed reports whether a collection that grew from before to
// after articles reached a size from which a grouping rule applies:
// anchors held by one article weigh nothing from group.UniqueMinN
// articles on, rare anchors count from group.RareMinN on. Stories
// grouped before hold joins a collection of the new size would not make
// (and miss some it would): they are regrouped, once, at a size where
// that costs little.
func sizeRuleCrossed(before, after int) bool {
	for _, n := range []int{group.UniqueMinN, group.RareMinN} {
		if before < n && after >= n {
			return true
		}
	}
	return false
}

// sameGrouping reports whether two groupings of a story agree on
// everything its analysis depends on: title, versions in order, roles.
func sameGrouping(a, b crosswire.Story) bool {
	if a.Title != b.Title || len(a.Articles) != len(b.Articles) {
		return false
	}
	for i := range a.Articles {
		x, y := &a.Articles[i], &b.Articles[i]
		if x.ID != y.ID || x.Role != y.Role || x.Evidence != y.Evidence ||
			(x.DerivedFrom == nil) != (y.DerivedFrom == nil) ||
			x.DerivedFrom != nil && *x.DerivedFrom != *y.DerivedFrom {
			return false
		}
	}
	return true
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Rebuild is the full path: it analyses every stored article with
// Analyze, replaces every stored story (Store.ReplaceStories) and reloads
// the incremental state. Use it after changing the analysis stages, or to
// reconcile the drift the type documentation describes.
func (in *Incremental) Rebuild(ctx context.Context) ([]crosswire.Story, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.loaded = false
	arts, err := in.store.Articles(ctx)
	if err != nil {
		return nil, fmt.Errorf("rebuild: read stored articles: %w", err)
	}
	stories, err := in.p.Analyze(ctx, arts)
	if err != nil {
		return nil, fmt.Errorf("rebuild: %w", err)
	}
	if err := in.store.ReplaceStories(ctx, stories); err != nil {
		return nil, fmt.Errorf("rebuild: store stories: %w", err)
	}
	if err := in.load(ctx); err != nil {
		return nil, fmt.Errorf("rebuild: %w", err)
	}
	return stories, nil
}
