package report

import (
	"testing"

	"crosswire"
)

// TestShownStatus: the one rule text, Markdown and the web UI word a
// fact's status by — a corroborated fact versions of one text alone state
// is repeated, from the field or, in an older report, from its sources'
// lineages (fictional story: a wire story, its rewrite, an independent
// report).
func TestShownStatus(t *testing.T) {
	lin := map[string]string{"wire": "wire", "rewrite": "wire", "indep": "indep"}
	for _, tc := range []struct {
		name string
		fact crosswire.StoryFact
		want crosswire.Status
	}{
		{"two lineages", crosswire.StoryFact{Status: crosswire.StatusCorroborated, Support: 3, IndependentSupport: 2}, crosswire.StatusCorroborated},
		{"one lineage in two versions", crosswire.StoryFact{Status: crosswire.StatusCorroborated, Support: 2, IndependentSupport: 1}, StatusRepeated},
		{"older report, wire and rewrite", crosswire.StoryFact{Status: crosswire.StatusCorroborated, Support: 2, Sources: []crosswire.Span{{Article: "wire"}, {Article: "rewrite"}}}, StatusRepeated},
		{"older report, wire and independent", crosswire.StoryFact{Status: crosswire.StatusCorroborated, Support: 2, Sources: []crosswire.Span{{Article: "wire"}, {Article: "indep"}}}, crosswire.StatusCorroborated},
		{"unique", crosswire.StoryFact{Status: crosswire.StatusUnique, Support: 1, IndependentSupport: 1}, crosswire.StatusUnique},
		{"conflicting, one lineage", crosswire.StoryFact{Status: crosswire.StatusConflicting, Support: 2, IndependentSupport: 1}, crosswire.StatusConflicting},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ShownStatus(tc.fact, lin); got != tc.want {
				t.Errorf("ShownStatus = %q, want %q", got, tc.want)
			}
		})
	}
}
