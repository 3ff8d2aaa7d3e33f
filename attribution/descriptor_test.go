package attribution

import (
	"slices"
	"strings"
	"testing"
)

// A state written into a group's description is an attribution; a state
// near a name that is not a group is not. Fictional sentences.
func TestDescriptorAttributions(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // "" : no attribution of a group to a state
	}{
		{"adjective before", "Investigators said the Russian hacking group APT28 broke into the port authority's mail server.", "APT28 -> Russia"},
		{"sponsor adjective", "The Norland ministry was hit by North Korea-linked Lazarus Group last spring.", "Lazarus Group -> North Korea"},
		{"appositive", "The breach was the work of APT10, a suspected Chinese state-sponsored group, the agency said.", "APT10 -> China"},
		{"seat of government as metonym", "Analysts tied the campaign to Kremlin-backed Sandworm Team.", "Sandworm Team -> Russia"},
		{"a company is not a group", "The Chinese company Lantern Telecom reported a breach of its billing system.", ""},
		{"people are not a group", "A group of Russian tourists visited the harbour on Monday.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inc := extract(t, tc.text)
			var got []string
			for _, a := range inc.Attributions {
				if a.Subject != nil && a.Accused.Kind == PartyState {
					got = append(got, a.Subject.Name+" -> "+a.Accused.Name)
				}
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("want no group attributed to a state, got %q", got)
				}
				return
			}
			if !slices.Contains(got, tc.want) {
				t.Errorf("missing %q, got %q", tc.want, strings.Join(got, "; "))
			}
		})
	}
}

// An accusing state written as the subject of a link is the accuser, not a
// party run by the state it accuses (fictional sentence).
func TestAccusingStateIsNotRunByTheAccused(t *testing.T) {
	inc := extract(t, "Norland officials linked Estmark to the intrusion at the port authority, the ministry said.")
	for _, a := range inc.Attributions {
		if a.Subject != nil && a.Subject.Name == "Norland" {
			t.Errorf("Norland attributed to %s: the accuser became the accused's agent", a.Accused.Name)
		}
	}
}

// "link" the noun is no attribution; "link" the verb is (fictional text).
func TestLinkNounIsNoTrigger(t *testing.T) {
	if inc := extract(t, "The emails carried a link to a downloadable Lantern Docs file that held malware."); len(inc.Attributions) > 0 {
		t.Errorf("a link to a file read as an attribution: %+v", inc.Attributions)
	}
	inc := extract(t, "Investigators link Cobalt Lynx to the intrusion at the Norland Port Authority.")
	if len(inc.Attributions) == 0 {
		t.Error("the verb link read as no attribution")
	}
}

// A speaker saying a named group did the incident attributes it to the
// group (fictional text); a group merely mentioned after "said" does not.
func TestSpeakerSaysGroupDid(t *testing.T) {
	inc := extract(t, "Greyfield Labs said APT10 conducted the espionage campaign against port operators.")
	found := false
	for _, a := range inc.Attributions {
		if a.Subject == nil && a.Accused.Name == "APT10" && len(a.Accusers) == 1 && a.Accusers[0].Name == "Greyfield Labs" {
			found = true
		}
	}
	if !found {
		t.Errorf("want Greyfield Labs attributing the incident to APT10, got %+v", inc.Attributions)
	}
	inc = extract(t, "Greyfield Labs said APT10 reports were rising across the region.")
	if len(inc.Attributions) > 0 {
		t.Errorf("a group named in a report about reports read as an attribution: %+v", inc.Attributions)
	}
}
