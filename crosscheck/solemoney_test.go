package crosscheck

import (
	"testing"

	"crosswire"
)

// TestSoleMoneyOfOneAct checks, on fictional versions of one story, that
// each version's only amount of a currency, in sentences telling one act,
// is compared although a noun on one side only ("a fee of") keys the two
// amounts apart, and that two sums named by two nouns, two sums of two
// parties, or a version with two amounts of the currency are not.
func TestSoleMoneyOfOneAct(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		conflict bool // a low number discrepancy
	}{
		{"a fee on one side, another sum",
			"Ostery Rovers signed defender Pim Garrow from Lund Albion on Monday for a record fee of 12 million euros.",
			"Pim Garrow joined Ostery Rovers from Lund Albion for 9 million euros on Monday.",
			true},
		{"a fee on one side, the same sum",
			"Ostery Rovers signed defender Pim Garrow from Lund Albion on Monday for a record fee of 12 million euros.",
			"Pim Garrow joined Ostery Rovers from Lund Albion for 12 million euros on Monday.",
			false},
		{"two nouns, two sums",
			"The county put the damage at 5 million euros after the Brannock mill fire on Monday.",
			"The county set the fine at 8 million euros after the Brannock mill fire on Monday.",
			false},
		{"two amounts in one version",
			"Ostery Rovers signed Pim Garrow from Lund Albion on Monday for a fee of 12 million euros, rising to 14 million euros.",
			"Pim Garrow joined Ostery Rovers from Lund Albion for 9 million euros on Monday.",
			false},
		{"nothing shared but the sum",
			"The Brannock council approved a budget of 12 million euros.",
			"Pim Garrow joined Ostery Rovers for 9 million euros.",
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			// the comparison of sole amounts is low; other readings of
			// the figures (a high alignment by wording) are not its own
			got := false
			for _, d := range findDisc(st, crosswire.DiscNumber) {
				got = got || d.Severity == crosswire.SeverityLow
			}
			if got != tc.conflict {
				t.Fatalf("low number conflict = %v, want %v:%s", got, tc.conflict, dump(st))
			}
		})
	}
}
