package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"crosswire"
)

// Updater brings the stored stories up to date with the stored articles
// incrementally: it places the articles that are in no story yet and
// re-analyses only the stories they join or merge. *pipeline.Analysis
// (and *pipeline.Incremental, without the analysis lock) implements it.
type Updater interface {
	Sync(ctx context.Context) (crosswire.StoryUpdate, error)
}

// Rebuilder is an Updater that can also recompute every story from the
// stored articles (the full analysis, Store.ReplaceStories) and reset its
// incremental state to the result. *pipeline.Analysis implements it.
// With one, the server reconciles: once the store has been idle for
// Options.Reconcile after articles were placed incrementally, it rebuilds
// once, so the stories become exactly those a full analysis of the same
// articles gives, whatever their arrival order.
type Rebuilder interface {
	Updater
	Rebuild(ctx context.Context) ([]crosswire.Story, error)
}

// analysisRun is the outcome of one analysis run.
type analysisRun struct {
	// Full is true when every story was recomputed: Changed then holds
	// every story and Removed is empty.
	Full    bool
	Changed []crosswire.Story
	Removed []string
	// Placed is the number of articles an incremental run placed.
	Placed int
	// Reconcile is true for the full re-analysis run once the store is
	// idle (see Rebuilder).
	Reconcile bool
}

// analyzer brings the stories up to date after writes, in one background
// goroutine. It decides only when the server analyses; how (the analysis
// lock, the generation, reloading the grouping state) is the Updater's
// business: pipeline.Analysis, which documents the protocol every
// process sharing a store follows. With an Updater (the default of
// `crosswire serve`) a run
// places only the articles stored since the last run and rewrites only
// the stories they touch (see pipeline.Incremental); without one, it
// re-groups and cross-checks the whole store with the Engine. Requests are
// coalesced: a run starts once no write arrived for the debounce window
// (or maxDelay after the first pending write), and writes that land during
// a run are folded into the next one. Writers never wait for it. A run
// does not start sooner after the previous one than that one took, so
// under a steady stream of writes analysis takes at most about half of
// one core and request handling keeps the rest. A failed run is retried
// (after maxDelay, doubling up to a minute) even if no write comes.
//
// Reconcile. Incremental placement can differ, rarely, from a full
// analysis of the same articles (whole-store effects a local regroup does
// not replay; see pipeline.Incremental). When the Updater is a Rebuilder
// and reconcile > 0, the loop runs one full re-analysis once no write
// came for reconcile (or for as long as the last full one took, if
// longer), counted from the end of the last run, once articles were
// placed incrementally; with nothing placed since the last one it never
// runs. It is a run like the others — same
// goroutine, so never concurrent with an incremental run, and under the
// store's analysis lock when the Rebuilder takes it — and writers do not
// wait for it (a write landing meanwhile is placed by the next
// incremental run, right after). Readers see the old stories until its
// single Store.ReplaceStories transaction commits.
type analyzer struct {
	store     crosswire.Store
	engine    Engine
	updater   Updater
	rebuilder Rebuilder // updater, when it can rebuild and reconcile is on
	log       *slog.Logger
	debounce  time.Duration
	maxDelay  time.Duration
	reconcile time.Duration
	// done is called after every run with its result.
	done func(run analysisRun, took time.Duration, err error)

	kick    chan struct{}
	stopped chan struct{}

	mu sync.Mutex
	// requested counts write batches; completed is the value of requested
	// that the last finished run started from.
	requested, completed uint64
	lastErr              error
	changed              chan struct{} // closed and replaced when completed moves
}

// analyzerOptions configure an analyzer.
type analyzerOptions struct {
	debounce, maxDelay time.Duration
	// reconcile is the idle time before a full re-analysis; 0 or less
	// never runs one.
	reconcile time.Duration
	done      func(analysisRun, time.Duration, error)
}

func newAnalyzer(st crosswire.Store, e Engine, u Updater, log *slog.Logger, o analyzerOptions) *analyzer {
	a := &analyzer{
		store: st, engine: e, updater: u, log: log,
		debounce: o.debounce, maxDelay: o.maxDelay, reconcile: o.reconcile, done: o.done,
		kick:    make(chan struct{}, 1),
		stopped: make(chan struct{}),
		changed: make(chan struct{}),
	}
	if rb, ok := u.(Rebuilder); ok && o.reconcile > 0 {
		a.rebuilder = rb
	}
	return a
}

// request asks for a run that sees every write made before the call.
func (a *analyzer) request() {
	a.mu.Lock()
	a.requested++
	a.mu.Unlock()
	select {
	case a.kick <- struct{}{}:
	default: // a run is already pending
	}
}

// pending reports whether writes are waiting for analysis.
func (a *analyzer) pending() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.completed < a.requested
}

// settle waits until a run that started after every write made before the
// call has finished, and returns that run's error.
func (a *analyzer) settle(ctx context.Context) error {
	a.mu.Lock()
	target := a.requested
	for a.completed < target {
		ch := a.changed
		a.mu.Unlock()
		select {
		case <-ch:
		case <-a.stopped:
			return errors.New("analysis stopped")
		case <-ctx.Done():
			return fmt.Errorf("wait for analysis: %w", ctx.Err())
		}
		a.mu.Lock()
	}
	err := a.lastErr
	a.mu.Unlock()
	return err
}

