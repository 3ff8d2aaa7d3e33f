package pipeline

import (
	"context"
	"fmt"
	"sync/atomic"

	"crosswire"
)

// Analysis is the one owner of "who analyses the store, and when": the
// protocol every process that writes articles to a store — `crosswire
// ingest`, `watch`, `serve` and the ingest workers, any number of them on
// one shared store — follows to bring the stored stories up to date. The
// rules below live here and nowhere else.
//
// Storing is not analysing. Articles are stored (Store) by whoever reads
// them, keyed by content hash, without any lock; a stored article is in
// no story (crosswire.Generation.Unplaced) until an analysis places it.
// Any process's analysis places every unplaced article, whoever stored
// it.
//
// The analysis lock. Every analysis runs under the store's analysis lock
// (crosswire.AnalysisStore.Exclusive): of all the processes sharing a
// store, one at a time analyses. An incremental analysis reads the
// grouping state, places the unplaced articles and writes the stories
// they touch; two at once would each place their own new version of a
// story without seeing the other's, and leave the story split. On a
// store one process analyses (SQLite, not Shared) the lock is a no-op.
//
// The generation. Before analysing, Update looks at the store's
// generation (crosswire.Generation), first without the lock (when
// another process already placed every article there is nothing to wait
// for), then under it. With no article unplaced it does nothing.
//
// Reloading the grouping state. Incremental analysis keeps its grouping
// state (the group index, anchor frequencies, the story of each article)
// in memory (see Incremental). On a Shared store another process may have
// written stories since that state was built; the state is then stale and
// is reloaded from the store (seconds on a large store: every fingerprint
// and membership). Whether it is: under the lock, the store's story
// generation is compared with the one the state was loaded or last
// written at. If they are equal no process wrote since, and the reload is
// skipped. After placing, the generation must have moved by exactly this
// analysis's own write (one PutStories when it placed anything); then the
// state matches the new generation. Anything else (a writer that does not
// take the lock, a failed write, a full analysis) leaves it unknown, and
// the next Update reloads. A store that is not Shared is never reloaded:
// this process is its only analyst.
//
// Full analysis. Incremental placement can differ, rarely, from a full
// analysis of the same articles: it places each batch against the
// anchor frequencies of the store as it was and never revisits a pair of
// older articles, so its stories can depend on arrival order (see
// Incremental). Three full analyses remove the difference, all under the
// lock: Regroup (reads and replaces in one transaction; writers wait:
// `crosswire check --db`), Rebuild (reads outside any write transaction
// and reloads the incremental state; an article stored meanwhile is left
// for the next Update: the server's reconcile and `ingest --reanalyze`)
// and Reconcile (Regroup, skipped on a Shared store when its generation
// says nothing was written or stored since the last full analysis, by any
// process: one full analysis serves every worker that goes idle).
//
// When. Update runs after each batch of writes: `crosswire ingest` and
// each poll of `watch` call it after storing, the server after its writes
// settle (package web's analyzer, through web.Updater), workers after
// each burst of jobs and on start (Scheduler). Reconciling is done once
// the writes stop: the server Rebuilds after its idle interval, workers
// Reconcile after theirs and when they stop (Scheduler). `crosswire check
// --db` Regroups.
//
// An Analysis is safe for concurrent use.
type Analysis struct {
	p     *Pipeline
	store crosswire.Store
	inc   *Incremental
	// loadedAt is the story generation inc's state matches, 0 when
	// unknown (a Shared store only).
	loadedAt atomic.Int64
}

// Step is what one Update did.
type Step struct {
	crosswire.StoryUpdate
	// Current is true when every stored article was already in a story:
	// nothing was done.
	Current bool
	// Reloaded is true when the grouping state was reloaded from the
	// store first, because another process wrote stories since it was
	// built.
	Reloaded bool
}

// NewAnalysis returns the analysis of st with p's stages (see
// NewIncremental). Nothing is read until the first call.
func NewAnalysis(p *Pipeline, st crosswire.Store) (*Analysis, error) {
	inc, err := NewIncremental(p, st)
	if err != nil {
		return nil, err
	}
	return &Analysis{p: p, store: st, inc: inc}, nil
}

// Store keeps the articles (idempotently, keyed by content hash) without
// analysing them. It returns the IDs they are stored under, in input
// order, and how many were new.
func (a *Analysis) Store(ctx context.Context, arts []crosswire.Article) (ids []string, created int, err error) {
	ids = make([]string, 0, len(arts))
	for _, art := range arts {
		id, isNew, err := a.store.PutArticle(ctx, art)
		if err != nil {
			return ids, created, fmt.Errorf("store %s: %w", art.Source, err)
		}
		ids = append(ids, id)
		if isNew {
			created++
		}
	}
	return ids, created, nil
}

