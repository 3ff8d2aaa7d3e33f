package crosscheck

import (
	"fmt"
	"testing"
	"time"

	"crosswire"
	"crosswire/facts"
)

// TestSameDateOnce checks that a date each version states once, with the
// same value, is one fact however differently the versions word its
// sentence: "in 2019" in a wire copy and in its rewrite is corroborated,
// not two unique facts (QA). Sentences with no word in common besides
// the date, or a version stating the value twice, leave it to the words
// to tell which is which. Fictional texts.
func TestSameDateOnce(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		value   string
		sources int // the versions of the one fact, 0: no single fact
	}{
		{"a mine closed, a mine shut", []string{
			"The Orvale mine closed in 2019, leaving 300 miners without work.",
			"Some 300 miners lost their jobs when the mine shut in 2019.",
		}, "2019", 2},
		{"a flood told two ways", []string{
			"The last such flood struck in 2019.",
			"Residents recalled the floods of 2019, when the last such flood struck the valley.",
		}, "2019", 2},
		{"a mayor elected, an election won", []string{
			"Mayor Ivo Lenz was first elected in 2019. He said the works would finish soon.",
			"Lenz, who has led the town since he won the election in 2019, said the works would end soon.",
		}, "2019", 2},
		{"three versions, two worded alike", []string{
			"The Orvale mine closed in 2019, leaving 300 miners without work.",
			"The Orvale mine closed in 2019, leaving 300 miners without work, the union said.",
			"Some 300 miners lost their jobs when the mine shut in 2019.",
		}, "2019", 3},
		{"two events of one year in unrelated sentences", []string{
			"The drummer Tomas Vey was sacked in 1995.",
			"Their debut album followed in 1995.",
		}, "1995", 0},
		{"the time of the news is no shared event", []string{
			"The drummer Tomas Vey was sacked by the band this year.",
			"The band will release a new album later this year.",
		}, "2026", 0},
		{"a weekday in three wordings of one search", []string{
			"Customs officers searched 9 warehouses at the Brellport docks on Tuesday and took away ledgers and two computers, the harbour authority said.",
			"Investigators raided nine warehouses in Brellport on Tuesday, leaving with ledgers and a pair of computers, according to the harbour authority.",
			"The customs service has inspected on Tuesday 9 warehouses in the docks of Brellport and seized ledgers and 2 computers.",
		}, "2026-03-03", 3},
		{"a weekday in two wordings of one vote", []string{
			"Councillors in Marrow Vale voted on Tuesday to close the old ferry landing, the town clerk said.",
			"Closing the old ferry landing was approved by the Marrow Vale council on Tuesday.",
		}, "2026-03-03", 2},
		{"two events of one weekday in unrelated sentences", []string{
			"The harbour master resigned on Tuesday.",
			"A cargo ship ran aground near the docks on Tuesday.",
		}, "2026-03-03", 0},
		{"one version states the year twice", []string{
			"The Orvale mine closed in 2019. A new shaft opened in 2019 at Tarn.",
			"Some 300 miners lost their jobs when the mine shut in 2019.",
		}, "2019", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := rewritesOf(tc.texts...)
			extractAndCheck(t, facts.New(), New(), st)
			assertSpans(t, st)
			if len(st.Discrepancies) > 0 {
				t.Errorf("discrepancies:%s", dump(st))
			}
			var same []crosswire.StoryFact
			for _, f := range st.Facts {
				if f.Kind == crosswire.KindDate && f.Value == tc.value {
					same = append(same, f)
				}
			}
			if tc.sources == 0 {
				if len(same) < 2 {
					t.Errorf("%d facts %s, want the versions' dates apart", len(same), tc.value)
				}
				return
			}
			if len(same) != 1 {
				t.Fatalf("%d facts %s, want one", len(same), tc.value)
			}
			arts := map[string]bool{}
			for _, sp := range same[0].Sources {
				arts[sp.Article] = true
			}
			if len(arts) != tc.sources || same[0].Status != crosswire.StatusCorroborated {
				t.Errorf("fact %s: %d versions, status %s; want %d, corroborated", tc.value, len(arts), same[0].Status, tc.sources)
			}
		})
	}
}

// rewritesOf is a story of English rewrites, one per text, all published
// on Wednesday 4 March 2026 at 09:00 UTC.
func rewritesOf(texts ...string) *crosswire.Story {
	pub := time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC)
	st := &crosswire.Story{ID: "story"}
	for i, tx := range texts {
		id := fmt.Sprintf("report-%d", i+1)
		st.Articles = append(st.Articles, crosswire.Article{ID: id, Outlet: id, Language: "en", Text: tx, Role: crosswire.RoleRewrite, Published: &pub})
	}
	return st
}
