package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"crosswire"
	"crosswire/ingest"
	"crosswire/pipeline"
)

func (a *app) ingestCmd() *cobra.Command {
	var db, maxSize, queue, queueName, name string
	var reanalyze bool
	var fo fetchOptions
	c := &cobra.Command{
		Use:   "ingest [flags] PATH...",
		Short: "Add reports to the store and update its stories",
		Long: `ingest reads reports like check does, cleans them and keeps them in the store
(a SQLite file, crosswire.db in the working directory unless --db or $CROSSWIRE_DB says
otherwise; the schema is created on first use). Re-ingesting the same report is a no-op:
articles are keyed by a hash of their content. Analysis is incremental: each new article is
placed through the group index (rebuilt from the fingerprints kept in the store), and only
the stories it joins or merges are re-grouped, cross-checked and rewritten, so 'crosswire
stories' and 'crosswire show' see the result. --reanalyze re-analyses every stored article
instead (the full path, for after an upgrade of the analysis; without a PATH it only
re-analyses, which also places articles an interrupted ingest stored). Reports stored by an older
crosswire whose store did not keep wire headers get them back when they are ingested again:
ingest them with --reanalyze so their stories are regrouped as wire copy.

A report piped in (-) is stored as "-" and shown as "stdin"; --name stores it under a name
of your choosing (lines of JSONL piped in become NAME#1, NAME#2, …), as 'show', 'serve'
and the exports then name it.`,
		Example: `  crosswire ingest examples/
  crosswire ingest --db /data/news.db today.jsonl
  pbpaste | crosswire ingest --name desk-2026-03-01.txt -
  crosswire stories && crosswire show s1a2b3c4d5e6f
  crosswire ingest --reanalyze --db /data/news.db         # re-analyse what is stored
  crosswire ingest --queue nats://127.0.0.1:4222 feeds/   # workers store and analyse`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && !reanalyze {
				return fmt.Errorf("%s, or --reanalyze alone to re-analyse the store", errNoPath)
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			max, err := parseSize(maxSize)
			if err != nil {
				return &usageError{fmt.Errorf("--max-size: %w", err)}
			}
			ctx := cmd.Context()
			log := a.logger()
			if err := stdinNameProblem(cmd, args, name); err != nil {
				return err
			}
			r := &ingest.Reader{MaxSize: max, Stdin: a.stdin, Logger: log, Fetcher: fo.fetcher(max, log), Note: a.note}
			if cmd.Flags().Changed("name") {
				r.StdinName = name
			}
			if queue != "" {
				if db != "" || reanalyze {
					return &usageError{errors.New("--queue publishes jobs for workers, which store and analyse them: give --db to the workers, not to ingest")}
				}
				return a.publishIngest(ctx, r, args, queue, queueName, log)
			}
			if err := storePathProblem(dbFlag(db, defaultDB)); err != nil {
				return err
			}
			a.stdinHint(args)
			docs, skipped := r.Read(ctx, args)
			items, skipped := readFeedInputs(ctx, skipped, r.Fetcher, max, log)
			docs = append(docs, items...)
			if err := ctx.Err(); err != nil {
				return &interruptedError{msg: "nothing stored", err: err}
			}
			p := pipeline.New(log)
			arts, cleanSkips := p.Clean(ctx, docs)
			skipped = append(skipped, cleanSkips...)
			opener := openStore
			if len(args) == 0 {
				// --reanalyze alone only reads the store: a missing one
				// is a mistyped --db, not a new store to create.
				opener = openExistingStore
			}
			st, err := opener(ctx, dbFlag(db, defaultDB))
			if err != nil {
				return err
			}
			defer st.Close()
			an, err := pipeline.NewAnalysis(p, st)
			if err != nil {
				return err
			}
			_, created, err := an.Store(ctx, arts)
			if err != nil {
				return storedBeforeStop(ctx, created, err)
			}
			if _, err := an.Update(ctx); err != nil {
				return storedBeforeStop(ctx, created, err)
			}
			reanalysed := 0
			if reanalyze {
				stories, err := an.Rebuild(ctx)
				if err != nil {
					return err
				}
				for _, s := range stories {
					reanalysed += len(s.Articles)
				}
			}
			list, err := st.Stories(ctx, crosswire.StoryFilter{})
			if err != nil {
				return err
			}
			// Say what was done: with --reanalyze alone, nothing was read
			// and every stored article analysed again.
			did := fmt.Sprintf("ingested %d new %s (%d already stored, %d skipped)",
				created, plural(created, "article", "articles"), len(arts)-created, len(skipped))
			again := fmt.Sprintf("re-analysed %d stored %s", reanalysed, plural(reanalysed, "article", "articles"))
			switch {
			case reanalyze && len(args) == 0:
				did = again
			case reanalyze:
				did += ", " + again
			}
			fmt.Fprintf(a.stdout, "%s; the store holds %d %s\n", did, len(list), plural(len(list), "story", "stories"))
			return a.skipStatus(skipped)
		},
	}
	c.Flags().StringVar(&db, "db", "", "store: SQLite file or postgres:// URL (default crosswire.db, or $CROSSWIRE_DB)")
	c.Flags().StringVar(&maxSize, "max-size", "10MiB", "skip any single input larger than this")
	c.Flags().StringVar(&queue, "queue", "", "publish the reports as jobs on this NATS JetStream server (nats://…) for 'crosswire worker' instead of storing them")
	bindQueueName(c, &queueName)
	bindStdinName(c, &name, "store the report read from - under this name, not as \"-\" (which is shown as stdin)")
	c.Flags().BoolVar(&reanalyze, "reanalyze", false, "re-analyse every stored article, not only the stories new articles touch")
	fo.bind(c)
	return c
}

// storedBeforeStop is the error of an ingest stopped after it stored
// created new articles: when the context ended it (Ctrl-C), it says what
// is kept and how to finish — the articles are stored but in no story
// until an analysis places them, which any later ingest does first.
func storedBeforeStop(ctx context.Context, created int, err error) error {
	if ctx.Err() == nil || !errors.Is(err, ctx.Err()) {
		return err
	}
	if created == 0 {
		return &interruptedError{msg: "no new article stored", err: err}
	}
	return &interruptedError{err: err, msg: fmt.Sprintf("%d new %s stored but not yet placed in stories: 'crosswire ingest --reanalyze' (or the same ingest again) places them",
		created, plural(created, "article", "articles"))}
}
