package attribution

import (
	"testing"

	"crosswire"
)

// All text below is invented for these tests.

// storyCase is one fictional story: its resolved entities, one text per
// version, the edges wanted and those that must not be read.
type storyCase struct {
	name      string
	ents      []crosswire.StoryEntity
	texts     []string
	want, not []string
}

// extract reads the case's story.
func (tt storyCase) extract(t *testing.T) *Incident {
	t.Helper()
	s := crosswire.Story{ID: "s", Entities: mentioned(tt.ents)}
	for i, txt := range tt.texts {
		s.Articles = append(s.Articles, crosswire.Article{ID: string(rune('a' + i)), Text: txt, Role: crosswire.RoleRewrite})
	}
	inc, err := New().Extract(t.Context(), &s)
	if err != nil {
		t.Fatal(err)
	}
	return inc
}

// A name before a noun of malicious software is a tool ("the Quillon
// ransomware"), but before that noun and a noun of the people who run it
// ("the Quillon ransomware gang", "Quillon ransomware operators") it is a
// threat group, also where the story writes the tool's name alone
// elsewhere: criminal groups are blamed, deny and claim as state groups do.
func TestCriminalGroupAttribution(t *testing.T) {
	tests := []storyCase{
		{"the X ransomware group blamed",
			[]crosswire.StoryEntity{{Name: "Ashen Wick", Kind: crosswire.KindGroup, Forms: []string{"Ashen Wick"}}},
			[]string{"Investigators have blamed the Ashen Wick ransomware group for an attack that froze the ferry company's booking system."},
			[]string{"-:*>Ashen Wick"}, nil},
		{"X ransomware operators, an organisation by its entity",
			[]crosswire.StoryEntity{{Name: "Ashen Wick", Kind: crosswire.KindOrg, Forms: []string{"Ashen Wick"}}},
			[]string{"The port authority blamed Ashen Wick ransomware operators for the outage that halted cargo cranes."},
			[]string{"-:*>Ashen Wick"}, nil},
		{"a criminal group known as X",
			[]crosswire.StoryEntity{{Name: "Ashen Wick", Kind: crosswire.KindGroup, Forms: []string{"Ashen Wick"}}},
			[]string{"Hackers encrypted the clinic's servers, and police blamed a criminal group known as Ashen Wick."},
			[]string{"-:*>Ashen Wick"}, nil},
		{"the tool alone in one version, the gang in another",
			[]crosswire.StoryEntity{{Name: "Ashen Wick", Kind: crosswire.KindGroup, Forms: []string{"Ashen Wick"}}},
			[]string{"The files were locked by the Ashen Wick ransomware, the ferry company said.",
				"Officials blamed the Ashen Wick gang for the ransomware attack on the ferry company."},
			[]string{"-:*>Ashen Wick"}, nil},
		{"a group claims responsibility",
			[]crosswire.StoryEntity{{Name: "Ashen Wick", Kind: crosswire.KindGroup, Forms: []string{"Ashen Wick"}}},
			[]string{"A hacker group going by the name \"Ashen Wick\" claimed responsibility for the breach of the ferry company's booking system."},
			[]string{"-:*>Ashen Wick"}, nil},
		{"a group takes credit, as a speaker reports",
			[]crosswire.StoryEntity{{Name: "Ashen Wick", Kind: crosswire.KindGroup, Forms: []string{"Ashen Wick"}},
				{Name: "Harbour Police", Kind: crosswire.KindOrg, Forms: []string{"Harbour Police"}}},
			[]string{"Harbour Police said Ashen Wick took credit for the ransomware attack on the clinic."},
			[]string{"Harbour Police:*>Ashen Wick"}, nil},
		{"a group claims the attack itself",
			[]crosswire.StoryEntity{{Name: "Ashen Wick", Kind: crosswire.KindGroup, Forms: []string{"Ashen Wick"}}},
			[]string{"The Ashen Wick gang claimed the ransomware attack on the clinic in a post on its leak site."},
			[]string{"-:*>Ashen Wick"}, nil},
		{"a company claims no attack",
			[]crosswire.StoryEntity{{Name: "Harbour Systems", Kind: crosswire.KindOrg, Forms: []string{"Harbour Systems"}}},
			[]string{"Harbour Systems claimed the attack caused no lasting damage to the clinic's records."},
			nil, []string{"-:*>Harbour Systems"}},
		{"no group claims",
			[]crosswire.StoryEntity{{Name: "Harbour Police", Kind: crosswire.KindOrg, Forms: []string{"Harbour Police"}}},
			[]string{"Harbour Police said no group has claimed responsibility for the ransomware attack on the clinic."},
			nil, []string{"-:*>Harbour Police", "-:*>Ashen Wick"}},
		{"responsibility for no incident",
			[]crosswire.StoryEntity{{Name: "Ashen Wick", Kind: crosswire.KindGroup, Forms: []string{"Ashen Wick"}}},
			[]string{"After the ransomware attack, the Ashen Wick group claimed credit for the new ferry timetable."},
			nil, []string{"-:*>Ashen Wick"}},
		{"infections distributed by a group",
			[]crosswire.StoryEntity{{Name: "Ashen Wick", Kind: crosswire.KindGroup, Forms: []string{"Ashen Wick"}}},
			[]string{"Most of the ransomware infections this month were distributed by the Ashen Wick gang, researchers said."},
			[]string{"-:*>Ashen Wick"}, nil},
		{"a collective name typed a person, written as a group",
			[]crosswire.StoryEntity{{Name: "Ashen Hackers", Kind: crosswire.KindPerson, Forms: []string{"Ashen Hackers"}},
				{Name: "Harbour Bank", Kind: crosswire.KindOrg, Forms: []string{"Harbour Bank"}}},
			[]string{"Harbour Bank's customer records were stolen last week, and a hacker group going by the pseudonym \"Ashen Hackers\" claimed responsibility for the breach on Monday."},
			[]string{"-:*>Ashen Hackers"}, []string{"Harbour Bank:*>Ashen Hackers"}},
		{"a person typed a person stays one",
			[]crosswire.StoryEntity{{Name: "Tomas Wick", Kind: crosswire.KindPerson, Forms: []string{"Tomas Wick"}}},
			[]string{"A hacker going by the name Tomas Wick claimed responsibility for the data breach at the ferry company."},
			nil, []string{"-:*>Tomas Wick"}},
		{"the software alone is still a tool",
			[]crosswire.StoryEntity{{Name: "Ashen Wick", Kind: crosswire.KindGroup, Forms: []string{"Ashen Wick"}}},
			[]string{"Investigators blamed the Ashen Wick ransomware for the outage at the ferry company."},
			nil, []string{"-:*>Ashen Wick"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSet(t, accusersOf(tt.extract(t)), tt.want, tt.not)
		})
	}
}
