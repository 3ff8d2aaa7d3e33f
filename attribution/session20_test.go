package attribution

import (
	"testing"

	"crosswire"
)

// All text below is invented for these tests.

// Shapes the fresh gold (session 20) found unread: a report's author
// written after a participle and a description ("a report published this
// week by the Norland-based security company X"); the firm whose
// researchers found the campaign being attributed ("X researchers have
// uncovered a campaign believed to be run by Y"); the lead sentence's
// narrator stating what a named group did ("A group calling itself X has
// spent the week flooding …"); a lone hacker's handle written as "known
// only as X" or "who goes by the nickname of X".
func TestFreshGoldShapes(t *testing.T) {
	lynx := crosswire.StoryEntity{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}}
	tarn := crosswire.StoryEntity{Name: "Tarn Labs", Kind: crosswire.KindOrg, Forms: []string{"Tarn Labs"}}
	runEdgeCases(t, []storyCase{
		{"a report published by a described firm",
			[]crosswire.StoryEntity{lynx, tarn},
			[]string{"A spying crew known as Cobalt Lynx is believed to be behind a campaign against ferry engineers, according to a report published this week by the Norland-based security company Tarn Labs."},
			[]string{"Tarn Labs:*>Cobalt Lynx"}, nil},
		{"the firm whose researchers uncovered the campaign",
			[]crosswire.StoryEntity{lynx, tarn},
			[]string{"Tarn Labs researchers have uncovered another phishing campaign against grain traders that is believed to be mounted by the Cobalt Lynx group."},
			[]string{"Tarn Labs:*>Cobalt Lynx"}, nil},
		{"a name nothing types, whose researchers uncovered the campaign",
			[]crosswire.StoryEntity{lynx},
			[]string{"Vantrel researchers have spotted another attack campaign against grain traders that is believed to be mounted by the Cobalt Lynx group."},
			[]string{"Vantrel:*>Cobalt Lynx"}, nil},
		{"a report published long before the firm's name",
			[]crosswire.StoryEntity{lynx, tarn},
			[]string{"A spying crew known as Cobalt Lynx is believed to be behind a campaign against ferry engineers, according to a report published earlier this week by the Norland-based threat intelligence company Tarn Labs."},
			[]string{"Tarn Labs:*>Cobalt Lynx"}, nil},
		{"the lead's group and its deed",
			nil,
			[]string{"A group calling itself Brass Wren has spent the past week launching DDoS attacks against shipping firms in Estmark and then billing them for the outage.\n\nThe firms said their portals were down for hours."},
			[]string{"-:*>Brass Wren"}, nil},
		{"a web address writing the name in lower case is no common noun",
			nil,
			[]string{"A gang calling itself Brass Wren has spent the past week launching DDoS attacks against banks in Estmark.\n\nIts site at brass-wren.example was taken down by the host."},
			[]string{"-:*>Brass Wren"}, nil},
		{"a lone hacker known only by a handle, in the lead",
			nil,
			[]string{"A hacker that goes by the nickname of Vexmoor7 has hacked the Lantern online bazaar and posted its database.\n\nThe bazaar did not reply."},
			[]string{"-:*>Vexmoor7"}, nil},
		{"a group's deed outside the lead is no attribution of the story's incident",
			nil,
			[]string{"Shipping firms in Estmark were flooded with traffic last week.\n\nLast year a group calling itself Brass Wren launched DDoS attacks against banks in Norland."},
			nil, []string{"-:*>Brass Wren"}},
		{"the attackers are part of a named group",
			[]crosswire.StoryEntity{lynx},
			[]string{"Tarn Labs found a spying script on the grain council's website. Clues show the attackers are part of the Dravia-backed hacking group Cobalt Lynx, which has hit ministries before."},
			[]string{"-:*>Cobalt Lynx"}, nil},
		{"the attackers are part of a trend",
			[]crosswire.StoryEntity{lynx},
			[]string{"Tarn Labs blamed Cobalt Lynx for the grain council breach. Analysts say the attackers are part of a wider wave of spying on trade bodies."},
			[]string{"Tarn Labs:*>Cobalt Lynx"}, []string{"-:*>Cobalt Lynx"}},
		{"a company in the lead is no culprit",
			[]crosswire.StoryEntity{tarn},
			[]string{"Tarn Labs has launched a service that blocks DDoS attacks against shipping firms."},
			nil, []string{"-:*>Tarn Labs"}},
	})
}
