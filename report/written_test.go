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

// TestFiguresListedAsWritten checks that the facts list shows a figure
// as most of its sources write it ("two months") while JSON keeps the
// normalised value ("2 month").
func TestFiguresListedAsWritten(t *testing.T) {
	r := sampleReport()
	st := &r.Stories[0]
	st.Articles[0].Text += " The repairs took two months."
	st.Articles[1].Text += " Repairs took two months."
	span := func(i int) crosswire.Span {
		text := st.Articles[i].Text
		k := strings.Index(text, "two months")
		return crosswire.Span{Article: st.Articles[i].ID, Text: text[k : k+len("two months")], Start: k, End: k + len("two months")}
	}
	st.Facts = append([]crosswire.StoryFact{{Kind: crosswire.KindNumber, Value: "2 month", Status: crosswire.StatusCorroborated,
		Support: 2, Sources: []crosswire.Span{span(0), span(1)}}}, st.Facts...)
	for _, tc := range []struct {
		format        string
		want, notWant string
	}{
		{FormatText, "two months", "2 month"},
		{FormatMarkdown, "two months", "2 month"},
		{FormatJSON, `"value": "2 month"`, ""},
	} {
		t.Run(tc.format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tc.format, r, Options{AllFacts: true}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if tc.format == FormatJSON {
				out = strings.ReplaceAll(strings.Join(strings.Fields(out), " "), `":"`, `": "`)
			}
			if !strings.Contains(out, tc.want) {
				t.Errorf("%s output lacks %q:\n%s", tc.format, tc.want, out)
			}
			if tc.notWant != "" && strings.Contains(out, tc.notWant) {
				t.Errorf("%s output shows the normalised %q", tc.format, tc.notWant)
			}
		})
	}
}
