package crosscheck

import (
	"testing"

	"crosswire"
)

// TestLargeSoleCountSeverity checks that versions whose only counts of
// one noun are large and disagree are a medium discrepancy ("40,000
// customers" / "14,000 customers": a changed count of the victims), while
// small sole counts stay low and sole counts of time are left to their
// words (QA); homes and households are one noun. Fictional texts.
func TestLargeSoleCountSeverity(t *testing.T) {
	runSeverityCases(t, crosswire.DiscNumber, []severityCase{
		{"customers of a breach", []string{
			"The Marlow Gas Company said intruders had copied the records of 40,000 customers, including their addresses.",
			"Marlow Gas has confirmed a cyberattack on its platform in which data on 14,000 customers was stolen.",
		}, "40000 customer", "14000 customer", crosswire.SeverityMedium},
		{"homes and households", []string{
			"About 45,000 homes lost power as Storm Irwen swept across the Tolland coast, the emergency agency said.",
			"Storm Irwen cut electricity to 54,000 households when it hit the coast, officials said.",
		}, "about 45000 home", "54000 household", crosswire.SeverityHigh}, // one noun (countedClass), aligned by its words
		{"an order of magnitude apart is two counts", []string{
			"The Marlow Gas Company said intruders had copied the records of 4,000 customers, including their addresses.",
			"Marlow Gas has confirmed a cyberattack on its platform, which serves 400,000 customers.",
		}, "4000 customer", "400000 customer", crosswire.SeverityLow},
		{"small sole counts stay low", []string{
			"The Marlow Gas Company said intruders had copied the records of 40 customers, including their addresses.",
			"Marlow Gas has confirmed a cyberattack on its platform in which data on 14 customers was stolen.",
		}, "40 customer", "14 customer", crosswire.SeverityLow},
	})
}
