package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"crosswire/ingest"
	"crosswire/pipeline"
	"crosswire/sqlite"
	"crosswire/web"
)

func (a *app) benchServeCmd() *cobra.Command {
	var (
		clients  int
		duration time.Duration
		target   string
		token    string
		keepDB   bool
	)
	c := &cobra.Command{
		Use:   "bench-serve [flags]",
		Short: "Load-test the HTTP server on this machine",
		Long: `bench-serve runs a bounded load test: --clients concurrent clients post invented
articles and read stories for --duration, then every article the server acknowledged is
read back. It prints requests per second, p50/p99 latencies and the error count, and
exits 1 if any request failed or any acknowledged article is missing.

Without --url it starts a server in this process on a loopback port, over a new SQLite
file in a temporary directory and the real pipeline. With --url it targets a running
'crosswire serve'; only loopback addresses are accepted.`,
		Example: `  crosswire bench-serve
  crosswire bench-serve --clients 50 --duration 5s
  crosswire bench-serve --url http://127.0.0.1:8080`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			log := a.logger()
			if target == "" {
				dir, err := os.MkdirTemp("", "crosswire-bench-")
				if err != nil {
					return fmt.Errorf("bench-serve: %w", err)
				}
				if !keepDB {
					defer os.RemoveAll(dir)
				}
				path := filepath.Join(dir, "bench.db")
				st, err := sqlite.Open(ctx, path)
				if err != nil {
					return fmt.Errorf("bench-serve: %w", err)
				}
				defer st.Close()
				srv, err := web.New(ctx, web.Options{Store: st, Engine: pipeline.New(log), Reader: &ingest.Reader{Logger: log}, Log: log})
				if err != nil {
					return err
				}
				defer srv.Close()
				ready := make(chan net.Addr, 1)
				errc := make(chan error, 1)
				srvCtx, stop := context.WithCancel(ctx)
				defer stop()
				go func() { errc <- srv.ListenAndServe(srvCtx, "127.0.0.1:0", func(l net.Addr) { ready <- l }) }()
				select {
				case l := <-ready:
					target = "http://" + l.String()
				case err := <-errc:
					return err
				}
				fmt.Fprintf(a.stderr, "crosswire: bench server on %s, store %s\n", target, path)
				defer func() {
					t0 := time.Now()
					if err := srv.Settle(ctx); err == nil {
						fmt.Fprintf(a.stdout, "analysis caught up %s after the load ended\n", time.Since(t0).Round(time.Millisecond))
					}
				}()
			}
			fmt.Fprintf(a.stderr, "crosswire: %d clients for %s against %s\n", clients, duration, target)
			res, err := web.Load{Clients: clients, Duration: duration, Token: token}.Run(ctx, target)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "clients      %d\nduration     %s\nrequests     %d (%.0f/s)\nerrors       %d\nacknowledged %d articles, %d missing afterwards\nstale reads  %d (story regrouped between listing and reading)\nall          %s\nposts        %s\nreads        %s\n",
				res.Clients, res.Elapsed.Round(time.Millisecond), res.Requests, res.RPS, res.Errors,
				res.Acknowledged, res.Missing, res.StaleStories, res.All, res.Post, res.Read)
			for _, e := range res.FirstErrors {
				fmt.Fprintln(a.stderr, "crosswire: error:", e)
			}
			if res.Errors > 0 || res.Missing > 0 {
				return &exitError{code: exitSkipped, msg: fmt.Sprintf("%d errors, %d missing articles", res.Errors, res.Missing)}
			}
			return nil
		},
	}
	c.Flags().IntVar(&clients, "clients", 50, "concurrent clients")
	c.Flags().DurationVar(&duration, "duration", 30*time.Second, "how long to run")
	c.Flags().StringVar(&target, "url", "", "server to test (loopback only; default: start one in this process)")
	c.Flags().StringVar(&token, "token", "", "bearer token of the server under test")
	c.Flags().BoolVar(&keepDB, "keep", false, "keep the temporary store of the in-process server")
	return c
}
