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
		Args: noArgs,
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
			if !st.Shared() {
				log.Warn("the store is a SQLite file: run one worker only, on this machine; use PostgreSQL for more", "store", dsn)
			}
			p := pipeline.New(log)
			an, err := pipeline.NewAnalysis(p, st)
			if err != nil {
				return err
			}
			w := &worker{p: p, an: an, log: log, concurrency: o.concurrency,
				sched: pipeline.NewScheduler(an, o.schedule, log)}
			log.Info("worker started", "queue", q.url, "store", redact(dsn), "concurrency", o.concurrency)
			return w.run(ctx, cons)
		},
	}
	c.Flags().StringVar(&queue, "queue", "", "NATS server URL (default $CROSSWIRE_QUEUE)")
	c.Flags().StringVar(&db, "db", "", "store: postgres:// URL, or a SQLite file for a single machine (default crosswire.db, or $CROSSWIRE_DB)")
	bindQueueName(c, &queueName)
	c.Flags().IntVar(&o.concurrency, "concurrency", 1, "jobs handled at once by this worker")
	c.Flags().DurationVar(&o.schedule.Settle, "settle", 500*time.Millisecond, "analyse once no job was stored for this long (or --max-delay after the first)")
	c.Flags().DurationVar(&o.schedule.MaxDelay, "max-delay", 5*time.Second, "analyse at the latest this long after the first job stored since the last analysis")
	c.Flags().DurationVar(&o.schedule.Reconcile, "reconcile", 10*time.Second, "re-analyse the whole store once no job came for this long (0: never)")
	c.Flags().DurationVar(&o.ackWait, "ack-wait", 30*time.Second, "how long the queue waits for a silent worker before giving its job to another")
	c.Flags().SortFlags = false // in the order above: where, then when
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
	concurrency int
	ackWait     time.Duration
	// schedule says when the worker analyses (--settle, --max-delay,
	// --reconcile).
	schedule pipeline.Schedule
}

// worker handles ingest jobs: each job's document is cleaned and stored
// (the job is acknowledged then); when the stored articles are analysed
// is the scheduler's business (pipeline.Scheduler: after each burst of
// jobs, and a full analysis once idle and on stop), under the store's
// analysis protocol (pipeline.Analysis).
type worker struct {
	p           *pipeline.Pipeline
	an          *pipeline.Analysis
	sched       *pipeline.Scheduler
	log         *slog.Logger
	concurrency int

	jobs, created atomic.Int64
	skipped       atomic.Int64
}

// run consumes jobs until ctx ends, then analyses what it stored and
// returns. It returns an error only when the queue cannot be consumed.
func (w *worker) run(ctx context.Context, cons *natsqueue.Consumer) error {
	// A worker that died between acknowledging a job and analysing it
	// left an article in no story: catch up before taking new jobs.
	w.sched.CatchUp(ctx)

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
		w.sched.Run(runCtx)
	}()
	for range w.concurrency {
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
	w.sched.Finish(fctx)
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
	ids, created, err := w.an.Store(ctx, arts)
	if err != nil {
		return err
	}
	w.jobs.Add(1)
	w.created.Add(int64(created))
	for _, id := range ids { // one document, one article
		log.Debug("stored", "article", id, "new", created > 0, "attempt", attempt)
	}
	w.sched.Stored(created)
	return nil
}
