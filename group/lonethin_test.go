package group

import (
	"testing"

	"crosswire"
)

// A fictional event: a harbour authority's crane network locked by
// ransomware. Four outlets' reports, each in its own words, and a fifth
// outlet's report that the pair rules leave alone.
var (
	thinReports = []crosswire.Article{
		{ID: "r1", Outlet: "Coastline Desk", Title: "Ransomware locks Brellport crane network",
			Text: "Ransomware locked the crane network of the Brellport Harbour Authority on Tuesday, leaving ships waiting off the Tarrow Sands. " +
				"The authority said the Scaldwick malware encrypted the control servers. Researcher Ivo Menlake said the gang asked for 40 coins."},
		{ID: "r2", Outlet: "Shipping Ledger", Title: "Brellport cranes halted by attack",
			Text: "An attack with the Scaldwick ransomware halted every crane at Brellport, the harbour authority said. " +
				"Ivo Menlake, who tracks the gang, said the intruders came in through a supplier's account. Loading resumed by hand at the Osgrove and Larkmoor berths, said the operator Fennick Cargo."},
		{ID: "r3", Outlet: "Evening Quay", Title: "Harbour chief on the crane lockout",
			Text: "The chief of the Brellport Harbour Authority said the Scaldwick ransomware that locked its cranes would not be paid off. " +
				"Detective Hollis Varne of the Tarrow constabulary is looking into the attack, and the Osgrove berth was closed. Ships were turned to other ports while engineers rebuilt the servers."},
		{ID: "r4", Outlet: "Port Wire", Title: "Ships wait as Brellport restores cranes",
			Text: "Brellport's cranes stayed locked a day after the Scaldwick ransomware attack, and a dozen ships, the Maren Quist among them, waited offshore. " +
				"The harbour authority said engineers were restoring the servers from copies. Ivo Menlake said the same gang hit a rail yard last spring. Fennick Cargo moved its boxes by road, Detective Hollis Varne said."},
	}
	thinLone = crosswire.Article{ID: "lone", Outlet: "Dockside Daily", Title: "What the Brellport lockout means for shippers",
		Text: "Shippers counted the cost of the ransomware attack that locked the Brellport cranes as the harbour authority rebuilt its network. " +
			"Freight agents said cargo would move slowly for a week. Insurers said the Scaldwick gang's demand would not be met."}
)

// TestJoinLoneThin: a lone report with thin links to two or more reports
// of one story of four joins it; with one link, beside a story of three,
// with its links from two copies of one text, or when most of the story
// refuses it (here: every report from its own outlet, undated) it stays
// alone. The thin links are given (the pass reads the batch's refused
// pairs); the story, its refusals and its copies are the index's. Without
// joinLoneThin the lone report stays alone in every case.
func TestJoinLoneThin(t *testing.T) {
	copied := thinReports[1]
	copied.ID, copied.Outlet = "r3", "Evening Quay"
	tests := []struct {
		name    string
		reports []crosswire.Article
		lone    crosswire.Article
		links   []uint32 // reports (doc numbers 1 on) linked to the lone doc 0
		joined  bool
	}{
		{"two links, story of four", thinReports, thinLone, []uint32{1, 2}, true},
		{"three links, story of four", thinReports, thinLone, []uint32{1, 2, 4}, true},
		{"one link", thinReports, thinLone, []uint32{2}, false},
		{"story of three", thinReports[:3], thinLone, []uint32{1, 2}, false},
		{"links from one text", []crosswire.Article{thinReports[0], thinReports[1], copied, thinReports[3]}, thinLone, []uint32{2, 3}, false},
		{"most of the story refuses", sameOutlet(thinReports, thinLone.Outlet), thinLone, []uint32{1, 2}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// sorted by ID: the lone report is doc 0, the reports 1 on
			arts := append([]crosswire.Article{tc.lone}, tc.reports...)
			ix, _ := partitionIndex(t, arts, DefaultBackground())
			roots := make([]uint32, len(arts))
			for d := 1; d < len(arts); d++ {
				roots[d] = 1
			}
			var thin []anchorEdge
			for _, b := range tc.links {
				thin = append(thin, anchorEdge{a: b, b: 0, cos: 0.3})
			}
			out := ix.joinLoneThin(thin, roots)
			for d := 1; d < len(arts); d++ {
				if out[d] != 1 {
					t.Fatalf("report %d moved: %v", d, out)
				}
			}
			if got := out[0] == 1; got != tc.joined {
				t.Errorf("lone report with the story %v; want %v", got, tc.joined)
			}
		})
	}
}

// sameOutlet returns copies of arts all credited to outlet.
func sameOutlet(arts []crosswire.Article, outlet string) []crosswire.Article {
	out := make([]crosswire.Article, len(arts))
	for i, a := range arts {
		a.Outlet = outlet
		out[i] = a
	}
	return out
}
