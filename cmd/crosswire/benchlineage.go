package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"crosswire/group/bench"
)

func newBenchLineageCmd() *cobra.Command {
	var opts bench.LineageOptions
	var asJSON, rows bool
	var bg benchBackground
	cmd := &cobra.Command{
		Use:   "lineage --input FILE.jsonl [--by-cluster] [--background FILE|none] [--background-less FILE.jsonl|none] [--json]",
		Short: "Measure lineage: how much of each version derives from the wire, against labels",
		Long: `bench lineage reads a JSONL file of articles (as check reads JSONL) whose lines also
carry a "cluster" (story) and a "derivation" label: "source" for wire copy, else "wholly",
"partially" or "non" derived from the story's wire copy (the METER corpus's labels). It
cleans and groups every article in one run as check does — wire copy is found from its
agency header by cleaning, never from the outlet — and scores each text not labelled
"source" with this mapping:

  independent report, the story's original, or a story without wire copy  → non
  derived with reuse ≥ 0.5                                                  → wholly
  derived with reuse < 0.5                                                  → partially

It prints per-class precision, recall and F1, the confusion matrix (label → predicted) and
the macro-F1 over all texts and over two halves of the stories (sorted, shuffled with a PCG
seeded --seed: the first half is the calibration half, the rest held out), and two sanity
counts: wire copy said to derive from a client's version, and translations between two texts
of one language.

--by-cluster gives each labelled cluster to lineage as one story (the gold grouping), so
lineage is measured apart from grouping.

` + benchBackgroundHelp,
		Example: `  crosswire bench lineage --input ../shared/data/meter-showbiz.jsonl
  crosswire bench lineage --input ../shared/data/meter-showbiz.jsonl --by-cluster --json`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Input == "" {
				return &usageError{errors.New("bench lineage: --input is required")}
			}
			var err error
			if opts.Background, err = bg.resolve(cmd.Context(), opts.Input, cmd.ErrOrStderr()); err != nil {
				return fmt.Errorf("bench lineage: %w", err)
			}
			res, err := bench.RunLineage(cmd.Context(), opts)
			if err != nil {
				return err
			}
			if rows {
				for _, r := range res.Rows {
					fmt.Fprintf(cmd.OutOrStdout(), "%s\t%s\t%s\t%s\t%s\t%s\t%.2f\t%s\n", r.Half, r.Cluster, r.ID, r.Label, r.Predicted, r.Role, r.Reuse, r.Evidence)
				}
			}
			if asJSON {
				return res.WriteJSON(cmd.OutOrStdout())
			}
			return res.WriteTable(cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Input, "input", "", "JSONL file of articles with \"cluster\" and \"derivation\" labels")
	f.BoolVar(&opts.ByCluster, "by-cluster", false, "give each labelled cluster to lineage as one story (gold grouping)")
	f.Uint64Var(&opts.Seed, "seed", 1, "seed of the split of stories into calibration and held-out halves")
	f.BoolVar(&rows, "rows", false, "also print every scored text: cluster, id, label, predicted class, role, reuse, evidence")
	f.BoolVar(&asJSON, "json", false, "write JSON")
	bg.register(cmd)
	return cmd
}
