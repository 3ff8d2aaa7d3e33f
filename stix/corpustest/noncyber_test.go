package corpustest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"crosswire"
	"crosswire/stix"
)

// Fictional stories (our own words, invented places, firms and people)
// for TestCampaignOnlyForCyberIncidents: two non-cyber stories with blame
// in every version, two cyber ones.
var (
	// a crane collapse at a port: a union blames the port authority, the
	// falling boom hits a ship
	craneCollapse = []crosswire.Document{
		{Source: "crane-1.txt", Title: "Crane collapses at Port Veldan container terminal, two workers injured",
			Body: "A ship-to-shore crane collapsed at the Port Veldan container terminal on Tuesday morning, injuring two dock workers and damaging the cargo vessel Northern Lark.\n\n" +
				"The union said the crane had been flagged for corrosion last year. Kestrel Terminals denied the claim and said the crane had passed its last inspection.\n\n" +
				"The Maritime Safety Board attributed the collapse to a fault in a crane built by Halden Lifting Group. The falling boom struck the Northern Lark and hit the terminal's control building.\n\n" +
				"The dockers' union blamed the Port Veldan Authority for the collapse, saying it had cut the inspection budget."},
		{Source: "crane-2.txt", Title: "Port Veldan crane failure: union blames operator",
			Body: "Two dock workers were hurt when a crane collapsed at Port Veldan on Tuesday.\n\n" +
				"Investigators blamed the accident on Halden Lifting Group, which built the crane, the safety board said. The boom hit the Northern Lark and the control building of Kestrel Terminals.\n\n" +
				"The union also blamed the Port Veldan Authority for the accident. The Ministry of Transport said the collapse hit Kestrel Terminals and two shipping lines."},
		{Source: "crane-3.txt", Title: "Two hurt as crane topples onto ship at Port Veldan",
			Body: "A container crane toppled onto the cargo ship Northern Lark at Port Veldan on Tuesday, injuring two workers.\n\n" +
				"The safety board said Halden Lifting Group was behind the faulty welds that caused the collapse, which struck the Northern Lark.\n\n" +
				"Union leaders blamed the Port Veldan Authority for the collapse."},
	}
	// a budget leaked to a paper: "leaked" and "breach" name no cyber act
	// here
	budgetLeak = []crosswire.Document{
		{Source: "leak-1.txt", Title: "Opposition blames Finance Ministry for budget leak",
			Body: "Large parts of the Valdoria budget were leaked to a weekly paper two days before the finance minister, Corin Aske, presented it to parliament.\n\n" +
				"The opposition Civic Party blamed the Finance Ministry for the leak and called it a serious breach of confidentiality. \"Someone in that building handed the figures out,\" said its leader, Tomas Brenn.\n\n" +
				"The ministry said it had opened an inquiry."},
		{Source: "leak-2.txt", Title: "Budget figures leaked before speech, ministry under fire",
			Body: "The Civic Party has blamed the Finance Ministry after the main figures of the Valdoria budget were leaked to a weekly paper before the minister, Corin Aske, spoke in parliament.\n\n" +
				"Party leader Tomas Brenn said the leak was a breach of the rules of parliament. The ministry said an inquiry was under way."},
	}
	// ransomware at a city council, blamed on a named group
	councilRansomware = []crosswire.Document{
		{Source: "council-1.txt", Title: "Ransomware attack cripples Dunmere city council systems",
			Body: "A ransomware attack has shut down the computer systems of Dunmere City Council, officials said on Thursday, leaving residents unable to pay bills online.\n\n" +
				"The National Cyber Defence Office said the attack was carried out by a criminal group known as Grey Marten, which has hit several municipalities this year.\n\n" +
				"\"We have no intention of paying,\" said council leader Orla Pennick."},
		{Source: "council-2.txt", Title: "Dunmere council hit by Grey Marten ransomware gang",
			Body: "Dunmere City Council has been hit by a ransomware attack that officials blamed on the Grey Marten group.\n\n" +
				"The National Cyber Defence Office said Grey Marten hackers broke into the council's network through a phishing email and encrypted its servers.\n\n" +
				"Grey Marten has targeted at least four other councils since January, the office said."},
		{Source: "council-3.txt", Title: "Officials blame Grey Marten for Dunmere council cyberattack",
			Body: "The cyberattack that shut down Dunmere City Council's computer systems was the work of the ransomware group Grey Marten, the National Cyber Defence Office said on Friday.\n\n" +
				"The office said the hackers stole some residents' records before encrypting the servers."},
	}
	// data theft blamed on a state's ministry, no threat group and no
	// word of reCyberWord: "theft of customer data from the servers" is
	// a cyber act by the data and servers it names
	waterBoardTheft = []crosswire.Document{
		{Source: "theft-1.txt", Title: "Water board says data stolen from its servers",
			Body: "Investigators blamed Norland's Ministry of State Security for the theft of customer data from the servers of the Velm Water Board, officials in Estmark said on Monday.\n\n" +
				"The board said the records of 40,000 customers were copied from its network over three weeks. Norland denied any involvement."},
		{Source: "theft-2.txt", Title: "Estmark blames Norland spy ministry for water board data theft",
			Body: "Estmark officials blamed Norland's Ministry of State Security for stealing customer data from the computer network of the Velm Water Board.\n\n" +
				"The data of 40,000 customers was taken over three weeks, the board said. Norland rejected the accusation."},
	}
)

