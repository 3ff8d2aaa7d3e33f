package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"crosswire"
	"crosswire/natsqueue"
	"crosswire/pipeline"
	"crosswire/postgres"
)

func (a *app) workerCmd() *cobra.Command {
	var (
		db, queue, queueName string
		o                    workerOptions
	)
	c := &cobra.Command{
		Use:   "worker --queue nats://HOST:PORT [--db DSN]",
		Short: "Store and analyse the ingest jobs of a NATS JetStream queue",
		Long: `worker takes ingest jobs from the NATS JetStream queue that 'crosswire ingest --queue'
and 'crosswire serve --queue' publish to, cleans each report, stores its article
and acknowledges the job only once the article is stored. After each burst of jobs
(--settle, --max-delay) it places the new articles in stories with the incremental
analysis 'crosswire ingest' runs; once no job came for --reconcile, and when it stops,
it re-analyses the whole store, so the stories are exactly those one process would
compute (unless no story was written since another process's full analysis: one
serves all). Run as many workers as you like, on as many machines, against one PostgreSQL
database (--db postgres://…, or $CROSSWIRE_DB): they share one durable consumer, so
each job goes to one worker, and a job whose worker dies is delivered again after
--ack-wait. Articles are keyed by content hash, so a job handled twice stores its
article once; analyses are serialised by a PostgreSQL advisory lock, so versions of
one story stored by different workers end in one story.

The worker logs one line per analysis and a summary when it stops (SIGINT or
SIGTERM: it finishes the jobs in hand, analyses what it stored, and exits); -v logs
every job.`,
		Example: `  crosswire worker --queue nats://127.0.0.1:4222 --db postgres://crosswire@db/news
  CROSSWIRE_QUEUE=nats://nats.internal:4222 CROSSWIRE_DB=postgres://crosswire@db/news crosswire worker`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if queue == "" {
				queue = os.Getenv("CROSSWIRE_QUEUE")
			}
			if queue == "" {
				return &usageError{errors.New("worker: --queue (or $CROSSWIRE_QUEUE) is required")}
			}
			if o.concurrency < 1 {
				return &usageError{fmt.Errorf("--concurrency %d: want at least 1", o.concurrency)}
			}
			ctx := cmd.Context()
			log := a.serviceLogger()
			dsn := dbFlag(db, defaultDB)
			st, err := openStore(ctx, dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			q, err := openQueue(queue, queueName, log)
			if err != nil {
				return err
			}
			defer q.Close()
			q.cfg.AckWait = o.ackWait
			cons, err := natsqueue.NewConsumer(ctx, q.js, q.cfg)
			if err != nil {
				return fmt.Errorf("worker: queue %s: %w", q.url, err)
			}
			if _, shared := st.(exclusiver); !shared {
				log.Warn("the store is a SQLite file: run one worker only, on this machine; use PostgreSQL for more", "store", dsn)
			}
			p := pipeline.New(log)
			inc, err := pipeline.NewIncremental(p, st)
			if err != nil {
				return err
			}
			w := &worker{p: p, inc: inc, store: st, log: log, opts: o, kick: make(chan struct{}, 1)}
			w.gens, _ = st.(generationer)
			log.Info("worker started", "queue", q.url, "store", redact(dsn), "concurrency", o.concurrency)
			return w.run(ctx, cons)
		},
	}
	c.Flags().StringVar(&queue, "queue", "", "NATS server URL (default $CROSSWIRE_QUEUE)")
	c.Flags().StringVar(&db, "db", "", "store: postgres:// URL, or a SQLite file for a single machine (default crosswire.db, or $CROSSWIRE_DB)")
	bindQueueName(c, &queueName)
	c.Flags().IntVar(&o.concurrency, "concurrency", 1, "jobs handled at once by this worker")
	c.Flags().DurationVar(&o.settle, "settle", 500*time.Millisecond, "analyse once no job was stored for this long…")
	c.Flags().DurationVar(&o.maxDelay, "max-delay", 5*time.Second, "…or this long after the first job stored since the last analysis")
	c.Flags().DurationVar(&o.reconcile, "reconcile", 10*time.Second, "re-analyse the whole store once no job came for this long (0: never)")
	c.Flags().DurationVar(&o.ackWait, "ack-wait", 30*time.Second, "how long the queue waits for a silent worker before giving its job to another")
	return c
}

