package main

import (
	"errors"

	"github.com/spf13/cobra"

	"crosswire/group/bench"
)

// newBenchCmd returns `crosswire bench`, whose subcommands measure the
// speed, memory and quality of pipeline stages.
func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure the speed, memory and quality of pipeline stages",
	}
	cmd.AddCommand(newBenchGroupCmd())
	return cmd
}

func newBenchGroupCmd() *cobra.Command {
	var opts bench.Options
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "group --input FILE.jsonl [--labels FILE] [--json]",
		Short: "Measure grouping: articles/s, memory, and agreement with labelled stories",
		Long: `bench group fingerprints every article of a JSONL file (id, text, and optionally
title, outlet, language, published, cluster), adds it to a streaming story index and
reports throughput, peak RSS and index bytes per article. When the articles carry a
"cluster" label (or --labels gives {"id","cluster"} lines) it also reports pairwise
precision, recall and F1, the adjusted Rand index and B-cubed F1.

--batch measures the batch grouper that check and the analysis of stored articles use
(all articles known at once: every anchor's document frequency, story cores) instead
of the streaming index; it is the more accurate of the two.`,
		Example: `  crosswire bench group --input ../shared/data/mmds2025-dev.jsonl
  crosswire bench group --batch --input ../shared/data/mmds2025-dev.jsonl
  crosswire bench group --input articles.jsonl --labels truth.jsonl --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Input == "" {
				return &usageError{errors.New("bench group: --input is required")}
			}
			res, err := bench.Run(cmd.Context(), opts)
			if err != nil {
				return err
			}
			if asJSON {
				return res.WriteJSON(cmd.OutOrStdout())
			}
			return res.WriteTable(cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Input, "input", "", "JSONL file of articles")
	f.StringVar(&opts.Labels, "labels", "", "JSONL file of {\"id\",\"cluster\"} labels")
	f.IntVar(&opts.Repeat, "repeat", 1, "index the input this many times (throughput at scale)")
	f.IntVar(&opts.Workers, "workers", 0, "fingerprinting goroutines (0: GOMAXPROCS)")
	f.BoolVar(&opts.Batch, "batch", false, "measure the batch grouper (as check uses) instead of the streaming index")
	f.BoolVar(&asJSON, "json", false, "write JSON")
	return cmd
}
