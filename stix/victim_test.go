package stix

import (
	"slices"
	"testing"
	"time"

	"crosswire"
)

// victimStory is a fictional breach of a named utility, which two
// versions tell, blamed on a group described by the sector it usually
// hits, with the utility's chief executive quoted on the damage.
func victimStory() crosswire.Story {
	pub := time.Date(2025, 9, 9, 8, 0, 0, 0, time.UTC)
	later := pub.Add(5 * time.Hour)
	return crosswire.Story{ID: "s-orlen", Articles: []crosswire.Article{
		{ID: "o1", Outlet: "Valley Times", Role: crosswire.RoleOriginal, Published: &pub, Title: "Power board's payment portal breached",
			Text: "The Orlen Valley Power Board said on Monday that intruders had broken into its payment portal and copied the details of 9,000 households.\n\n" +
				"Its chief executive, Della Morrow, said the intrusion was found a week later. \"We took the portal offline at once,\" Morrow said.\n\n" +
				"Analysts at Quarrystone Security attributed the intrusion to a crew they call Ivy Lantern, which has targeted hospitals in two regions since 2019."},
		{ID: "o2", Outlet: "Harbour Wire", Role: crosswire.RoleRewrite, Published: &later, Title: "Power board confirms cyberattack",
			Text: "The Orlen Valley Power Board has confirmed a cyberattack on its payment portal.\n\n" +
				"Chief executive Della Morrow said the attack, blamed by Quarrystone Security on Ivy Lantern, had cost the board two million crowns."},
	}}
}

// The incident targets the organisation it was done to; the sector the
// group usually hits is the intrusion set's target only, a class identity
// with its industry sector; the firm, not the quoted executive, authors
// the attribution.
func TestExportVictimAndAccuser(t *testing.T) {
	b, data := export(t, victimStory())
	gr := g(b)
	campaigns := gr.ofType("campaign")
	if len(campaigns) != 1 {
		t.Fatalf("%d campaigns, want 1", len(campaigns))
	}
	objs := map[string]*Object{}
	for i := range b.Objects {
		objs[b.Objects[i].ID] = &b.Objects[i]
	}
	var campaignHit, setHit []string
	for _, r := range gr.ofType("relationship") {
		if r.RelationshipType != "targets" {
			continue
		}
		tgt := objs[r.TargetRef]
		switch objs[r.SourceRef].Type {
		case "campaign":
			campaignHit = append(campaignHit, tgt.Name+"/"+tgt.IdentityClass)
		case "intrusion-set":
			setHit = append(setHit, tgt.Name+"/"+tgt.IdentityClass)
			if tgt.IdentityClass == "class" && !slices.Contains(tgt.Sectors, "healthcare") {
				t.Errorf("class identity %s has sectors %v, want healthcare", tgt.Name, tgt.Sectors)
			}
		}
	}
	tests := []struct {
		name string
		got  []string
		want string
		in   bool
	}{
		{"the incident hit the named board", campaignHit, "Orlen Valley Power Board/organization", true},
		{"the incident did not hit the group's usual sector", campaignHit, "hospitals/class", false},
		{"the group targets its usual sector", setHit, "hospitals/class", true},
	}
	for _, tt := range tests {
		if slices.Contains(tt.got, tt.want) != tt.in {
			t.Errorf("%s: %s in %v is %v, want %v", tt.name, tt.want, tt.got, !tt.in, tt.in)
		}
	}
	for _, o := range gr.ofType("opinion") {
		if o.Opinion != "strongly-agree" {
			continue
		}
		if a := objs[o.CreatedByRef]; a == nil || a.Name != "Quarrystone Security" {
			t.Errorf("the attribution's author is %v, want Quarrystone Security", a)
		}
	}
	if len(gr.ofType("opinion")) == 0 {
		t.Error("no opinion of the accuser")
	}
	if err := validator(t).Validate(data); err != nil {
		t.Fatalf("bundle does not validate:\n%v", err)
	}
}
