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

// A state blamed for an incident is its sponsor: the victims the sentence
// names are the incident's, not the state's own targets. A group or a
// service blamed keeps them, and a state written as the one that hit
// ("Norland hacked …") is still their actor.
func TestStateBlamedIsSponsor(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Harbour Authority", Kind: crosswire.KindOrg, Forms: []string{"Harbour Authority"}},
		{Name: "Pell Registry", Kind: crosswire.KindOrg, Forms: []string{"Pell Registry"}},
		{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}},
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
	})
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a state blamed in a relative clause",
			"The attack, which Estmark has blamed on Norland, wrought havoc within the Harbour Authority.",
			[]string{"*>Harbour Authority"}, []string{"Norland>Harbour Authority"}},
		{"a state an accuser links the hack to",
			"The Pell Registry had been hacked during a referendum that was almost certainly linked to Norland, Estmark officials said.",
			[]string{"*>Pell Registry"}, []string{"Norland>Pell Registry"}},
		{"a group blamed keeps its victims",
			"The attack, which Estmark has blamed on Cobalt Lynx, wrought havoc within the Harbour Authority.",
			[]string{"Cobalt Lynx>Harbour Authority"}, nil},
		{"a state written as the one that hit",
			"Estmark officials said Norland has repeatedly targeted the Harbour Authority.",
			[]string{"Norland>Harbour Authority"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := targetsOf(extractWith(t, ents, "The Norland government denies it. "+tt.text))
			wantSet(t, got, tt.want, tt.not)
		})
	}
}

// A denial of the accusations contests the attributions, not what the
// story says a body is: "Norland's Signals Intelligence Service" stays Norland's.
func TestDenialLeavesStructure(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Signals Intelligence Service", Kind: crosswire.KindOrg, Forms: []string{"Signals Intelligence Service"}},
		{Name: "Greyfield Labs", Kind: crosswire.KindOrg, Forms: []string{"Greyfield Labs"}},
		{Name: "Norland", Kind: crosswire.KindPlace, Forms: []string{"Norland"}},
	})
	inc := extractWith(t, ents, "Greyfield Labs said Cobalt Lynx, a group tied to the Signals Intelligence Service, the Norlandic military intelligence service, was behind the breach. "+
		"The Norland government has denied it was behind any such attacks.")
	var toBureau, structure bool
	for _, a := range inc.Attributions {
		if a.Subject == nil {
			continue
		}
		switch {
		case a.Subject.Name == "Cobalt Lynx" && a.Accused.Name == "Signals Intelligence Service":
			toBureau = true
			if len(a.DeniedBy) == 0 {
				t.Errorf("the group's edge to the service is not contested: %+v", a)
			}
		case a.Subject.Name == "Signals Intelligence Service" && a.Accused.Name == "Norland":
			structure = true
			if !a.Implied || len(a.DeniedBy) > 0 {
				t.Errorf("the service's state read as a denied attribution: %+v", a)
			}
		}
	}
	if !toBureau || !structure {
		t.Errorf("want Cobalt Lynx → Signals Intelligence Service → Norland, got %+v", inc.Attributions)
	}
}

// A body reporting itself hit ("X confirmed that it had been hacked", "X
// revealed it has been on the receiving end of a cyber-attack") is the
// victim; a bracketed gloss after its name is no name of its own, and an
// acronym the entities merged into a place it does not abbreviate is the
// body as written.
func TestSelfReportedHit(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Harbour Authority", Kind: crosswire.KindOrg, Forms: []string{"Harbour Authority"}},
		{Name: "Tidewater", Kind: crosswire.KindOrg, Forms: []string{"Tidewater"}},
		{Name: "Onwards", Kind: crosswire.KindOrg, Forms: []string{"Onwards"}},
		{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark", "ENCR"}},
	})
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"confirmed that it had been hacked",
			"In a statement, the Harbour Authority confirmed that it had been hacked.",
			[]string{"*>Harbour Authority"}, nil},
		{"on the receiving end of an attack",
			"The Harbour Authority last week revealed it has been on the receiving end of a “major” cyber-attack.",
			[]string{"*>Harbour Authority"}, nil},
		{"a bracketed gloss",
			"The movement Tidewater (Onwards) confirmed that it had been hacked.",
			[]string{"*>Tidewater"}, []string{"*>Onwards"}},
		{"an acronym merged into a place",
			"The Council for Navigation in Estmark (ENCR) revealed it had been the target of an intrusion.",
			[]string{"*>ENCR"}, []string{"*>Estmark"}},
		{"another's hack reported is no self-report",
			"The Harbour Authority said the registry had been hacked by criminals.",
			nil, []string{"*>Harbour Authority"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSet(t, targetsOf(extractWith(t, ents, tt.text)), tt.want, tt.not)
		})
	}
}

// "accused Norland of hacking at least 15 computers belonging to members of
// Estmark's lower house of parliament, the Storting, …": a gerund after
// "of"/"for" hits what follows, the owners of the things hit are the
// victims, and the body a relational complement describes, named in
// apposition, is the one named.
func TestOwnersInApposition(t *testing.T) {
	ents := mentioned([]crosswire.StoryEntity{
		{Name: "Storting", Kind: crosswire.KindOrg, Forms: []string{"Storting"}},
		{Name: "Harbour Authority", Kind: crosswire.KindOrg, Forms: []string{"Harbour Authority"}},
		{Name: "Cobalt Lynx", Kind: crosswire.KindGroup, Forms: []string{"Cobalt Lynx"}},
		{Name: "Estmark", Kind: crosswire.KindPlace, Forms: []string{"Estmark"}},
	})
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"owners of computers, a body in apposition",
			"Estmark officials in 2015 accused Cobalt Lynx of hacking at least 15 computers belonging to members of Estmark’s lower house of parliament, the Storting, and stealing data.",
			[]string{"Cobalt Lynx>Storting"}, []string{"Cobalt Lynx>members"}},
		{"a gerund after for",
			"Estmark officials blamed Cobalt Lynx for breaching the Harbour Authority.",
			[]string{"Cobalt Lynx>Harbour Authority"}, nil},
		{"a relational complement with no name in apposition stays",
			"Estmark officials said Cobalt Lynx was behind attacks on customers of small cloud providers.",
			[]string{"Cobalt Lynx>customers of small cloud providers"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSet(t, targetsOf(extractWith(t, ents, tt.text)), tt.want, tt.not)
		})
	}
}
