package attribution

import (
	"testing"

	"crosswire"
)

// All text below is invented for these tests.

// Criminal culprits named in the shapes the rules did not read: a noun of
// culprits "behind" the deed with the name in apposition, a deed or tool
// called a group's handiwork, the agent of a passive verb of leaking or
// stealing written as an attacker and the handle it goes by (whose data
// was taken is hit), and a party set against the one meant ("thieves,
// not X, …") is no culprit.
func TestCriminalCulpritShapes(t *testing.T) {
	tests := []storyCase{
		{"the culprits behind it, namely X",
			[]crosswire.StoryEntity{{Name: "Tarn Labs", Kind: crosswire.KindOrg, Forms: []string{"Tarn Labs"}}},
			[]string{"The fake invoices came from one mail server. Tarn Labs said that the fraudsters behind the phishing campaign, namely Kestrix, a ring of cyber-criminals, had copied the letters of three banks."},
			[]string{"Tarn Labs:*>Kestrix"}, nil},
		{"a speaker after the apposition's comma is no culprit",
			[]crosswire.StoryEntity{{Name: "Tarn Labs", Kind: crosswire.KindOrg, Forms: []string{"Tarn Labs"}}},
			[]string{"The fraudsters behind the campaign, Tarn Labs said, rented servers by the hour."},
			nil, []string{"-:*>Tarn Labs"}},
		{"the handiwork of a group",
			[]crosswire.StoryEntity{{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}}},
			[]string{"The wiper that froze the port's cranes is probably the handiwork of Cobalt Lynx, investigators think."},
			[]string{"-:*>Cobalt Lynx"}, nil},
		{"the work of a company is no attribution",
			[]crosswire.StoryEntity{{Name: "Orvik Analytics", Kind: crosswire.KindOrg, Forms: []string{"Orvik Analytics"}}},
			[]string{"After the ransomware attack, the recovery plan was the work of Orvik Analytics."},
			nil, []string{"-:*>Orvik Analytics"}},
		{"stolen by an attacker using an alias",
			[]crosswire.StoryEntity{{Name: "Kessel Clinic", Kind: crosswire.KindOrg, Forms: []string{"Kessel Clinic"}}},
			[]string{"Kessel Clinic's patient records were stolen by an attacker using the alias \"Moth\" during the ransomware attack."},
			[]string{"-:*>Moth", "Moth>Kessel Clinic"}, nil},
		{"an appositive opening the next clause is no description",
			[]crosswire.StoryEntity{{Name: "Harbour Lines", Kind: crosswire.KindOrg, Forms: []string{"Harbour Lines"}}},
			[]string{"Hackers hit Harbour Lines in April. For Harbour Lines, a criminal gang going by the name Grey Tern claimed responsibility for the ransomware attack."},
			[]string{"*>Harbour Lines", "-:*>Grey Tern"}, []string{"-:*>Harbour Lines"}},
		{"a party set against the culprit",
			[]crosswire.StoryEntity{{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}}},
			[]string{"Thieves, not the Estmark government, were behind the breach of the shipping registry, the minister said."},
			nil, []string{"-:*>Estmark"}},
	}
	runEdgeCases(t, tests)
}

// runEdgeCases checks each case's attributions and targets (accusersOf
// and targetsOf keys) against its wanted and unwanted edges.
func runEdgeCases(t *testing.T, tests []storyCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := tt.extract(t)
			got := accusersOf(inc)
			for k := range targetsOf(inc) {
				got[k] = true
			}
			wantSet(t, got, tt.want, tt.not)
		})
	}
}

// "The <state> security agency" describes a body named in its own
// paragraph, not one named paragraphs before: there it is another body.
func TestStateAgencyReach(t *testing.T) {
	ents := func() []crosswire.StoryEntity {
		return []crosswire.StoryEntity{{Name: "Vessic Security Agency", Kind: crosswire.KindOrg, Forms: []string{"Vessic Security Agency"}},
			{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}}}
	}
	runEdgeCases(t, []storyCase{
		{"a body named paragraphs before", ents(),
			[]string{"Hackers breached the ferry operator's booking system in May, the Vessic Security Agency said.\n\n" +
				"Estmark’s government has since doubled its cyber budget.\n\nThe Estmark security agency said the attackers stole passwords from its own staff."},
			nil, []string{"-:Vessic Security Agency>Estmark"}},
		{"a body named in the same paragraph", ents(),
			[]string{"Estmark’s government has since doubled its cyber budget.\n\nHackers breached the ferry operator's booking system in May, the Vessic Security Agency said. The Estmark security agency said the attackers stole passwords."},
			[]string{"-:Vessic Security Agency>Estmark"}, nil},
	})
}

// An attribution every version states with a hedge ("is believed to be
// behind", "appears to be the work of", "probably linked to") is hedged;
// one version asserting it makes it asserted.
func TestHedgedAttribution(t *testing.T) {
	ents := []crosswire.StoryEntity{{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Harbour Police", Kind: crosswire.KindOrg, Forms: []string{"Harbour Police"}}}
	tests := []struct {
		name   string
		texts  []string
		hedged bool
	}{
		{"believed to be behind", []string{"Cobalt Lynx is believed to be behind the ransomware attack on the ferry company."}, true},
		{"appears to be the work of", []string{"The wiper that hit the port appears to be the work of Cobalt Lynx."}, true},
		{"asserted", []string{"Harbour Police blamed Cobalt Lynx for the ransomware attack on the ferry company."}, false},
		{"one version asserts", []string{"Cobalt Lynx is believed to be behind the ransomware attack on the ferry company.",
			"Harbour Police blamed Cobalt Lynx for the ransomware attack on the ferry company."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := storyCase{tt.name, ents, tt.texts, nil, nil}.extract(t)
			found := false
			for _, a := range inc.Attributions {
				if a.Subject == nil && a.Accused.Name == "Cobalt Lynx" {
					found = true
					if a.Hedged != tt.hedged {
						t.Errorf("hedged %v, want %v", a.Hedged, tt.hedged)
					}
				}
			}
			if !found {
				t.Errorf("no attribution to Cobalt Lynx: %+v", inc.Attributions)
			}
		})
	}
}