// serviceLogger is the logger of a long-running command: like logger, but
// at info level unless -q, since its progress lines are its only output.
func (a *app) serviceLogger() *slog.Logger {
	level := slog.LevelInfo
	switch {
	case a.quiet:
		level = slog.LevelError
	case a.verbose >= 1:
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
}

// workerOptions tune a worker.
type workerOptions struct {
	concurrency      int
	settle, maxDelay time.Duration
	ackWait          time.Duration
	reconcile        time.Duration
}

// worker handles ingest jobs: each job's document is cleaned and stored
// (the job is acknowledged then), and the store is re-analysed once a
// burst of jobs settles. Analysis is the same incremental analysis
// `crosswire ingest` runs, under the store's analysis lock.
type worker struct {
	p     *pipeline.Pipeline
	store crosswire.Store
	log   *slog.Logger
	opts  workerOptions
	// inc is the incremental analysis. On a shared store it is reloaded
	// from the store when another process wrote stories since it was
	// built (see sync).
	inc *pipeline.Incremental
	// gens is the store as a generationer (nil for SQLite); loadedAt the
	// story generation inc's state matches, 0 when unknown.
	gens     generationer
	loadedAt atomic.Int64
	// reloads counts the times inc was rebuilt from the store.
	reloads atomic.Int64

	// stored counts the articles this worker stored; grouped is the value
	// of stored the last successful analysis started from.
	stored, grouped atomic.Int64
	// reconciled is the value of stored the last full analysis started
	// from.
	reconciled    atomic.Int64
	jobs, created atomic.Int64
	skipped       atomic.Int64
	kick          chan struct{}
}

// run consumes jobs until ctx ends, then analyses what it stored and
// returns. It returns an error only when the queue cannot be consumed.
func (w *worker) run(ctx context.Context, cons *natsqueue.Consumer) error {
	// A worker that died between acknowledging a job and analysing it
	// left an article in no story: catch up before taking new jobs.
	w.analyze(ctx, "start")

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		errMu sync.Mutex
		first error
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		w.analyzeLoop(runCtx)
	}()
	for range w.opts.concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := cons.Run(runCtx, w.handle); err != nil {
				errMu.Lock()
				if first == nil {
					first = err
				}
				errMu.Unlock()
				cancel()
			}
		}()
	}
	wg.Wait()

	// Shutting down: the jobs are acknowledged, so analyse them now
	// rather than leave them to the next worker that starts.
	fctx, fcancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Minute)
	if w.stored.Load() != w.grouped.Load() {
		w.analyze(fctx, "stop")
	}
	if w.opts.reconcile > 0 && w.stored.Load() != w.reconciled.Load() {
		w.reconcile(fctx, "stop")
	}
	fcancel()
	w.log.Info("worker stopped", "jobs", w.jobs.Load(), "new_articles", w.created.Load(),
		"already_stored", w.jobs.Load()-w.created.Load()-w.skipped.Load(), "skipped", w.skipped.Load())
	return first
}

// handle cleans and stores one job's document. Returning nil acknowledges
// the job, so it returns nil only once the article is stored (or the
// document was rejected, which a retry would not change).
func (w *worker) handle(ctx context.Context, job natsqueue.Job, attempt int) error {
	log := w.log.With("job", articleID(job.ID), "source", job.Document.Source)
	arts, skips := w.p.Clean(ctx, []crosswire.Document{job.Document})
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(arts) == 0 {
		reason := "rejected by the cleaner"
		if len(skips) > 0 {
			reason = skips[0].Reason
		}
		log.Warn("job skipped", "reason", reason)
		w.jobs.Add(1)
		w.skipped.Add(1)
		return nil
	}
	ids, created, err := storeArticles(ctx, w.store, arts)
	if err != nil {
		return err
	}
	w.jobs.Add(1)
	w.created.Add(int64(created))
	for id := range ids { // one document, one article
		log.Debug("stored", "article", id, "new", created > 0, "attempt", attempt)
	}
	if created > 0 {
		w.stored.Add(int64(created))
		select {
		case w.kick <- struct{}{}:
		default:
		}
	}
	return nil
}

