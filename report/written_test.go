package report

import (
	"bytes"
	"strings"
	"testing"

	"crosswire"
	"crosswire/schema"
)

// TestVariantsShownAsWritten checks that a variant's words as the
// versions wrote them (Variant.Text) are what people read in text and
// Markdown, while JSON keeps the normalised value beside them and stays
// valid against the schema.
func TestVariantsShownAsWritten(t *testing.T) {
	r := sampleReport()
	st := &r.Stories[0]
	a, b := st.Articles[0].Text, st.Articles[1].Text
	st.Articles[0].Text = a + " Fourteen wagons left the tracks."
	st.Articles[1].Text = b + " Sixteen wagons left the tracks."
	at := func(id, text, s string) crosswire.Span {
		i := strings.Index(text, s)
		return crosswire.Span{Article: id, Text: s, Start: i, End: i + len(s)}
	}
	st.Discrepancies = append(st.Discrepancies, crosswire.Discrepancy{
		Kind: crosswire.DiscNumber, Severity: crosswire.SeverityHigh, Subject: "number of wagons", Score: 2,
		Variants: []crosswire.Variant{
			{Value: "14 wagon", Text: "Fourteen wagons", Sources: []crosswire.Span{at("a1", st.Articles[0].Text, "Fourteen wagons")}},
			{Value: "16 wagon", Text: "Sixteen wagons", Sources: []crosswire.Span{at("a2", st.Articles[1].Text, "Sixteen wagons")}},
		},
	})
	tests := []struct {
		format        string
		want, notWant []string
	}{
		{FormatText, []string{"“Fourteen wagons”", "“Sixteen wagons”", "“Deputy Interior Minister”"}, []string{"“14 wagon”"}},
		{FormatMarkdown, []string{"`“Fourteen wagons”`", "`“Sixteen wagons”`"}, []string{"“16 wagon”"}},
		{FormatJSON, []string{`"value": "14 wagon"`, `"text": "Fourteen wagons"`}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tc.format, r, Options{}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if tc.format == FormatJSON {
				if err := schema.ValidateReport(buf.Bytes()); err != nil {
					t.Fatalf("schema: %v", err)
				}
				out = strings.Join(strings.Fields(out), " ")
				out = strings.ReplaceAll(out, `":"`, `": "`)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("%s output lacks %q:\n%s", tc.format, w, out)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(out, w) {
					t.Errorf("%s output shows the normalised %q", tc.format, w)
				}
			}
		})
	}
}
