package main

import (
	"fmt"
	"io"
	"os"

	"crosswire"
	"crosswire/crosscheck"
	"crosswire/report"
)

// colorHelp documents --color for check, demo and show.
const colorHelp = "colour the words --explain marks: auto (on a terminal, unless $NO_COLOR is set),\nalways, or never (plain [-…-] {+…+} markers, as in a pipe)"

// allFactsHelp documents --all-facts: what the text and Markdown reports
// leave out by default, and why.
const allFactsHelp = "list every fact in text and Markdown. By default each list stops after 12 facts and the\nclaims only one version states are left out: a statement one version alone words that way\nis most often a rewording of what the others say, not news of its own (JSON has every fact)"

// evidenceHelp documents --evidence for check, demo and show.
const evidenceHelp = "under each version's relation in words (\"reworded: 33% of its sentences are taken\nfrom the wire copy\"), show the grouping's measures behind it (JSON has them as evidence)"

// explainer is the renderer of --explain for the output w in the given
// format: changed runs coloured for a terminal reading text output, plain
// markers otherwise.
func explainer(w io.Writer, format, color string) (func(*crosswire.Story, crosswire.Discrepancy) string, error) {
	on := false
	switch color {
	case "always":
		on = true
	case "never":
	case "auto", "":
		on = format != report.FormatMarkdown && format != "md" && isTerminal(w) && os.Getenv("NO_COLOR") == ""
	default:
		return nil, &usageError{fmt.Errorf("--color %q: want auto, always or never", color)}
	}
	m := crosscheck.PlainMarkers()
	if on {
		m = crosscheck.ANSIMarkers()
	}
	return func(s *crosswire.Story, d crosswire.Discrepancy) string {
		return crosscheck.ExplainMarked(s, d, m)
	}, nil
}