// analyzeLoop analyses the store after each burst of stored articles: once
// none was stored for settle, or maxDelay after the first, so a steady
// stream of jobs is analysed every maxDelay rather than after every job.
// Once no job came for the reconcile period it re-analyses the whole
// store (see reconcile).
func (w *worker) analyzeLoop(ctx context.Context) {
	for {
		var (
			idle  <-chan time.Time
			idleT *time.Timer
		)
		if w.opts.reconcile > 0 && w.stored.Load() != w.reconciled.Load() {
			idleT = time.NewTimer(w.opts.reconcile)
			idle = idleT.C
		}
		select {
		case <-ctx.Done():
			return
		case <-idle:
			w.reconcile(ctx, "idle")
			continue
		case <-w.kick:
			if idleT != nil {
				idleT.Stop()
			}
		}
		deadline := time.Now().Add(w.opts.maxDelay)
		t := time.NewTimer(w.opts.settle)
	quiet:
		for {
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
				break quiet
			case <-w.kick:
				t.Reset(max(0, min(w.opts.settle, time.Until(deadline))))
			}
		}
		if !w.analyze(ctx, "jobs") {
			// Try again after a while even if no job comes.
			time.AfterFunc(w.opts.maxDelay, func() {
				select {
				case w.kick <- struct{}{}:
				default:
				}
			})
		}
	}
}

// analyze places the articles stored since the last analysis (by this
// worker or any other) with the incremental analysis `crosswire ingest`
// uses, under the store's analysis lock (see syncStories). It logs the
// outcome and reports whether it succeeded.
func (w *worker) analyze(ctx context.Context, why string) bool {
	gen := w.stored.Load()
	t0 := time.Now()
	// A cheap look first, without the lock: when another worker's
	// analysis already placed every article, there is nothing to wait for.
	if current, err := w.current(ctx); err == nil && current {
		w.grouped.Store(gen)
		w.log.Debug("stories current; no analysis needed", "reason", why)
		return true
	}
	reloads := w.reloads.Load()
	u, current, err := w.sync(ctx)
	if err != nil {
		if ctx.Err() == nil {
			w.log.Error("analysis failed; will retry", "reason", why, "err", err)
		}
		return false
	}
	w.grouped.Store(gen)
	if current {
		w.log.Debug("stories current; no analysis needed", "reason", why, "waited", time.Since(t0).Round(time.Millisecond))
		return true
	}
	w.log.Info("analysed", "reason", why, "placed", u.Articles, "regrouped", u.Regrouped,
		"stories_written", len(u.Changed), "stories_merged_away", len(u.Removed),
		"reloaded", w.reloads.Load() != reloads,
		"stored_by_this_worker", w.created.Load(), "took", time.Since(t0).Round(time.Millisecond))
	return true
}

// generationer is a shared store that tells cheaply where its analysis
// stands (postgres.Store): how many story writes it has seen, which of
// them was the last full analysis, how many articles are in no story.
type generationer interface {
	Generation(ctx context.Context) (postgres.Generation, error)
}

// current reports whether every stored article is in a story: one small
// query on a shared store, Unassigned on SQLite.
func (w *worker) current(ctx context.Context) (bool, error) {
	if w.gens == nil {
		return storiesCurrent(ctx, w.store)
	}
	g, err := w.gens.Generation(ctx)
	if err != nil {
		return false, err
	}
	return g.Current(), nil
}

