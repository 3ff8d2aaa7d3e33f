package group

import (
	"testing"

	"crosswire"
)

// TestLeadPersons checks that leads are compared by persons: a run of
// adjacent names is one who, named by its last word, and a first name or
// title alone is no one (leadnames.go). Fictional leads.
func TestLeadPersons(t *testing.T) {
	mk := func(title, text string) *lead {
		a := crosswire.Article{ID: title, Title: title, Text: text}
		return &NewFingerprint(&a).lead
	}
	for _, tc := range []struct {
		name     string
		a, b     *lead
		shared   int // persons both leads name
		personsA int // persons of the first lead
	}{
		{"one person written in full twice is one",
			mk("Varga quits", "Finance minister Lukas Varga resigned on Monday, and Lukas Varga's deputy Orla Brenn took over the Treasury."),
			mk("Varga out", "The resignation of Lukas Varga shook the Treasury, where officials praised him."),
			2, 3}, // Varga, Treasury; first lead: Varga, Brenn, Treasury
		{"a title alone is no one",
			mk("Budget row", "Talks between Mr Varga and unions broke down at the Treasury in Hollis."),
			mk("Schools row", "Teachers said Mr Morrow had misled them at a rally in Okeford."),
			0, 3}, // Varga, Treasury, Hollis
		{"a first name alone is no one",
			mk("Court case", "Lukas Varga appeared in court in Orrin accused of fraud."),
			mk("Concert", "Singer Lukas Brandt sold out two nights at the Orrin Arena."),
			1, 2}, // Varga, Orrin; shared: Orrin (alone in the first lead), not Lukas
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := persons(tc.a.anchors, nil, tc.a); got != tc.personsA {
				t.Errorf("persons of the first lead = %d, want %d", got, tc.personsA)
			}
			if got := personsShared(tc.a.anchors, tc.b.anchors, nil, tc.a, tc.b); got != tc.shared {
				t.Errorf("persons shared = %d, want %d", got, tc.shared)
			}
		})
	}
}
