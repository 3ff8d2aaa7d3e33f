package report

import (
	"bytes"
	"strings"
	"testing"

	"crosswire"
)

// A text report underlines a heading as wide as it shows on a terminal:
// a CJK character takes two columns, an accented letter one (the
// underline counted bytes: three per CJK character, two per "é").
func TestHeadingUnderlineWidth(t *testing.T) {
	tests := []struct {
		name, title string
		heading     string // the story heading as printed
		cols        int    // its width on a terminal
	}{
		{"ascii", "Ferry grounded", "Story 1: Ferry grounded  [s1, 1 version]", 40},
		{"accented", "Café fire in Évreux", "Story 1: Café fire in Évreux  [s1, 1 version]", 45},
		{"cjk", "澜湖市新桥坍塌", "Story 1: 澜湖市新桥坍塌  [s1, 1 version]", 9 + 14 + 17},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &crosswire.Report{Stories: []crosswire.Story{{ID: "s1", Title: tc.title,
				Articles: []crosswire.Article{{ID: "a1", Source: "a.txt", Text: "Text.", Role: crosswire.RoleOriginal}}}}}
			var buf bytes.Buffer
			if err := Write(&buf, FormatText, r, Options{}); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(buf.String(), "\n")
			for i, l := range lines {
				if l == tc.heading {
					if i+1 >= len(lines) || lines[i+1] != strings.Repeat("-", tc.cols) {
						t.Errorf("underline of %q is %d dashes, want %d", l, len(lines[i+1]), tc.cols)
					}
					return
				}
			}
			t.Fatalf("no heading %q in:\n%s", tc.heading, buf.String())
		})
	}
}
