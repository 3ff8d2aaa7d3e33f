package group

import (
	"strings"
	"testing"

	"crosswire"
)

// TestCountEdge asks countEdge of fictional pairs: one count in both
// leads, however each writes it, is one event's; another count, a count
// one report gives only deep in its body, a year, a code and a round
// figure the background knows are not.
func TestCountEdge(t *testing.T) {
	// the first report of each pair: a fictional guild's lost register
	const first = "A stolen server held the records of 4.82 million members of the Varnholt weavers' guild, the guild's registrar said."
	// filler: words after the lead, so a figure there is the body's
	const filler = " The guild has asked its members to change their passwords. Its registrar said the server stood in a locked cellar below the hall. Police in Ossenbrook are looking for two men seen near the cellar door. The guild meets again next month to choose a new treasurer for its many halls."
	tests := []struct {
		name         string
		first, title string
		second       string
		want         bool
	}{
		{"one count written two ways", first, "4.82m members exposed as guild server vanishes",
			"The Varnholt weavers' guild said the details of 4.82 million members were on a server taken from its hall.", true},
		{"another count", first, "3.15m members exposed as guild server vanishes",
			"The Varnholt weavers' guild said the details of 3.15 million members were on a server taken from its hall.", false},
		{"the count only in the other's body", first, "Weavers' guild reports a theft at its hall",
			"The Varnholt weavers' guild said a server was taken from its hall." + filler + " It held the records of 4.82 million members.", false},
		{"a year in both leads", "A stolen server held the records of the Varnholt weavers' guild for 2031, the guild's registrar said.", "Weavers' guild loses its 2031 register",
			"The Varnholt weavers' guild said its register for 2031 was on a server taken from its hall.", false},
		{"a code in both leads", "A stolen server marked vq-4471 held the records of the Varnholt weavers' guild, the registrar said.", "Weavers' guild loses server vq-4471",
			"The Varnholt weavers' guild said the server vq-4471 was taken from its hall.", false},
		{"a round figure the background knows", "A stolen server held the records of 1 million members of the Varnholt weavers' guild, the guild's registrar said.", "Weavers' guild loses 1 million members' records",
			"The Varnholt weavers' guild said the details of 1 million members were on a server taken from its hall.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosswire.Article{
				{ID: "a", Title: "Theft at the Varnholt weavers' hall", Text: tc.first + filler},
				{ID: "b", Title: tc.title, Text: tc.second + filler},
			}
			ix, _ := partitionIndex(t, arts, nil)
			if !ix.readsArticles() {
				t.Fatal("premise: the batch reads its articles")
			}
			if got := ix.countEdge(0, 1); got != tc.want {
				t.Errorf("countEdge = %v, want %v (lead counts %d and %d)", got, tc.want, len(leadCounts(&arts[0])), len(leadCounts(&arts[1])))
			}
		})
	}
}

// TestCountEdgeAlone groups two fictional reports of a guild's server
// theft alone, undated: written in their own words, every pair rule
// refuses them and they are a thin link (thinPair); they are one story
// when both leads state the one count, two when the second states
// another (sharing as many names).
func TestCountEdgeAlone(t *testing.T) {
	const first = "Thieves stole a server holding the records of 4.82 million members of the Varnholt weavers' guild from its hall in Ossenbrook, the guild said. The records held names, addresses and the dues each member had paid since 1874, and a USB drive of PDF copies was left behind. Registrar Odile Marrasch said the files were locked with a password, but she could not say how strong it was; the lock dated from 1968 and the alarm from 1990, and an SMS alert failed. The guild has written to members and asked them to watch for letters asking for money. Constable Perrin Ashgrove of the Ossenbrook watch said officers were searching the lanes around the hall for anyone who saw the cart used to carry the server away."
	const second = "Burglars made off with a machine storing 4.82 million people's details overnight, a spokesman for the Varnholt guild confirmed on the phone. Hadrian Quell told the Ledger that no bank details were on the machine, bought before Christmas to replace one from an Easter sale, and no Internet passwords either. Security adviser Minna Sorvald of the Kestrel Lane consultancy warned that fraudsters could use such lists to send convincing bills. She urged quick warnings to everyone affected. The building will stay shut until English locksmiths have fitted new bolts, Quell said, and the Wardens will gather on the weekend."
	tests := []struct {
		name   string
		second string
		one    bool
	}{
		{"one count", second, true},
		{"another count, as many names shared", strings.NewReplacer("storing 4.82 million people's details overnight", "storing 3.15 million people's details overnight in Ossenbrook",
			"Hadrian Quell told", "Hadrian Quell, a deputy to registrar Marrasch, told").Replace(second), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosswire.Article{
				{ID: "a", Outlet: "Fenwick Courier", Title: "Server theft at Varnholt weavers' hall exposes 4.82 million members", Text: first},
				{ID: "b", Outlet: "Tallow Ledger", Title: "Burglars take guild server", Text: tc.second},
			}
			ix, roots := partitionIndex(t, arts, nil)
			if ok, ps := ix.verify(0, 1); ok || !ix.thinPair(0, 1, &ps) {
				t.Fatalf("premise: a thin link every pair rule refuses (verified %v)", ok)
			}
			if got := roots[0] == roots[1]; got != tc.one {
				t.Errorf("one story = %v, want %v", got, tc.one)
			}
		})
	}
}
