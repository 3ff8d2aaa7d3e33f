package group

import (
	"testing"
	"time"

	"crosswire"
)

// Fictional reports for briefWhoUntold (briefwho.go): the wire's piece on
// one chef's new cookery programme, which names her old colleagues in
// passing, a paper's one-sentence brief of a colleague's own radio slot
// (its few names all in the wire's piece: the contained clause's pair),
// and a paper's brief of the wire's story, which names the chef.
var (
	bwShow = crosswire.Article{ID: "bw-show",
		Text: `Rina Vale will host a late-night cookery programme on Channel Orrin from next spring, the broadcaster announced on Thursday. ` +
			`Each week the Calder chef is to cook with one guest in a converted barn near Tessaly, and the first six guests have been booked. ` +
			`Vale learnt her trade beside Ada Quist and Mara Holm at the Arden Rooms, and both are expected to appear. ` +
			`The comedian Piet Morrow, the drummer Jonas Bekk, the rapper Teo Saks and the Dunmore choir complete the list. ` +
			`Quist is also to present a weekly food slot on Kestrel Radio in October. ` +
			`"Cooking for people I admire is the whole point," Vale said.`}
	bwOther = crosswire.Article{ID: "bw-other", Title: "Quist to front radio slot",
		Text: `Calder chef Ada Quist is to front a Kestrel Radio food slot from October.`}
	bwBrief = crosswire.Article{ID: "bw-brief", Title: "Vale gets her own show",
		Text: `Calder chef Rina Vale is to host a Channel Orrin cookery programme from next spring.`}
)

// TestBriefWhoUntold reads the fictional reports (the briefs titled, the
// wire's piece untitled) as pairs with a background that never saw the cast:
// the colleague's brief holds names the wire's piece holds and never names
// the piece's lead person; the brief of the piece's own story names her;
// a piece whose lead names no person asks nothing of a brief; the brief
// is the side with fewer anchors, whichever comes first; an untitled brief
// (a continuation page whose header was lost reads alike) asks nothing,
// unless the other is a wire take whose header was read and the brief has
// none (session 21: the batch reads headers, so a page would keep its
// own); a headed continuation page asks nothing.
// (A pair alone weighs these few names so that the cosine clause joins them too: the
// veto's effect on real pairs, where it is the contained clause alone, is
// TestPairsApart's meter-showbiz rows.)
func TestBriefWhoUntold(t *testing.T) {
	bg := notesBackground([]crosswire.Article{bwShow, bwOther, bwBrief}, []string{"Lake Merrow", "Daily Courier", "Bank of Eldor", "Hollis Street", "Okeford", "Harlow", "Brenton", "Pelham", "Marlow", "Harbury"})
	noPerson := bwShow
	noPerson.Text = `A late-night cookery programme begins on Channel Orrin next spring with guests chosen by its host, the broadcaster said on Thursday. ` +
		`The series is to be filmed in a barn near Westfield. ` +
		`Calder chef Ada Quist is to present a food slot of her own on Kestrel Radio in October, and Mara Holm is opening a restaurant in Tessaly.`
	untitled := bwOther
	untitled.Title = ""
	// a paper's untitled item of the colleague's slot (the lead's
	// "Calder" is no part of its text)
	untitledItem := crosswire.Article{ID: "bw-item",
		Text: `Ada Quist of the Arden Rooms is to front a Kestrel Radio food slot from October.`}
	// the wire's piece with its header read: an untitled text without one
	// beside it is another outlet's item, not a page that lost its header
	filed := time.Date(2031, 3, 6, 14, 20, 0, 0, time.UTC)
	headed := bwShow
	headed.Wire = &crosswire.Wire{Slug: "Vale", Desk: "SHOWBIZ", Agency: "Norpress", Page: 1, Filed: &filed}
	untitledStory := bwBrief
	untitledStory.Title = ""
	// a page of the take with its own header: a page of the story, asked
	// nothing (a wire continuation page names its who on page 1)
	page2 := untitledItem
	filed2 := filed.Add(10 * time.Minute)
	page2.Wire = &crosswire.Wire{Slug: "Vale", Desk: "SHOWBIZ", Agency: "Norpress", Page: 2, Filed: &filed2}
	for _, tc := range []struct {
		name  string
		a, b  crosswire.Article
		apart bool
	}{
		{"a colleague's brief", bwShow, bwOther, true},
		{"a colleague's brief first", bwOther, bwShow, true},
		{"the story's brief", bwShow, bwBrief, false},
		{"a lead naming no person", noPerson, bwOther, false},
		{"an untitled brief", bwShow, untitled, false},
		{"an untitled brief beside a headed take", headed, untitledItem, true},
		{"an untitled brief beside an unheaded take", bwShow, untitledItem, false},
		{"the story's untitled brief beside a headed take", headed, untitledStory, false},
		{"a headed continuation page", headed, page2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, ps, _ := groupTwo(t, tc.a, tc.b, bg)
			if got := ix.briefWhoUntold(0, 1); got != tc.apart {
				t.Errorf("briefWhoUntold = %v, want %v (%+v)", got, tc.apart, ps)
			}
		})
	}
}

// TestContainedOnly checks which anchor clauses join a pair score: the
// brief's veto is asked only when the contained clause alone joins.
func TestContainedOnly(t *testing.T) {
	for _, tc := range []struct {
		name string
		ps   pairScore
		want bool
	}{
		{"contained alone", pairScore{shared: 4, cosine: 0.42, anchorCont: 0.95, rare: 1, gap: -1}, true},
		{"contained and cosine", pairScore{shared: 4, cosine: 0.6, anchorCont: 0.95, gap: -1}, false},
		{"contained and rare", pairScore{shared: 5, cosine: 0.42, anchorCont: 0.95, rare: MinSharedRare, gap: -1}, false},
		{"contained, rare refused by the leads", pairScore{shared: 5, cosine: 0.42, anchorCont: 0.95, rare: MinSharedRare, leadsApart: true, gap: -1}, true},
		{"not contained", pairScore{shared: 4, cosine: 0.42, anchorCont: 0.6, gap: -1}, false},
		{"within two days, over the cosine bar a tenth lower", pairScore{shared: 4, cosine: 0.46, anchorCont: 0.95, gap: 12}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.ps.containedOnly(tc.ps.gap, EdgeAnchorCosine); got != tc.want {
				t.Errorf("containedOnly = %v, want %v", got, tc.want)
			}
		})
	}
}
