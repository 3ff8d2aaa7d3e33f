package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"crosswire"
	"crosswire/report"
	"crosswire/web"
)

func (a *app) storiesCmd() *cobra.Command {
	var (
		db, query, outlet, from, to string
		conflicts, asJSON           bool
		limit                       int
	)
	c := &cobra.Command{
		Use:   "stories [flags]",
		Short: "List the stories in the store, newest first",
		Long: `stories lists the stories kept in the store: id, number of versions, number of
high-severity discrepancies, last-seen time and title. Use the id with 'crosswire show'.`,
		Example: `  crosswire stories
  crosswire stories --conflicts --outlet "Norpress"
  crosswire stories --query minister --from 2024-03-01 --json`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if limit < 0 {
				return &usageError{fmt.Errorf("--limit %d: want 0 (all) or more", limit)}
			}
			f := crosswire.StoryFilter{Query: strings.TrimSpace(query), Outlet: outlet, Conflicts: conflicts, Limit: limit}
			if err := web.CheckQuery(f.Query); err != nil {
				return &usageError{fmt.Errorf("--query: %w", err)}
			}
			var err error
			if f.From, err = web.ParseDay(from, false); err != nil {
				return &usageError{fmt.Errorf("--from: %w", err)}
			}
			if f.To, err = web.ParseDay(to, true); err != nil {
				return &usageError{fmt.Errorf("--to: %w", err)}
			}
			if err := web.CheckDays(f.From, f.To, from, to); err != nil {
				return &usageError{fmt.Errorf("--from, --to: %w", err)}
			}
			st, err := openExistingStore(cmd.Context(), dbFlag(db, defaultDB))
			if err != nil {
				return err
			}
			defer st.Close()
			list, err := st.Stories(cmd.Context(), f)
			if err != nil {
				return fmt.Errorf("list stories: %w", err)
			}
			g, gerr := st.Generation(cmd.Context())
			unplaced := gerr == nil && g.Unplaced > 0
			if unplaced {
				// An interrupted ingest stores articles no story holds
				// yet: say so rather than list a store that looks
				// smaller than it is.
				a.note(fmt.Sprintf("%d stored %s in no story yet (an ingest interrupted, or a server still analysing): 'crosswire ingest --reanalyze' places them",
					g.Unplaced, plural(int(g.Unplaced), "article is", "articles are")))
			}
			if asJSON {
				if list == nil {
					list = []crosswire.StorySummary{}
				}
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{"stories": list})
			}
			if len(list) == 0 && unplaced {
				fmt.Fprintln(a.stdout, "no stories yet")
				return nil
			}
			filtered := f.Query != "" || f.Outlet != "" || f.Conflicts || !f.From.IsZero() || !f.To.IsZero()
			if len(list) == 0 && filtered {
				fmt.Fprintln(a.stdout, "no story matches these filters")
				return nil
			}
			if len(list) == 0 {
				fmt.Fprintln(a.stdout, "no stories (add reports with 'crosswire ingest PATH')")
				return nil
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "STORY\tVERSIONS\tHIGH\tLAST SEEN\tTITLE")
			for _, s := range list {
				seen := "-"
				if !s.LastSeen.IsZero() {
					// a day without a time of day is not "00:00" (one
					// form with the reports)
					seen = report.PublishedString(&s.LastSeen)
				}
				fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\n", s.ID, s.ArticleCount, s.HighDiscrepancies, seen, s.Title)
			}
			return tw.Flush()
		},
	}
	c.Flags().StringVar(&db, "db", "", "store: SQLite file or postgres:// URL (default crosswire.db, or $CROSSWIRE_DB)")
	c.Flags().StringVar(&query, "query", "", "only stories whose title or text has these words (the API's q, the UI's Search)")
	c.Flags().StringVar(&outlet, "outlet", "", "only stories with a version from this outlet")
	c.Flags().StringVar(&from, "from", "", "only stories last seen on or after this day (YYYY-MM-DD)")
	c.Flags().StringVar(&to, "to", "", "only stories last seen on or before this day (YYYY-MM-DD)")
	c.Flags().BoolVar(&conflicts, "conflicts", false, "only stories with at least one discrepancy of any severity (the API's conflicts=1, the UI's Has discrepancies; HIGH counts the high ones)")
	c.Flags().IntVar(&limit, "limit", 0, "at most this many stories (0: all)")
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return c
}
