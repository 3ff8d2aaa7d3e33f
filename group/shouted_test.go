package group

import (
	"testing"
	"time"

	"github.com/cespare/xxhash/v2"

	"crosswire"
)

// TestShoutedTitle reads the anchors of fictional headlines set in
// capitals: a word the body writes capitalised is that name, one it writes
// in capitals that acronym, and one it never writes so is no anchor (it
// was read as an acronym before: "SPLIT" of a shouted headline); a
// headline in lower case keeps its capitals word as an acronym, as before.
func TestShoutedTitle(t *testing.T) {
	body := `Singer Dana Rourke will play three nights at the Orvale Arena in May, her first shows since leaving the band Lanterns, her agent Tom Belling told the VBC.`
	has := func(a crosswire.Article, kind byte, word string) bool {
		return hasAnchor(NewFingerprint(&a).Anchors, anchorFPHash(kind, xxhash.Sum64String(word)))
	}
	shouted := crosswire.Article{ID: "s", Title: "VBC: ROURKE TO PLAY ARENA AFTER SPLIT", Text: body}
	lower := crosswire.Article{ID: "l", Title: "Rourke to play Arena after SPLIT", Text: body}
	for _, tc := range []struct {
		name string
		a    crosswire.Article
		kind byte
		word string
		want bool
	}{
		{"shouted: a word the body never writes so is no acronym", shouted, anchorAcronym, "split", false},
		{"shouted: a word the body never writes so is no name", shouted, anchorName, "split", false},
		{"shouted: the body's name", shouted, anchorName, "rourke", true},
		{"shouted: the body's acronym", shouted, anchorAcronym, "vbc", true},
		{"lower case: a word in capitals is an acronym", lower, anchorAcronym, "split", true},
	} {
		if got := has(tc.a, tc.kind, tc.word); got != tc.want {
			t.Errorf("%s: anchor %c %q = %v, want %v", tc.name, tc.kind, tc.word, got, tc.want)
		}
	}
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"ROURKE TO PLAY ARENA", true},
		{"McROURKE TO PLAY ARENA", false},
		{"ROURKE", false},
		{"3,000 AT ARENA", true},
		{"", false},
	} {
		if got := shoutedTitle(tc.title); got != tc.want {
			t.Errorf("shoutedTitle(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestShoutedTakeLeadRetold: a take whose headline is set in capitals and
// two papers sharing its names. The headline's words are no anchors; they
// are the take's what, which a version retells: the paper that writes it
// retells the take's lead, and the singer's other news, whose names alone
// would tell it, does not.
func TestShoutedTakeLeadRetold(t *testing.T) {
	filed := time.Date(2025, 3, 3, 16, 40, 0, 0, time.UTC)
	take := crosswire.Article{ID: "sh-take", Outlet: "Norpress", Published: &filed,
		Wire:  &crosswire.Wire{Slug: "Rourke", Desk: "SHOWBIZ", Agency: "Norpress", Page: 1, Filed: &filed},
		Title: "ROURKE QUITS LANTERNS FOR SOLO CAREER ABROAD",
		Text: `Dana Rourke has quit the band Lanterns to pursue a solo career abroad, said her agent Tom Belling, who would not say where. ` +
			`Fans of the band, which sold 2 million copies of the album Kestrel, had feared the news since the cancelled tour, the agent said.`}
	version := crosswire.Article{ID: "sh-version", Outlet: "Morning Lamp",
		Text: `Singer Rourke has quit Lanterns to go solo abroad, agent Tom Belling told Oskar Fenn of Radio Vessby in Holmgard.`}
	other := crosswire.Article{ID: "sh-other", Outlet: "Evening Lamp",
		Text: `Singer Rourke, once of Lanterns, has bought a house in Port Vell near Holmgard from the architect Sanne Dahl, agent Tom Belling said.`}
	for _, tc := range []struct {
		name  string
		paper crosswire.Article
		want  bool
	}{
		{"a version retelling the what", version, true},
		{"another news of the singer", other, false},
	} {
		ix, _ := partitionIndex(t, []crosswire.Article{take, tc.paper}, nil)
		tk, pp := uint32(0), uint32(1)
		if ix.wireOf[0] == 0 {
			tk, pp = 1, 0
		}
		if s := shareOf(ix.leads[tk].anchors, ix.full[pp], nil); !s.told(0) {
			t.Errorf("%s: fixture: the take's lead anchors are not told by the paper's names alone (%d of %.0f)", tc.name, s.n, s.total)
		}
		if told(ix.leads[pp].anchors, ix.full[tk]) {
			t.Errorf("%s: fixture: the paper's lead is told in the take", tc.name)
		}
		if got := ix.takeLeadRetold(0, 1); got != tc.want {
			t.Errorf("%s: take's lead retold = %v, want %v", tc.name, got, tc.want)
		}
	}
}