// A story is a campaign only when it reports a cyber incident: a version
// names a cyber act (ransomware; theft of data from servers) or a threat
// group. A port accident or a leaked budget has blame and things hit in
// every version, yet exports its report alone (no campaign, no targets,
// no threat actor), and `export stix --all` leaves it out.
func TestCampaignOnlyForCyberIncidents(t *testing.T) {
	start := time.Date(2026, 3, 14, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		docs     []crosswire.Document
		campaign bool
		// culprit is the name the campaign is attributed-to, victim one it
		// targets ("" for none)
		culprit, victim string
	}{
		{"crane collapse at a port", craneCollapse, false, "", ""},
		{"budget leaked to a paper", budgetLeak, false, "", ""},
		{"ransomware at a council, a named group", councilRansomware, true, "Grey Marten", "Dunmere City Council"},
		{"data theft from servers, a state's ministry", waterBoardTheft, true, "Ministry of State Security", ""},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hours := make([]int, len(tc.docs))
			for i := range hours {
				hours[i] = 3 * i
			}
			docs := dated(start, hours, append([]crosswire.Document(nil), tc.docs...))
			stories := analysed(t, docs, 1)
			b, err := (&stix.Exporter{Now: fixedNow}).Export(ctx, stories)
			if err != nil {
				t.Fatal(err)
			}
			validateBundle(t, b)
			byID := map[string]stix.Object{}
			count := map[string]int{}
			var campaign string
			for _, o := range b.Objects {
				byID[o.ID] = o
				count[o.Type]++
				if o.Type == "campaign" {
					campaign = o.ID
				}
			}
			if count["report"] != 1 {
				t.Errorf("%d reports, want 1", count["report"])
			}
			if got := campaign != ""; got != tc.campaign {
				t.Fatalf("campaign exported: %v, want %v", got, tc.campaign)
			}
			var culprits, victims []string
			for _, o := range b.Objects {
				if o.Type != "relationship" {
					continue
				}
				if !tc.campaign && o.RelationshipType == "targets" {
					t.Errorf("targets relationship in a non-cyber story: %s", o.Description)
				}
				if o.SourceRef != campaign {
					continue
				}
				switch o.RelationshipType {
				case "attributed-to":
					culprits = append(culprits, byID[o.TargetRef].Name)
				case "targets":
					victims = append(victims, byID[o.TargetRef].Name)
				}
			}
			if !tc.campaign {
				// nothing but the report, its notes and crosswire itself
				// (no identity of a denier whose denial has nothing to deny)
				for typ, n := range count {
					if typ != "report" && typ != "note" && !(typ == "identity" && n == 1) {
						t.Errorf("%d %s objects in a non-cyber story", n, typ)
					}
				}
				// with other stories (`export stix --all`) it is left out
				if _, err := (&stix.Exporter{Now: fixedNow}).Export(ctx, append(stories, stories...)); !errors.Is(err, stix.ErrNoClaims) {
					t.Errorf("a non-cyber story among several: %v, want %v", err, stix.ErrNoClaims)
				}
				return
			}
			if !slices.Contains(culprits, tc.culprit) {
				t.Errorf("campaign attributed-to %q, want %q among them", culprits, tc.culprit)
			}
			if tc.victim != "" && !slices.Contains(victims, tc.victim) {
				t.Errorf("campaign targets %q, want %q among them", victims, tc.victim)
			}
		})
	}
}
