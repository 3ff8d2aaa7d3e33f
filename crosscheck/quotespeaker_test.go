package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestQuoteSpeakers checks one quotation given to two people by two
// reports (fictional): the same words said by one named person in one
// and by another in the other is a quote discrepancy (medium); a
// speaker named in another sentence, or one report giving the words to
// both, is none; one given name with the surname written two ways is the
// speaker's name changed (a name discrepancy).
func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want crosswire.DiscrepancyKind // "" = neither kind
	}{
		{"two people named beside one quotation",
			`Harwick council approved the bridge on Tuesday. "This bridge will transform the east of the town," Mara Quist said. Ivo Strand called it a waste of money.`,
			`Harwick council approved the bridge on Tuesday. "This bridge will transform the east of the town," said Ivo Strand. Mara Quist called it a sensible use of money.`,
			crosswire.DiscQuote},
		{"one report gives the words to both",
			`Harwick council approved the bridge on Tuesday. "This bridge will transform the east of the town," Mara Quist said. Ivo Strand called it a waste of money.`,
			`Harwick council approved the bridge on Tuesday. "This bridge will transform the east of the town," said Ivo Strand. "This bridge will transform the east of the town," Mara Quist said later.`,
			""},
		{"a speaker named in another sentence",
			`Harwick council approved the bridge on Tuesday. Mara Quist spoke first. "This bridge will transform the east of the town," she said.`,
			`Harwick council approved the bridge on Tuesday. "This bridge will transform the east of the town," said Ivo Strand. Mara Quist called it a sensible use of money.`,
			""},
		{"one given name, two surnames",
			`The plant will close in May. "We are working hard to find new jobs for every one of our staff," said Jonas Marsh, the plant's manager.`,
			`The plant will close in May. "We are working hard to find new jobs for every one of our staff," said Jonas Meadow, the plant's manager.`,
			crosswire.DiscName},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			var got crosswire.DiscrepancyKind
			for _, d := range st.Discrepancies {
				if strings.Contains(d.Subject, "speaker of") && d.Severity == crosswire.SeverityMedium {
					got = d.Kind
				}
			}
			if got != tc.want {
				t.Errorf("speaker discrepancy %q, want %q:%s", got, tc.want, dump(st))
			}
		})
	}
}
