package group

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"crosswire"
)

// A fictional event: a singer entering a rehab clinic. Three reports lead
// with her and the clinic; a piece from the clinic's gates names her and
// the rehab and little else they tell.
var (
	actReports = []crosswire.Article{
		{ID: "r1", Title: "Singer Marla Quennell enters rehab clinic",
			Text: "The singer Marla Quennell has checked into the Hollin Grange rehab clinic, her spokesman Ivo Brask said on Tuesday. " +
				"She cancelled four concerts of her tour and asked fans to respect her privacy."},
		{ID: "r2", Title: "Quennell checks into rehab",
			Text: "Pop singer Marla Quennell is in rehab at the Hollin Grange clinic in the hills, her label Saxby Records said. " +
				"Her tour dates were called off and tickets will be refunded, the label said."},
		{ID: "r3", Title: "Quennell seeks help in rehab",
			Text: "Marla Quennell went into rehab after months of touring, said Ivo Brask, who speaks for the singer. " +
				"She is staying at Hollin Grange. Saxby Records said her new album would still come out in the spring."},
	}
	actGates = crosswire.Article{ID: "gates", Title: "Fans gather at Quennell clinic gates",
		Text: "Fans of Marla Quennell left flowers and cards at the gates of the rehab clinic where the singer is staying. " +
			"Some had travelled for hours from distant towns and sang her songs on the pavement while guards watched the road. " +
			"Later a nurse from Hollin Grange came out to thank them."}
)

// actBackground builds a background of 600 fictional filler articles that
// know every lower-case word of texts 25 times (function words in every
// article), the who in whoDocs of them and the what in whatDocs.
func actBackground(texts []crosswire.Article, who, what string, whoDocs, whatDocs int) *Background {
	const docs = 600
	function := map[string]bool{}
	for _, w := range strings.Fields("the a an of to in and at on for with was is has her his she he it by as after from their they who while where had were would will be into said some") {
		function[w] = true
	}
	var words []string
	seen := map[string]bool{}
	for _, a := range texts {
		for _, w := range strings.FieldsFunc(a.Title+" "+a.Text, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
			lw := strings.ToLower(w)
			if w != lw || function[lw] || seen[lw] || lw == what {
				continue
			}
			seen[lw] = true
			words = append(words, lw)
		}
	}
	bb := NewBackgroundBuilder()
	var fn []string
	for w := range function {
		fn = append(fn, w)
	}
	for i := range docs {
		var b strings.Builder
		b.WriteString(strings.Join(fn, " "))
		for k, w := range words {
			if (k+i)%(docs/25) == 0 {
				b.WriteString(" " + w)
			}
		}
		if i < whoDocs {
			b.WriteString(" and then " + who + " spoke")
		}
		if i >= docs-whatDocs {
			b.WriteString(" the " + what)
		}
		bb.Add(&crosswire.Article{ID: fmt.Sprintf("bg%d", i), Text: b.String()})
	}
	return bb.Background("fictional filler")
}

// TestLeadActsJoinsLoneReport: the piece from the gates joins the story of
// three reports whose leads tell the singer and the rehab, with which it
// shares the clinic's name too, when the background knows her by a few
// articles (4 of 600: 4 × 20 articles for
// the lead's other words, 4 × 6 for the rehab, under 600); it stays apart
// when its lead tells another singer's rehab, her other occasion, or names
// another singer the story never writes, when its lead counts months back
// to the rehab (the affair's next step), beside two reports, and when the
// background knows the who and every what as a topic (25 of 600 articles
// each, none common: 25 × 25 is not under 600).
// The stories are given (the reports one story, the piece alone).
func TestLeadActsJoinsLoneReport(t *testing.T) {
	other := actGates
	other.Title = strings.ReplaceAll(actGates.Title, "Quennell", "Corvane")
	other.Text = strings.ReplaceAll(actGates.Text, "Marla Quennell", "Pia Corvane")
	otherAct := actGates
	otherAct.Title = strings.ReplaceAll(actGates.Title, "clinic", "studio")
	otherAct.Text = strings.ReplaceAll(actGates.Text, "the rehab clinic where the singer is staying", "the studio where the singer is recording")
	recalled := actGates
	recalled.Title = "Another singer follows Quennell into rehab"
	recalled.Text = "Fans of Tobin Harrowgate, who like Marla Quennell is in rehab, left flowers at the gates of the clinic. " +
		"Some had travelled for hours from distant towns and sang his songs on the pavement while guards watched the road. " +
		"Later a nurse from Hollin Grange came out to thank them."
	whoOnly := actGates
	whoOnly.Text = strings.ReplaceAll(actGates.Text, " from Hollin Grange", "")
	later := actGates
	later.Text = "Three months on from her stay in the rehab clinic, fans of Marla Quennell left flowers and cards at the gates as the singer came home. " +
		"Some had travelled for hours from distant towns and sang her songs on the pavement while guards watched the road. " +
		"Later a nurse from Hollin Grange came out to thank them."
	tests := []struct {
		name              string
		piece             crosswire.Article
		reports           int
		whoDocs, whatDocs int
		joined            bool
	}{
		{"who and what told, known by a few", actGates, 3, 4, 6, true},
		{"who and what told, unknown", actGates, 3, 0, 0, true},
		{"nothing else shared", whoOnly, 3, 4, 6, false},
		{"another singer's rehab", other, 3, 4, 6, false},
		{"her other occasion", otherAct, 3, 4, 6, false},
		{"another who named beside hers", recalled, 3, 4, 6, false},
		{"the act counted back to", later, 3, 4, 6, false},
		{"two reports", actGates, 2, 4, 6, false},
		{"a topic the background knows", actGates, 3, 25, 25, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// sorted by ID: the piece is doc 0, the reports 1 on
			arts := append([]crosswire.Article{tc.piece}, actReports[:tc.reports]...)
			bg := actBackground(append(slices.Clone(actReports), tc.piece), "Marla Quennell", "rehab", tc.whoDocs, tc.whatDocs)
			if got := loneJoins(t, arts, bg, (*Index).joinLeadActs); got != tc.joined {
				t.Errorf("piece with the story %v; want %v", got, tc.joined)
			}
		})
	}
}