// Current reports whether every stored article is in a story: one small
// query, without the lock. When it says so, every article stored before
// the call was placed by an analysis that read it.
func (a *Analysis) Current(ctx context.Context) (bool, error) {
	g, err := a.store.Generation(ctx)
	if err != nil {
		return false, err
	}
	return g.Current(), nil
}

// Update brings the stories up to date incrementally: it places every
// stored article no story holds yet, by any process, and re-analyses the
// stories they touch, under the analysis lock, reloading the grouping
// state when another process wrote stories since it was built (see the
// type documentation).
func (a *Analysis) Update(ctx context.Context) (Step, error) {
	var step Step
	if current, err := a.Current(ctx); err == nil && current {
		step.Current = true
		return step, nil
	}
	shared := a.store.Shared()
	err := a.store.Exclusive(ctx, func(ctx context.Context) error {
		loadedAt := a.loadedAt.Swap(0) // unknown until this run succeeds
		before, err := a.store.Generation(ctx)
		if err != nil {
			return err
		}
		if step.Current = before.Current(); step.Current {
			a.loadedAt.Store(loadedAt) // nothing written: the state holds
			return nil
		}
		if shared && before.Stories != loadedAt {
			if err := a.inc.Load(ctx); err != nil {
				return err
			}
			step.Reloaded = true
		}
		if step.StoryUpdate, err = a.inc.Sync(ctx); err != nil {
			return err
		}
		if !shared {
			return nil
		}
		after, err := a.store.Generation(ctx)
		if err != nil {
			return err
		}
		own := int64(0)
		if step.Articles > 0 {
			own = 1 // Incremental writes its placements in one PutStories
		}
		if after.Stories == before.Stories+own {
			a.loadedAt.Store(after.Stories)
		}
		return nil
	})
	if err != nil {
		return Step{}, err
	}
	return step, nil
}

// Sync is Update for callers that need only what changed (web.Updater).
func (a *Analysis) Sync(ctx context.Context) (crosswire.StoryUpdate, error) {
	step, err := a.Update(ctx)
	return step.StoryUpdate, err
}

// Rebuild recomputes every story from the stored articles under the
// analysis lock (Incremental.Rebuild: read them, Analyze, ReplaceStories
// in one transaction, reload the incremental state). Articles are read
// outside any write transaction, so writers do not wait for the
// analysis; one stored meanwhile is left in no story and placed by the
// next Update. It is web.Rebuilder's Rebuild.
func (a *Analysis) Rebuild(ctx context.Context) ([]crosswire.Story, error) {
	var stories []crosswire.Story
	err := a.store.Exclusive(ctx, func(ctx context.Context) error {
		a.loadedAt.Store(0) // its write moves the generation
		var err error
		stories, err = a.inc.Rebuild(ctx)
		return err
	})
	return stories, err
}

// Regroup recomputes every story from the stored articles and stores
// them atomically (crosswire.AnalysisStore.Regroup: writers wait), under
// the analysis lock, and returns them.
func (a *Analysis) Regroup(ctx context.Context) ([]crosswire.Story, error) {
	stories, _, err := a.regroup(ctx, false)
	return stories, err
}

// Reconcile is Regroup unless the store is Shared and its generation says
// nothing was written or stored since the last full analysis, by any
// process (crosswire.Generation.FullyAnalysed): the stories are then
// already those a full analysis gives, and skipped is true.
func (a *Analysis) Reconcile(ctx context.Context) (stories []crosswire.Story, skipped bool, err error) {
	return a.regroup(ctx, true)
}

// regroup is Regroup, skipped when lazy and the store is fully analysed.
func (a *Analysis) regroup(ctx context.Context, lazy bool) (stories []crosswire.Story, skipped bool, err error) {
	err = a.store.Exclusive(ctx, func(ctx context.Context) error {
		if lazy && a.store.Shared() {
			g, err := a.store.Generation(ctx)
			if err != nil {
				return err
			}
			if skipped = g.FullyAnalysed(); skipped {
				return nil
			}
		}
		return a.store.Regroup(ctx, func(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error) {
			var err error
			stories, err = a.p.Analyze(ctx, arts)
			return stories, err
		})
	})
	if err != nil {
		return nil, false, err
	}
	return stories, skipped, nil
}
