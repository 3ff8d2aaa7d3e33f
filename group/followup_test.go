package group

import (
	"context"
	"slices"
	"testing"

	"crosswire"
)

// TestFollowUpsStayApart: the wire's reports of one takeover on different
// days (the offer, then the raised offer) name the same firms and people
// with different figures; each is reprinted by a paper. The second day's
// wire report shares the affair's names with the first day's paper more
// than with anything else it is not a copy of, and before story bodies
// (Index.bridges) that one anchor edge merged the two days with their
// copies. Undated, as pasted files are, with and without outlets. Each day
// stays one story with its copy, and the two list each other as related.
// Undated only: with publication times within 14 days the edge is allowed
// (time is a second signal, see Index.bridges), and when only the wire's
// reports are dated the story cores still merge the two days (mutual best
// cores, cosine ≥ 0.5): left open. Fictional text.
func TestFollowUpsStayApart(t *testing.T) {
	offer := "Corvane Holdings offered 4.20 pounds a share for Miretta Foods on Monday, valuing the Lundgate baker at 612 million pounds. " +
		"Corvane chief executive Ilse Marrow said the offer was final and would lapse on 14 March. " +
		"Miretta chairman Tavish Brenn said the board would consider it and urged shareholders to take no action. " +
		"Miretta shares rose 18 per cent to 4.05 pounds on the Saltmere Exchange."
	raised := "Corvane Holdings raised its offer for Miretta Foods to 4.65 pounds a share on Thursday, valuing the Lundgate baker at 678 million pounds. " +
		"Ilse Marrow said Corvane had found savings of 31 million pounds a year that justified the higher price. " +
		"Tavish Brenn said the Miretta board would meet on 2 April and that a rival approach from Dunmore Bakeries was still being studied. " +
		"Miretta shares closed at 4.58 pounds on the Saltmere Exchange, up 9 per cent."
	for _, outlets := range []bool{true, false} {
		outlet := func(o string) string {
			if outlets {
				return o
			}
			return ""
		}
		arts := []crosswire.Article{
			{ID: "a1", Title: "Corvane bids 612m for Miretta", Text: offer, Outlet: outlet("Lundgate Wire")},
			{ID: "a2", Title: "Corvane makes 612m offer for Miretta", Text: "From the newswire desk: " + offer + " Copyright the wire service.", Outlet: outlet("Saltmere Evening News")},
			{ID: "b1", Title: "Corvane raises Miretta offer to 678m", Text: raised, Outlet: outlet("Lundgate Wire")},
			{ID: "b2", Title: "Corvane ups Miretta bid", Text: "(Agency report) " + raised + " Reporting by staff.", Outlet: outlet("Harlow Courier")},
		}
		checkFollowUps(t, outlets, arts)
	}
}

// checkFollowUps groups the two days' reports (a1 and its version a2, b1
// and its version b2) and checks each day is one story, apart from the
// other and related to it.
func checkFollowUps(t *testing.T, outlets bool, arts []crosswire.Article) {
	t.Helper()
	of := storyOf(t, arts)
	for _, tc := range []struct {
		name       string
		x, y       string
		same, rela bool
	}{
		{"the first report and its version", "a1", "a2", true, false},
		{"the later report and its version", "b1", "b2", true, false},
		{"the first report and the later", "a1", "b1", false, true},
		{"the first report's version and the later report", "a2", "b1", false, true},
	} {
		sx, sy := of[tc.x], of[tc.y]
		if got := sx.ID == sy.ID; got != tc.same {
			t.Errorf("outlets %v, %s: one story %v, want %v", outlets, tc.name, got, tc.same)
			continue
		}
		if got := slices.Contains(sx.Related, sy.ID) && slices.Contains(sy.Related, sx.ID); got != tc.rela {
			t.Errorf("outlets %v, %s: related %v (%v, %v), want %v", outlets, tc.name, got, sx.Related, sy.Related, tc.rela)
		}
	}
}

// storyOf groups the articles and returns each article's story by ID.
func storyOf(t *testing.T, arts []crosswire.Article) map[string]crosswire.Story {
	t.Helper()
	stories, err := New(Options{}).Group(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	of := map[string]crosswire.Story{}
	for _, s := range stories {
		for _, a := range s.Articles {
			of[a.ID] = s
		}
	}
	return of
}
