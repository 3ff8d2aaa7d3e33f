package group

import (
	"testing"

	"crosswire"
)

// Fictional reports of one club (occasion.go): two matches on different
// weeks share the club's cast — its ground, coach and players, none of
// them known to the background — and each has its own score, minute and
// crowd; a paper's rewrite of the first keeps its figures.
var (
	occMatch1 = crosswire.Article{ID: "oc-match1", Title: "Harbury Rovers beat Dunmore",
		Text: `Harbury Rovers beat Dunmore Athletic 3-1 at Kelby Park on Saturday, with Ilse Brandt scoring twice. ` +
			`Teo Saks added the third after 71 minutes in front of 18,400 fans. ` +
			`Kai Renner replied for Dunmore, whose keeper Bram Oakes saved well from Nils Varro. ` +
			`Rovers coach Arno Pell said his side had earned the points against a strong Dunmore team.`}
	occMatch2 = crosswire.Article{ID: "oc-match2", Title: "Harbury Rovers lose at home",
		Text: `Harbury Rovers lost 2-0 to Castlebar United at Kelby Park on Tuesday, with Ilse Brandt missing a penalty. ` +
			`Teo Saks was sent off after 64 minutes before a crowd of 15,200. ` +
			`Oren Daly scored both for Castlebar, and referee Mikel Sorn booked five. ` +
			`Rovers coach Arno Pell said the referee had cost his side against Castlebar.`}
	occMatch1Paper = crosswire.Article{ID: "oc-match1-paper", Title: "BRANDT DOUBLE SINKS DUNMORE",
		Text: `Ilse Brandt hit two as Harbury Rovers saw off Dunmore Athletic 3-1 at Kelby Park. ` +
			`Teo Saks made it three on 71 minutes and 18,400 watched. ` +
			`Arno Pell, the Rovers coach, was pleased.`}
)

// occasionBackground is a background of fictional notes that never saw the
// club's cast but has seen the matches' crowds and minutes, the
// opponents and the referee a few times each, as a background of other
// news has seen most figures and some of the names: they weigh.
func occasionBackground() *Background {
	return notesBackground([]crosswire.Article{occMatch1, occMatch2, occMatch1Paper}, []string{
		"18,400", "15,200", "71 minutes", "64 minutes", "Kai Renner", "Bram Oakes", "Nils Varro", "Dunmore Athletic",
		"Oren Daly", "Mikel Sorn", "Castlebar United", "Ostrava Road", "Lake Merrow", "Fenwick Hall", "Dalby Bridge",
		"Corran Street", "Hessle Market", "Pinewood Lane", "Tarrow Mills", "Elmstead Green", "Quarry Hill", "Bexham Docks",
		"Wetherby Row", "Sallow Point", "Norcott Farm", "Ashdown Gate", "Millbeck Square", "Redcliff Pier", "Stanmoor Cross",
		"Yarrow Court", "Kestle Bay", "Brackley Moor", "Owlswick End", "Candover Rise", "Lyndale Park Road", "Harwick Ferry",
		"Greystoke Yard", "Pelham Croft", "Rushden Flats", "Amberley Ward", "Oxcombe Lock", "Tillington Fold", "Wrayfield Mews",
		"Cobham Steps", "Dunsop Vale", "Ebberston Cut", "Fawley Narrows", "Garside Heath", "Hinton Wharf", "Ilmer Spur",
		"Juniper Reach", "Kelso Terrace", "Lathom Close", "Morland Drift", "Netherby Quay"})
}

// TestOccasionApart groups the two matches as a pair with a background
// that never saw the club's names: they share its cast at an anchor
// cosine the anchor rules join, and stay two stories because their
// figures disagree. The paper's rewrite of the first match, whose
// figures agree, joins it.
func TestOccasionApart(t *testing.T) {
	bg := occasionBackground()
	for _, tc := range []struct {
		name string
		a, b crosswire.Article
		one  bool
	}{
		{"two matches of one club", occMatch1, occMatch2, false},
		{"a paper's rewrite of a match", occMatch1, occMatch1Paper, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, ps, got := groupTwo(t, tc.a, tc.b, bg)
			if got != tc.one {
				t.Errorf("one story = %v, want %v (shared %d, rare %d, cosine %.2f, another occasion %v)", got, tc.one, ps.shared, ps.rare, ps.cosine, ps.occasionApart)
			}
			// the fixture: the anchor rules alone would join both pairs
			if !ps.anchorEdge(ps.gap, EdgeAnchorCosine) {
				t.Errorf("fixture: want a pair the anchor rules join (shared %d, rare %d, cosine %.2f)", ps.shared, ps.rare, ps.cosine)
			}
			if !ix.subjectUnknown(ix.full[0], ix.full[1], &ps) {
				t.Errorf("fixture: want the shared names unknown to the background")
			}
		})
	}
}

// TestFiguresDisagree reads the figures of fictional reports: two matches'
// scores, minutes and crowds disagree; a rewrite's agree; a text with one
// figure says nothing.
func TestFiguresDisagree(t *testing.T) {
	bg := occasionBackground()
	oneFigure := crosswire.Article{ID: "oc-one", Text: "Harbury Rovers coach Arno Pell said Ilse Brandt and Teo Saks would play at Kelby Park in 1998 colours."}
	for _, tc := range []struct {
		name     string
		a, b     crosswire.Article
		disagree bool
	}{
		{"two matches", occMatch1, occMatch2, true},
		{"a rewrite", occMatch1, occMatch1Paper, false},
		{"one figure", occMatch2, oneFigure, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, ps, _ := groupTwo(t, tc.a, tc.b, bg)
			if got := ix.figuresDisagree(ix.full[0], ix.full[1], &ps); got != tc.disagree {
				t.Errorf("figuresDisagree = %v, want %v", got, tc.disagree)
			}
		})
	}
}

// groupTwo groups two articles as a batch (in ID order) with background bg
// and returns its index, the pair's score and whether they form one story.
func groupTwo(t testing.TB, a, b crosswire.Article, bg *Background) (*Index, pairScore, bool) {
	t.Helper()
	arts := []crosswire.Article{a, b}
	if arts[1].ID < arts[0].ID {
		arts[0], arts[1] = arts[1], arts[0]
	}
	ix, roots := partitionIndex(t, arts, bg)
	_, ps := ix.verify(0, 1)
	return ix, ps, roots[0] == roots[1]
}
