package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestEventPlaces checks the place of one event (fictional text): two
// versions placing one participant's event of one class in two places
// that share no word disagree; a county naming the town, two
// participants, or a version naming both places do not. Two bare names
// may be a town and its county (low); two names of one head word are
// places of one level (medium).
func TestEventPlaces(t *testing.T) {
	const lead = "The retired harbour pilot Tomas Orrel has died, his family said on Tuesday.\n\n"
	tests := []struct {
		name string
		a, b string
		want bool
		sev  crosswire.Severity // when want
	}{
		{"two towns",
			"Tomas Orrel died in Arnhold after a short illness.",
			"Tomas Orrel died in Vessport after a short illness.",
			true, crosswire.SeverityLow},
		{"two streets, one level",
			"Tomas Orrel died in Harrow Street after a short illness.",
			"Tomas Orrel died in Mill Street after a short illness.",
			true, crosswire.SeverityMedium},
		{"two hospitals, one level",
			"Tomas Orrel died at Arnhold General Hospital on Monday.",
			"Tomas Orrel died at Vessport General Hospital on Monday.",
			true, crosswire.SeverityMedium},
		{"one hospital, its town added",
			"Tomas Orrel died at Arnhold General Hospital on Monday.",
			"Tomas Orrel died at General Hospital on Monday.",
			false, ""},
		{"the county around the town",
			"Tomas Orrel died in Arnhold after a short illness.",
			"Tomas Orrel died in North Vessex, the county around Arnhold, after a short illness.",
			false, ""},
		{"different participants",
			"Tomas Orrel died in Arnhold after a short illness.",
			"His brother Henrik Orrel died in Vessport in 2019.",
			false, ""},
		{"one version naming both places",
			"Tomas Orrel died in Arnhold after a short illness.",
			"Tomas Orrel, who grew up in Arnhold, died in Vessport after a short illness.",
			false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, lead+tc.a, lead+tc.b)
			got := false
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscClaim && strings.HasPrefix(d.Subject, "place of one event") {
					got = true
					if d.Severity != tc.sev {
						t.Errorf("severity %s, want %s", d.Severity, tc.sev)
					}
				}
			}
			if got != tc.want {
				t.Errorf("place discrepancy = %v, want %v; got %s", got, tc.want, dump(st))
			}
		})
	}
}
