package attribution

import (
	"testing"

	"crosswire"
)

// All text below is invented for these tests.

// A headline cited in quotation marks (in parentheses, after "see:",
// "headlined", "titled") is another text's words: its names are read for
// no claim, so a state's possessive before a title-cased phrase there
// makes neither the phrase a group nor the state its sponsor. A name
// described in apposition as a security firm or consultancy, or written
// as where an analyst or researcher works, is a defender, never the
// incident's culprit; a vendor's research unit is no hacking unit. A
// state after "the intrusions in" is where they happened, not who made
// them; a body named as a false flag is no antecedent of a later
// description ("the Estmark security agency").
func TestCitedTitlesAndDefenders(t *testing.T) {
	tests := []storyCase{
		{"a possessive in a cited headline",
			[]crosswire.StoryEntity{{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
				{Name: "Dock Patrol Needs", Kind: crosswire.KindGroup, Forms: []string{"Dock Patrol Needs"}}},
			[]string{"Hackers breached Norland’s government network last week. After the breach, Norland’s government opened a cyber agency to guard its ports (see: “Norland’s Dock Patrol Needs More Staff”)."},
			nil, []string{"-:Dock Patrol Needs>Norland", "-:Dock Patrol Needs More Staff>Norland", "-:*>Norland", "-:*>Dock Patrol Needs"}},
		{"a title after headlined",
			[]crosswire.StoryEntity{{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
				{Name: "Dock Patrol Needs", Kind: crosswire.KindGroup, Forms: []string{"Dock Patrol Needs"}}},
			[]string{"Hackers breached Norland’s government network last week. Weeks on, Norland’s government printed a column headlined “Norland’s Dock Patrol Needs More Staff” on cybersecurity."},
			nil, []string{"-:Dock Patrol Needs>Norland", "-:Dock Patrol Needs More Staff>Norland", "-:*>Norland", "-:*>Dock Patrol Needs"}},
		{"a quoted group name is still read",
			[]crosswire.StoryEntity{{Name: "Quiet Heron", Kind: crosswire.KindGroup, Forms: []string{"Quiet Heron"}}},
			[]string{"Investigators blamed a hacking group known as “Quiet Heron” for the breach of the harbour authority's booking system."},
			[]string{"-:*>Quiet Heron"}, nil},
		{"a consultancy in apposition",
			[]crosswire.StoryEntity{{Name: "Marlow Gate", Kind: crosswire.KindGroup, Forms: []string{"Marlow Gate"}},
				{Name: "Tarn Capital", Kind: crosswire.KindOrg, Forms: []string{"Tarn Capital"}}},
			[]string{"A memo on the pump flaws was written by Marlow Gate, a security consultancy Tarn Capital retained for the dispute."},
			nil, []string{"-:*>Marlow Gate"}},
		{"an analyst's employer",
			[]crosswire.StoryEntity{{Name: "Velk Security Group", Kind: crosswire.KindGroup, Forms: []string{"Velk Security Group"}},
				{Name: "Ida Marsh", Kind: crosswire.KindPerson, Forms: []string{"Ida Marsh", "Marsh"}}},
			[]string{"A fraud analyst at Velk Security Group, Ida Marsh, traced every parcel notice to one mail server in March. Each wave so far, she wrote, was launched by the group behind the newest variant."},
			nil, []string{"Ida Marsh:*>Velk Security Group", "-:*>Velk Security Group"}},
		{"a vendor's research unit",
			[]crosswire.StoryEntity{{Name: "Orvik Unit 9", Kind: crosswire.KindOrg, Forms: []string{"Orvik Unit 9", "Unit 9"}},
				{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}}},
			[]string{"The Orvik Unit 9 security research team posted its analysis of the phishing wave on Tuesday. Samples shared by Unit 9 resemble those used in attacks against Estmark."},
			nil, []string{"Orvik Unit 9>Estmark", "Unit 9>Estmark"}},
		{"where the attacks happened is no attacker",
			[]crosswire.StoryEntity{{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}},
				{Name: "Dravia", Kind: crosswire.KindPlace, Forms: []string{"Dravia"}},
				{Name: "NPT", Kind: crosswire.KindOrg, Forms: []string{"NPT"}}},
			[]string{"Estmark’s foreign ministry was among the targets of hackers tied to Dravia this spring. Yet the intrusions in Estmark remained rare beside the attacks on military and civil institutions elsewhere, NPT wrote."},
			[]string{"*>military"}, []string{"Estmark>military", "Estmark>civil institutions"}},
		{"a false flag is no antecedent of a later description",
			[]crosswire.StoryEntity{{Name: "Norland Security Agency", Kind: crosswire.KindOrg, Forms: []string{"Norland Security Agency"}},
				{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}},
				{Name: "Velora", Kind: crosswire.KindOrg, Forms: []string{"Velora"}}},
			[]string{"Phishing files pretending to be from the Norland Security Agency lured the staff of Estmark’s government, Velora said. The Estmark security agency said the attackers stole passwords."},
			nil, []string{"-:Norland Security Agency>Estmark"}},
		{"a firm speaking after the appositive stays the speaker",
			[]crosswire.StoryEntity{{Name: "Quiet Heron", Kind: crosswire.KindGroup, Forms: []string{"Quiet Heron"}},
				{Name: "Velora", Kind: crosswire.KindOrg, Forms: []string{"Velora"}}},
			[]string{"The breach of the port's billing system was carried out by Quiet Heron, the security firm Velora said."},
			[]string{"Velora:*>Quiet Heron"}, nil},
	}
	runEdgeCases(t, tests)
}
