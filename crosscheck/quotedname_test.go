package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestQuotedNames checks that a name two versions quote after a naming
// word one letter apart — a plural "s" or a short word's letter, which the
// entity rules forgive in unquoted names — is a medium name discrepancy
// with the quoted spans, and that the same name, a name written both ways
// by one version, names quoted in sentences sharing nothing, names more
// than one letter apart and a quoted phrase are not (fictional text).
func TestQuotedNames(t *testing.T) {
	tests := []struct {
		name     string
		texts    []string
		want     bool
		wantVals []string
	}{
		{
			name: "plural s added",
			texts: []string{
				"Fishermen on the lake found that a drifting raft named \"Marsh Lantern\" had carried the stolen nets for a week.",
				"The stolen nets had been hidden for a week on a drifting raft called \"Marsh Lanterns\", the harbour office said.",
			},
			want:     true,
			wantVals: []string{"Marsh Lantern", "Marsh Lanterns"},
		},
		{
			name: "a short word's letter changed",
			texts: []string{
				"The quiz league's new trophy, a copper kettle dubbed “Big Oat”, went to a team from the valley on Sunday.",
				"On Sunday a team from the valley lifted the copper kettle dubbed “Big Oak” that the quiz league now awards.",
			},
			want:     true,
			wantVals: []string{"Big Oat", "Big Oak"},
		},
		{
			name: "the same name",
			texts: []string{
				"Fishermen on the lake found that a drifting raft named \"Marsh Lantern\" had carried the stolen nets for a week.",
				"The stolen nets had been hidden for a week on a drifting raft called \"Marsh Lantern\", the harbour office said.",
			},
		},
		{
			name: "one version writes both forms",
			texts: []string{
				"Fishermen on the lake found that a drifting raft named \"Marsh Lantern\" had carried the stolen nets for a week. Its owner also sails the Marsh Lanterns, a pair of dinghies.",
				"The stolen nets had been hidden for a week on a drifting raft called \"Marsh Lanterns\", the harbour office said.",
			},
		},
		{
			name: "sentences sharing nothing but the name",
			texts: []string{
				"Fishermen on the lake found that a drifting raft named \"Marsh Lantern\" had carried the stolen nets for a week.",
				"Choir members rehearse every Thursday evening under a banner titled \"Marsh Lanterns\".",
			},
		},
		{
			name: "two letters apart",
			texts: []string{
				"Fishermen on the lake found that a drifting raft named \"Marsh Lantern\" had carried the stolen nets for a week.",
				"The stolen nets had been hidden for a week on a drifting raft called \"Marsh Lanternas\", the harbour office said.",
			},
		},
		{
			name: "a quoted phrase, not a name",
			texts: []string{
				"The harbour office called \"the raft a hazard\" and said the stolen nets had drifted for a week.",
				"The harbour office called \"the rafts a hazard\" and said the stolen nets had drifted for a week.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			var got *crosswire.Discrepancy
			for i, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscName && strings.HasPrefix(d.Subject, "quoted name") {
					got = &st.Discrepancies[i]
				}
			}
			if (got != nil) != tc.want {
				t.Fatalf("quoted name reported: %v, want %v; %s", got != nil, tc.want, dump(st))
			}
			if got == nil {
				return
			}
			if got.Severity != crosswire.SeverityMedium {
				t.Errorf("severity %s, want medium", got.Severity)
			}
			var vals []string
			for _, v := range got.Variants {
				vals = append(vals, v.Value)
			}
			for _, want := range tc.wantVals {
				if !strings.Contains(strings.Join(vals, "|"), want) {
					t.Errorf("variants %q lack %q", vals, want)
				}
			}
		})
	}
}
