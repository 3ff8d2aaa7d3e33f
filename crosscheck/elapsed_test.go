package crosscheck

import (
	"testing"

	"crosswire"
)

// TestElapsedAfterEvent checks that each version's only delay after an
// event of one lexicon class ("discovered eight days later" / "spotted
// three days later") is one figure, compared as medium, and that delays
// after events of two classes, or in two units, are not (QA). Fictional
// texts.
func TestElapsedAfterEvent(t *testing.T) {
	runSeverityCases(t, crosswire.DiscNumber, []severityCase{
		{"discovered, spotted", []string{
			"Engineer Pol Anders said the leak began on a Sunday and was discovered eight days later by his own crew.",
			"Anders told the council the seepage was spotted three days later.",
		}, "8 day", "3 day", crosswire.SeverityMedium},
		{"found only some weeks after", []string{
			"The stolen portrait was found only two weeks later, the museum director said.",
			"Detectives say they located the canvas five weeks later.",
		}, "2 week", "5 week", crosswire.SeverityMedium},
		{"delays after two kinds of event", []string{
			"The stolen portrait was found only two weeks later, the museum director said.",
			"Detectives say they arrested the courier five weeks later.",
		}, "2 week", "5 week", ""},
	})
}
