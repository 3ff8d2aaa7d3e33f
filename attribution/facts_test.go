package attribution

import (
	"slices"
	"testing"

	"crosswire"
)

// TestLinkFacts: a claim is tied to the report's facts read from its own
// words — a claim fact of its trigger, a claim fact elsewhere in its
// sentence that names its parties, the quotation holding what its speaker
// says, the perpetration fact whose actor is the accused, the sponsor
// phrase of a group — and to none that name other parties or sit in
// another sentence.
// All text is invented.
func TestLinkFacts(t *testing.T) {
	const text = "Norland's agency accused Estmark of being behind the hack, and Dravia denied it. " +
		"Greyfield Labs said APT77 hit the port. " +
		"Dravia reported APT77 was behind the raid. " +
		"Officials named the Estmark-backed group Frost Kitten. " +
		"The agency warned: \"They will strike again.\""
	at := func(s string) crosswire.Span {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return crosswire.Span{Article: "a", Text: s, Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in the text", s)
		return crosswire.Span{}
	}
	story := &crosswire.Story{
		Entities: []crosswire.StoryEntity{
			{ID: "e1", Kind: crosswire.KindOrg, Name: "Norland's agency", Forms: []string{"Norland's agency"}},
			{ID: "e2", Kind: crosswire.KindPlace, Name: "Estmark", Forms: []string{"Estmark"}},
			{ID: "e3", Kind: crosswire.KindPlace, Name: "Dravia", Forms: []string{"Dravia"}},
			{ID: "e4", Kind: crosswire.KindOrg, Name: "APT77", Forms: []string{"APT77"}},
			{ID: "e5", Kind: crosswire.KindOrg, Name: "Frost Kitten", Forms: []string{"Frost Kitten"}},
		},
		Facts: []crosswire.StoryFact{
			{Kind: crosswire.KindClaim, Value: "agency accuse Estmark", Sources: []crosswire.Span{at("Norland's agency accused Estmark")},
				Claim: &crosswire.Claim{Class: "charge", ActorEntity: "e1", TargetEntity: "e2"}},
			{Kind: crosswire.KindClaim, Value: "agency accuse Dravia", Sources: []crosswire.Span{at("Norland's agency accused Estmark")},
				Claim: &crosswire.Claim{Class: "charge", ActorEntity: "e1", TargetEntity: "e3"}},
			{Kind: crosswire.KindQuote, Value: "APT77 hit the port", Sources: []crosswire.Span{at("APT77 hit the port")}},
			{Kind: crosswire.KindClaim, Value: "APT77 be behind raid", Sources: []crosswire.Span{at("APT77 was behind the raid")},
				Claim: &crosswire.Claim{Class: "perpetrate", ActorEntity: "e4"}},
			{Kind: crosswire.KindQuote, Value: "They will strike again.", Sources: []crosswire.Span{at("They will strike again.")}, Speaker: "agency", SpeakerEntity: "e1"},
			{Kind: crosswire.KindClaim, Value: "Estmark back Frost Kitten", Sources: []crosswire.Span{at("Estmark-backed group Frost Kitten")},
				Claim: &crosswire.Claim{Class: "support", ActorEntity: "e2", TargetEntity: "e5"}},
		},
	}
	l := newLexicon(nil)
	l.seed(story.Entities)
	cf := l.newClaimFacts(story)
	sent1, sent2 := at("Norland's agency accused Estmark of being behind the hack, and Dravia denied it."), at("Greyfield Labs said APT77 hit the port.")
	sent3, sent4 := at("Dravia reported APT77 was behind the raid."), at("Officials named the Estmark-backed group Frost Kitten.")
	sent5 := at("The agency warned: \"They will strike again.\"")
	dravia := Party{Name: "Dravia", Kind: PartyState, Span: at("Dravia reported")}
	kitten := Party{Name: "Frost Kitten", Kind: PartyGroup, Span: at("Frost Kitten")}
	agency := Party{Name: "Norland's agency", Kind: PartyGovernment, Span: at("Norland's agency")}
	greyfield := Party{Name: "Greyfield Labs", Kind: PartyCompany, Span: at("Greyfield Labs")}
	tests := []struct {
		name string
		c    Claim
		want []int
	}{
		{"the accusation names the accused of 'being behind'",
			Claim{Kind: ClaimAttribution, By: &agency, Accused: []Party{{Name: "Estmark", Kind: PartyState, Span: at("Estmark")}},
				Trigger: at("being behind"), Span: sent1}, []int{0}},
		{"an accusation of another party states nothing of this one",
			Claim{Kind: ClaimAttribution, By: &agency, Accused: []Party{{Name: "Dravia", Kind: PartyState, Span: at("Dravia")}},
				Trigger: at("being behind"), Span: sent1}, []int{1}},
		{"the speaker's reported clause",
			Claim{Kind: ClaimAttribution, By: &greyfield, Accused: []Party{{Name: "APT77", Kind: PartyGroup, Span: at("APT77")}},
				Trigger: at("hit"), Span: sent2}, []int{2}},
		{"a fact of another sentence is not the claim's",
			Claim{Kind: ClaimAttribution, By: &greyfield, Accused: []Party{{Name: "Estmark", Kind: PartyState, Span: at("Estmark")}},
				Trigger: at("said"), Span: sent2}, nil},
		{"the speaker's perpetrator is the perpetration fact's actor",
			Claim{Kind: ClaimAttribution, By: &dravia, Accused: []Party{{Name: "APT77", Kind: PartyGroup, Span: at("APT77 was")}},
				Trigger: at("reported"), Span: sent3}, []int{3}},
		{"a perpetration fact of another actor states nothing of this one",
			Claim{Kind: ClaimAttribution, By: &dravia, Accused: []Party{{Name: "Estmark", Kind: PartyState, Span: at("Estmark")}},
				Trigger: at("reported"), Span: sent3}, nil},
		{"a group's sponsor: the sponsor phrase's fact",
			Claim{Kind: ClaimAttribution, Subject: &kitten, Accused: []Party{{Name: "Estmark", Kind: PartyState, Span: at("Estmark-")}},
				Trigger: at("Estmark-backed group "), Span: sent4}, []int{5}},
		{"a quotation of the claim's sentence whose speaker is the accuser",
			Claim{Kind: ClaimAttribution, By: &agency, Accused: []Party{{Name: "Estmark", Kind: PartyState, Span: at("Estmark")}},
				Trigger: at("warned"), Span: sent5}, []int{4}},
		{"a quotation whose speaker is another party's",
			Claim{Kind: ClaimAttribution, By: &dravia, Accused: []Party{{Name: "Estmark", Kind: PartyState, Span: at("Estmark")}},
				Trigger: at("warned"), Span: sent5}, nil},
		{"backing is no attribution of the incident",
			Claim{Kind: ClaimAttribution, Accused: []Party{{Name: "Estmark", Kind: PartyState, Span: at("Estmark-")}},
				Trigger: at("Estmark-backed group "), Span: sent4}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := cf.link(tc.c)
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("link = %v, want %v", got, tc.want)
			}
		})
	}
}
