package goldeval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// WriteJSON writes the result as indented JSON.
func (res *Result) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(res); err != nil {
		return fmt.Errorf("write result: %w", err)
	}
	return nil
}

// WriteText writes the figures of every mode as a table, then the missed
// gold items of each mode.
func (res *Result) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "gold: %d items, %d spans (exact %d, loose %d, unmapped %d)\n",
		res.GoldItems, res.GoldSpans, res.SpansMapped[MapExact], res.SpansMapped[MapLoose], res.SpansMapped[MapNone])
	for _, u := range res.UnmappedSpans {
		fmt.Fprintf(w, "  unmapped: %s\n", u)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "mode\tstories\trecall\t(high+medium)\treported h/m/l\tprecision h+m (judged/unjudged)")
	for _, m := range res.Modes {
		prec := "-"
		if m.Judged > 0 {
			prec = fmt.Sprintf("%.2f", m.Precision)
		}
		fmt.Fprintf(tw, "%s\t%d\t%.3f (%d/%d)\t%.3f (%d)\t%d/%d/%d\t%s (%d/%d, %d true)\n", m.Mode, m.Stories,
			m.Recall, m.Matched, res.GoldItems, m.RecallHighMedium, m.MatchedHighMedium,
			m.Reported["high"], m.Reported["medium"], m.Reported["low"], prec, m.Judged, m.Unjudged, m.True)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write result: %w", err)
	}
	for _, m := range res.Modes {
		var kinds []string
		for k := range m.ByKind {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		var parts []string
		for _, k := range kinds {
			parts = append(parts, fmt.Sprintf("%s %d/%d", k, m.ByKind[k].Matched, m.ByKind[k].Gold))
		}
		fmt.Fprintf(w, "%s by kind: %s\n", m.Mode, strings.Join(parts, ", "))
		fmt.Fprintf(w, "%s missed: %s\n", m.Mode, strings.Join(m.Missed, " "))
	}
	return nil
}
