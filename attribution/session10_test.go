package attribution

import (
	"testing"

	"crosswire"
)

// All text below is invented for these tests.

// accusersOf renders an incident's attributions with their accusers as
// "accuser:subject>accused" ("-" for no accuser, "*" for the incident).
func accusersOf(inc *Incident) map[string]bool {
	out := map[string]bool{}
	for _, a := range inc.Attributions {
		sub := "*"
		if a.Subject != nil {
			sub = a.Subject.Name
		}
		if len(a.Accusers) == 0 {
			out["-:"+sub+">"+a.Accused.Name] = true
		}
		for _, p := range a.Accusers {
			out[p.Name+":"+sub+">"+a.Accused.Name] = true
		}
	}
	return out
}

// A state written into a group's noun phrase in reported speech is how
// the outlet labels the group: the speaker of the clause does not make
// that attribution. A hedged description ("a suspected …") or one inside
// a direct quotation is the speaker's.
func TestDescriptorAccuser(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Pale Heron", Kind: crosswire.KindGroup, Forms: []string{"Pale Heron"}},
		{Name: "Greyfield Labs", Kind: crosswire.KindOrg, Forms: []string{"Greyfield Labs"}},
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland", "Norlandic"}},
	})
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a -linked label in reported speech",
			"Greyfield Labs said the tactics of Pale Heron resembled those of the Norland-linked group known as Cobalt Lynx.",
			[]string{"-:Cobalt Lynx>Norland"}, []string{"Greyfield Labs:Cobalt Lynx>Norland"}},
		{"a state adjective label in reported speech",
			"Greyfield Labs told reporters that Pale Heron was less capable than the Norlandic hacking group Cobalt Lynx.",
			[]string{"-:Cobalt Lynx>Norland"}, []string{"Greyfield Labs:Cobalt Lynx>Norland"}},
		{"a hedged description is the speaker's assessment",
			"Greyfield Labs released a report naming Cobalt Lynx, a suspected Norlandic hacking group, as linked to the intrusions.",
			[]string{"Greyfield Labs:Cobalt Lynx>Norland"}, nil},
		{"a description inside a direct quotation is the speaker's words",
			"“The flaw was exploited by Cobalt Lynx, a Norlandic government-backed group,” Greyfield Labs said.",
			[]string{"Greyfield Labs:Cobalt Lynx>Norland"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// the first sentence makes Norland a state
			got := accusersOf(extractWith(t, ents, "The Norland government denies it. "+tt.text))
			wantSet(t, got, tt.want, tt.not)
		})
	}
}
