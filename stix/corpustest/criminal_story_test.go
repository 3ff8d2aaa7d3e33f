package corpustest

import (
	"context"
	"testing"
	"time"

	"crosswire"
	"crosswire/attribution"
	"crosswire/stix"
)

// A fictional ransomware story in two versions (our own words, invented
// events): officials blame a criminal group, one version writing it as "a
// criminal group known as X", the other as "the X ransomware group"; the
// group denies. The bundle holds the campaign, the group as an intrusion
// set the campaign is attributed to, the group's denial, and no state as
// a threat actor; it validates against the STIX 2.1 schemas.
func TestCriminalGroupStory(t *testing.T) {
	docs := dated(time.Date(2026, 5, 2, 9, 0, 0, 0, time.UTC), []int{0, 4}, []crosswire.Document{
		{Source: "wire.txt", Title: "Ferry operator in Dravia hit by ransomware, officials blame Tallow Moth group",
			Body: "The Dravia ferry operator Kestrel Lines said on Monday that hackers had locked 60 of its booking servers in a ransomware attack, and police blamed a criminal group known as Tallow Moth.\n\n" +
				"The Dravia Cyber Response Bureau said the attackers got in through a stolen login for a supplier's portal and demanded 4 million crowns.\n\n" +
				"\"No sailing was ever unsafe,\" Kestrel Lines chief Oda Brenn said."},
		{Source: "tech.txt", Title: "Tallow Moth ransomware gang blamed for attack on Dravia ferry operator",
			Body: "Police have blamed the Tallow Moth ransomware group for an attack that locked 60 booking servers at the Dravia ferry operator Kestrel Lines.\n\n" +
				"According to the Dravia Cyber Response Bureau, the intruders used a stolen login for a supplier's portal and asked for 5 million crowns.\n\n" +
				"Kestrel Lines chief Oda Brenn said no sailing was ever unsafe. Tallow Moth denied any involvement in a post on its leak site."},
	})
	stories := analysed(t, docs, 1)
	inc, err := attribution.New().Extract(context.Background(), &stories[0])
	if err != nil {
		t.Fatal(err)
	}
	b := (&stix.Exporter{Now: fixedNow}).ExportIncident(&stories[0], inc)
	validateBundle(t, b)
	if d := stix.Dangling(b); len(d) > 0 {
		t.Errorf("dangling references: %v", d)
	}
	var campaign, group *stix.Object
	for i := range b.Objects {
		o := &b.Objects[i]
		switch {
		case o.Type == "campaign":
			campaign = o
		case o.Type == "intrusion-set" && o.Name == "Tallow Moth":
			group = o
		case o.Type == "threat-actor":
			t.Errorf("threat actor %q: the story names no service, unit or state as a culprit", o.Name)
		}
	}
	if campaign == nil || group == nil {
		t.Fatalf("campaign %v, intrusion set Tallow Moth %v: want both", campaign != nil, group != nil)
	}
	var rel *stix.Object
	for i := range b.Objects {
		o := &b.Objects[i]
		if o.Type == "relationship" && o.RelationshipType == "attributed-to" && o.SourceRef == campaign.ID && o.TargetRef == group.ID {
			rel = o
		}
	}
	if rel == nil {
		t.Fatal("the campaign is not attributed to Tallow Moth")
	}
	if rel.XSupport < 2 {
		t.Errorf("support %d: both versions blame the group", rel.XSupport)
	}
	denied := false
	for _, o := range b.Objects {
		if o.Type == "opinion" && o.Opinion == "strongly-disagree" {
			for _, ref := range o.ObjectRefs {
				denied = denied || ref == rel.ID
			}
		}
	}
	if !denied {
		t.Error("the group's denial is no opinion on its attribution")
	}
}
