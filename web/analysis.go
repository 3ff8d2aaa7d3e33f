package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"crosswire"
	"crosswire/pipeline"
)

// Updater brings the stored stories up to date with the stored articles
// incrementally: it places the articles that are in no story yet and
// re-analyses only the stories they join or merge. *pipeline.Incremental
// implements it.
type Updater interface {
	Sync(ctx context.Context) (pipeline.Update, error)
}

// analysisRun is the outcome of one analysis run.
type analysisRun struct {
	// Full is true when every story was recomputed: Changed then holds
	// every story and Removed is empty.
	Full    bool
	Changed []crosswire.Story
	Removed []string
}

// analyzer brings the stories up to date after writes, in one background
// goroutine. With an Updater (the default of `crosswire serve`) a run
// places only the articles stored since the last run and rewrites only
// the stories they touch (see pipeline.Incremental); without one, it
// re-groups and cross-checks the whole store with the Engine. Requests are
// coalesced: a run starts once no write arrived for the debounce window
// (or maxDelay after the first pending write), and writes that land during
// a run are folded into the next one. Writers never wait for it. A run
// does not start sooner after the previous one than that one took, so
// under a steady stream of writes analysis takes at most about half of
// one core and request handling keeps the rest.
type analyzer struct {
	store    crosswire.Store
	engine   Engine
	updater  Updater
	log      *slog.Logger
	debounce time.Duration
	maxDelay time.Duration
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

func newAnalyzer(st crosswire.Store, e Engine, u Updater, log *slog.Logger, debounce, maxDelay time.Duration, done func(analysisRun, time.Duration, error)) *analyzer {
	return &analyzer{
		store: st, engine: e, updater: u, log: log, debounce: debounce, maxDelay: maxDelay, done: done,
		kick:    make(chan struct{}, 1),
		stopped: make(chan struct{}),
		changed: make(chan struct{}),
	}
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
	var notBefore time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-a.kick:
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
			a.log.Error("analysis failed", "err", err)
		} else {
			a.log.Info("analysis done", "full", res.Full, "changed", len(res.Changed), "removed", len(res.Removed),
				"took", took.Round(time.Millisecond))
		}
		if a.done != nil {
			a.done(res, took, err)
		}
		a.mu.Lock()
		a.completed, a.lastErr = gen, err
		close(a.changed)
		a.changed = make(chan struct{})
		a.mu.Unlock()
	}
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
		return analysisRun{Changed: u.Changed, Removed: u.Removed}, nil
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
