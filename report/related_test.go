package report

import (
	"bytes"
	"strings"
	"testing"

	"crosswire"
)

// The stories of the same affair (a story's related) are named in the
// text and Markdown reports as in JSON and the web UI: by their number and
// title when the report holds them, by their id alone when it does not
// (`crosswire show` prints one story); a story with none has no line.
func TestRelatedStoriesNamed(t *testing.T) {
	r := sampleReport()
	first := r.Stories[0]
	first.Related = []string{"s2", "s9"}
	second := crosswire.Story{ID: "s2", Title: "Keller named to the audit office", Related: []string{"s1"},
		Articles: []crosswire.Article{{ID: "b1", Source: "later.txt", Text: "Dana Keller joined the audit office on Friday.", Role: crosswire.RoleOriginal}}}
	r.Stories = []crosswire.Story{first, second}
	tests := []struct {
		format string
		want   []string
	}{
		{FormatText, []string{
			"\n  Same affair, told as other stories (not versions of this one)\n  Story 2 “Keller named to the audit office” [s2]\n  s9\n",
			"\n  Same affair, told as other stories (not versions of this one)\n  Story 1 “Deputy minister resigns” [s1]\n"}},
		{FormatMarkdown, []string{
			"\n### Same affair, told as other stories (not versions of this one)\n\n- Story 2 “Keller named to the audit office” [`s2`]\n- `s9`\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tc.format, r, Options{}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("report lacks %q:\n%s", w, buf.String())
				}
			}
		})
	}
	var buf bytes.Buffer
	if err := Write(&buf, FormatText, sampleReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "Same affair") {
		t.Errorf("a story without related stories has a same-affair line:\n%s", buf.String())
	}
}
