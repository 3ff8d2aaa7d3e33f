package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"crosswire/group/bench"
)

// newBenchCmd returns `crosswire bench`, whose subcommands measure the
// speed, memory and quality of pipeline stages.
func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure the speed, memory and quality of pipeline stages",
		Long: `bench measures a pipeline stage on a JSONL file of articles: its throughput, its memory
and, when the articles carry story labels, how well it agrees with them. 'crosswire
bench-serve' load-tests the HTTP service; 'go test -bench' in each package has the rest.`,
		Example: `  crosswire bench group --input articles.jsonl`,
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
		Long: `bench group groups every article of a JSONL file (one object a line: "id", the text and
optionally a title, outlet, language and publication time under the names check reads —
text/body/content, title/headline, published/date/pubdate — and a "cluster" label) into
stories exactly as check does — signatures, the LSH and anchor index, verification,
story cores; not roles — and reports throughput, peak RSS and index bytes per article.
When the articles carry a "cluster" label (or --labels gives {"id","cluster"} lines) it
also reports pairwise precision, recall and F1, the adjusted Rand index and B-cubed F1.

--stream measures the streaming index instead: each article placed on arrival with
the anchor frequencies seen so far and a bounded sample of its anchors, the path
serve and ingest use to find what an arrival touches (under 1 KiB per article at a
million articles). It is faster and lighter, and less accurate on independently
written reports of one event, which need every anchor's frequency in the whole
collection and story cores.

--repeat N groups the input N times (IDs suffixed "#k"): throughput and memory at
scale; quality is reported for the first copy.`,
		Example: `  crosswire bench group --input articles.jsonl                 # "cluster" labels in the lines score it
  crosswire bench group --input articles.jsonl --labels truth.jsonl --json
  crosswire bench group --stream --input articles.jsonl --repeat 400   # the streaming index at scale`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Input == "" {
				return &usageError{errors.New("bench group: --input is required")}
			}
			if opts.Repeat < 1 {
				return &usageError{fmt.Errorf("bench group: --repeat %d: want 1 or more", opts.Repeat)}
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
	f.BoolVar(&opts.Stream, "stream", false, "measure the streaming index (serve, ingest) instead of the batch grouping check uses")
	var batch bool
	f.BoolVar(&batch, "batch", true, "the batch grouping check uses (the default)")
	_ = f.MarkDeprecated("batch", "it is the default; --stream measures the streaming index")
	f.BoolVar(&asJSON, "json", false, "write JSON")
	return cmd
}
