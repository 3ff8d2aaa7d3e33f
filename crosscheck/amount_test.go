package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestAmountsCompared checks amounts read once by the text layer
// (text.AmountAt) through facts into the cross-check, on fictional
// reports: an amount at its scale and in its currency is compared with
// the same quantity written another way, a different sum in one currency
// is a number discrepancy, and a sum is never compared with a count of
// its figure or with a length.
func TestAmountsCompared(t *testing.T) {
	runPairCases(t, []crosswire.DiscrepancyKind{crosswire.DiscNumber}, []pairCase{
		{"glued against apart, one sum",
			"The Orvik council spent £5m on the new Kestrel Point bridge, officials said.",
			"The Orvik council spent £5 million on the new Kestrel Point bridge, officials said.",
			false},
		{"glued against in full, one sum",
			"The Orvik council spent £5m on the new Kestrel Point bridge, officials said.",
			"The Orvik council spent £5,000,000 on the new Kestrel Point bridge, officials said.",
			false},
		{"two sums in pounds",
			"The Orvik council spent £5m on the new Kestrel Point bridge, officials said.",
			"The Orvik council spent £9m on the new Kestrel Point bridge, officials said.",
			true},
		{"a sum against a count of its figure",
			"The Orvik council spent £5m on the new Kestrel Point bridge, officials said.",
			"The Orvik council hired 5 people for the new Kestrel Point bridge, officials said.",
			false},
		{"a length against a sum",
			"Workers at Kestrel Point built a 5m wall for the Orvik council, officials said.",
			"Workers at Kestrel Point built a £5m wall for the Orvik council, officials said.",
			false},
	})
}

// TestAmountDiscrepancyUnit checks that a discrepancy between two sums in
// pounds names the currency with each value: "5000000 GBP" against
// "9000000 GBP".
func TestAmountDiscrepancyUnit(t *testing.T) {
	st := checkTexts(t,
		"The Orvik council agreed a £5m-a-year deal with the Kestrel Point ferry line, officials said.",
		"The Orvik council agreed a £9m-a-year deal with the Kestrel Point ferry line, officials said.")
	for _, d := range st.Discrepancies {
		if d.Kind != crosswire.DiscNumber {
			continue
		}
		for _, v := range d.Variants {
			if !strings.Contains(v.Value, "GBP") {
				t.Errorf("variant %q lacks the currency:%s", v.Value, dump(st))
			}
		}
		return
	}
	t.Errorf("no number discrepancy:%s", dump(st))
}