// sync places the stored articles no story holds yet: syncStories, but on
// a shared store it rebuilds the incremental state only when another
// process wrote stories since the state was built.
//
// Under the analysis lock it reads the store's story generation (see
// postgres.Generation). If it is the one inc's state was loaded or last
// written at, no one wrote since and the state is the stored one, so the
// reload (seconds on a large store: every fingerprint and membership) is
// skipped; else inc reloads. After placing, the generation must have
// moved by exactly this worker's own write (one, when it placed
// anything): then the state matches the new generation. Anything else
// (another writer that does not take the analysis lock, a failed write)
// leaves the generation unknown, and the next run reloads.
func (w *worker) sync(ctx context.Context) (u pipeline.Update, current bool, err error) {
	if w.gens == nil {
		return syncStories(ctx, w.inc, w.store)
	}
	err = exclusive(ctx, w.store, func(ctx context.Context) error {
		loadedAt := w.loadedAt.Swap(0) // unknown until this run succeeds
		before, err := w.gens.Generation(ctx)
		if err != nil {
			return err
		}
		if current = before.Current(); current {
			w.loadedAt.Store(loadedAt) // nothing written: the state holds
			return nil
		}
		if before.Stories != loadedAt {
			if err := w.inc.Load(ctx); err != nil {
				return err
			}
			w.reloads.Add(1)
		}
		if u, err = w.inc.Sync(ctx); err != nil {
			return err
		}
		after, err := w.gens.Generation(ctx)
		if err != nil {
			return err
		}
		own := int64(0)
		if u.Articles > 0 {
			own = 1 // Incremental writes its placements in one PutStories
		}
		if after.Stories == before.Stories+own {
			w.loadedAt.Store(after.Stories)
		}
		return nil
	})
	return u, current, err
}

// reconcile re-analyses the whole store (the full regroup `ingest
// --reanalyze` runs, under the analysis lock) when this worker stored
// articles since its last full analysis.
//
// Why: incremental analysis places each batch against the anchor
// frequencies of the store as it was, and never revisits a pair of older
// articles, so the stories it leaves can depend, rarely, on the order in
// which articles arrived (see pipeline.Incremental). Workers see arrivals
// in an order no one controls; on 3,000 generated articles about one run
// in two left one pair of articles merged that a full analysis keeps
// apart. A full analysis once the queue goes quiet gives exactly the
// stories one process computes from the same articles, whatever the
// order, while bursts keep the cheap incremental path.
//
// Once is enough, whoever runs it: workers go idle (and are stopped)
// together, and one full analysis serves them all. On a shared store the
// worker looks, under the analysis lock, at the store's generation and
// skips the full analysis when no story was written and no article
// stored since the last one, by any process (postgres.Generation's
// FullyAnalysed): the stories are then already those a full analysis
// gives.
func (w *worker) reconcile(ctx context.Context, why string) {
	gen := w.stored.Load()
	t0 := time.Now()
	var (
		stories []crosswire.Story
		skipped bool
		err     error
	)
	if rg, ok := w.store.(regrouper); ok && w.gens != nil {
		err = exclusive(ctx, w.store, func(ctx context.Context) error {
			g, err := w.gens.Generation(ctx)
			if err != nil {
				return err
			}
			if skipped = g.FullyAnalysed(); skipped {
				return nil
			}
			return rg.Regroup(ctx, func(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error) {
				var err error
				stories, err = w.p.Analyze(ctx, arts)
				return stories, err
			})
		})
	} else {
		stories, err = regroup(ctx, w.p, w.store)
	}
	if err != nil {
		if ctx.Err() == nil {
			w.log.Error("full analysis failed; will retry when idle again", "reason", why, "err", err)
		}
		return
	}
	w.reconciled.Store(gen)
	if skipped {
		w.log.Info("full analysis not needed: nothing written since the last one", "reason", why,
			"waited", time.Since(t0).Round(time.Millisecond))
		return
	}
	w.log.Info("fully re-analysed", "reason", why, "stories", len(stories), "took", time.Since(t0).Round(time.Millisecond))
}
