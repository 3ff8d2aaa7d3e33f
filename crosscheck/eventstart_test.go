package crosscheck

import (
	"slices"
	"testing"

	"crosswire"
	"crosswire/facts"
)

// discWithValues returns the severity of the story's discrepancy of kind
// whose variants hold both values, or "" when there is none.
func discWithValues(st *crosswire.Story, kind crosswire.DiscrepancyKind, a, b string) crosswire.Severity {
	for _, d := range findDisc(st, kind) {
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Value)
		}
		if slices.Contains(vs, a) && slices.Contains(vs, b) {
			return d.Severity
		}
	}
	return ""
}

// severityCase is one fictional story whose discrepancy between values a
// and b, of the case's kind, should have severity want ("": none).
type severityCase struct {
	name  string
	texts []string
	a, b  string
	want  crosswire.Severity
}

// runSeverityCases checks each case's versions as rewrites of one story
// and the severity of the discrepancy of kind between its two values.
func runSeverityCases(t *testing.T, kind crosswire.DiscrepancyKind, tests []severityCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := rewritesOf(tc.texts...)
			extractAndCheck(t, facts.New(), New(), st)
			assertSpans(t, st)
			if got := discWithValues(st, kind, tc.a, tc.b); got != tc.want {
				t.Errorf("%s discrepancy %s/%s: severity %q, want %q; got:%s", kind, tc.a, tc.b, got, tc.want, dump(st))
			}
		})
	}
}

// TestEventStartDate checks that each version's one date of an event's
// start, told with a noun heading the clause and a verb of starting, is
// one date slot whatever noun and verb each version picks ("the strike
// began" / "the walkout started", "the fire broke out" / "the blaze
// started"), so two days are a discrepancy (QA: a start date told with
// two values went uncompared). A version dating two starts leaves the
// pairing to the words. Fictional texts.
func TestEventStartDate(t *testing.T) {
	runSeverityCases(t, crosswire.DiscDate, []severityCase{
		{"strike began, walkout started", []string{
			"Union leader Mara Venn said the strike began on February 4 and shut the Oskel plant.",
			"According to Venn, the walkout started on February 14, halting work at the plant.",
		}, "2026-02-04", "2026-02-14", crosswire.SeverityMedium},
		{"fire broke out, blaze started", []string{
			"Firefighters said the fire broke out on February 2 in the drying shed of the Harrow mill.",
			"The blaze started on February 12 in a shed at the Harrow mill, the fire service said.",
		}, "2026-02-02", "2026-02-12", crosswire.SeverityMedium},
		{"trial opened, trial which started", []string{
			"The trial opened on January 9 at Orvik Crown Court and lasted five weeks.",
			"The trial, which started on January 19, ran for three weeks at Orvik Crown Court.",
		}, "2026-01-09", "2026-01-19", crosswire.SeverityMedium},
		{"a version dating two starts", []string{
			"The trial began on February 4. The strike started on February 9 at the Oskel plant.",
			"Workers said the walkout started on February 14 at the plant.",
		}, "2026-02-04", "2026-02-14", ""},
		{"a start of a person's doing is no event's", []string{
			"Venn said she began on February 4 as head of the union at the Oskel plant.",
			"The walkout started on February 14 at the Oskel plant, the union said.",
		}, "2026-02-04", "2026-02-14", ""},
	})
}
