package facts

import (
	"testing"

	"crosswire"
)

// TestPluralNameReferredToAsIt checks that a two-word name ending in a
// plural, which the article refers back to with "it" and never by its last
// word alone, is typed as an organisation, not a person; and that a person
// whose surname has a plural's shape stays a person. want is the kind of
// the named span's fact.
func TestPluralNameReferredToAsIt(t *testing.T) {
	tests := []struct {
		name, text, span string
		want             crosswire.FactKind
	}{
		{"said it had: a firm",
			"The crane, operated by Kestrel Terminals, fell at dawn. Kestrel Terminals said it had suspended all crane operations at the port.",
			"Kestrel Terminals", crosswire.KindOrg},
		{"has halted and said it would: a firm",
			"Kestrel Terminals has halted crane work at the port and said it would help the inquiry.",
			"Kestrel Terminals", crosswire.KindOrg},
		{"a possessive after an action: a firm",
			"Orvik Fisheries confirmed on Monday that hackers had encrypted its payroll files.",
			"Orvik Fisheries", crosswire.KindOrg},
		{"a plural-shaped surname named alone again: a person",
			"Dara Hollins said it was a difficult season. Hollins added that the squad would recover.",
			"Dara Hollins", crosswire.KindPerson},
		{"a copula before its: a person",
			"Ray Lindows was one of its founders, the club said. Ray Lindows said he was proud.",
			"Ray Lindows", crosswire.KindPerson},
		{"it as an object: a person",
			"That love for Ada Merrows was deep and you opened it up. Ada Merrows said so.",
			"Ada Merrows", crosswire.KindPerson},
		{"he in between: a person",
			"Tomas Wendels said he thought it would rain on the day of the race.",
			"Tomas Wendels", crosswire.KindPerson},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got crosswire.FactKind
			for _, f := range extractText(t, tc.text, nil) {
				if f.Span.Text == tc.span && (f.Kind == crosswire.KindPerson || f.Kind == crosswire.KindOrg) {
					got = f.Kind
				}
			}
			if got != tc.want {
				t.Errorf("%q: kind %q, want %q", tc.span, got, tc.want)
			}
		})
	}
}
