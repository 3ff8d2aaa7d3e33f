package stix

import (
	"testing"

	"crosswire"
)

// A body one story writes in full with its acronym and another story
// writes as the acronym alone is one threat-actor: keyed on the acronym
// the first story's text pairs with the name (the capitals of its words),
// named in full, the acronym an alias. The texts are invented for this
// test.
func TestAcronymAndExpansionOneActor(t *testing.T) {
	full := crosswire.Story{ID: "s-full", Title: "Registry breach", Articles: []crosswire.Article{{
		ID: "a1", Outlet: "Harbour Wire", Role: crosswire.RoleOriginal,
		Text: "The Justice Department said the Kestrel Signals Bureau (KSB) was behind the breach of the Pell Registry's computer network. " +
			"The Justice Department indicted two officers of the KSB, Anton Velkov and Oleg Marin, over the breach.",
	}}}
	short := crosswire.Story{ID: "s-short", Title: "Port hack", Articles: []crosswire.Article{{
		ID: "b1", Outlet: "Harbour Wire", Role: crosswire.RoleOriginal,
		Text: "Investigators blamed the KSB for the hack of the Vessburg port's cargo servers in March.",
	}}}
	// either order of the stories gives the same object
	for _, order := range [][]crosswire.Story{{full, short}, {short, full}} {
		b, _ := export(t, order...)
		var actors []Object
		for _, o := range b.Objects {
			if o.Type == "threat-actor" && (o.Name == "KSB" || o.Name == "Kestrel Signals Bureau") {
				actors = append(actors, o)
			}
		}
		if len(actors) != 1 {
			var names []string
			for _, o := range actors {
				names = append(names, o.Name)
			}
			t.Errorf("%d threat-actors for the bureau (%q), want 1", len(actors), names)
			continue
		}
		if a := actors[0]; a.Name != "Kestrel Signals Bureau" || len(a.Aliases) != 1 || a.Aliases[0] != "KSB" {
			t.Errorf("threat-actor %q aliases %q, want the full name with the acronym as its alias", a.Name, a.Aliases)
		}
	}
}

// An attribution its story states hedged is marked x_crosswire_hedged; an
// asserted one is not. The text is invented for this test.
func TestHedgedRelationship(t *testing.T) {
	for _, tt := range []struct {
		text   string
		hedged bool
	}{
		{"The Justice Department said a hacking group known as Cobalt Lynx is believed to be behind the breach of the Pell Registry's computer network.", true},
		{"The Justice Department said a hacking group known as Cobalt Lynx was behind the breach of the Pell Registry's computer network.", false},
	} {
		s := crosswire.Story{ID: "s-hedge", Title: "Registry breach", Articles: []crosswire.Article{{
			ID: "a1", Outlet: "Harbour Wire", Role: crosswire.RoleOriginal, Text: tt.text}}}
		b, data := export(t, s)
		if v := validator(t); v != nil {
			if err := v.Validate(data); err != nil {
				t.Fatalf("bundle does not validate:\n%v", err)
			}
		}
		n := 0
		for _, o := range b.Objects {
			if o.Type == "relationship" && o.RelationshipType == "attributed-to" && len(o.XSources) > 0 {
				n++
				if o.XHedged != tt.hedged {
					t.Errorf("%q: x_crosswire_hedged %v, want %v", tt.text, o.XHedged, tt.hedged)
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: no attribution relationship", tt.text)
		}
	}
}
