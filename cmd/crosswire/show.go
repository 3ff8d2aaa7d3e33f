package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"crosswire"
	"crosswire/report"
)

func (a *app) showCmd() *cobra.Command {
	var (
		db, format, color             string
		explainOn, allFacts, evidence bool
	)
	c := &cobra.Command{
		Use:   "show [flags] STORY",
		Short: "Show one stored story: versions, facts and discrepancies",
		Long: `show prints one story from the store, by the id 'crosswire stories' lists, in the
same formats as check (text, markdown, json: a report holding that one story).`,
		Example: `  crosswire show s1a2b3c4d5e6f
  crosswire show --format json s1a2b3c4d5e6f | jq '.stories[0].discrepancies'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format); err != nil {
				return err
			}
			ex, err := explainer(a.stdout, format, color)
			if err != nil {
				return err
			}
			st, err := openExistingStore(cmd.Context(), dbFlag(db, defaultDB))
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Story(cmd.Context(), args[0])
			if errors.Is(err, crosswire.ErrNotFound) {
				// An ID shown before keeps working: a story merged into
				// another, or renamed by a new version, is shown as it is
				// now, with a note; one that split names its parts.
				succ, serr := st.Successors(cmd.Context(), args[0])
				if serr != nil {
					return fmt.Errorf("read story %s: %w", args[0], serr)
				}
				switch len(succ) {
				case 0:
					return &exitError{code: exitSkipped, msg: fmt.Sprintf("no story %q in the store (list them with 'crosswire stories')", args[0])}
				case 1:
					a.note(fmt.Sprintf("story %s is now story %s (its articles were regrouped as versions arrived); showing %s", args[0], succ[0], succ[0]))
					s, err = st.Story(cmd.Context(), succ[0])
				default:
					return &exitError{code: exitSkipped, msg: fmt.Sprintf("story %s split into %d stories: %s (show one of them)", args[0], len(succ), strings.Join(succ, ", "))}
				}
			}
			if err != nil {
				return fmt.Errorf("read story %s: %w", args[0], err)
			}
			opt := report.Options{AllFacts: allFacts, Evidence: evidence, Now: time.Now()}
			if explainOn {
				opt.Explain = ex
			}
			return report.Write(a.stdout, format, &crosswire.Report{Stories: []crosswire.Story{s}}, opt)
		},
	}
	c.Flags().StringVar(&db, "db", "", "store: SQLite file or postgres:// URL (default crosswire.db, or $CROSSWIRE_DB)")
	c.Flags().StringVarP(&format, "format", "f", "text", "output format: text, markdown or json")
	c.Flags().BoolVar(&explainOn, "explain", false, "show the aligned sentences of each discrepancy")
	c.Flags().BoolVar(&allFacts, "all-facts", false, allFactsHelp)
	c.Flags().StringVar(&color, "color", "auto", colorHelp)
	c.Flags().BoolVar(&evidence, "evidence", false, evidenceHelp)
	return c
}
