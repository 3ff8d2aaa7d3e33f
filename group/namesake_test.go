package group

import (
	"testing"

	"crosswire"
)

// Fictional reports of one port's security affair: a police chief's
// warning and a premier's bill, two persons of one surname.
var namesakeArticles = map[string]crosswire.Article{
	"warning": {ID: "n1", Title: "Port could be summit target, says police chief", Text: "Commissioner Alexandra Marrow warned on Monday that the port of Kellsby could be a target for attacks during the summit. " +
		"She told the city board that the threat was real. The warning came after Premier Tom Marrow defended his security bill."},
	"bill": {ID: "n2", Title: "Premier defends security bill", Text: "Premier Tom Marrow defended his security bill in the assembly of Kellsby, saying hundreds of people were plotting attacks. " +
		"Mr Marrow said the port and the summit needed the new powers."},
	"version by the surname": {ID: "n3", Title: "Police chief warns of port attacks", Text: "The police chief of Kellsby warned of attacks on the port during the summit. " +
		"Mrs Marrow told the city board the threat was real."},
	"version in full":         {ID: "n4", Title: "Summit threat to port", Text: "Police commissioner Alexandra Marrow said the port of Kellsby could be targeted during the summit, after Premier Tom Marrow defended his bill."},
	"version by a short form": {ID: "n6", Title: "Summit threat to port", Text: "Commissioner Alex Marrow said the port of Kellsby could be targeted. Premier Tom Marrow has defended his bill."},
	"version misspelt":        {ID: "n5", Title: "Summit threat to port", Text: "Commissioner Alexandrra Marrow said the port of Kellsby could be targeted. Premier Tom Marrow has defended his bill."},
}

// TestLeadNamesake: a pair is apart when one lead's person is named by the
// other only through a namesake (the surname with another given name),
// not when the other names the person, by the surname alone, in full or
// misspelt.
func TestLeadNamesake(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"warning", "bill", true},
		{"bill", "warning", true},
		{"warning", "version by the surname", false},
		{"warning", "version in full", false},
		{"warning", "version misspelt", false},
		{"warning", "version by a short form", false},
	} {
		t.Run(tc.a+"+"+tc.b, func(t *testing.T) {
			a, b := namesakeArticles[tc.a], namesakeArticles[tc.b]
			na, nb := personNames(&a, articleFacts(&a)), personNames(&b, articleFacts(&b))
			ta, tb := readText(&a, nil), readText(&b, nil)
			if got := leadNamesake(na, nb, func() *docText { return &tb }) || leadNamesake(nb, na, func() *docText { return &ta }); got != tc.want {
				t.Errorf("namesake apart = %v; want %v (persons %+v / %+v)", got, tc.want, na, nb)
			}
		})
	}
}

func TestLeadOffset(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int
		want int
	}{
		{"one two three four", 2, 7},
		{"one  two\nthree", 2, 8},
		{"one two", 5, 7},
		{"", 3, 0},
	} {
		if got := leadOffset(tc.text, tc.n); got != tc.want {
			t.Errorf("leadOffset(%q, %d) = %d; want %d", tc.text, tc.n, got, tc.want)
		}
	}
}

func TestOneGivenName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"alexandra", "sandra", true}, // a short form keeps the end
		{"theodore", "theo", true},    // … or the start
		{"nicolai", "nikolai", true},  // a transliteration
		{"ed", "edwin", true},         // a short name that starts the other
		{"orla", "greta", false},
		{"maren", "tobias", false},
		{"ingrid", "piet", false},
	} {
		if got := oneGivenName(tc.a, tc.b); got != tc.want {
			t.Errorf("oneGivenName(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestNamesakeUntold: the batch reads the namesake through its gates (the
// lead's name link, the other text's link of the surname to another first
// name, no shared wording) and parts the warning from the bill, not from
// its versions.
func TestNamesakeUntold(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"warning", "bill", true},
		{"warning", "version by the surname", false},
		{"warning", "version in full", false},
		{"warning", "version by a short form", false},
	} {
		t.Run(tc.a+"+"+tc.b, func(t *testing.T) {
			// sorted by ID, as partition numbers docs
			arts := []crosswire.Article{namesakeArticles[tc.a], namesakeArticles[tc.b]}
			if arts[1].ID < arts[0].ID {
				arts[0], arts[1] = arts[1], arts[0]
			}
			ix, _ := partitionIndex(t, arts, nil)
			if got := ix.namesakeUntold(0, 1); got != tc.want {
				t.Errorf("namesakeUntold = %v; want %v", got, tc.want)
			}
		})
	}
}
