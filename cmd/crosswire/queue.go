package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strings"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	"crosswire"
	"crosswire/clean"
	"crosswire/ingest"
	"crosswire/natsqueue"
	"crosswire/web"
)

// jobQueue is a connection to the NATS JetStream ingest queue a --queue
// flag names. Close it when done.
type jobQueue struct {
	url string
	nc  *nats.Conn
	js  jetstream.JetStream
	cfg natsqueue.Config
}

// openQueue connects to the NATS server at rawURL (nats://host:port, or
// several separated by commas for a cluster). name picks the queue: ""
// is the default stream CROSSWIRE_INGEST on subject crosswire.ingest,
// another name NAME the stream CROSSWIRE_INGEST_NAME on subject
// crosswire.ingest.NAME, so several corpora (or test runs) can share one
// NATS server.
func openQueue(rawURL, name string, log *slog.Logger) (*jobQueue, error) {
	if !strings.HasPrefix(rawURL, "nats://") && !strings.HasPrefix(rawURL, "tls://") {
		return nil, &usageError{fmt.Errorf("--queue %s: want a nats:// URL", redactURL(rawURL))}
	}
	cfg := natsqueue.Config{Log: log}
	if name != "" {
		if !queueName.MatchString(name) {
			return nil, &usageError{fmt.Errorf("--queue-name %q: want letters, digits, - and _ only", name)}
		}
		cfg.Stream = "CROSSWIRE_INGEST_" + strings.ToUpper(name)
		cfg.Subject = "crosswire.ingest." + name
		cfg.Durable = "crosswire-ingest-" + name
	}
	nc, js, err := natsqueue.Connect(rawURL,
		nats.MaxReconnects(-1),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("disconnected from NATS; reconnecting", "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) { log.Info("reconnected to NATS", "server", c.ConnectedUrlRedacted()) }),
	)
	if err != nil {
		return nil, fmt.Errorf("--queue %s: %w", redactURL(rawURL), err)
	}
	return &jobQueue{url: redactURL(rawURL), nc: nc, js: js, cfg: cfg}, nil
}

// queueName is what --queue-name accepts: it becomes part of a stream
// name, a subject and a consumer name.
var queueName = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// bindQueueName registers --queue-name on c.
func bindQueueName(c *cobra.Command, name *string) {
	c.Flags().StringVar(name, "queue-name", "", "use the queue of this name on the NATS server (default: the one queue, CROSSWIRE_INGEST)")
}

// Close drains nothing and closes the connection: publications are
// synchronous, so nothing is in flight once the callers returned.
func (q *jobQueue) Close() { q.nc.Close() }

// jobFor makes the ingest job of a document: its ID is the document's
// content hash, the hash its article will be stored under, so the queue's
// duplicate window and the store's unique hash both recognise a
// re-publication.
func jobFor(doc crosswire.Document) natsqueue.Job {
	return natsqueue.Job{ID: clean.ContentHash(doc), Document: doc}
}

// articleID is the ID the article of a job will be stored under (see
// clean.Cleaner: the first 16 hex digits of the content hash).
func articleID(jobID string) string { return jobID[:min(16, len(jobID))] }

// publisher is a web.Queue over NATS: serve --queue hands posted
// documents to it instead of storing them.
type publisher struct {
	pub *natsqueue.Publisher
}

// newPublisher returns a publisher on the queue, creating the stream if
// needed.
func (q *jobQueue) newPublisher(ctx context.Context) (*publisher, error) {
	pub, err := natsqueue.NewPublisher(ctx, q.js, q.cfg)
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", q.url, err)
	}
	return &publisher{pub: pub}, nil
}

// Submit publishes one job per document, in order, and waits until the
// stream has stored each.
func (p *publisher) Submit(ctx context.Context, docs []crosswire.Document) ([]web.QueuedJob, error) {
	jobs := make([]web.QueuedJob, 0, len(docs))
	for _, d := range docs {
		j := jobFor(d)
		dup, err := p.pub.Publish(ctx, j)
		if err != nil {
			return jobs, err
		}
		jobs = append(jobs, web.QueuedJob{ID: j.ID, Article: articleID(j.ID), Source: d.Source, Duplicate: dup})
	}
	return jobs, nil
}

// redactURL hides the password of a URL's user info for messages.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	return u.Redacted()
}

// publishIngest is `ingest --queue`: it reads the inputs as ingest does
// and publishes one job per report as soon as it is read (a large JSONL
// file or WARC archive is never held whole), then prints how many were
// queued, how many the queue already had and how many inputs were
// skipped.
func (a *app) publishIngest(ctx context.Context, r *ingest.Reader, args []string, rawURL, name string, log *slog.Logger) error {
	q, err := openQueue(rawURL, name, log)
	if err != nil {
		return err
	}
	defer q.Close()
	pub, err := q.newPublisher(ctx)
	if err != nil {
		return err
	}
	var queued, dups int
	skipped, err := r.Walk(ctx, args, func(d crosswire.Document) error {
		jobs, err := pub.Submit(ctx, []crosswire.Document{d})
		if err != nil {
			return err
		}
		if jobs[0].Duplicate {
			dups++
		} else {
			queued++
		}
		log.Debug("queued", "job", articleID(jobs[0].ID), "source", d.Source, "duplicate", jobs[0].Duplicate)
		return nil
	})
	fmt.Fprintf(a.stdout, "queued %d %s on %s (%d already queued, %d skipped)\n",
		queued, plural(queued, "report", "reports"), q.url, dups, len(skipped))
	if err != nil {
		return fmt.Errorf("ingest --queue: %w", err)
	}
	return a.skipStatus(skipped)
}
