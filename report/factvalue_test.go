package report

import (
	"testing"

	"crosswire"
)

// TestFactLine checks how a fact's kind and value are shown in the text
// and Markdown reports (fictional values): a date of no known year in
// words rather than ISO 8601's truncated "--MM"; an age with whose age it
// is; reported speech (no quotation marks) listed as "said", not as a
// quotation.
func TestFactLine(t *testing.T) {
	for _, tc := range []struct {
		name       string
		fact       crosswire.StoryFact
		kind, want string
	}{
		{"month of no year", crosswire.StoryFact{Kind: crosswire.KindDate, Value: "--05"}, "date", "May, year not given"},
		{"day of no year", crosswire.StoryFact{Kind: crosswire.KindDate, Value: "--08-27"}, "date", "27 August, year not given"},
		{"dated day", crosswire.StoryFact{Kind: crosswire.KindDate, Value: "2024-08-27"}, "date", "2024-08-27"},
		{"bad truncated value left as it is", crosswire.StoryFact{Kind: crosswire.KindDate, Value: "--13"}, "date", "--13"},
		{"age", crosswire.StoryFact{Kind: crosswire.KindNumber, Value: "41", About: "age of Ivo Lund",
			Sources: []crosswire.Span{{Text: "41-year-old"}}}, "number", "41 (age of Ivo Lund)"},
		{"figure as written", crosswire.StoryFact{Kind: crosswire.KindNumber, Value: "30 day",
			Sources: []crosswire.Span{{Text: "30 days"}}}, "number", "30 days"},
		{"reported speech", crosswire.StoryFact{Kind: crosswire.KindQuote, Value: "the mill will close", Reported: true}, "said", "the mill will close"},
		{"quotation", crosswire.StoryFact{Kind: crosswire.KindQuote, Value: "We will close the mill"}, "quote", "We will close the mill"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := KindLabel(tc.fact); got != tc.kind {
				t.Errorf("KindLabel = %q, want %q", got, tc.kind)
			}
			if got := factValue(tc.fact, nil); got != tc.want {
				t.Errorf("factValue = %q, want %q", got, tc.want)
			}
		})
	}
}
