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
		{EventUse{"shut down", "a ransomware attack", "computer systems", false}, []string{"end"}},
		{EventUse{"shut down", "the attackers", "the network", false}, []string{"end"}},
		{EventUse{"shut down", "the outage", "the trains", false}, []string{"end"}},
		{EventUse{"shut down", "engineers", "the intrusion", false}, []string{"thwart"}},
		{EventUse{"shut down", "the council", "the old library", false}, []string{"thwart", "end"}},
		{EventUse{"intercept", "hackers", "emails", false}, []string{"intrude"}},
		{EventUse{"intercept", "the navy", "the smugglers", false}, []string{"intrude", "thwart"}},
		{EventUse{"breach", "the attack", "the network", false}, []string{"intrude"}},
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
		{EventUse{"shut down", "the attack", "its systems", false}, EventUse{"cripple", "the attack", "its systems", false}, false},
		{EventUse{"thwart", "the bank", "the attack", false}, EventUse{"cripple", "the attack", "its systems", false}, true},
		{EventUse{"shut down", "the bank", "the attack", false}, EventUse{"breach", "hackers", "the bank", false}, true},
		// what is prevented is an event or its doer, never a plain thing:
		// memory that "contained" data holds it, it prevents nothing
		{EventUse{"contain", "the memory", "customer data", false}, EventUse{"leak", "the server", "customer data", false}, false},
		{EventUse{"contain", "", "customer data", false}, EventUse{"expose", "", "customer data", true}, false},
		{EventUse{"repel", "", "an attempt to break into the network", true}, EventUse{"succeed", "the attempt", "", false}, true},
		{EventUse{"contain", "engineers", "the breach", false}, EventUse{"leak", "the server", "customer data", false}, true},
		{EventUse{"block", "the bank", "the hackers", false}, EventUse{"breach", "hackers", "the bank", false}, true},
		{EventUse{"contain", "engineers", "", false}, EventUse{"breach", "hackers", "the bank", false}, true},
	}
	for _, tc := range opp {
		if got := l.OpposedUses(tc.a, tc.b); got != tc.want {
			t.Errorf("OpposedUses(%+v, %+v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
