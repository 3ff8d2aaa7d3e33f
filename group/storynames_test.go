package group

import (
	"context"
	"strings"
	"testing"

	"crosswire"
)

// A fictional event: a courier firm's delivery drones taken over. Four
// reports, each in its own words, and an explainer a day on that names
// the drones and the firm and little else the reports tell.
var (
	namesReports = []crosswire.Article{
		{ID: "r1", Title: "Hijacked Ostrel drones land in a field near Port Ashwell",
			Text: "Some 312 delivery drones of the Ostrel fleet run by Vandrel Freight were taken over after leaving the Cawthorne hub and set down in a field outside Port Ashwell. " +
				"Researcher Tamsin Quinby said the intruders used a stolen maintenance key. Police said officers were guarding the machines."},
		{ID: "r2", Title: "Vandrel Freight grounds Ostrel fleet after takeover",
			Text: "Vandrel Freight said 312 of its Ostrel drones were steered off course and came down near Port Ashwell. " +
				"Tamsin Quinby, who studies drone networks, traced the takeover to a maintenance key copied from the contractor Lumbrey Systems. No parcels were lost, the firm said."},
		{ID: "r3", Title: "Police look into Ostrel drone takeover",
			Text: "Police are looking into how Ostrel drones belonging to Vandrel Freight were flown into a farmer's field by Kelling Lane. " +
				"Inspector Rhoda Dunmere said the attackers had a copy of the fleet's maintenance key taken from Lumbrey Systems. The firm has paused deliveries across the county."},
		{ID: "r4", Title: "Courier drones seized in mass takeover",
			Text: "A mass takeover of Ostrel courier drones left hundreds of the machines from the Cawthorne hub parked by Kelling Lane, Vandrel Freight said. " +
				"Inspector Rhoda Dunmere said the intruders signed in with a maintenance key. Deliveries will resume once new keys are issued."},
	}
	namesExplainer = crosswire.Article{ID: "explainer", Title: "What the drone takeover means for your parcels",
		Text: "If you were waiting for a parcel flown by an Ostrel drone this week, it will come late. " +
			"Vandrel Freight has asked customers to watch for messages offering refunds, which are a common trick after such news. " +
			"Home owners who find a drone in a garden should leave it alone and tell the firm. Keep your delivery codes to yourself."}
)

// TestStoryNamesJoinsLoneReport: the explainer joins the story of four
// reports whose names (the drones, the firm: what most of the reports
// write) it writes; with the drones renamed (another product of the firm) it tells one name and stays
// apart, as it does beside three reports (a pair's names are the pair
// rules' to judge). Fails before storynames.go: no pair of the explainer
// shares MinSharedAnchors anchors.
func TestStoryNamesJoinsLoneReport(t *testing.T) {
	if DefaultBackground().empty() {
		t.Skip("no shipped background")
	}
	other := namesExplainer
	other.Text = strings.ReplaceAll(namesExplainer.Text, "Ostrel", "Pellam")
	tests := []struct {
		name   string
		arts   []crosswire.Article
		joined bool
	}{
		{"four reports", append(append([]crosswire.Article{}, namesReports...), namesExplainer), true},
		{"another product named", append(append([]crosswire.Article{}, namesReports...), other), false},
		{"three reports", append(append([]crosswire.Article{}, namesReports[:3]...), namesExplainer), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cl, err := New(Options{}).Partition(context.Background(), tc.arts)
			if err != nil {
				t.Fatal(err)
			}
			last := len(tc.arts) - 1
			for i := 1; i < last; i++ {
				if cl.StoryOf[i] != cl.StoryOf[0] {
					t.Fatalf("report %d apart from the first", i)
				}
			}
			if got := cl.StoryOf[0] == cl.StoryOf[last]; got != tc.joined {
				t.Errorf("explainer with the story %v; want %v", got, tc.joined)
			}
		})
	}
}
