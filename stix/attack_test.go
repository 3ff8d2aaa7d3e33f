package stix

import (
	"testing"
	"time"

	"crosswire"
)

// attackStory is a fictional incident told by two outlets that write one
// ATT&CK group by two of its aliases.
func attackStory() crosswire.Story {
	pub := time.Date(2025, 5, 2, 9, 0, 0, 0, time.UTC)
	later := pub.Add(3 * time.Hour)
	wireID := "w1"
	return crosswire.Story{ID: "s-attack", Articles: []crosswire.Article{
		{ID: wireID, Outlet: "Harbour Wire", Role: crosswire.RoleOriginal, Published: &pub, Title: "Norland blames hackers",
			Text: "Norland's foreign ministry said on Friday that the hacking group APT31 was behind the intrusion into the Norland Port Authority. The ministry attributed the group to Estmark's Ministry of State Security. Estmark denied the accusations as baseless."},
		{ID: "p1", Outlet: "Valley Times", Role: crosswire.RoleRewrite, Published: &later, DerivedFrom: &wireID, Title: "Port hack blamed on Violet Typhoon",
			Text: "The Norland government blamed the group Violet Typhoon for the hack of the Norland Port Authority. Officials said the group works for Estmark's Ministry of State Security."},
	}}
}

func TestExportResolvesATTACKAliases(t *testing.T) {
	b, data := export(t, attackStory())
	sets := g(b).ofType("intrusion-set")
	if len(sets) != 1 {
		var names []string
		for _, o := range sets {
			names = append(names, o.Name)
		}
		t.Fatalf("intrusion sets %q, want one for both aliases", names)
	}
	o := sets[0]
	if len(o.ExternalReferences) != 1 || o.ExternalReferences[0].SourceName != "mitre-attack" || o.ExternalReferences[0].ExternalID == "" || o.ExternalReferences[0].URL == "" {
		t.Errorf("external_references = %+v, want the ATT&CK id and page", o.ExternalReferences)
	}
	has := map[string]bool{}
	for _, a := range o.Aliases {
		has[a] = true
	}
	if !has["APT31"] || !has["Violet Typhoon"] {
		t.Errorf("aliases %q lack a name the story writes", o.Aliases)
	}
	if o.ID != ID("intrusion-set", "attack|"+o.ExternalReferences[0].ExternalID) {
		t.Errorf("id %s is not keyed on the ATT&CK id", o.ID)
	}
	if err := validator(t).Validate(data); err != nil {
		t.Fatalf("bundle does not validate:\n%v", err)
	}
}
