package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"crosswire/crosscheck/eval"
)

func (a *app) evalCmd() *cobra.Command {
	var (
		asJSON bool
		input  string
		seed   int64
		n      int
	)
	c := &cobra.Command{
		Use:   "eval [flags]",
		Short: "Measure the cross-check on planted drift: precision and recall per kind",
		Long: `eval takes real articles, makes a second version of each with known changes planted —
drifts the cross-check must report (a misspelt name, a changed title, figure, date or
quote, an event told the other way round, who did it, a subhead contradicting its body)
and paraphrase traps it must not (numbers in words, equivalent qualifiers, acronyms,
reordered names and titles, demonyms, reworded quotes, a detail only one version has) —
runs fact extraction and the cross-check on each pair, and prints, per kind, how many
drifts were planted, the recall, and the precision of the high and medium discrepancies
reported, then how often each trap was wrongly flagged.

The base articles are --input (JSON Lines, {"id", "title", "text"} a line), else
shared/data/bbc-news-2225.jsonl when found in the working directory or a directory
above it, else the example corpus built into the binary (at most 40 stories);
--input examples always takes the example corpus.

The evaluation is not circular: the generator and its word lists (names, titles,
antonyms, synonyms, misspelling rules) live in package crosscheck/eval, which only this
command imports. The engine (facts, crosscheck, pipeline and every other stage) never
imports it nor reads its words, and a test of this command checks that it stays so.

--json prints {"kinds": {KIND: {"precision", "recall", "planted", …}}, "traps": …}.`,
		Example: `  crosswire eval
  crosswire eval --json --n 1000 --seed 7 > eval.json
  crosswire eval --input my-articles.jsonl`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if n < 1 {
				return &usageError{fmt.Errorf("--n %d: want at least 1 article", n)}
			}
			if seed == 0 {
				return &usageError{fmt.Errorf("--seed 0: want a non-zero seed")}
			}
			res, err := eval.Run(cmd.Context(), eval.Options{Corpus: input, Articles: n, Seed: seed})
			if err != nil {
				return err
			}
			if !asJSON {
				return res.WriteText(a.stdout)
			}
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			if err := enc.Encode(res); err != nil {
				return fmt.Errorf("eval: write json: %w", err)
			}
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the result as JSON")
	c.Flags().StringVar(&input, "input", "", "JSON Lines file of base articles, or \"examples\" (default: the BBC News corpus when found, else the examples)")
	c.Flags().Int64Var(&seed, "seed", 1, "seed of the planting (the same seed plants the same drifts)")
	c.Flags().IntVar(&n, "n", 300, "number of base articles (one planted story each)")
	return c
}