// run is the background loop; it returns when ctx is cancelled.
func (a *analyzer) run(ctx context.Context) {
	defer close(a.stopped)
	var (
		notBefore time.Time
		// placed counts the articles placed incrementally since the last
		// full analysis; fullTook is how long that one took.
		placed   int
		fullTook time.Duration
		// retry is how long to wait before retrying a failed run; 0
		// when the last run succeeded.
		retry time.Duration
	)
	idle := time.NewTimer(time.Hour)
	idle.Stop()
	defer idle.Stop()
	for {
		// Wait for a write, a retry, or (once writes stopped after
		// incremental placements) the reconcile interval.
		var wake <-chan time.Time
		switch {
		case retry > 0:
			idle.Reset(retry)
			wake = idle.C
		case a.rebuilder != nil && placed > 0:
			idle.Reset(max(a.reconcile, fullTook))
			wake = idle.C
		}
		full := false
		select {
		case <-ctx.Done():
			return
		case <-a.kick:
		case <-wake:
			full = retry == 0
		}
		idle.Stop()
		if full {
			took, err := a.runFull(ctx)
			if ctx.Err() != nil {
				return
			}
			fullTook = took
			if err == nil {
				placed = 0
			}
			continue
		}
		if wait := time.Until(notBefore); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
		}
		if !a.quiet(ctx) {
			return
		}
		a.mu.Lock()
		gen := a.requested
		a.mu.Unlock()

		t0 := time.Now()
		res, err := a.analyze(ctx)
		took := time.Since(t0)
		notBefore = time.Now().Add(min(took, time.Minute))
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			retry = min(max(2*retry, a.maxDelay), time.Minute)
			a.log.Error("analysis failed; will retry", "err", err, "retry_in", retry)
		} else {
			retry = 0
			placed += res.Placed
			a.log.Info("analysis done", "full", res.Full, "placed", res.Placed, "changed", len(res.Changed), "removed", len(res.Removed),
				"took", took.Round(time.Millisecond))
		}
		a.finish(gen, res, took, err)
	}
}

// runFull is the reconcile run: one full re-analysis with the
// Rebuilder. Only a successful one counts as a run for settle (it placed
// every article stored before it started); a failed one is logged and
// tried again after the next idle interval, and the stories stay those
// of the last incremental run.
func (a *analyzer) runFull(ctx context.Context) (time.Duration, error) {
	a.mu.Lock()
	gen := a.requested
	a.mu.Unlock()
	t0 := time.Now()
	stories, err := a.rebuilder.Rebuild(ctx)
	took := time.Since(t0)
	if ctx.Err() != nil {
		return took, ctx.Err()
	}
	if err != nil {
		a.log.Error("full re-analysis failed; will retry when idle again", "err", err, "took", took.Round(time.Millisecond))
		if a.done != nil {
			a.done(analysisRun{Full: true, Reconcile: true}, took, err)
		}
		return took, err
	}
	a.log.Info("fully re-analysed (reconcile)", "stories", len(stories), "took", took.Round(time.Millisecond))
	a.finish(gen, analysisRun{Full: true, Reconcile: true, Changed: stories}, took, nil)
	return took, nil
}

// finish reports a run and records it as the last completed one.
func (a *analyzer) finish(gen uint64, res analysisRun, took time.Duration, err error) {
	if a.done != nil {
		a.done(res, took, err)
	}
	a.mu.Lock()
	a.completed, a.lastErr = max(a.completed, gen), err
	close(a.changed)
	a.changed = make(chan struct{})
	a.mu.Unlock()
}

// quiet waits until no request came for the debounce window, or maxDelay
// passed since the first one. It returns false when ctx ends.
func (a *analyzer) quiet(ctx context.Context) bool {
	deadline := time.Now().Add(a.maxDelay)
	t := time.NewTimer(a.debounce)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return false
		case <-t.C:
			return true
		case <-a.kick:
			t.Reset(max(0, min(a.debounce, time.Until(deadline))))
		}
	}
}

// analyze brings the stored stories up to date: incrementally with the
// Updater, else by re-grouping and cross-checking every stored article.
func (a *analyzer) analyze(ctx context.Context) (analysisRun, error) {
	if a.updater != nil {
		u, err := a.updater.Sync(ctx)
		if err != nil {
			return analysisRun{}, err
		}
		return analysisRun{Changed: u.Changed, Removed: u.Removed, Placed: u.Articles}, nil
	}
	arts, err := a.store.Articles(ctx)
	if err != nil {
		return analysisRun{}, fmt.Errorf("read stored articles: %w", err)
	}
	stories, err := a.engine.Analyze(ctx, arts)
	if err != nil {
		return analysisRun{}, fmt.Errorf("analyze %d articles: %w", len(arts), err)
	}
	if err := a.store.ReplaceStories(ctx, stories); err != nil {
		return analysisRun{}, fmt.Errorf("store %d stories: %w", len(stories), err)
	}
	return analysisRun{Full: true, Changed: stories}, nil
}
