package crosscheck

import (
	"testing"

	"crosswire"
	"crosswire/facts"
)

// TestNameRunIntoTitle checks, on fictional versions of one story, that a
// person's name misspelt where it runs into a capitalised word after it
// (a show named after its host) or where it opens a sentence is compared
// with the name as another version writes it, and that three capitalised
// words, or two opening a sentence, are not taken for a name otherwise.
func TestNameRunIntoTitle(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int // name discrepancies
	}{
		{"misspelt before a show's word, the name opening the other's sentence",
			"Mira Castellane's pilot quiz for Channel Nine on Friday night was a ratings winner. Castellane said she was thrilled.",
			"On Friday Channel Nine led the ratings when Mira Castelane Tonight drew more viewers than the quiz on the other side.",
			1},
		{"the same spelling before a show's word",
			"Mira Castellane's pilot quiz for Channel Nine on Friday night was a ratings winner. Castellane said she was thrilled.",
			"On Friday Channel Nine led the ratings when Mira Castellane Tonight drew more viewers than the quiz on the other side.",
			0},
		{"another given name before a show's word",
			"Mira Castellane's pilot quiz for Channel Nine on Friday night was a ratings winner. Castellane said she was thrilled.",
			"On Friday Channel Nine led the ratings when Nora Castelane Tonight drew more viewers than the quiz on the other side.",
			0},
		{"three capitalised words, no person in the other version",
			"Ferries left the port of Vessburg on Friday for North Harbour Quay with the cargo.",
			"Ferries left the port of Vessburg on Friday for North Harbor Quay with the cargo.",
			0},
		{"two words opening a sentence, no person",
			"Heavy Rains fell over Vessburg on Friday and closed the port.",
			"Heavy Rain fell over Vessburg on Friday and closed the port.",
			0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			if got := kindCount(st, crosswire.DiscName); got != tc.want {
				t.Errorf("name discrepancies = %d, want %d:%s", got, tc.want, dump(st))
			}
		})
	}
}

// TestNameOpeningSentenceTranslated checks that a name opening a sentence,
// read as a name because the extractor took it for a person, is compared
// across a rewrite but not across a translation's round trip, whose
// garbled name is the translator's.
func TestNameOpeningSentenceTranslated(t *testing.T) {
	a := "The actor Tom Brand said: \"The hall gave me a start. Mira O'Quint, the founder of the theatre, taught me the trade.\""
	b := "The actor Tom Brand said: \"The hall gave me an onset. Mira Or'Quint, the founder of the theater, taught me the trade.\""
	for _, tc := range []struct {
		role crosswire.Role
		want int
	}{{crosswire.RoleRewrite, 1}, {crosswire.RoleTranslation, 0}} {
		t.Run(string(tc.role), func(t *testing.T) {
			from := "a"
			st := &crosswire.Story{ID: "s", Articles: []crosswire.Article{
				{ID: "a", Outlet: "a", Text: a, Language: "en", Role: crosswire.RoleOriginal},
				{ID: "b", Outlet: "b", Text: b, Language: "en", Role: tc.role, DerivedFrom: &from},
			}}
			extractAndCheck(t, facts.New(), New(), st)
			if got := kindCount(st, crosswire.DiscName); got != tc.want {
				t.Errorf("name discrepancies = %d, want %d:%s", got, tc.want, dump(st))
			}
		})
	}
}
