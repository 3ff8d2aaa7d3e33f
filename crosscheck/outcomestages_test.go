package crosscheck

import (
	"testing"

	"crosswire"
)

// TestOutcomeStages checks that two stages of one history are not two
// outcomes told against each other (fictional reports): a version that
// itself tells both opposed outcomes of one subject ("was convicted and
// then acquitted") tells a sequence, so another version's one stage
// ("was sentenced") agrees with it; and a resumption presupposes the stop
// before it ("resumed after ten days" / "was suspended for ten days").
// Opposed outcomes told by one version each still disagree.
func TestOutcomeStages(t *testing.T) {
	runPairCases(t, []crosswire.DiscrepancyKind{crosswire.DiscOutcome, crosswire.DiscClaim}, []pairCase{
		{"one version tells both stages",
			"Mira Talvek, a cook from Ostrick, was sentenced to two years in prison by a district judge in 2021 over the theft of ten rings.",
			"Her former employer was charged after Mira Talvek was convicted in March and acquitted in June of stealing ten rings from the family.",
			false},
		{"resumed after the pause",
			"The queen died two days later, starting 10 days of mourning during which Dornish political life was suspended.",
			"Assembly members swore an oath to the new king on Tuesday, and the chamber's business resumed after ten days of mourning.",
			false},
		{"convicted / acquitted, one each",
			"Mira Talvek, a cook from Ostrick, was convicted on Friday of stealing ten rings from the family.",
			"Mira Talvek, a cook from Ostrick, was acquitted on Friday of stealing ten rings from the family.",
			true},
	})
}
