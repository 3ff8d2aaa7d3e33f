package facts

import (
	"slices"
	"testing"
)

// TestSenses checks that an ambiguous event verb is read in the senses its
// actor and target allow: an actor naming an event or its doer cannot do
// what is opposed to that event (nor, being an event or a thing, what only
// a deliberate agent does); a target naming an event picks the senses
// opposed to it; arguments that name no event leave every sense.
func TestSenses(t *testing.T) {
	l, err := NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		use  EventUse
		want []string
	}{
		{EventUse{"shut down", "a ransomware attack", "computer systems"}, []string{"end"}},
		{EventUse{"shut down", "the attackers", "the network"}, []string{"end"}},
		{EventUse{"shut down", "the outage", "the trains"}, []string{"end"}},
		{EventUse{"shut down", "engineers", "the intrusion"}, []string{"thwart"}},
		{EventUse{"shut down", "the council", "the old library"}, []string{"thwart", "end"}},
		{EventUse{"intercept", "hackers", "emails"}, []string{"intrude"}},
		{EventUse{"intercept", "the navy", "the smugglers"}, []string{"intrude", "thwart"}},
		{EventUse{"breach", "the attack", "the network"}, []string{"intrude"}},
	}
	for _, tc := range tests {
		if got := l.Senses(tc.use); !slices.Equal(got, tc.want) {
			t.Errorf("Senses(%+v) = %v, want %v", tc.use, got, tc.want)
		}
	}
	opp := []struct {
		a, b EventUse
		want bool
	}{
		{EventUse{"shut down", "the attack", "its systems"}, EventUse{"cripple", "the attack", "its systems"}, false},
		{EventUse{"thwart", "the bank", "the attack"}, EventUse{"cripple", "the attack", "its systems"}, true},
		{EventUse{"shut down", "the bank", "the attack"}, EventUse{"breach", "hackers", "the bank"}, true},
	}
	for _, tc := range opp {
		if got := l.OpposedUses(tc.a, tc.b); got != tc.want {
			t.Errorf("OpposedUses(%+v, %+v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
