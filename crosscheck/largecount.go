package crosscheck

import (
	"math"
	"strings"

	"crosswire"
)

// soleCountSeverity is the severity of a disagreement between versions'
// sole counts of one thing (checkSoleCounts): low, as their words only
// suggest one fact, unless every figure is large (at least largeFigure)
// and counts the same noun with no unit, not a span of time. One counted
// noun rarely takes two large values in one story (see sameLargeFigure):
// when each version gives exactly one large count of the customers, the
// residents or the homes, the versions are telling one figure, and a
// changed figure ("40,000 customers" / "14,000 customers") is a changed
// fact a reader wants to see, medium. A figure changed in the retelling
// keeps its order of magnitude (a digit dropped or swapped, a rounding);
// values soleCountSpread times apart or more are two counts of the noun
// (the customers whose records were taken, the firm's whole customer
// base), and stay low.
// keys are the figures' numberKeys.
func soleCountSeverity(sl []*mention, keys map[*mention]string) crosswire.Severity {
	key := keys[sl[0]]
	noun, _, _ := strings.Cut(key, "|")
	if noun == "" || timeCounts[strings.TrimSuffix(noun, "s")] {
		return crosswire.SeverityLow
	}
	lo, hi := math.Inf(1), 0.0
	for _, m := range sl {
		n := m.fact.Number
		if keys[m] != key || n.Unit != "" || n.Low < largeFigure {
			return crosswire.SeverityLow
		}
		lo, hi = min(lo, n.Low), max(hi, n.Low)
	}
	if hi >= soleCountSpread*lo {
		return crosswire.SeverityLow
	}
	return crosswire.SeverityMedium
}

// soleCountSpread is the ratio of the largest to the smallest value at
// which sole counts of one noun are read as two counts rather than one
// changed: an order of magnitude.
const soleCountSpread = 10
