package crosscheck

import (
	"testing"

	"crosswire"
)

// TestAmountsInTwoCurrencies checks, on fictional versions of one story,
// that a currency is a unit: one sum in two currencies with different
// values is no conflict (a conversion at a rate the text does not give),
// the same value in two currencies is one sum whose currency was changed,
// one currency with two values conflicts, and a version converting a sum
// in brackets states neither of another version's values.
func TestAmountsInTwoCurrencies(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		conflict bool
	}{
		{"pounds and dollars, a conversion",
			"The Tarven studio finished its £45 million film about the Ostery floods on Friday, the producers said.",
			"The Tarven studio finished its $70 million film about the Ostery floods on Friday, the producers said.",
			false},
		{"pounds and dollars, one value",
			"The Tarven studio finished its £45 million film about the Ostery floods on Friday, the producers said.",
			"The Tarven studio finished its $45 million film about the Ostery floods on Friday, the producers said.",
			true},
		{"pounds, two values",
			"The Tarven studio finished its £45 million film about the Ostery floods on Friday, the producers said.",
			"The Tarven studio finished its £65 million film about the Ostery floods on Friday, the producers said.",
			true},
		{"about eight million against seven million",
			"The Tarven studio finished its film about the Ostery floods, which cost £7 million, on Friday, the producers said.",
			"The Tarven studio finished its film about the Ostery floods, which cost around £8 million, on Friday, the producers said.",
			true},
		{"a converted sum in brackets, pounds mistyped",
			"The Ostery market will be worth $3.2 billion (£1.7 billion) by 2030, according to Pellam Research.",
			"The Ostery market will be worth $3.2 billion (£17 billion) by 2030, according to Pellam Research.",
			true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			if got := len(findDisc(st, crosswire.DiscNumber)) > 0; got != tc.conflict {
				t.Errorf("number conflict = %v, want %v:%s", got, tc.conflict, dump(st))
			}
		})
	}
}
