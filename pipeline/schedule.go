package pipeline

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"
)

// Schedule says when a long-running process that stores articles as they
// come (an ingest worker) analyses them.
type Schedule struct {
	// Settle and MaxDelay: analyse once no article was stored for
	// Settle, or MaxDelay after the first one stored since the last
	// analysis, so a steady stream is analysed every MaxDelay rather
	// than after every article.
	Settle, MaxDelay time.Duration
	// Reconcile is the idle time (no article stored) after which the
	// whole store is re-analysed once, when this process stored articles
	// since its last full analysis (Analysis.Reconcile); 0 never
	// reconciles.
	Reconcile time.Duration
}

// Scheduler runs an Analysis on a Schedule for a process that stores
// articles as they come: Stored tells it of new articles; Run analyses
// after each burst (Analysis.Update) and reconciles once the process goes
// idle (Analysis.Reconcile); Finish does both before the process exits.
//
// Why reconcile once idle: workers see arrivals in an order no one
// controls, and incremental placement can depend, rarely, on that order
// (on 3,000 generated articles about one run in two left one pair of
// articles merged that a full analysis keeps apart). A full analysis once
// the queue goes quiet gives exactly the stories one process computes
// from the same articles, whatever the order, while bursts keep the cheap
// incremental path. Once is enough, whoever runs it: workers go idle (and
// are stopped) together, and on a shared store Reconcile skips the full
// analysis when another process's already serves.
type Scheduler struct {
	a    *Analysis
	o    Schedule
	log  *slog.Logger
	kick chan struct{}
	// stored counts the articles this process stored; grouped is the
	// value of stored the last successful analysis started from;
	// reconciled the value the last full analysis started from.
	stored, grouped, reconciled atomic.Int64
}

// NewScheduler returns a Scheduler running a on o, logging each analysis
// to log.
func NewScheduler(a *Analysis, o Schedule, log *slog.Logger) *Scheduler {
	return &Scheduler{a: a, o: o, log: log, kick: make(chan struct{}, 1)}
}

// Stored records n articles new to the store (stored by this process)
// and asks for an analysis.
func (s *Scheduler) Stored(n int) {
	if n <= 0 {
		return
	}
	s.stored.Add(int64(n))
	s.wake()
}

func (s *Scheduler) wake() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// CatchUp analyses what is in no story before any new article comes: a
// process that died between storing an article and analysing it left it
// unplaced.
func (s *Scheduler) CatchUp(ctx context.Context) { s.analyze(ctx, "start") }

// Run analyses the store after each burst of stored articles (see
// Schedule) and reconciles once no article came for the Reconcile
// period, until ctx ends.
func (s *Scheduler) Run(ctx context.Context) {
	for {
		var (
			idle  <-chan time.Time
			idleT *time.Timer
		)
		if s.o.Reconcile > 0 && s.stored.Load() != s.reconciled.Load() {
			idleT = time.NewTimer(s.o.Reconcile)
			idle = idleT.C
		}
		select {
		case <-ctx.Done():
			return
		case <-idle:
			s.reconcile(ctx, "idle")
			continue
		case <-s.kick:
			if idleT != nil {
				idleT.Stop()
			}
		}
		deadline := time.Now().Add(s.o.MaxDelay)
		t := time.NewTimer(s.o.Settle)
	quiet:
		for {
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
				break quiet
			case <-s.kick:
				t.Reset(max(0, min(s.o.Settle, time.Until(deadline))))
			}
		}
		if !s.analyze(ctx, "jobs") {
			// Try again after a while even if no article comes.
			time.AfterFunc(s.o.MaxDelay, s.wake)
		}
	}
}

// Finish analyses what this process stored since the last analysis, and
// reconciles when it stored anything since the last full analysis: for a
// process about to exit, so nothing it stored is left to the next one.
func (s *Scheduler) Finish(ctx context.Context) {
	if s.stored.Load() != s.grouped.Load() {
		s.analyze(ctx, "stop")
	}
	if s.o.Reconcile > 0 && s.stored.Load() != s.reconciled.Load() {
		s.reconcile(ctx, "stop")
	}
}

// analyze brings the stories up to date (Analysis.Update), logs the
// outcome and reports whether it succeeded.
func (s *Scheduler) analyze(ctx context.Context, why string) bool {
	gen := s.stored.Load()
	t0 := time.Now()
	step, err := s.a.Update(ctx)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Error("analysis failed; will retry", "reason", why, "err", err)
		}
		return false
	}
	s.grouped.Store(gen)
	if step.Current {
		s.log.Debug("stories current; no analysis needed", "reason", why, "waited", time.Since(t0).Round(time.Millisecond))
		return true
	}
	s.log.Info("analysed", "reason", why, "placed", step.Articles, "regrouped", step.Regrouped,
		"stories_written", len(step.Changed), "stories_merged_away", len(step.Removed),
		"reloaded", step.Reloaded,
		"stored_by_this_worker", s.stored.Load(), "took", time.Since(t0).Round(time.Millisecond))
	return true
}

// reconcile re-analyses the whole store (Analysis.Reconcile) and logs the
// outcome.
func (s *Scheduler) reconcile(ctx context.Context, why string) {
	gen := s.stored.Load()
	t0 := time.Now()
	stories, skipped, err := s.a.Reconcile(ctx)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Error("full analysis failed; will retry when idle again", "reason", why, "err", err)
		}
		return
	}
	s.reconciled.Store(gen)
	if skipped {
		s.log.Info("full analysis not needed: nothing written since the last one", "reason", why,
			"waited", time.Since(t0).Round(time.Millisecond))
		return
	}
	s.log.Info("fully re-analysed", "reason", why, "stories", len(stories), "took", time.Since(t0).Round(time.Millisecond))
}
