package attribution

import (
	"testing"

	"crosswire"
)

// All text below is invented for these tests.

// Shapes the fresh gold (session 20) found unread, written here as
// fictional events: a report's author named after a participle and a
// description of the firm; the firm whose researchers found the intrusions
// being attributed; the lead sentence's narrator saying what a named group
// did; a lone attacker's handle; the incident's attackers said to be part
// of a named group; a group's name written in lower case only in a web
// address.
func TestFreshGoldShapes(t *testing.T) {
	lynx := crosswire.StoryEntity{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}}
	wren := crosswire.StoryEntity{Name: "Brass Wren", Kind: crosswire.KindGroup, Forms: []string{"Brass Wren"}}
	tarn := crosswire.StoryEntity{Name: "Tarn Labs", Kind: crosswire.KindOrg, Forms: []string{"Tarn Labs"}}
	runEdgeCases(t, []storyCase{
		{"a study released by a described firm",
			[]crosswire.StoryEntity{lynx, tarn},
			[]string{"The rigged job offers sent to ferry engineers were traced to Cobalt Lynx in a study released on Tuesday by the Estmark-based security company Tarn Labs."},
			[]string{"Tarn Labs:*>Cobalt Lynx"}, nil},
		{"the firm whose researchers detected the intrusions",
			[]crosswire.StoryEntity{lynx, tarn},
			[]string{"In May, Tarn Labs researchers detected intrusions at three grain silos, probably carried out by the Cobalt Lynx group."},
			[]string{"Tarn Labs:*>Cobalt Lynx"}, nil},
		{"a name nothing types, whose researchers detected the intrusions",
			[]crosswire.StoryEntity{lynx},
			[]string{"In May, Vantrel researchers detected intrusions at three grain silos, probably carried out by the Cobalt Lynx group."},
			[]string{"Vantrel:*>Cobalt Lynx"}, nil},
		{"the lead's group and its deed",
			[]crosswire.StoryEntity{wren},
			[]string{"Brass Wren targeted the booking sites of Estmark's ferry lines with a week of DDoS traffic, then billed each line for the outage.\n\nThe lines said the sites were down for hours."},
			[]string{"-:*>Brass Wren"}, nil},
		{"the lead's group spending its time on the deed",
			[]crosswire.StoryEntity{wren},
			[]string{"Since Monday, Brass Wren has spent its nights hacking the ticket portals of Estmark's ferry lines."},
			[]string{"-:*>Brass Wren"}, nil},
		{"a web address writing the name in lower case is no common noun",
			nil,
			[]string{"Since Monday, a gang calling itself Brass Wren has spent its nights hacking the ticket portals of Estmark's ferry lines.\n\nIts page at brass-wren.example was later taken offline by its host."},
			[]string{"-:*>Brass Wren"}, nil},
		{"a lone attacker's handle, in the lead",
			nil,
			[]string{"An attacker who uses the alias Vexmoor7 breached the ledger of the Lantern bazaar on Sunday and put it online.\n\nThe bazaar did not reply."},
			[]string{"-:*>Vexmoor7"}, nil},
		{"a group's deed outside the lead is no attribution of the story's incident",
			nil,
			[]string{"Shipping firms in Estmark were flooded with traffic last week.\n\nLast year a gang calling itself Brass Wren launched DDoS attacks against banks in Norland."},
			nil, []string{"-:*>Brass Wren"}},
		{"a company in the lead is no culprit",
			[]crosswire.StoryEntity{tarn},
			[]string{"Tarn Labs has launched a service that blocks DDoS attacks against shipping firms."},
			nil, []string{"-:*>Tarn Labs"}},
		{"the attackers were part of a named crew",
			[]crosswire.StoryEntity{lynx},
			[]string{"A spying script sat on the grain council's site for a month; by every trace, the attackers were part of a crew called Cobalt Lynx."},
			[]string{"-:*>Cobalt Lynx"}, nil},
		{"the attackers part of a wave name no group",
			[]crosswire.StoryEntity{lynx, tarn},
			[]string{"Tarn Labs blamed Cobalt Lynx for the grain council breach. Analysts say the attackers are part of a wider wave of spying on trade bodies."},
			[]string{"Tarn Labs:*>Cobalt Lynx"}, []string{"-:*>Cobalt Lynx"}},
	})
}

// A one-word name nothing types, listed as hit ("attacks against Kessel,
// Orvane and the Estmark port authority"), is an organisation, not a state:
// only a name known as a state, or typed a place, is read as a country hit.
func TestListedVictimNoState(t *testing.T) {
	wren := crosswire.StoryEntity{Name: "Brass Wren", Kind: crosswire.KindGroup, Forms: []string{"Brass Wren"}}
	inc := storyCase{ents: []crosswire.StoryEntity{wren},
		texts: []string{"A week after it began, the flood of junk traffic from Brass Wren had knocked out Kessel, Orvane and Norland's port authority.\n\nBrass Wren targeted Kessel, Orvane and Estonia with the traffic."}}.extract(t)
	seen := map[string]PartyKind{}
	for _, tg := range inc.Targets {
		seen[tg.Victim.Name] = tg.Victim.Kind
	}
	for _, name := range []string{"Kessel", "Orvane"} {
		k, ok := seen[name]
		if !ok {
			t.Errorf("%s not a victim: %v", name, seen)
			continue
		}
		if k == PartyState || k == PartyPlace {
			t.Errorf("%s read as a %s: %v", name, k, seen)
		}
	}
	if k := seen["Estonia"]; k != PartyState {
		t.Errorf("Estonia read as %q, want a state: %v", k, seen)
	}
}
