package attribution

import (
	"slices"
	"testing"

	"crosswire"
)

// All text below is invented for these tests.

// A definite description whose head noun is a group's or an attacker's
// ("the gang", "the attackers", "the hacking group", "the threat actor")
// refers to the article's last named group, for every rule: here the
// targets rules.
func TestGroupAnaphorTargets(t *testing.T) {
	tests := []struct {
		name, text, group, victim string
	}{
		{"the attackers",
			"Greyfield Labs said Cobalt Lynx was behind the intrusion. The attackers also targeted the Harbour Authority.",
			"Cobalt Lynx", "Harbour Authority"},
		{"the gang",
			"Greyfield Labs attributed the breach to Cobalt Lynx. The gang has compromised the Harbour Authority.",
			"Cobalt Lynx", "Harbour Authority"},
		{"the threat actor",
			"Greyfield Labs attributed the breach to Cobalt Lynx. The threat actor breached the Harbour Authority.",
			"Cobalt Lynx", "Harbour Authority"},
		{"passive, agent after an incident phrase",
			"Greyfield Labs attributed the breach to Cobalt Lynx. Two universities were also targeted in a separate, earlier campaign by the same group.",
			"Cobalt Lynx", "universities"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, recallEntities, tt.text)
			for _, tg := range inc.Targets {
				if tg.Actor.Name == tt.group && tg.Victim.Name == tt.victim {
					return
				}
			}
			t.Errorf("want %s targets %s, got %+v", tt.group, tt.victim, inc.Targets)
		})
	}
}

// A service a sanction names with its state beside it belongs to the
// state, as it does when an attribution names it; in a story that
// attributes nothing the sanction adds no attribution.
func TestSanctionedServiceState(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"story with an attribution",
			"Greyfield Labs attributed the breach to Cobalt Lynx. Norland placed sanctions on Dravia's military intelligence agency.",
			true},
		{"sanction alone",
			"Norland placed sanctions on Dravia's military intelligence agency.",
			false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := extractWith(t, recallEntities, tt.text)
			got := false
			for _, a := range inc.Attributions {
				if a.Subject != nil && a.Subject.Name == "Dravia military" && a.Accused.Name == "Dravia" {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("Dravia's military attributed to Dravia: got %v, want %v; attributions %+v", got, tt.want, inc.Attributions)
			}
		})
	}
}

// The people of a body in an accuser list stand for it, and the list goes
// on past them: "X and cyber units at Y and Z" is three accusers.
func TestAccuserListPastPeopleOf(t *testing.T) {
	inc := extractWith(t, recallEntities, "Cobalt Lynx hacked two universities. "+
		"Estmark's Cyber Security Centre and cyber units at Greyfield Labs and Harbour Systems collaborated to identify the group.")
	want := map[string]bool{"Cyber Security Centre": true, "Greyfield Labs": true, "Harbour Systems": true}
	for _, a := range inc.Attributions {
		if a.Subject == nil && a.Accused.Name == "Cobalt Lynx" {
			for _, p := range a.Accusers {
				delete(want, p.Name)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("accusers missing: %v; attributions %+v", want, inc.Attributions)
	}
}

// A name nothing types, described before a colon as a state's service
// ("another Dravia intelligence service: the SBX"), is that state's
// service; so is the acronym bracketed after a state's service written
// in full ("the Dravia Federal Security Bureau (or SBX)").
func TestServiceDescribedBeforeColon(t *testing.T) {
	ents := append(mentioned([]crosswire.StoryEntity{{Name: "SBX", Kind: crosswire.KindOrg, Forms: []string{"SBX"}}}), recallEntities...)
	for _, text := range []string{
		"Greyfield Labs attributed the breach to Cobalt Lynx. " +
			"Norland placed sanctions on Cobalt Lynx as well as on another Dravia intelligence service: the SBX. The Dravia government denied it.",
		"Greyfield Labs attributed the breach to Cobalt Lynx. " +
			"Prosecutors alleged a conspiracy between criminal hackers and the Dravia Federal Security Bureau (or SBX). The Dravia government denied it.",
	} {
		inc := extractWith(t, ents, text)
		if !slices.ContainsFunc(inc.Attributions, func(a Attribution) bool {
			return a.Subject != nil && a.Subject.Name == "SBX" && a.Accused.Name == "Dravia"
		}) {
			t.Errorf("%q: want SBX attributed to Dravia, got %+v", text, inc.Attributions)
		}
	}
}

// A named group as the agent of a passive verb of the incident, in a
// sentence a speaker says, is attributed the incident by the speaker.
func TestSpeakerOfPassiveGroupClause(t *testing.T) {
	inc := extractWith(t, recallEntities, "“The e-mails came from accounts previously compromised by the Cobalt Lynx group,” Greyfield Labs noted.")
	for _, a := range inc.Attributions {
		if a.Subject == nil && a.Accused.Name == "Cobalt Lynx" && len(a.Accusers) == 1 && a.Accusers[0].Name == "Greyfield Labs" {
			return
		}
	}
	t.Errorf("want Greyfield Labs attributing the incident to Cobalt Lynx, got %+v", inc.Attributions)
}

func TestDescriptionOnly(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Advanced Persistent Threat", true},
		{"State-Sponsored Hacking Group", true},
		{"Cobalt Lynx", false},
		{"APT", false},
		{"Threat Group Cobalt", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := descriptionOnly(tt.name); got != tt.want {
				t.Errorf("descriptionOnly(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}
