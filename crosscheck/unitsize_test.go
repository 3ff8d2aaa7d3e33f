package crosscheck

import (
	"testing"

	"crosswire"
)

// TestUnitsOfOneQuantity checks that one quantity written in two units of
// one dimension is compared after conversion (fictional reports): a
// distance, an area or a speed converted and rounded agrees, another value
// is a number discrepancy.
func TestUnitsOfOneQuantity(t *testing.T) {
	runPairCases(t, []crosswire.DiscrepancyKind{crosswire.DiscNumber}, []pairCase{
		{"miles against another distance in km",
			"The Orvik ferry hit a sandbank about 3 miles from the harbour at Kestrel Point.",
			"The Orvik ferry struck a sandbank 8 km from the harbour at Kestrel Point.",
			true},
		{"miles converted to km",
			"The Orvik ferry hit a sandbank 3 miles from the harbour at Kestrel Point.",
			"The Orvik ferry struck a sandbank 5 km from the harbour at Kestrel Point.",
			false},
		{"hectares converted to acres",
			"The fire at Kestrel Point destroyed 2 hectares of heath on Monday.",
			"The fire at Kestrel Point destroyed 5 acres of heath on Monday.",
			false},
		{"a speed in mph against km/h",
			"The Lindorm train was travelling at 62 mph when it left the tracks near Harwick.",
			"The Lindorm train was travelling at 62 km/h when it left the tracks near Harwick.",
			true},
		{"a speed converted",
			"The Lindorm train was travelling at 62 mph when it left the tracks near Harwick.",
			"The Lindorm train was travelling at 100 km/h when it left the tracks near Harwick.",
			false},
	})
}
