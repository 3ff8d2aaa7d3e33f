package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
	"crosswire/facts"
)

// TestSpokespersonQuotes checks, on fictional versions of one story, that
// one quotation given to an unnamed spokesperson by one version and to a
// named speaker described otherwise by another is a low quote
// discrepancy, and that a named spokesperson, two unnamed ones or two
// different quotations are not.
func TestSpokespersonQuotes(t *testing.T) {
	const words = "The fair will be the biggest gathering of its kind this decade"
	wire := `"` + words + `," a spokesman said today. The Lornby fair opens in May.`
	tests := []struct {
		name string
		b    string
		want int
	}{
		{"a named organiser",
			`The Lornby fair opens in May. Dora Quill, the fair's organiser, said: "` + words + `."`, 1},
		{"a named spokeswoman",
			`The Lornby fair opens in May. Dora Quill, the fair's spokeswoman, said: "` + words + `."`, 0},
		{"an unnamed spokesman",
			`The Lornby fair opens in May. "` + words + `," a spokesman for the fair said.`, 0},
		{"another quotation",
			`The Lornby fair opens in May. Dora Quill, the fair's organiser, said: "Tickets will go on sale at the harbour office next week."`, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, wire, tc.b)
			got := 0
			for _, d := range findDisc(st, crosswire.DiscQuote) {
				if strings.HasPrefix(d.Subject, "speaker of") {
					got++
				}
			}
			if got != tc.want {
				t.Errorf("speaker discrepancies = %d, want %d:%s", got, tc.want, dump(st))
			}
		})
	}
}

// TestSpokespersonQuotesTranslated checks that a translation's speaker of
// one quotation is not read as another speaker: a translator renders a
// title and a name loosely.
func TestSpokespersonQuotesTranslated(t *testing.T) {
	const words = "The fair will be the biggest gathering of its kind this decade"
	from := "a"
	st := &crosswire.Story{ID: "s", Articles: []crosswire.Article{
		{ID: "a", Outlet: "a", Language: "en", Role: crosswire.RoleOriginal,
			Text: `The Lornby fair opens in May. Dora Quill, the fair's organiser, said: "` + words + `."`},
		{ID: "b", Outlet: "b", Language: "en", Role: crosswire.RoleTranslation, DerivedFrom: &from,
			Text: `"` + words + `," a spokesman said today. The Lornby fair opens in May.`},
	}}
	extractAndCheck(t, facts.New(), New(), st)
	for _, d := range findDisc(st, crosswire.DiscQuote) {
		if strings.HasPrefix(d.Subject, "speaker of") {
			t.Errorf("speaker discrepancy across a translation:%s", dump(st))
		}
	}
}
