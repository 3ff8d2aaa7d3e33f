package main

import (
	"fmt"
	"net"
	"os"

	"github.com/spf13/cobra"

	"crosswire/ingest"
	"crosswire/pipeline"
	"crosswire/web"
)

func (a *app) serveCmd() *cobra.Command {
	var addr, db, token, maxBody, queue, queueName string
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

Writes store the article and return at once; a background analysis places new articles in
stories incrementally (only the stories they join or merge are re-analysed and rewritten),
so a store of tens of thousands of articles stays responsive.`,
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
			inc, err := pipeline.NewIncremental(p, st)
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
				Store:   st,
				Engine:  p,
				Updater: lockedSync{inc: inc, st: st},
				Queue:   jobs,
				Reader:  &ingest.Reader{MaxSize: max, Logger: log},
				Token:   token,
				MaxBody: max,
				Log:     log,
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
	return c
}
