package corpustest

import (
	"context"
	"slices"
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
	return dated(time.Date(2025, 3, 4, 8, 0, 0, 0, time.UTC), []int{0, 5, 26}, []crosswire.Document{
		{Source: "wire.txt", Title: "Three governments blame Beijing-backed hackers for break-ins at port operators",
			Body: "The United States, Britain and Canada on Tuesday accused a Beijing-backed hacking group, APT41, of breaking into the networks of port operators and shipping insurers over four years.\n\n" +
				"Officials in Washington said APT41 works for China's Ministry of State Security. The US Treasury imposed sanctions on a logistics company in Chengdu that it said served as a front for the ministry, and the Justice Department charged five Chinese nationals with computer intrusion.\n\n" +
				"British officials also said a second group, Volt Typhoon, had been found inside the systems of a regional water company.\n\n" +
				"China's foreign ministry rejected the accusations as groundless and politically motivated."},
		{Source: "paper.txt", Title: "Accusations fly as West names Chinese spies behind port hacks",
			Body: "Western governments have named APT41, a state-sponsored group, as the culprit behind a string of intrusions at port operators, in a coordinated announcement from Washington, London and Ottawa.\n\n" +
				"According to the British government, the group is run by China's Ministry of State Security. Five men were charged in the United States and a Chengdu firm was put under sanctions.\n\n" +
				"The announcement also named Volt Typhoon, a Beijing-linked group blamed for an intrusion at a water company.\n\n" +
				"Beijing denied the claims, calling them a smear."},
		{Source: "brief.txt", Title: "Canada joins allies over Chinese state hacking",
			Body: "Canada joined the United States and Britain in blaming APT41 for hacking port operators, saying the group acts on behalf of China's Ministry of State Security.\n\n" +
				"Volt Typhoon, a second group, was separately accused of breaching a water company.\n\n" +
				"A spokesman for the Chinese embassy in Ottawa denied the accusations."},
	})
}

// threeVersionsSanctions is a second fictional telling (our own words,
// invented events): the accusers abbreviated ("The US, UK and Australia"),
// the ministry with its acronym, named officers indicted, a company
// sanctioned and described in a relative clause, a place before "firm",
// capitals as accusers, a spokesman's denial.
func threeVersionsSanctions() []crosswire.Document {
	return dated(time.Date(2025, 6, 4, 8, 0, 0, 0, time.UTC), []int{0, 4, 20}, []crosswire.Document{
		{Source: "a.txt", Title: "US, UK and Australia accuse China over hacking campaign",
			Body: "The US, UK and Australia on Wednesday accused China of a years-long hacking campaign targeting lawmakers, academics and defence firms.\n\n" +
				"The three governments said a group known as APT31, which they said is run by China's Ministry of State Security (MSS), was responsible for the intrusions. The US Treasury sanctioned Harbin Lantern Technology Company, which it described as an MSS front, and two Chinese nationals, Zhou Wen and Li Bo.\n\n" +
				"The Justice Department unsealed an indictment charging seven officers of the MSS, among them Zhou Wen and Li Bo, with conspiracy to commit computer intrusions.\n\n" +
				"Britain said a separate group, APT40, had compromised the electoral commission's systems.\n\n" +
				"A spokesman for China's foreign ministry, Lin Jian, said the allegations were groundless and that Beijing firmly opposed them."},
		{Source: "b.txt", Title: "Western allies name Beijing-linked hackers",
			Body: "Officials in Washington, London and Canberra blamed APT31, a China-backed hacking group, for targeting thousands of politicians and companies.\n\n" +
				"According to the US government, APT31 operates on behalf of the Ministry of State Security. Sanctions were imposed on a Harbin company and two men.\n\n" +
				"Australia also said APT40 was behind an intrusion at the electoral commission.\n\n" +
				"China's embassy in London rejected the accusations as smears."},
		{Source: "c.txt", Title: "China rejects Western hacking accusations",
			Body: "China has denied claims by the United States, Britain and Australia that state-sponsored hackers known as APT31 spied on lawmakers and critics of Beijing.\n\n" +
				"The allies said APT31 acts for China's Ministry of State Security and that a second group, APT40, broke into the electoral commission.\n\n" +
				"Seven men were indicted in New York, and the Treasury froze the assets of a Harbin firm."},
	})
}

