package stix

// Confidence levels (STIX 2.1 confidence is an integer 0–100; Appendix A
// of the specification maps 15/50/85 to low/medium/high on the
// Admiralty-like "None/Low/Med/High" scale).
const (
	// ConfidenceSingle: one independent version states it.
	ConfidenceSingle = 30
	// ConfidenceTwo: two independent versions state it.
	ConfidenceTwo = 60
	// ConfidenceCorroborated: three or more independent versions.
	ConfidenceCorroborated = 85
	// ConfidenceDenied caps an attribution the accused party denies.
	ConfidenceDenied = 30
	// ConfidenceDisputedMajority caps an attribution when another version
	// names a different culprit but this one has more support.
	ConfidenceDisputedMajority = 30
	// ConfidenceDisputed caps an attribution when another version names a
	// different culprit with as much support or more.
	ConfidenceDisputed = 15
)

// Confidence maps corroboration to a STIX confidence. support is the
// number of independent versions (copies collapsed) stating the finding;
// rivalSupport is the highest support of a competing culprit named by
// other versions (0 when none); denied is true when the accused denies it.
//
//	support 1 → 30, 2 → 60, ≥3 → 85
//	a rival culprit with support ≥ this one → at most 15
//	a rival culprit with less support       → at most 30
//	denied by the accused                   → at most 30
func Confidence(support, rivalSupport int, denied bool) int {
	c := 0
	switch {
	case support >= 3:
		c = ConfidenceCorroborated
	case support == 2:
		c = ConfidenceTwo
	case support == 1:
		c = ConfidenceSingle
	}
	if rivalSupport > 0 {
		limit := ConfidenceDisputedMajority
		if rivalSupport >= support {
			limit = ConfidenceDisputed
		}
		c = min(c, limit)
	}
	if denied {
		c = min(c, ConfidenceDenied)
	}
	return c
}
