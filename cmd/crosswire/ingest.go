package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"crosswire/ingest"
	"crosswire/pipeline"
)

func (a *app) ingestCmd() *cobra.Command {
	var db, maxSize string
	c := &cobra.Command{
		Use:   "ingest [flags] PATH...",
		Short: "Add reports to the store and update its stories",
		Long: `ingest reads reports like check does, cleans them and keeps them in the store
(a SQLite file, crosswire.db in the working directory unless --db or $CROSSWIRE_DB says
otherwise; the schema is created on first use). Re-ingesting the same report is a no-op:
articles are keyed by a hash of their content. After ingest every story is re-grouped and
cross-checked so 'crosswire stories' and 'crosswire show' see the result.`,
		Example: `  crosswire ingest examples/
  crosswire ingest --db /data/news.db today.jsonl
  crosswire stories && crosswire show s1a2b3c4d5e6f`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			max, err := parseSize(maxSize)
			if err != nil {
				return &usageError{fmt.Errorf("--max-size: %w", err)}
			}
			ctx := cmd.Context()
			log := a.logger()
			r := &ingest.Reader{MaxSize: max, Stdin: a.stdin, Logger: log}
			docs, skipped := r.Read(ctx, args)
			p := pipeline.New(log)
			arts, cleanSkips := p.Clean(ctx, docs)
			skipped = append(skipped, cleanSkips...)
			st, err := openStore(ctx, dbFlag(db, defaultDB))
			if err != nil {
				return err
			}
			defer st.Close()
			_, created, err := storeArticles(ctx, st, arts)
			if err != nil {
				return err
			}
			stories, err := regroup(ctx, p, st)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "ingested %d new %s (%d already stored, %d skipped); the store holds %d %s\n",
				created, plural(created, "article", "articles"), len(arts)-created, len(skipped),
				len(stories), plural(len(stories), "story", "stories"))
			return a.skipStatus(skipped)
		},
	}
	c.Flags().StringVar(&db, "db", "", "store file (default crosswire.db, or $CROSSWIRE_DB)")
	c.Flags().StringVar(&maxSize, "max-size", "10MiB", "skip any single input larger than this")
	return c
}