// dated gives the documents their publication times, hours after start.
func dated(start time.Time, hours []int, docs []crosswire.Document) []crosswire.Document {
	for i := range docs {
		t := start.Add(time.Duration(hours[i]) * time.Hour)
		docs[i].Published = &t
	}
	return docs
}

// A story every version of which attributes the named group to China's
// state through its Ministry of State Security: the group attributed-to
// the state (directly or via the ministry), the second group present, each
// listed government an accuser, China's denial, the people indicted and
// the company sanctioned, and no accuser, capital, place or sponsor phrase
// as a group or an actor.
func TestThreeVersionStateAttribution(t *testing.T) {
	tests := []struct {
		name               string
		docs               []crosswire.Document
		group, second      string
		accusers           []string
		indicted           []string
		sanctioned         []string
		minCampaignSupport int
	}{
		{"accused, named as the culprit, blamed", threeVersions(), "APT41", "Volt Typhoon",
			[]string{"United States", "Britain", "Canada"}, nil, nil, 2},
		{"abbreviated accusers, officers indicted, a front sanctioned", threeVersionsSanctions(), "APT31", "APT40",
			[]string{"United States", "United Kingdom", "Australia"}, []string{"Zhou Wen", "Li Bo"}, []string{"Harbin Lantern Technology Company"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStateAttribution(t, tc.docs, tc.group, tc.second, tc.accusers, tc.indicted, tc.sanctioned, tc.minCampaignSupport)
		})
	}
}

