package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestSiteRelations checks that a thing one version puts on a reference
// place's site and another near it is a low claim discrepancy, and that
// two versions alike, a version saying both and two unrelated references
// are not (fictional text).
func TestSiteRelations(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  bool
	}{
		{
			name: "on the site vs close to it",
			texts: []string{
				"The new library in Ostrby is a copy built on the same site as the old mill, which burned down in 1970.",
				"The new library in Ostrby, a copy built in 1990, stands close to the site of the old mill.",
			},
			want: true,
		},
		{
			name: "on the site vs yards from it",
			texts: []string{
				"The new library in Ostrby is a copy built on the site of the old mill, which burned down in 1970.",
				"The new library in Ostrby stands only yards from the old mill that burned down.",
			},
			want: true,
		},
		{
			name: "both near",
			texts: []string{
				"The new library in Ostrby is a copy built near the old mill, which burned down in 1970.",
				"The new library in Ostrby, a copy built in 1990, stands close to the site of the old mill.",
			},
		},
		{
			name: "a version saying both",
			texts: []string{
				"The new library in Ostrby is a copy built on the site of the old mill. Its car park is next to the old mill pond.",
				"The new library in Ostrby, a copy built in 1990, stands close to the site of the old mill.",
			},
		},
		{
			name: "two references",
			texts: []string{
				"The new library in Ostrby is a copy built on the site of the old mill, which burned down in 1970.",
				"The new library in Ostrby, a copy built in 1990, stands close to the harbour.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			got := false
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscClaim && strings.HasPrefix(d.Subject, "where it stands") {
					got = true
					if d.Severity != crosswire.SeverityLow {
						t.Errorf("severity %s, want low", d.Severity)
					}
				}
			}
			if got != tc.want {
				t.Errorf("site relation reported: %v, want %v; %s", got, tc.want, dump(st))
			}
		})
	}
}
