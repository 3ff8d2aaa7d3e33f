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
		secure                                     bool
		proxies                                    []string
	)
	c := &cobra.Command{
		Use:     "serve [flags]",
		Short:   "Serve the web UI and the HTTP API over the store",
		Long:    `serve runs the web UI and JSON API (POST /api/articles, GET /api/stories paged by limit and offset with a next link; all in /api/openapi.json) over the store (off loopback: --token, 16+ characters); see README.md.`,
		Example: `  CROSSWIRE_TOKEN=$(openssl rand -hex 16) crosswire serve --db news.db --addr 0.0.0.0:8080`,
		Args:    noArgs,
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
			trustedProxies, err := web.ParseTrustedProxies(proxies)
			if err != nil {
				return &usageError{fmt.Errorf("--trusted-proxy: %w", err)}
			}
			max, err := parseSize(maxBody)
			if err != nil {
				return &usageError{fmt.Errorf("--max-body: %w", err)}
			}
			ctx := cmd.Context()
			log := a.timedLogger()
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
				Store:          st,
				Engine:         p,
				Updater:        an,
				Queue:          jobs,
				Reader:         &ingest.Reader{MaxSize: max, Logger: log},
				Token:          token,
				SecureCookies:  secure,
				TrustedProxies: trustedProxies,
				MaxBody:        max,
				Reconcile:      reconcile,
				Log:            log,
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
	c.Flags().StringVar(&db, "db", "", "store: SQLite file or postgres:// URL (default crosswire.db, or $CROSSWIRE_DB)")
	c.Flags().StringVar(&token, "token", "", "require this token for writes (default $CROSSWIRE_TOKEN)")
	c.Flags().BoolVar(&secure, "secure-cookies", false, "mark the session cookie Secure (behind a proxy that ends TLS)")
	c.Flags().StringSliceVar(&proxies, "trusted-proxy", nil, "honour X-Forwarded-For/-Proto only from these proxy addresses or networks (repeatable)")
	c.Flags().StringVar(&queue, "queue", "", "hand posted reports to 'crosswire worker' through this NATS JetStream server (nats://…) instead of storing them")
	bindQueueName(c, &queueName)
	// Short help: the global flags in one mention (README has the rest).
	c.SetUsageTemplate(`Usage:
  {{.UseLine}}

Examples:
{{.Example}}

Flags (and -v, -q: see 'crosswire --help'):
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}
`)
	c.Flags().StringVar(&maxBody, "max-body", "10MiB", "largest request body accepted (e.g. 512KiB, 10MiB)")
	c.Flags().DurationVar(&reconcile, "reconcile", web.DefaultReconcile, "re-analyse the whole store once no write came for this long after articles were placed (0: never)")
	return c
}

// The server's analysis is the store's analysis protocol: incremental
// placement (Sync) and the full re-analysis once idle (Rebuild), both
// under the analysis lock shared with workers and other servers.
var _ web.Rebuilder = (*pipeline.Analysis)(nil)
