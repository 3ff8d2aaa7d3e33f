package group

import (
	"strings"
	"testing"

	"crosswire"
)

// A fictional event: a courier firm's delivery drones taken over. Four
// reports, each in its own words, and an explainer a day on that names
// the drones and the firm and little else the reports tell.
var (
	namesReports = []crosswire.Article{
		{ID: "r1", Title: "Ostrel drones hijacked near Port Ashwell",
			Text: "Intruders hijacked some 312 delivery drones of the Ostrel fleet run by Vandrel after they left the Cawthorne hub and set them down in a field outside Port Ashwell. " +
				"Researcher Tamsin Quinby said the intruders used a stolen maintenance key. Police said officers were guarding the machines."},
		{ID: "r2", Title: "Vandrel says Ostrel fleet hijacked",
			Text: "Vandrel said attackers hijacked 312 of its Ostrel drones, which came down near Port Ashwell. " +
				"Tamsin Quinby, who studies drone networks, traced the break-in to a maintenance key copied from the contractor Lumbrey Systems. No parcels were lost, the firm said."},
		{ID: "r3", Title: "Police on the Ostrel drone hijack",
			Text: "Police are looking into how someone hijacked Ostrel drones belonging to Vandrel and flew them into a farmer's field by Kelling Lane. " +
				"Inspector Rhoda Dunmere said the attackers had a copy of the fleet's maintenance key taken from Lumbrey Systems. The firm has paused deliveries across the county."},
		{ID: "r4", Title: "Hundreds of courier drones hijacked",
			Text: "Hackers hijacked hundreds of Ostrel drones from the Cawthorne hub and parked them by Kelling Lane, Vandrel said. " +
				"Inspector Rhoda Dunmere said the intruders signed in with a maintenance key. Deliveries will resume once new keys are issued."},
	}
	namesExplainer = crosswire.Article{ID: "explainer", Title: "After the drone hijack",
		Text: "If a parcel of yours was on an Ostrel drone when intruders hijacked the Vandrel fleet this week, it will come late. " +
			"Customers should watch for messages offering refunds, which are a common trick after such news. " +
			"Home owners who find a drone in a garden should leave it alone and tell the firm. Keep your delivery codes to yourself."}
)

// TestStoryNamesJoinsLoneReport: the explainer joins the story of four
// reports whose names (the drones, the firm: what most of the reports
// write) it writes; with the drones renamed (another product of the firm)
// it tells one name and stays apart, as it does beside three reports (a
// pair's names are the pair rules' to judge) and when its lead names no
// event of theirs. The stories are given (the four reports one story, the
// explainer alone): no pair of the explainer shares MinSharedAnchors
// anchors, so before storynames.go nothing moved it.
func TestStoryNamesJoinsLoneReport(t *testing.T) {
	if DefaultBackground().empty() {
		t.Skip("no shipped background")
	}
	renamed := namesExplainer
	renamed.Text = strings.ReplaceAll(namesExplainer.Text, "Ostrel", "Pellam")
	untold := namesExplainer
	untold.Text = strings.ReplaceAll(namesExplainer.Text, "when intruders hijacked the Vandrel fleet", "from the Vandrel fleet")
	tests := []struct {
		name      string
		explainer crosswire.Article
		reports   int
		joined    bool
	}{
		{"four reports", namesExplainer, 4, true},
		{"another product named", renamed, 4, false},
		{"three reports", namesExplainer, 3, false},
		{"no event of theirs in its lead", untold, 4, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// sorted by ID: the explainer is doc 0, the reports 1 on
			arts := append([]crosswire.Article{tc.explainer}, namesReports[:tc.reports]...)
			if got := loneJoins(t, arts, DefaultBackground(), (*Index).joinStoryNames); got != tc.joined {
				t.Errorf("explainer with the story %v; want %v", got, tc.joined)
			}
		})
	}
}

// loneJoins groups arts (sorted by ID) with background bg, gives join the
// stories of the reports (docs 1 on, one story) and of doc 0 alone, and
// reports whether doc 0 joined the reports' story; it fails the test when
// a report moved.
func loneJoins(t *testing.T, arts []crosswire.Article, bg *Background, join func(*Index, []uint32) []uint32) bool {
	t.Helper()
	ix, _ := partitionIndex(t, arts, bg)
	roots := make([]uint32, len(arts))
	for d := 1; d < len(arts); d++ {
		roots[d] = 1
	}
	out := join(ix, roots)
	for d := 1; d < len(arts); d++ {
		if out[d] != 1 {
			t.Fatalf("report %d moved: %v", d, out)
		}
	}
	return out[0] == 1
}
