package report

import (
	"bytes"
	"strings"
	"testing"

	"crosswire"
)

// Two versions one input names alike — two posts to the API without a
// URL (both "api#1"), two JSONL lines or WARC captures of one URL — are
// told apart in text and Markdown by their article ids; a name only one
// version has stays as it is. The report cited "87 passengers — api#1"
// and "88 passengers — api#1" with no way to tell which was which.
func TestSameSourceNamesToldApart(t *testing.T) {
	a := "A tram carrying 87 passengers left the rails on Tuesday."
	b := "A tram carrying 88 passengers left the rails on Tuesday."
	i := strings.Index(a, "87")
	sp := func(id, txt string) crosswire.Span {
		return crosswire.Span{Article: id, Text: txt, Start: i, End: i + len(txt)}
	}
	orig := "0aa11bb22cc33dd4"
	r := &crosswire.Report{Stories: []crosswire.Story{{ID: "s1", Title: "Tram",
		Articles: []crosswire.Article{
			{ID: orig, Source: "wire.txt", Text: a, Role: crosswire.RoleOriginal},
			{ID: "39cfa7baf1dfdb8a", Source: "api#1", Text: a, Role: crosswire.RoleCopy, DerivedFrom: &orig},
			{ID: "b29eaf02c9630796", Source: "api#1", Text: b, Role: crosswire.RoleCopy, DerivedFrom: &orig},
		},
		Discrepancies: []crosswire.Discrepancy{{Kind: crosswire.DiscNumber, Severity: crosswire.SeverityHigh, Subject: "number of passengers",
			Variants: []crosswire.Variant{
				{Value: "87 passengers", Sources: []crosswire.Span{sp(orig, "87 passengers"), sp("39cfa7baf1dfdb8a", "87 passengers")}},
				{Value: "88 passengers", Sources: []crosswire.Span{sp("b29eaf02c9630796", "88 passengers")}},
			}}},
	}}}
	for _, format := range []string{FormatText, FormatMarkdown} {
		var buf bytes.Buffer
		if err := Write(&buf, format, r, Options{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		wants := []string{"api#1 [39cfa7ba]", "api#1 [b29eaf02]"}
		if format == FormatMarkdown {
			wants = []string{`api#1 \[39cfa7ba\]`, `api#1 \[b29eaf02\]`} // shown as the text report's
		}
		for _, want := range wants {
			if !strings.Contains(out, want) {
				t.Errorf("%s: no %q: the two api#1 versions are not told apart:\n%s", format, want, out)
			}
		}
		if strings.Contains(out, "wire.txt [") {
			t.Errorf("%s: a name only one version has got an id:\n%s", format, out)
		}
	}
}
