package crosscheck

import (
	"testing"

	"crosswire"
)

// TestLooseAlignment checks, on fictional independently written reports of
// one event, that a time of day told after the same noun ("hit a culvert
// at about 6am" / "struck a culvert at about 7am") is one fact when a
// version's verb is not read, and that a count of passengers is a count
// of people: their differences are found, medium when only that looser
// evidence ties them, while two read verbs still tell two events.
func TestLooseAlignment(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  map[crosswire.Severity]int // number discrepancies by severity
	}{
		{
			name: "time after the same noun, one verb unread",
			texts: []string{
				"A freight lorry overturned on the Brennock bypass on Monday, county police said. Inspector Willa Torrance said the lorry, owned by Caddow Haulage, veered off the road and hit a drainage culvert at about 6am before rolling onto its side.",
				"The Caddow Haulage lorry overturned on the Brennock bypass on Monday. The driver lost control and the vehicle struck a drainage culvert at about 7am, Inspector Willa Torrance told reporters, adding that the road reopened by noon.",
			},
			want: map[crosswire.Severity]int{crosswire.SeverityMedium: 1},
		},
		{
			name: "same time after the same noun is no discrepancy",
			texts: []string{
				"A freight lorry overturned on the Brennock bypass on Monday, county police said. Inspector Willa Torrance said the lorry, owned by Caddow Haulage, veered off the road and hit a drainage culvert at about 6am before rolling onto its side.",
				"The Caddow Haulage lorry overturned on the Brennock bypass on Monday. The driver lost control and the vehicle struck a drainage culvert at about 6am, Inspector Willa Torrance told reporters, adding that the road reopened by noon.",
			},
			want: map[crosswire.Severity]int{},
		},
		{
			name: "two read verbs after one noun are two events",
			texts: []string{
				"The Lissom Star cargo ship left the harbour at Pellow Quay at 6pm on Friday, the port authority said.",
				"The Lissom Star cargo ship reached the harbour at Pellow Quay at 9pm on Friday, the port authority said.",
			},
			want: map[crosswire.Severity]int{},
		},
		{
			name: "passengers against people on board",
			texts: []string{
				"A coach carrying 46 passengers slid into a ditch near Orrin Fell on Saturday night, the ambulance service said. Three people were treated for minor injuries.",
				"A coach with 52 people on board slid into a ditch near Orrin Fell late on Saturday, the ambulance service said. Three people were treated for minor injuries.",
			},
			want: map[crosswire.Severity]int{crosswire.SeverityMedium: 1},
		},
		{
			name: "passengers and crew are everyone aboard",
			texts: []string{
				"A coach carrying 46 passengers and crew slid into a ditch near Orrin Fell on Saturday night, the ambulance service said. Three people were treated for minor injuries.",
				"A coach with 52 people on board slid into a ditch near Orrin Fell late on Saturday, the ambulance service said. Three people were treated for minor injuries.",
			},
			want: map[crosswire.Severity]int{crosswire.SeverityHigh: 1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			got := map[crosswire.Severity]int{}
			for _, d := range findDisc(st, crosswire.DiscNumber) {
				got[d.Severity]++
			}
			for _, sev := range []crosswire.Severity{crosswire.SeverityHigh, crosswire.SeverityMedium, crosswire.SeverityLow} {
				if got[sev] != tc.want[sev] {
					t.Fatalf("%s number discrepancies: got %d, want %d:%s", sev, got[sev], tc.want[sev], dump(st))
				}
			}
		})
	}
}
