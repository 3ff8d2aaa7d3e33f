package crosscheck

import (
	"testing"

	"crosswire"
)

// TestVerbSenseFromArguments checks that an ambiguous event verb is read in
// the sense its actor allows (fictional reports): "shut down" thwarts or
// ends, and an attack as its actor cannot be the defender, so "the attack
// shut down the systems" and "the attack crippled the systems" tell one
// outcome (facts.TestSenses checks the senses themselves).
func TestVerbSenseFromArguments(t *testing.T) {
	runPairCases(t, []crosswire.DiscrepancyKind{crosswire.DiscOutcome}, []pairCase{
		{"an attack cannot thwart",
			"A malware attack has shut down the ticket systems at Pellow Airport, the airport said on Friday.",
			"Pellow Airport cancelled 80 flights after a malware attack crippled its ticket systems, it said on Friday.",
			false},
		{"hackers cannot thwart",
			"Hackers shut down the payment network of Brisk Bank on Monday, the bank said.",
			"Hackers crippled the payment network of Brisk Bank on Monday, the bank said.",
			false},
		{"malware named as a thing cannot thwart",
			"The ransomware shut down the billing servers of Corvel Water on Monday, the company said.",
			"The ransomware crippled the billing servers of Corvel Water on Monday, the company said.",
			false},
	})
}
