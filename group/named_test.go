package group

import (
	"testing"

	"crosswire"
)

// A fictional film festival's opening told by a take and a paper, a late
// page of the take naming the guests both wrote, and other stories: an
// unrelated harbour strike, or the festival's closing night, which names
// the same people (one subject's other day).
const (
	namedTake = "The Vessburg film festival opened tonight with the premiere of Salt Meridian, the new film by director Ilse Varnholt. " +
		"The film's star Piet Orlando arrived with the festival's director Mara Quell, and the crowd outside the Lantern Hall cheered when Dagny Brell and Osric Tamm stepped out of the first car. " +
		"The festival runs for nine days and shows 140 films from 31 countries."
	namedPaper = "Crowds packed the streets of Vessburg last night as the festival began with Salt Meridian. " +
		"Among the guests were the singer Dagny Brell and the novelist Osric Tamm, who sat beside Ilse Varnholt and Piet Orlando in the front row. " +
		"The critics Lotte Skarn, Bram Oddvik and Hedda Lune left before the end. " +
		"Tickets for the opening had sold out within an hour."
	namedPage = "Later, at the reception in the old customs house, Dagny Brell sang two songs and Osric Tamm gave a short reading. " +
		"Piet Orlando and Ilse Varnholt stayed until midnight."
	// a page naming people only the paper writes: its story is the
	// paper's, a report the pair rules judged, when the take is apart
	namedPageCritics = "At the reception Lotte Skarn, Bram Oddvik and Hedda Lune argued over the film until the hall closed."
	namedStrike1     = "Ferry crews at Kessel harbour walked out this morning over pay, the Seafarers' Union said, stranding 400 passengers on the island of Odrun."
	namedStrike2     = "The strike at Kessel harbour left 400 passengers waiting on Odrun, and the union's Mira Holt said talks would resume on Friday."
	namedClose1      = "The Vessburg film festival closed with an award for Ilse Varnholt's Salt Meridian, a week after it opened. " +
		"Piet Orlando took the prize for best actor, and Dagny Brell sang at the ceremony, with Osric Tamm reading from his novel."
	namedClose2 = "Salt Meridian won the festival's top prize on its last night: Ilse Varnholt thanked Piet Orlando, Dagny Brell and Osric Tamm from the stage."
)

// TestJoinNamed: the late page, alone in its story, joins the story whose
// reports together hold its names (named.go), or the story of the report
// quoting its statement (quotedfragment.go: a shorter stretch of the
// statement is none); when another story of the subject holds them as
// well it stays where it is; a story of one report is not asked (the pair
// rules judged that pair); and a text longer than a brief is not asked.
func TestJoinNamed(t *testing.T) {
	if DefaultBackground().empty() {
		t.Skip("no shipped background")
	}
	festival := []uint32{0, 0, 2, 3, 3} // take and paper one story, the page alone
	tests := []struct {
		name        string
		take, paper string
		page        string
		x1, x2      string
		roots       []uint32 // the stories before the pass, by doc
		runs        int      // the page's narrative runs
		joined      bool
	}{
		{"another story unrelated", namedTake, namedPaper, namedPage, namedStrike1, namedStrike2, festival, 10, true},
		{"the names one report of the story writes", namedTake, namedPaper, namedPageCritics, namedStrike1, namedStrike2, festival, 10, true},
		{"another day of the subject names them too", namedTake, namedPaper, namedPage, namedClose1, namedClose2, festival, 10, false},
		{"a story of one report", namedTake, namedPaper, namedPageCritics, namedStrike1, namedStrike2, []uint32{0, 1, 2, 3, 3}, 10, false},
		{"the page longer than a brief", namedTake, namedPaper, namedPage, namedStrike1, namedStrike2, festival, ShortRuns + 1, false},
		// the second evidence (quotedfragment.go): a page whose names no
		// one story holds, quoting what a paper quotes
		{"a paper quotes the page's statement", fragTake, fragPaper, fragPage, fragStrike1, fragStrike2, festival, 10, true},
		{"the paper quotes ten of its words", fragTake, fragPaperShort, fragPage, fragStrike1, fragStrike2, festival, 10, false},
		{"another story of the subject quotes it too", fragTake, fragPaper, fragPage, fragNext1, fragNext2, festival, 10, false},
		{"a story of one report quotes it", fragTake, fragPaper, fragPage, fragStrike1, fragStrike2, []uint32{0, 1, 2, 3, 3}, 10, false},
		{"the quoting page longer than a brief", fragTake, fragPaper, fragPage, fragStrike1, fragStrike2, festival, ShortRuns + 1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// sorted by ID: doc numbers a1 0, a2 1, f 2, x1 3, x2 4
			arts := []crosswire.Article{
				{ID: "a1", Title: "Opening night", Text: tc.take},
				{ID: "a2", Text: tc.paper},
				{ID: "f", Text: tc.page},
				{ID: "x1", Text: tc.x1},
				{ID: "x2", Text: tc.x2},
			}
			ix, _ := partitionIndex(t, arts, nil)
			roots := tc.roots
			runs := []int{40, 40, tc.runs, 40, 40}
			got := ix.joinNamed(roots, runs)
			if joined := got[2] != 2; joined != tc.joined {
				t.Errorf("page joined a story %v (roots %v); want %v", joined, got, tc.joined)
			}
			for d, r := range got {
				if d != 2 && r != roots[d] {
					t.Errorf("doc %d moved from story %d to %d: only the lone page may move", d, roots[d], r)
				}
			}
		})
	}
}
