package main

import (
	"fmt"
	"net"
	"os"
	"time"

	"github.com/spf13/cobra"

	"crosswire/ingest"
	"crosswire/pipeline"
	"crosswire/web"
)

func (a *app) serveCmd() *cobra.Command {
	var (
		addr, db, token, maxBody, queue, queueName string
		reconcile                                  time.Duration
	)
	c := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve the web UI and the HTTP API over the store",
		Long: `serve runs crosswire's web UI and JSON API over the store (the SQLite file crosswire.db
unless --db or $CROSSWIRE_DB says otherwise). Analysts list and search stories, read the
versions of a story side by side with the conflicting words highlighted, and add reports by
pasting text or uploading files. Programs post articles to /api/articles and read stories from
/api/stories; the API is documented at /api/openapi.json. Prometheus metrics are at /metrics.

Without a token the server listens on loopback only and accepts writes from there. With
--token (or $CROSSWIRE_TOKEN) API writes need "Authorization: Bearer TOKEN" and the UI asks
for the token before adding reports; only then may --addr be reachable from other machines
(put TLS in front of it).

With --queue nats://… the server stores nothing itself: POST /api/articles and the upload
form queue one job per report and answer at once (the API with 202 and the job ids), and
'crosswire worker' processes store and analyse them; the stories appear in /api/stories as
the workers place them. Run any number of servers and workers against one PostgreSQL --db.

Analysis runs in the background. Writes store the article and return at once; one background
goroutine then places the new articles in stories incrementally (only the stories they join
or merge are re-analysed and rewritten), so a store of tens of thousands of articles stays
responsive. Writes are coalesced: a run starts once no write came for 200 ms, or 2 s after the
first pending one, and a run never starts sooner after the last than that one took.
POST /api/articles?wait=1 and the upload form wait for it; /healthz reports whether analysis
is pending.

Incremental placement can differ, rarely, from a full analysis of the same articles (on
10,000 generated articles, 6 were in a different story). So once the store has been idle for
--reconcile (30s) after articles were placed, the server re-analyses the whole store once,
in the background (as 'crosswire ingest --reanalyze' does, under the same lock as the
incremental runs and the workers): the stories then are exactly those a full analysis of the
stored articles gives, whatever order the articles came in. Writes do not wait for it, and
readers see the previous stories until it commits. With nothing placed since the last one it
does not run; it waits at least as long as the previous full analysis took; --reconcile 0
turns it off.`,
		Example: `  crosswire serve
  crosswire serve --db news.db --addr 127.0.0.1:9000
  CROSSWIRE_TOKEN=$(openssl rand -hex 16) crosswire serve --addr 0.0.0.0:8080
  curl -s -H 'Content-Type: application/json' -d '{"text":"…","outlet":"Norpress"}' localhost:8080/api/articles`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if token == "" {
				token = os.Getenv("CROSSWIRE_TOKEN")
			}
			if err := web.CheckAddr(addr, token); err != nil {
				return &usageError{fmt.Errorf("--addr: %w", err)}
			}
			if reconcile < 0 {
				return &usageError{fmt.Errorf("--reconcile %s: want 0 (off) or a positive duration", reconcile)}
			}
			max, err := parseSize(maxBody)
			if err != nil {
				return &usageError{fmt.Errorf("--max-body: %w", err)}
			}
			ctx := cmd.Context()
			log := a.logger()
			st, err := openStore(ctx, dbFlag(db, defaultDB))
			if err != nil {
				return err
			}
			defer st.Close()
			p := pipeline.New(log)
			an, err := pipeline.NewAnalysis(p, st)
			if err != nil {
				return err
			}
			var jobs web.Queue
			if queue != "" {
				q, err := openQueue(queue, queueName, log)
				if err != nil {
					return err
				}
				defer q.Close()
				if jobs, err = q.newPublisher(ctx); err != nil {
					return err
				}
			}
			srv, err := web.New(ctx, web.Options{
				Store:     st,
				Engine:    p,
				Updater:   an,
				Queue:     jobs,
				Reader:    &ingest.Reader{MaxSize: max, Logger: log},
				Token:     token,
				MaxBody:   max,
				Reconcile: reconcile,
				Log:       log,
			})
			if err != nil {
				return err
			}
			defer srv.Close()
			return srv.ListenAndServe(ctx, addr, func(l net.Addr) {
				fmt.Fprintf(a.stderr, "crosswire: serving http://%s/ (store %s; Ctrl-C stops)\n", l, dbFlag(db, defaultDB))
			})
		},
	}
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen address; other than loopback only with --token")
	c.Flags().StringVar(&db, "db", "", "store file (default crosswire.db, or $CROSSWIRE_DB)")
	c.Flags().StringVar(&token, "token", "", "require this token for writes (default $CROSSWIRE_TOKEN)")
	c.Flags().StringVar(&queue, "queue", "", "hand posted reports to 'crosswire worker' through this NATS JetStream server (nats://…) instead of storing them")
	bindQueueName(c, &queueName)
	c.Flags().StringVar(&maxBody, "max-body", "10MiB", "largest request body accepted (e.g. 512KiB, 10MiB)")
	c.Flags().DurationVar(&reconcile, "reconcile", web.DefaultReconcile, "re-analyse the whole store once no write came for this long after articles were placed (0: never)")
	return c
}

// The server's analysis is the store's analysis protocol: incremental
// placement (Sync) and the full re-analysis once idle (Rebuild), both
// under the analysis lock shared with workers and other servers.
var _ web.Rebuilder = (*pipeline.Analysis)(nil)
