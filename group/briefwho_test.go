package group

import (
	"testing"

	"crosswire"
)

// Fictional reports for briefWhoUntold (briefwho.go): the wire's piece on
// one singer's new television show, which names her bandmates in passing,
// a paper's one-sentence brief of a bandmate's own radio show (its few
// names all in the wire's piece: the contained clause's pair), and a
// paper's brief of the wire's story, which names the singer.
var (
	bwShow = crosswire.Article{ID: "bw-show",
		Text: `Singer Rina Vale picked the guests for her new music show on Channel Orrin because she likes them, she said today. ` +
			`The singer, whose series Night Shift begins on the channel on Sunday afternoon, said that the first guests she chose were all old friends of hers from her home town. ` +
			`Vale is one of the Larkspur Five. ` +
			`The first shows have the comedian Piet Morrow, the drummer Jonas Bekk, the rapper Teo Saks and the Dunmore choir, filmed at the Arden Rooms in Calder. ` +
			`Her bandmate Ada Quist is to present a show of her own on Kestrel Radio in October, and a third member, Mara Holm, is recording in Tessaly. ` +
			`"I wanted people I would want to watch," Vale said.`}
	bwOther = crosswire.Article{ID: "bw-other", Title: "Quist to front radio show",
		Text: `Larkspur Five singer Ada Quist is to front a Kestrel Radio show from October.`}
	bwBrief = crosswire.Article{ID: "bw-brief", Title: "Vale picks her friends",
		Text: `Larkspur Five singer Rina Vale has picked friends as guests for her Channel Orrin show Night Shift.`}
)

// TestBriefWhoUntold reads the fictional reports (the briefs titled, the
// wire's piece untitled) as pairs with a background that never saw the cast:
// the bandmate's brief holds names the wire's piece holds and never names
// the piece's lead person; the brief of the piece's own story names her;
// a piece whose lead names no person asks nothing of a brief; the brief
// is the side with fewer anchors, whichever comes first; an untitled brief
// (a continuation page whose header was lost reads alike) asks nothing.
// (A pair alone
// weighs these few names so that the cosine clause joins them too: the
// veto's effect on real pairs, where it is the contained clause alone, is
// TestPairsApart's meter-showbiz rows.)
func TestBriefWhoUntold(t *testing.T) {
	bg := notesBackground([]crosswire.Article{bwShow, bwOther, bwBrief}, []string{"Lake Merrow", "Daily Courier", "Bank of Eldor", "Hollis Street", "Okeford", "Harlow", "Brenton", "Pelham", "Marlow", "Harbury"})
	noPerson := bwShow
	noPerson.Text = `A new music show begins on Channel Orrin on Sunday with guests chosen by its host, the station said today. ` +
		`The series, Night Shift, features friends from Westfield. ` +
		`Larkspur Five singer Ada Quist is to present a show of her own on Kestrel Radio in October, and a third member, Mara Holm, is recording in Tessaly.`
	untitled := bwOther
	untitled.Title = ""
	for _, tc := range []struct {
		name  string
		a, b  crosswire.Article
		apart bool
	}{
		{"a bandmate's brief", bwShow, bwOther, true},
		{"a bandmate's brief first", bwOther, bwShow, true},
		{"the story's brief", bwShow, bwBrief, false},
		{"a lead naming no person", noPerson, bwOther, false},
		{"an untitled brief", bwShow, untitled, false},
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
