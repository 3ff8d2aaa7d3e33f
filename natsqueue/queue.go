// Package natsqueue carries ingest jobs between machines on a NATS
// JetStream stream: front ends publish the documents they read, ingest
// workers consume them and store the articles (in package postgres).
//
// Delivery is at least once, made effectively exactly once at both ends:
//
//   - A job's ID is its document's content hash (clean.ContentHash), sent
//     as the Nats-Msg-Id header, so JetStream drops a re-publication of the
//     same document within the stream's duplicate window.
//   - A worker acknowledges a job only after its handler returned nil,
//     that is after the article is durably stored; a failed or crashed
//     handler leaves the job to be redelivered (after a Nak with back-off,
//     or after AckWait). Storing is keyed on the same hash, so a job
//     handled twice (an ack lost on the wire) stores its article once.
//
// The stream uses the work-queue retention policy: a job leaves the
// stream when it is acknowledged. All workers share one durable pull
// consumer, so adding a worker adds throughput without any rebalancing.
//
// github.com/nats-io/nats.go is the official client; its jetstream package
// is the current JetStream API (pull consumers with iterators, double
// acks). The NATS server is not linked into crosswire: tests embed it.
package natsqueue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"crosswire"
)

// Config names the stream and consumer and sets delivery limits. The zero
// value uses the defaults below.
type Config struct {
	// Stream is the JetStream stream name (default CROSSWIRE_INGEST).
	Stream string
	// Subject is the subject jobs are published on (default
	// crosswire.ingest).
	Subject string
	// Durable is the name of the consumer shared by all workers (default
	// crosswire-ingest).
	Durable string
	// AckWait is how long the server waits for an acknowledgement before
	// redelivering a job (default 30s). A worker tells the server a job is
	// still in progress every AckWait/2, so only a worker that died or hung
	// lets a job go back to the queue.
	AckWait time.Duration
	// MaxDeliver caps the deliveries of one job (default 10); a job that
	// failed that many times stays in the stream but is not delivered
	// again.
	MaxDeliver int
	// Duplicates is the window in which a re-published job ID is dropped
	// (default 2m, the server's default).
	Duplicates time.Duration
	// Backoff is the delay before a failed job is redelivered, times the
	// number of deliveries so far, up to AckWait (default 1s).
	Backoff time.Duration
	// Log receives job failures (default slog.Default()).
	Log *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.Stream == "" {
		c.Stream = "CROSSWIRE_INGEST"
	}
	if c.Subject == "" {
		c.Subject = "crosswire.ingest"
	}
	if c.Durable == "" {
		c.Durable = "crosswire-ingest"
	}
	if c.AckWait <= 0 {
		c.AckWait = 30 * time.Second
	}
	if c.MaxDeliver == 0 {
		c.MaxDeliver = 10
	}
	if c.Duplicates <= 0 {
		c.Duplicates = 2 * time.Minute
	}
	if c.Backoff <= 0 {
		c.Backoff = time.Second
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	return c
}

// Job is one ingest job: a document to clean and store, and its ID, the
// document's content hash.
type Job struct {
	ID       string             `json:"id"`
	Document crosswire.Document `json:"document"`
}

// Connect connects to the NATS server at url (e.g. nats://127.0.0.1:4222)
// and returns the connection, to close when done, and its JetStream
// context.
func Connect(url string, opts ...nats.Option) (*nats.Conn, jetstream.JetStream, error) {
	opts = append([]nats.Option{nats.Name("crosswire")}, opts...)
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, nil, fmt.Errorf("connect to NATS at %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("JetStream at %s: %w", url, err)
	}
	return nc, js, nil
}

// ensureStream creates the stream, or updates its configuration to cfg.
func ensureStream(ctx context.Context, js jetstream.JetStream, cfg Config) (jetstream.Stream, error) {
	st, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        cfg.Stream,
		Description: "crosswire ingest jobs",
		Subjects:    []string{cfg.Subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  cfg.Duplicates,
	})
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", cfg.Stream, err)
	}
	return st, nil
}

// Publisher publishes ingest jobs. It is safe for concurrent use.
type Publisher struct {
	js  jetstream.JetStream
	cfg Config
}

// NewPublisher returns a publisher on the stream named by cfg, creating
// the stream if needed.
func NewPublisher(ctx context.Context, js jetstream.JetStream, cfg Config) (*Publisher, error) {
	cfg = cfg.withDefaults()
	if _, err := ensureStream(ctx, js, cfg); err != nil {
		return nil, fmt.Errorf("new publisher: %w", err)
	}
	return &Publisher{js: js, cfg: cfg}, nil
}

// Publish publishes a job and waits for the stream to store it.
// duplicate is true when the stream already had a job with this ID within
// its duplicate window, in which case nothing new is queued.
func (p *Publisher) Publish(ctx context.Context, job Job) (duplicate bool, err error) {
	if job.ID == "" {
		return false, fmt.Errorf("publish job for %s: no ID", job.Document.Source)
	}
	data, err := json.Marshal(job)
	if err != nil {
		return false, fmt.Errorf("publish job %s: %w", job.ID, err)
	}
	ack, err := p.js.Publish(ctx, p.cfg.Subject, data, jetstream.WithMsgID(job.ID))
	if err != nil {
		return false, fmt.Errorf("publish job %s (%s): %w", job.ID, job.Document.Source, err)
	}
	return ack.Duplicate, nil
}

