package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"crosswire/crosscheck/goldeval"
	"crosswire/group"
	"crosswire/pipeline"
)

func newBenchDriftCmd() *cobra.Command {
	var gold, input, judged, show string
	var alone, together, byCluster, asJSON bool
	var bg benchBackground
	cmd := &cobra.Command{
		Use:   "drift --gold FILE --input FILE.jsonl [--alone|--together|--by-cluster] [--background FILE|none] [--background-less FILE.jsonl|none] [--json]",
		Short: "Measure the cross-check against a gold list of real discrepancies read by hand",
		Long: `bench drift runs the pipeline check runs (clean, group, facts, cross-check) over a
labelled JSONL corpus (one object a line: "id", "cluster" and the article fields check reads;
a corpus with no "cluster" takes its stories from the gold's "ids", leaving out the rest)
and matches the discrepancies it reports to a gold list (crosscheck/testdata/gold/
meter-drift.json): a report matches a gold item when two of its variants have spans
overlapping the item's spans, of two different values, in the same articles; one report
matches at most one item. Gold spans are byte offsets into the raw text field; they are
carried onto the clean text by their words (spaces collapsed, then letters and digits
alone), and the spans that cannot be carried are counted.

Modes (default: all three):
  --by-cluster  each labelled story's versions given as one story (grouping left out)
  --alone       the whole pipeline once per labelled story
  --together    the whole pipeline once over the whole corpus

It reports recall over the gold (by reports of any severity, and by high and medium
ones), the discrepancies reported on every story by severity, and — with --judged, a
file of read verdicts — precision of the high and medium reports it covers.
--show FILE writes every high/medium report and every missed gold item with its words,
for reading (it holds article text: never commit it).

` + benchBackgroundHelp,
		Example: `  crosswire bench drift --gold crosscheck/testdata/gold/meter-drift.json --input ../shared/data/meter-showbiz.jsonl
  crosswire bench drift --gold GOLD --input CORPUS --alone --judged crosscheck/testdata/gold/meter-drift-precision-baseline.json --json`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" || input == "" {
				return &usageError{errors.New("bench drift: --gold and --input are required")}
			}
			opt := goldeval.Options{}
			for _, m := range []struct {
				on   bool
				mode goldeval.Mode
			}{{byCluster, goldeval.ModeGold}, {alone, goldeval.ModeAlone}, {together, goldeval.ModeTogether}} {
				if m.on {
					opt.Modes = append(opt.Modes, m.mode)
				}
			}
			var err error
			if opt.Gold, err = goldeval.LoadGold(gold); err != nil {
				return err
			}
			if opt.Corpus, err = goldeval.LoadLabelledCorpus(input, opt.Gold.Labels()); err != nil {
				return err
			}
			if judged != "" {
				if opt.Judged, err = goldeval.LoadJudgements(judged); err != nil {
					return err
				}
			}
			b, err := bg.resolve(cmd.Context(), input, cmd.ErrOrStderr())
			if err != nil {
				return fmt.Errorf("bench drift: %w", err)
			}
			opt.Pipeline = pipeline.New(slog.New(slog.DiscardHandler))
			opt.Pipeline.Grouper = group.New(group.Options{Background: b})
			if show != "" {
				f, err := os.Create(show)
				if err != nil {
					return fmt.Errorf("bench drift: %w", err)
				}
				defer f.Close()
				opt.Show = f
			}
			res, err := goldeval.Run(cmd.Context(), opt)
			if err != nil {
				return err
			}
			var out io.Writer = cmd.OutOrStdout()
			if asJSON {
				return res.WriteJSON(out)
			}
			return res.WriteText(out)
		},
	}
	f := cmd.Flags()
	f.StringVar(&gold, "gold", "", "gold JSON file of discrepancies read by hand")
	f.StringVar(&input, "input", "", "labelled JSONL corpus the gold was read from")
	f.StringVar(&judged, "judged", "", "JSON file of read verdicts on reported discrepancies (precision)")
	f.StringVar(&show, "show", "", "write every high/medium report and missed gold item with its words to this file")
	f.BoolVar(&byCluster, "by-cluster", false, "each labelled story's versions given as one story")
	f.BoolVar(&alone, "alone", false, "the pipeline once per labelled story")
	f.BoolVar(&together, "together", false, "the pipeline once over the whole corpus")
	f.BoolVar(&asJSON, "json", false, "write JSON")
	bg.register(cmd)
	return cmd
}
