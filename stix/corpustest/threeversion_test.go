package corpustest

import (
	"context"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/pipeline"
	"crosswire/stix"
)

// threeVersions is a fictional attribution story told three ways (our own
// words, invented events): three governments blame a group on a state's
// ministry, a second group is named, people are charged and sanctioned,
// the state denies. Accusers, capitals as metonyms, "-backed", "-linked"
// and "state-sponsored" run through every version.
func threeVersions() []crosswire.Document {
	d1 := time.Date(2025, 3, 4, 8, 0, 0, 0, time.UTC)
	d2 := d1.Add(5 * time.Hour)
	d3 := d1.Add(26 * time.Hour)
	return []crosswire.Document{
		{Source: "wire.txt", Published: &d1, Title: "Three governments blame Beijing-backed hackers for break-ins at port operators",
			Body: "The United States, Britain and Canada on Tuesday accused a Beijing-backed hacking group, APT41, of breaking into the networks of port operators and shipping insurers over four years.\n\n" +
				"Officials in Washington said APT41 works for China's Ministry of State Security. The US Treasury imposed sanctions on a logistics company in Chengdu that it said served as a front for the ministry, and the Justice Department charged five Chinese nationals with computer intrusion.\n\n" +
				"British officials also said a second group, Volt Typhoon, had been found inside the systems of a regional water company.\n\n" +
				"China's foreign ministry rejected the accusations as groundless and politically motivated."},
		{Source: "paper.txt", Published: &d2, Title: "Accusations fly as West names Chinese spies behind port hacks",
			Body: "Western governments have named APT41, a state-sponsored group, as the culprit behind a string of intrusions at port operators, in a coordinated announcement from Washington, London and Ottawa.\n\n" +
				"According to the British government, the group is run by China's Ministry of State Security. Five men were charged in the United States and a Chengdu firm was put under sanctions.\n\n" +
				"The announcement also named Volt Typhoon, a Beijing-linked group blamed for an intrusion at a water company.\n\n" +
				"Beijing denied the claims, calling them a smear."},
		{Source: "brief.txt", Published: &d3, Title: "Canada joins allies over Chinese state hacking",
			Body: "Canada joined the United States and Britain in blaming APT41 for hacking port operators, saying the group acts on behalf of China's Ministry of State Security.\n\n" +
				"Volt Typhoon, a second group, was separately accused of breaching a water company.\n\n" +
				"A spokesman for the Chinese embassy in Ottawa denied the accusations."},
	}
}

// The story every version of which attributes the named group to China's
// state through its Ministry of State Security: the group attributed-to
// the state (directly or via the ministry), the second group present, and
// no accuser, capital or sponsor phrase as a group or an actor.
func TestThreeVersionStateAttribution(t *testing.T) {
	ctx := context.Background()
	p := pipeline.New(nil)
	arts, _ := p.Clean(ctx, threeVersions())
	stories, err := p.Analyze(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 {
		t.Fatalf("%d stories, want the three versions as one", len(stories))
	}
	b, err := (&stix.Exporter{Now: fixedNow}).Export(ctx, stories)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]stix.Object{}
	for _, o := range b.Objects {
		byID[o.ID] = o
	}
	named := func(typ, name string) string {
		for _, o := range b.Objects {
			if o.Type == typ && strings.EqualFold(o.Name, name) {
				return o.ID
			}
			if o.Type == typ {
				for _, a := range o.Aliases {
					if strings.EqualFold(a, name) {
						return o.ID
					}
				}
			}
		}
		return ""
	}
	// attributed-to edges as a graph, to follow group → ministry → state
	next := map[string][]string{}
	for _, o := range b.Objects {
		if o.Type == "relationship" && o.RelationshipType == "attributed-to" {
			next[o.SourceRef] = append(next[o.SourceRef], o.TargetRef)
		}
	}
	reaches := func(from string, ok func(stix.Object) bool) bool {
		seen := map[string]bool{}
		todo := []string{from}
		for len(todo) > 0 {
			id := todo[0]
			todo = todo[1:]
			for _, n := range next[id] {
				if seen[n] {
					continue
				}
				seen[n] = true
				if ok(byID[n]) {
					return true
				}
				todo = append(todo, n)
			}
		}
		return false
	}
	group := named("intrusion-set", "APT41")
	if group == "" {
		t.Fatalf("no intrusion set for APT41; objects:\n%s", strings.Join(summary(b), "\n"))
	}
	china := func(o stix.Object) bool {
		return o.Type == "threat-actor" && (o.Name == "China" || strings.Contains(o.Name, "Ministry of State Security"))
	}
	if !reaches(group, china) {
		t.Errorf("APT41 is not attributed-to China or its Ministry of State Security; objects:\n%s", strings.Join(summary(b), "\n"))
	}
	if named("intrusion-set", "Volt Typhoon") == "" {
		t.Errorf("the second group is missing; objects:\n%s", strings.Join(summary(b), "\n"))
	}
	// the accusers of a list ("The United States, Britain and Canada
	// accused …") each make the attribution; the state denies it
	agree, deny := map[string]bool{}, map[string]bool{}
	for _, o := range b.Objects {
		if o.Type == "opinion" && o.Opinion == "strongly-agree" {
			agree[byID[o.CreatedByRef].Name] = true
		}
		if o.Type == "opinion" && o.Opinion == "strongly-disagree" {
			deny[byID[o.CreatedByRef].Name] = true
		}
	}
	for _, acc := range []string{"United States", "Britain", "Canada"} {
		if !agree[acc] {
			t.Errorf("%s is no accuser (accusers %v)", acc, agree)
		}
	}
	if !deny["China"] {
		t.Errorf("China's denial is missing (deniers %v)", deny)
	}
	// the incident attributed to the group by two versions at least (the
	// wire's "accused …", the paper's "named … as the culprit")
	campaignSupport := 0
	for _, o := range b.Objects {
		if o.Type == "relationship" && o.RelationshipType == "attributed-to" && strings.HasPrefix(o.SourceRef, "campaign--") && o.TargetRef == group {
			campaignSupport = o.XSupport
		}
	}
	if campaignSupport < 2 {
		t.Errorf("the incident is attributed to APT41 by %d versions, want 2 or more; objects:\n%s", campaignSupport, strings.Join(summary(b), "\n"))
	}
	for _, o := range b.Objects {
		if o.Type != "intrusion-set" && o.Type != "threat-actor" {
			continue
		}
		n := strings.ToLower(o.Name)
		bad := strings.Contains(n, "beijing") || strings.Contains(n, "washington") || strings.Contains(n, "london") ||
			strings.Contains(n, "ottawa") || strings.Contains(n, "backed") || strings.Contains(n, "linked") ||
			strings.Contains(n, "sponsored") || strings.Contains(n, "accusation") || strings.Contains(n, "west")
		switch o.Name {
		case "United States", "Britain", "Canada", "US Treasury", "Justice Department":
			bad = true
		}
		if bad {
			t.Errorf("%s %q: an accuser, a capital or a sponsor phrase is no group or actor", o.Type, o.Name)
		}
	}
	validateBundle(t, b)
}
