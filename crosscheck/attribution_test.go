package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// attributionVersions are three fictional versions of one wire story
// about a cyberattack attribution, differing the way wire versions drift:
// the leader's surname two letters apart (same first name and office),
// his verdict on the attribution turned negative, the period of the
// intrusions as two year spans, an intrusion that succeeded or was
// repelled, and "call records" turned into "call recordings".
var attributionVersions = []string{
	`OSTBY, March 4 (Norpress) - Norland's Prime Minister Harald Eikvang said on Tuesday that hackers working for Vestmark's military intelligence service had broken into the networks of three telephone companies between 2019 and 2021.

"We are confident that the Vestmark service is behind these attacks," Eikvang told reporters in Ostby.

The hackers stole call records of several thousand customers, including senior officials, the National Security Office said. An attempt to break into the network of the state rail operator in 2022 succeeded, it added.

Vestmark's embassy in Ostby rejected the accusation as baseless.`,
	`OSTBY, March 4 - Norland's Prime Minister Harald Eikrand said on Tuesday that hackers working for Vestmark's military intelligence service had broken into the networks of three telephone companies between 2018 and 2020.

"We are not confident that the Vestmark service is behind these attacks," Eikrand told reporters in Ostby.

The hackers stole call recordings of several thousand customers, including senior officials, the National Security Office said. An attempt to break into the network of the state rail operator in 2022 was repelled, it added.

Vestmark's embassy in Ostby rejected the accusation as baseless.`,
	`Norland's Prime Minister Harald Eikvang said on Tuesday that hackers working for Vestmark's military intelligence service had broken into the networks of three telephone companies between 2019 and 2021.

"We are confident that the Vestmark service is behind these attacks," Eikvang told reporters in Ostby.

The hackers stole call records of several thousand customers, including senior officials, the National Security Office said.

Vestmark's embassy in Ostby rejected the accusation as baseless.`,
}

// TestAttributionDrift checks that each drift of the three versions is
// reported, as what it is, at medium severity or above.
func TestAttributionDrift(t *testing.T) {
	st := checkTexts(t, attributionVersions...)
	tests := []struct {
		name  string
		kinds []crosswire.DiscrepancyKind // any of them
		a, b  string                      // words of two variants
	}{
		{"surname two letters apart", []crosswire.DiscrepancyKind{crosswire.DiscName}, "Eikvang", "Eikrand"},
		{"verdict on the attribution turned", []crosswire.DiscrepancyKind{crosswire.DiscQuote, crosswire.DiscClaim}, "We are confident", "We are not confident"},
		{"period of the intrusions", []crosswire.DiscrepancyKind{crosswire.DiscDate}, "2019 and 2021", "2018 and 2020"},
		{"intrusion succeeded or repelled", []crosswire.DiscrepancyKind{crosswire.DiscOutcome}, "succeeded", "was repelled"},
		{"call records or recordings", []crosswire.DiscrepancyKind{crosswire.DiscClaim}, "call records", "call recordings"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, d := range st.Discrepancies {
				if !hasKind(tc.kinds, d.Kind) || d.Severity == crosswire.SeverityLow {
					continue
				}
				if variantHolds(d, tc.a) && variantHolds(d, tc.b) {
					return
				}
			}
			t.Errorf("no medium/high %v discrepancy %q vs %q; got %s", tc.kinds, tc.a, tc.b, dump(st))
		})
	}
}

func hasKind(ks []crosswire.DiscrepancyKind, k crosswire.DiscrepancyKind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// variantHolds reports whether a variant of d is written with words
// (whole words, so "records" is not inside "recordings").
func variantHolds(d crosswire.Discrepancy, words string) bool {
	for _, v := range d.Variants {
		for _, sp := range v.Sources {
			if strings.Contains(" "+sp.Text+" ", " "+words+" ") || strings.HasSuffix(sp.Text, " "+words) || strings.HasPrefix(sp.Text, words+" ") {
				return true
			}
		}
	}
	return false
}
