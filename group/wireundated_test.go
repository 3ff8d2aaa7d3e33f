package group

import (
	"context"
	"testing"

	"crosswire"
)

// Fictional takes of one wire story saved without their stamps: the
// header's slug and page are all that ties the second page to the first.
const (
	undatedPage1 = "Ferry crews at Kessel harbour walked out this morning over pay, the Seafarers' Union said, stranding 400 passengers on the island of Odrun. " +
		"Union official Mira Holt said the operator had ignored three offers of talks."
	undatedPage2 = "The crossing is the only link to the mainland for most of the year, and the last strike, over rotas, lasted a fortnight."
	// the slug's story of another day: another first page
	undatedOther = "Kessel harbour reopened today after the ferry operator agreed a pay rise with the Seafarers' Union, ending a two-week stoppage."
	// a page naming people and places of its own, none of page 1's
	undatedStray = "Tomas Orrel, Bertil Hask and Ysolde Fenn were named to the board of the Glimmer Arts Trust in Pellow on Tuesday."
)

// TestUndatedWireSeries: undated takes of one slug that form one series
// (every version and page once) are one story (wireundated.go); a second
// take of one version and page under the slug vetoes the slug's join; a
// page of another slug, or one whose names contradict its header, is
// left to its text.
func TestUndatedWireSeries(t *testing.T) {
	take := func(id, slug, version string, page int, text string) crosswire.Article {
		return crosswire.Article{ID: id, Text: text, Wire: &crosswire.Wire{Slug: slug, Version: version, Page: page, Desk: "NEWS"}}
	}
	tests := []struct {
		name string
		arts []crosswire.Article
		// together lists the pairs of IDs that must share a story,
		// apart the pairs that must not
		together, apart [][2]string
	}{
		{
			name:     "page 1 and page 2 of one slug",
			arts:     []crosswire.Article{take("p1", "Harbour", "", 1, undatedPage1), take("p2", "Harbour", "", 2, undatedPage2)},
			together: [][2]string{{"p1", "p2"}},
		},
		{
			name:     "a substitute's pages with the first take",
			arts:     []crosswire.Article{take("p1", "Harbour", "", 1, undatedPage1), take("s2", "Harbour", "substitute", 2, undatedPage2)},
			together: [][2]string{{"p1", "s2"}},
		},
		{
			name:  "two first pages under the slug: the batch vetoes",
			arts:  []crosswire.Article{take("p1", "Harbour", "", 1, undatedPage1), take("p2", "Harbour", "", 2, undatedPage2), take("q1", "Harbour", "", 1, undatedOther)},
			apart: [][2]string{{"p1", "p2"}, {"q1", "p2"}},
		},
		{
			name:  "another slug",
			arts:  []crosswire.Article{take("p1", "Harbour", "", 1, undatedPage1), take("p2", "Ferries", "", 2, undatedPage2)},
			apart: [][2]string{{"p1", "p2"}},
		},
		{
			name:  "a page whose names contradict its header",
			arts:  []crosswire.Article{take("p1", "Harbour", "", 1, undatedPage1), take("p2", "Harbour", "", 2, undatedStray)},
			apart: [][2]string{{"p1", "p2"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cl, err := New(Options{}).Partition(context.Background(), tc.arts)
			if err != nil {
				t.Fatal(err)
			}
			story := map[string]string{}
			for i, a := range tc.arts {
				story[a.ID] = cl.StoryOf[i]
			}
			for _, p := range tc.together {
				if story[p[0]] != story[p[1]] {
					t.Errorf("%s and %s in different stories", p[0], p[1])
				}
			}
			for _, p := range tc.apart {
				if story[p[0]] == story[p[1]] {
					t.Errorf("%s and %s in one story", p[0], p[1])
				}
			}
		})
	}
}