// Consumer takes jobs from the stream's durable pull consumer.
type Consumer struct {
	cons jetstream.Consumer
	cfg  Config
}

// NewConsumer returns a consumer on the durable consumer named by cfg,
// creating the stream and the consumer if needed (or updating the
// consumer's AckWait and MaxDeliver to cfg's).
func NewConsumer(ctx context.Context, js jetstream.JetStream, cfg Config) (*Consumer, error) {
	cfg = cfg.withDefaults()
	st, err := ensureStream(ctx, js, cfg)
	if err != nil {
		return nil, fmt.Errorf("new consumer: %w", err)
	}
	cons, err := st.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable:       cfg.Durable,
		Description:   "crosswire ingest workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       cfg.AckWait,
		MaxDeliver:    cfg.MaxDeliver,
		FilterSubject: cfg.Subject,
	})
	if err != nil {
		return nil, fmt.Errorf("new consumer %s on %s: %w", cfg.Durable, cfg.Stream, err)
	}
	return &Consumer{cons: cons, cfg: cfg}, nil
}

// Handler processes one job; it must store the job's article durably
// before returning nil. It should be idempotent on job.ID: a job can be
// delivered again if its acknowledgement is lost. attempt counts
// deliveries from 1.
type Handler func(ctx context.Context, job Job, attempt int) error

// Run takes jobs one at a time and passes them to handle until ctx is
// done, then returns nil. A job is acknowledged when handle returns nil
// and negatively acknowledged (redelivered after a back-off) when it
// returns an error; a message that is not a job is terminated (never
// redelivered). Run several Runs, on one machine or many, to handle jobs
// in parallel. Run returns an error only when it cannot go on: the
// connection is closed, or the stream or consumer was deleted.
//
// Each job is fetched when the previous one is settled, never prefetched:
// a prefetched job's AckWait would run out while it waited behind a slow
// one, and another worker would get it too.
func (c *Consumer) Run(ctx context.Context, handle Handler) error {
	for {
		fctx, cancel := context.WithTimeout(ctx, fetchWait)
		msg, err := c.cons.Next(jetstream.FetchContext(fctx))
		cancel()
		switch {
		case ctx.Err() != nil:
			// A job fetched just now goes back to the queue after
			// AckWait.
			return nil
		case err == nil:
			c.handle(ctx, msg, handle)
		case errors.Is(err, nats.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
			// Nothing to do for fetchWait; ask again.
		case errors.Is(err, nats.ErrConnectionClosed), errors.Is(err, jetstream.ErrConsumerDeleted),
			errors.Is(err, jetstream.ErrConsumerNotFound), errors.Is(err, jetstream.ErrStreamNotFound):
			return fmt.Errorf("consume %s: %w", c.cfg.Durable, err)
		default:
			// Reconnecting, a server restarting, a leader election: wait
			// and try again.
			c.cfg.Log.Warn("fetch failed; retrying", "consumer", c.cfg.Durable, "err", err)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(time.Second):
			}
		}
	}
}

// fetchWait is how long one fetch waits for a job before asking again.
const fetchWait = 30 * time.Second

// ackTimeout bounds the wait for the server to confirm an ack.
const ackTimeout = 10 * time.Second

// handle runs one job and settles its message.
func (c *Consumer) handle(ctx context.Context, msg jetstream.Msg, handle Handler) {
	log := c.cfg.Log.With("subject", msg.Subject())
	var job Job
	if err := json.Unmarshal(msg.Data(), &job); err != nil || job.ID == "" {
		log.Error("dropping a message that is not an ingest job", "err", err)
		// Plain Term, not TermWithReason: servers before 2.10 do not
		// understand a reason and leave the message pending.
		if err := msg.Term(); err != nil {
			log.Warn("term", "err", err)
		}
		return
	}
	log = log.With("job", job.ID, "source", job.Document.Source)
	attempt := 1
	if md, err := msg.Metadata(); err == nil {
		attempt = int(md.NumDelivered)
	}

	// Tell the server the job is still being worked on, so a slow
	// handler is not mistaken for a dead worker.
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(c.cfg.AckWait / 2)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if err := msg.InProgress(); err != nil {
					log.Warn("in progress", "err", err)
				}
			}
		}
	}()
	err := handle(ctx, job, attempt)
	close(done)

	if err != nil {
		if ctx.Err() != nil {
			// Shutting down: leave the job unacknowledged, the server
			// redelivers it after AckWait to a live worker.
			log.Info("job interrupted", "attempt", attempt, "err", err)
			return
		}
		delay := min(time.Duration(attempt)*c.cfg.Backoff, c.cfg.AckWait)
		if c.cfg.MaxDeliver > 0 && attempt >= c.cfg.MaxDeliver {
			log.Error("job failed for the last time; giving up", "attempt", attempt, "err", err)
		} else {
			log.Warn("job failed; will retry", "attempt", attempt, "retry_in", delay, "err", err)
		}
		if err := msg.NakWithDelay(delay); err != nil {
			log.Warn("nak", "err", err)
		}
		return
	}
	// DoubleAck waits for the server to confirm, so a job counted as done
	// here is really off the queue.
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ackTimeout)
	defer cancel()
	if err := msg.DoubleAck(actx); err != nil {
		log.Warn("ack; the job may be delivered again", "err", err)
	}
}
