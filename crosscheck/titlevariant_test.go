package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestTitleVariants checks that one owner's title written with one word
// changed by two versions is a low name discrepancy, and that equal
// titles, a version naming both titles and titles of two owners are not
// (fictional text).
func TestTitleVariants(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  bool
	}{
		{
			name: "one word of the title changed",
			texts: []string{
				"The band opened with Ada Quist's Grey Harbour Song, followed by a slow version of Olav Dahl's Long Winter Road.",
				"The band played Olav Dahl's Long Winter Road early on, and Ada Quist's Grey Harbour Waltz, all of it loud.",
			},
			want: true,
		},
		{
			name: "the same title",
			texts: []string{
				"The band opened with Ada Quist's Grey Harbour Song, followed by a slow version of Olav Dahl's Long Winter Road.",
				"The band played Olav Dahl's Long Winter Road early on, and Ada Quist's Grey Harbour Song, all of it loud.",
			},
		},
		{
			name: "a version naming both titles",
			texts: []string{
				"The band opened with Ada Quist's Grey Harbour Song, followed by a slow version of Ada Quist's Grey Harbour Waltz.",
				"The band played Olav Dahl's Long Winter Road early on, and Ada Quist's Grey Harbour Waltz, all of it loud.",
			},
		},
		{
			name: "two owners",
			texts: []string{
				"The band opened with Ada Quist's Grey Harbour Song, followed by a slow version of Olav Dahl's Long Winter Road.",
				"The band played Olav Dahl's Long Winter Road early on, and Mara Lund's Grey Harbour Waltz, all of it loud.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			got := false
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscName && strings.HasPrefix(d.Subject, "title of") {
					got = true
					if d.Severity != crosswire.SeverityLow {
						t.Errorf("severity %s, want low", d.Severity)
					}
				}
			}
			if got != tc.want {
				t.Errorf("title variant reported: %v, want %v; %s", got, tc.want, dump(st))
			}
		})
	}
}
