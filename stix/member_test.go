package stix

import (
	"testing"

	"crosswire"
)

// Defendants an indictment writes as a service's people are exported as
// member-of the service's threat-actor; the bundle still validates.
// The text is invented for this test.
func TestMemberOfExported(t *testing.T) {
	s := crosswire.Story{ID: "s-ksb", Title: "Registry breach", Articles: []crosswire.Article{{
		ID: "a1", Outlet: "Harbour Wire", Role: crosswire.RoleOriginal,
		Text: "The Justice Department said the KSB was behind the breach of the Pell Registry. " +
			"The Justice Department indicted two officers of the KSB, Anton Velkov and Oleg Marin, and a hacker, Piet Laan, over the breach.",
	}}}
	b, data := export(t, s)
	if v := validator(t); v != nil {
		if err := v.Validate(data); err != nil {
			t.Fatalf("bundle does not validate:\n%v", err)
		}
	}
	g := graph{b}
	ksb := g.named("threat-actor", "KSB")
	for _, name := range []string{"Anton Velkov", "Oleg Marin"} {
		if g.rel(g.named("threat-actor", name), RelMemberOf, ksb) == nil {
			t.Errorf("no %s member-of KSB", name)
		}
	}
	if g.rel(g.named("threat-actor", "Piet Laan"), RelMemberOf, ksb) != nil {
		t.Errorf("the hired hacker is read as a member of the KSB")
	}
}

// With several stories, a story whose only attribution edges are structure
// read from how names are written ("the Norland spy agency" for the agency
// just named) is not exported: nobody makes an attribution in it.
func TestStructureAloneIsNoAttributionStory(t *testing.T) {
	structure := crosswire.Story{ID: "s-structure", Title: "Spy memoir", Articles: []crosswire.Article{{
		ID: "b1", Outlet: "Harbour Wire", Role: crosswire.RoleOriginal,
		Text: "The Norland government praised the book. Files of the Kestrel Security Agency (KSA) show the Norland spy agency hacked a port in 1980.",
	}}}
	claimed := crosswire.Story{ID: "s-claimed", Title: "Registry breach", Articles: []crosswire.Article{{
		ID: "c1", Outlet: "Harbour Wire", Role: crosswire.RoleOriginal,
		Text: "The Justice Department said the KSB was behind the breach of the Pell Registry's computer network. " +
			"The Justice Department indicted two officers of the KSB, Anton Velkov and Oleg Marin, over the breach.",
	}}}
	b, _ := export(t, structure, claimed)
	for _, o := range b.Objects {
		if o.Type == "report" && o.XStory == "s-structure" {
			t.Errorf("a story with structure edges only is exported")
		}
	}
}