// analysed runs the pipeline (cleaning, facts, grouping, cross-checking)
// on docs and returns the stories, which must be want.
func analysed(t *testing.T, docs []crosswire.Document, want int) []crosswire.Story {
	t.Helper()
	ctx := context.Background()
	p := pipeline.New(nil)
	arts, _ := p.Clean(ctx, docs)
	stories, err := p.Analyze(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != want {
		t.Fatalf("%d stories, want %d", len(stories), want)
	}
	return stories
}

func checkStateAttribution(t *testing.T, docs []crosswire.Document, groupName, second string, accusers, indicted, sanctioned []string, minCampaignSupport int) {
	t.Helper()
	ctx := context.Background()
	stories := analysed(t, docs, 1)
	b, err := (&stix.Exporter{Now: fixedNow}).Export(ctx, stories)
	if err != nil {
		t.Fatal(err)
	}
	objects := strings.Join(summary(b), "\n")
	byID := map[string]stix.Object{}
	for _, o := range b.Objects {
		byID[o.ID] = o
	}
	named := func(typ, name string) string {
		for _, o := range b.Objects {
			if o.Type != typ {
				continue
			}
			if strings.EqualFold(o.Name, name) || slices.ContainsFunc(o.Aliases, func(a string) bool { return strings.EqualFold(a, name) }) {
				return o.ID
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
	group := named("intrusion-set", groupName)
	if group == "" {
		t.Fatalf("no intrusion set for %s; objects:\n%s", groupName, objects)
	}
	china := func(o stix.Object) bool {
		return o.Type == "threat-actor" && (o.Name == "China" || strings.Contains(o.Name, "Ministry of State Security"))
	}
	if !reaches(group, china) {
		t.Errorf("%s is not attributed-to China or its Ministry of State Security; objects:\n%s", groupName, objects)
	}
	if named("intrusion-set", second) == "" {
		t.Errorf("the second group %s is missing; objects:\n%s", second, objects)
	}
	// every listed government makes the attribution; the state denies it
	agree, deny := map[string]bool{}, map[string]bool{}
	for _, o := range b.Objects {
		if o.Type == "opinion" && o.Opinion == "strongly-agree" {
			agree[byID[o.CreatedByRef].Name] = true
		}
		if o.Type == "opinion" && o.Opinion == "strongly-disagree" {
			deny[byID[o.CreatedByRef].Name] = true
		}
	}
	for _, acc := range accusers {
		if !agree[acc] {
			t.Errorf("%s is no accuser (accusers %v)", acc, agree)
		}
	}
	if !deny["China"] || len(deny) != 1 {
		t.Errorf("deniers %v, want China alone", deny)
	}
	campaignSupport := 0
	for _, o := range b.Objects {
		if o.Type == "relationship" && o.RelationshipType == "attributed-to" && strings.HasPrefix(o.SourceRef, "campaign--") && o.TargetRef == group {
			campaignSupport = o.XSupport
		}
	}
	if campaignSupport < minCampaignSupport {
		t.Errorf("the incident is attributed to %s by %d versions, want %d or more; objects:\n%s", groupName, campaignSupport, minCampaignSupport, objects)
	}
	responses := map[string]bool{}
	for _, o := range b.Objects {
		if o.Type == "relationship" && (o.RelationshipType == stix.RelIndicts || o.RelationshipType == stix.RelSanctions) {
			responses[o.RelationshipType+" "+byID[o.TargetRef].Name] = true
		}
	}
	for _, n := range indicted {
		if !responses[stix.RelIndicts+" "+n] {
			t.Errorf("%s is not indicted; objects:\n%s", n, objects)
		}
	}
	for _, n := range sanctioned {
		if !responses[stix.RelSanctions+" "+n] {
			t.Errorf("%s is not sanctioned; objects:\n%s", n, objects)
		}
	}
	for _, o := range b.Objects {
		if o.Type != "intrusion-set" && o.Type != "threat-actor" {
			continue
		}
		n := strings.ToLower(o.Name)
		bad := strings.Contains(n, "beijing") || strings.Contains(n, "washington") || strings.Contains(n, "london") ||
			strings.Contains(n, "ottawa") || strings.Contains(n, "canberra") || strings.Contains(n, "harbin") ||
			strings.Contains(n, "backed") || strings.Contains(n, "linked") ||
			strings.Contains(n, "sponsored") || strings.Contains(n, "accusation") || strings.Contains(n, "west")
		for _, acc := range accusers {
			bad = bad || o.Name == acc
		}
		if bad {
			t.Errorf("%s %q: an accuser, a capital, a place or a sponsor phrase is no group or actor", o.Type, o.Name)
		}
	}
	sameAsReport(t, b, stories[0])
	validateBundle(t, b)
}

// sameAsReport checks that every finding resting on claim facts of the
// JSON report (x_crosswire_claim_facts) points at their spans and counts
// at least their versions, and that some finding does: the STIX export
// and the report read one analysis.
func sameAsReport(t *testing.T, b *stix.Bundle, s crosswire.Story) {
	t.Helper()
	tied := 0
	for _, o := range b.Objects {
		for _, v := range o.XClaimFacts {
			tied++
			i := slices.IndexFunc(s.Facts, func(f crosswire.StoryFact) bool { return f.Kind == crosswire.KindClaim && f.Value == v })
			if i < 0 {
				t.Errorf("%s %s: claim fact %q is not in the report", o.Type, o.ID, v)
				continue
			}
			f := s.Facts[i]
			if o.XSupport < f.Support {
				t.Errorf("%s %q: support %d, the report's claim %q has %d", o.Type, o.Description, o.XSupport, v, f.Support)
			}
			for _, sp := range f.Sources {
				if !slices.ContainsFunc(o.XSources, func(x stix.Source) bool {
					return x.Article == sp.Article && x.Start <= sp.Start && sp.End <= x.End
				}) {
					t.Errorf("%s %q: the report's claim %q at %q is not among its sources", o.Type, o.Description, v, sp.Text)
				}
			}
		}
	}
	if tied == 0 {
		t.Errorf("no finding rests on a claim fact of the report")
	}
}
