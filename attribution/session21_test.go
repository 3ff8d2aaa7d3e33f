package attribution

import (
	"testing"

	"crosswire"
)

// All text below is invented for these tests.

// The incident's victim is the organisation the attack was done to; a
// sector beside a named actor ("which has hit hospitals in two regions")
// is the kind of target the actor goes after, kept as the actor's target
// only (Target.Earlier), never as the incident's victim. An owner written
// as "its"/"their" of what was hit is the sentence's subject when it
// reports or suffers the attack.
func TestIncidentVictimNotSector(t *testing.T) {
	board := crosswire.StoryEntity{Name: "Orlen Valley Power Board", Kind: crosswire.KindOrg, Forms: []string{"Orlen Valley Power Board"}}
	quarry := crosswire.StoryEntity{Name: "Quarrystone Security", Kind: crosswire.KindOrg, Forms: []string{"Quarrystone Security"}}
	ivy := crosswire.StoryEntity{Name: "Ivy Lantern", Kind: crosswire.KindGroup, Forms: []string{"Ivy Lantern"}}
	tests := []struct {
		name string
		text string
		// incident: "actor>victim" edges of the story's incident;
		// usual: edges of the actor's habits only (Earlier)
		incident, usual, none []string
	}{
		{"broken into its portal, said by the owner",
			"The Orlen Valley Power Board said on Monday that intruders had broken into its payment portal and copied the details of 9,000 households.",
			[]string{"*>Orlen Valley Power Board"}, nil, nil},
		{"an attack on its portal, confirmed by the owner",
			"The Orlen Valley Power Board has confirmed a cyberattack on its payment portal.",
			[]string{"*>Orlen Valley Power Board"}, nil, nil},
		{"a sector the named group has hit before",
			"Analysts at Quarrystone Security attributed the intrusion to a crew they call Ivy Lantern, which has targeted hospitals in two regions since 2019.",
			nil, []string{"Ivy Lantern>hospitals"}, nil},
		{"the owner named and the group's usual sector",
			"The Orlen Valley Power Board said on Monday that intruders had broken into its payment portal.\n\nQuarrystone Security blamed Ivy Lantern, which it says has hit hospitals in five regions.",
			[]string{"*>Orlen Valley Power Board"}, []string{"Ivy Lantern>hospitals"}, nil},
		{"a sector the named group's own wave of intrusions hit is the incident's",
			"Quarrystone Security blamed Ivy Lantern for a wave of intrusions at hospitals and clinics along the coast.",
			[]string{"Ivy Lantern>hospitals"}, nil, nil},
		{"a sector the named group hit this week is the incident's",
			"Over the weekend Ivy Lantern hit hospitals along the coast with ransomware, Quarrystone Security said.",
			[]string{"Ivy Lantern>hospitals"}, nil, nil},
		{"a sector hit since a year is the group's record",
			"Since 2019, Ivy Lantern has been targeting hospitals, Quarrystone Security said.",
			nil, []string{"Ivy Lantern>hospitals"}, nil},
		{"a sector hit by hackers nobody names is the incident's",
			"Hackers hit two universities in the north of Estmark on Friday.",
			[]string{"*>universities"}, nil, nil},
		{"an earlier attack on its servers is another incident",
			"The Orlen Valley Power Board said last year's attack on its servers cost little.",
			nil, nil, []string{"*>Orlen Valley Power Board"}},
		{"a person's pronoun owns nothing here",
			"Della Morrow said intruders had broken into its payment portal.",
			nil, nil, []string{"*>Della Morrow"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := storyCase{tt.name, []crosswire.StoryEntity{board, quarry, ivy,
				{Name: "Della Morrow", Kind: crosswire.KindPerson, Forms: []string{"Della Morrow"}}}, []string{tt.text}, nil, nil}.extract(t)
			incident, usual := map[string]bool{}, map[string]bool{}
			for _, tg := range inc.Targets {
				a := tg.Actor.Name
				if a == "" {
					a = "*"
				}
				if tg.Earlier {
					usual[a+">"+tg.Victim.Name] = true
				} else {
					incident[a+">"+tg.Victim.Name] = true
				}
			}
			wantSet(t, incident, tt.incident, append(append([]string(nil), tt.none...), tt.usual...))
			wantSet(t, usual, tt.usual, tt.none)
		})
	}
}

// The accuser is who makes the attribution claim, not the executive the
// sentence quotes on the damage: the agent of a participle of blaming
// ("the attack, blamed by the agency on X") and the source a speaker cites
// ("…, she said, citing the agency") make the claim.
func TestAccuserNotQuotedExecutive(t *testing.T) {
	ents := []crosswire.StoryEntity{
		{Name: "Estmark Cyber Agency", Kind: crosswire.KindOrg, Forms: []string{"Estmark Cyber Agency"}},
		{Name: "Ivy Lantern", Kind: crosswire.KindGroup, Forms: []string{"Ivy Lantern"}},
		{Name: "Della Morrow", Kind: crosswire.KindPerson, Forms: []string{"Della Morrow", "Morrow"}},
	}
	lead := "The Orlen Valley Power Board lost its payment portal for a week.\n\n"
	runEdgeCases(t, []storyCase{
		{"a participle of blaming with its agent inside the executive's clause", ents,
			[]string{lead + "Chief executive Della Morrow said the attack, blamed by the Estmark Cyber Agency on Ivy Lantern, had been repelled."},
			[]string{"Estmark Cyber Agency:*>Ivy Lantern"}, []string{"Della Morrow:*>Ivy Lantern"}},
		{"the agent after the accused", ents,
			[]string{lead + "The attack was attributed to Ivy Lantern by the Estmark Cyber Agency, chief executive Della Morrow said."},
			[]string{"Estmark Cyber Agency:*>Ivy Lantern"}, []string{"Della Morrow:*>Ivy Lantern"}},
		{"the source the executive cites", ents,
			[]string{lead + "The attack was carried out by Ivy Lantern, chief executive Della Morrow said, citing the Estmark Cyber Agency."},
			[]string{"Estmark Cyber Agency:*>Ivy Lantern"}, []string{"Della Morrow:*>Ivy Lantern"}},
		{"the executive quoted on the cost after the agency's claim", ents,
			[]string{lead + "The Estmark Cyber Agency blamed Ivy Lantern for the attack, which chief executive Della Morrow said had cost $2 million."},
			[]string{"Estmark Cyber Agency:*>Ivy Lantern"}, []string{"Della Morrow:*>Ivy Lantern"}},
		{"the executive making the claim herself stays its author", ents,
			[]string{lead + "Chief executive Della Morrow said the intrusion was carried out by Ivy Lantern."},
			[]string{"Della Morrow:*>Ivy Lantern"}, nil},
	})
}
