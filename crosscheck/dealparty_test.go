package crosscheck

import (
	"testing"

	"crosswire"
)

// TestAmountsOfOtherParties checks that each version's one amount of a
// noun ("a £1m deal") is one slot only when the sentences do not name two
// different parties (fictional reports): a comic's deal and a presenter's
// deal are two deals, also when one sentence names its party through "he"
// opening it; one party's deal told two ways is a discrepancy.
func TestAmountsOfOtherParties(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"one party, two amounts",
			"The broadcaster confirmed that Rolf Garand had agreed a £1m deal for a comedy series.",
			"Rolf Garand will front the comedy series under a £2m deal, the channel confirmed.",
			true},
		{"two named parties",
			"The broadcaster confirmed that Rolf Garand had agreed a £1m deal for a comedy series.",
			"The channel lost Gary Lindqvist to a rival network in a £5m deal.",
			false},
		{"a party through a pronoun",
			"The broadcaster lost Rolf Garand last night. He has agreed a £1m deal for a comedy series.",
			"The channel lost Gary Lindqvist to a rival network in a £5m deal.",
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			if got := len(findDisc(st, crosswire.DiscNumber)) > 0; got != tc.want {
				t.Errorf("number discrepancy %v, want %v:%s", got, tc.want, dump(st))
			}
		})
	}
}
