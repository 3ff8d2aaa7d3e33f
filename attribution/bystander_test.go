package attribution

import (
	"slices"
	"testing"

	"crosswire"
)

// A state written inside another noun phrase ("the 2016 U.S. presidential
// election", "U.S. officials") or as what an incident was aimed at
// ("operations aimed at the U.S.") is the election's or the target's
// state: no claim may accuse it. Written alone it still may, and as a
// modifier it may still be the accuser. All text is invented.
func TestBystanderStateIsNoCulprit(t *testing.T) {
	// the story's entities, as the facts extractor gives them: "U.S." a
	// form of the United States; Dravia a place the article shows is a
	// state ("Dravia's government")
	entities := []crosswire.StoryEntity{
		{Kind: crosswire.KindPlace, Name: "United States", Forms: []string{"United States", "U.S."}, Mentions: make([]crosswire.Span, 2)},
		{Kind: crosswire.KindPlace, Name: "Dravia", Forms: []string{"Dravia"}, Mentions: make([]crosswire.Span, 2)},
	}
	const lead = "Dravia's government said the grid was stable. "
	tests := []struct {
		name string
		text string
		not  string   // a state no claim may accuse
		want []string // rendered claims that must be among the extracted ones
	}{
		{"U.S. modifies the election after a participle 'blamed for'",
			"Harlow Security said the intrusion was the work of a spy agency blamed for attacks that marred the 2016 U.S. presidential election.",
			"United States", nil},
		{"U.S. modifies the election between the subject and 'be behind'",
			"Cobalt Lynx, which officials have tied to attacks that marred the 2016 U.S. election, was believed to be behind the breach.",
			"United States", nil},
		{"U.S. modifies the activists who were behind",
			"Harlow Security said a group of U.S. far-right online activists were behind the leak of the documents.",
			"United States", nil},
		{"U.S. officials are blamed, not the state",
			"Harlow Security blamed the leak on U.S. officials who mishandled the files.",
			"United States", nil},
		{"Dravia modifies the election officials who were behind",
			lead + "Analysts said a group of Dravia election officials were behind the leak.",
			"Dravia", nil},
		{"Dravia is what the sabotage was aimed at",
			lead + "The ministry blamed the outage on sabotage aimed at Dravia rather than on a fault.",
			"Dravia", nil},
		{"Dravia is what the attacks were against",
			lead + "The agency blamed the failure on attacks against Dravia, not on a fault.",
			"Dravia", nil},
		{"the adjective Dravian modifies the election",
			lead + "Harlow Security said the hackers were blamed for the Dravian election leak.",
			"Dravia", nil},
		// written alone, the state is still the culprit
		{"Dravia alone was behind", lead + "Harlow Security said Dravia was behind the attack.",
			"", []string{"attribution Harlow Security: Dravia/state"}},
		{"Dravia alone before an adverb of time", lead + "The agency blamed the attack on Dravia last year.",
			"", []string{"attribution: Dravia/state"}},
		{"Dravia alone before a conjunction", lead + "The hackers were probably linked to Dravia although that could not be proved.",
			"", []string{"attribution: Dravia/state"}},
		{"the U.S. alone is accused", "Dravian officials blamed the attack on the U.S. and its allies.",
			"", []string{"attribution: United States/state"}},
		// past the bystander, the verb's subject is the name the relative
		// clause before it is attached to
		{"the subject before a relative clause is behind",
			"Harlow Security said the hacking group Cobalt Lynx, which officials have tied to attacks that marred the 2016 U.S. election, was believed to be behind the breach.",
			"United States", []string{"attribution Harlow Security: Cobalt Lynx/group"}},
		// a modifier may still accuse
		{"U.S. officials accuse", "U.S. officials blamed the breach on Cobalt Lynx.",
			"United States", []string{"attribution United States: Cobalt Lynx/group"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inc := extractWith(t, entities, tc.text)
			var got []string
			for _, c := range inc.Claims {
				got = append(got, render(c))
				if c.Kind != ClaimAttribution && c.Kind != ClaimTarget {
					continue
				}
				for _, p := range c.Accused {
					if tc.not != "" && p.Name == tc.not {
						t.Errorf("%s accused in %q", p.Name, render(c))
					}
				}
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q\ngot %q", w, got)
				}
			}
		})
	}
}

// A nationality adjective on a common attacker noun ("Dravian hackers")
// says where the hackers are from: the state is no actor of what they
// hit, which stays a victim of an actor left unnamed. All text is
// invented.
func TestOriginStateIsNoActor(t *testing.T) {
	// Dravia a place the article shows is a state ("Dravia's government")
	entities := mentioned([]crosswire.StoryEntity{
		{Kind: crosswire.KindPlace, Name: "Dravia", Forms: []string{"Dravia"}},
		{Kind: crosswire.KindOrg, Name: "Harbour Authority", Forms: []string{"Harbour Authority"}},
		{Kind: crosswire.KindOrg, Name: "Greyfield Labs", Forms: []string{"Greyfield Labs"}},
	})
	const lead = "Dravia's government said the grid was stable. Greyfield Labs said Dravia was behind the intrusion. "
	tests := []struct {
		name, text string
	}{
		{"active verb after the hackers",
			lead + "Dravian hackers attacked the Harbour Authority in the spring."},
		{"a participle after a cover",
			lead + "Dravian spies posing as a charity were suspected of attacking the Harbour Authority."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, entities, tt.text)
			victim := false
			for _, c := range inc.Claims {
				if c.Kind != ClaimTarget {
					continue
				}
				for _, p := range c.Accused {
					if p.Kind == PartyState {
						t.Errorf("a state is the actor: %q", render(c))
					}
				}
				for _, v := range c.Victims {
					victim = victim || v.Name == "Harbour Authority"
				}
			}
			if !victim {
				t.Errorf("want the Harbour Authority as a victim")
			}
		})
	}
}
