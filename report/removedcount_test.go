package report

import (
	"bytes"
	"strings"
	"testing"

	"crosswire"
)

// TestRemovedReasonsCounted checks the "removed:" line of a version: each
// reason once, in the order first cut, with how many pieces when more
// than one (a wire take's stamp, byline and closing line read "metadata,
// metadata, metadata"). Fictional text.
func TestRemovedReasonsCounted(t *testing.T) {
	const body = "A dockside crane fell at Ostravel on Monday, the harbour authority said."
	tests := []struct {
		reasons []string
		want    string
	}{
		{[]string{crosswire.ReasonAgencyTag}, "removed: agency tag\n"},
		{[]string{crosswire.ReasonMetadata, crosswire.ReasonMetadata, crosswire.ReasonMetadata}, "removed: metadata (3)\n"},
		{[]string{crosswire.ReasonMetadata, crosswire.ReasonDateline, crosswire.ReasonMetadata}, "removed: metadata (2), dateline\n"},
	}
	for _, tc := range tests {
		var removed []crosswire.Removal
		for _, r := range tc.reasons {
			removed = append(removed, crosswire.Removal{Text: "x", Reason: r})
		}
		r := &crosswire.Report{Stories: []crosswire.Story{{
			ID: "s1", Title: "Crane falls",
			Articles: []crosswire.Article{{ID: "a1", Source: "crane.txt", Text: body, Role: crosswire.RoleOriginal, Removed: removed}},
		}}}
		for _, format := range []string{FormatText, FormatMarkdown} {
			var buf bytes.Buffer
			if err := Write(&buf, format, r, Options{}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), tc.want) {
				t.Errorf("%s, removed %v: want %q in\n%s", format, tc.reasons, tc.want, buf.String())
			}
		}
	}
}
