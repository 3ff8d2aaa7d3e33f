package crosscheck

import (
	"testing"

	"crosswire"
)

// TestDatedEventInflected checks, on fictional versions of one story, that
// two dates of one event — the same subject noun before the same event
// verb, inflected ("had been inspected", "was last inspected") — are one
// slot, so two months are a date discrepancy; and that the same verb of
// two different subjects dates two events.
func TestDatedEventInflected(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		nDisc int
	}{
		{
			name: "one inspection dated two ways",
			texts: []string{
				"A container crane collapsed at the port of Vellmar on Tuesday. Orvik Docks said it had suspended crane work. The crane had been inspected in August 2026, the company said.",
				"A container crane toppled at Vellmar port on Tuesday. Orvik Docks has halted crane work. It said the crane was last inspected in June 2026.",
			},
			nDisc: 1,
		},
		{
			name: "one inspection dated alike",
			texts: []string{
				"A container crane collapsed at the port of Vellmar on Tuesday. The crane had been inspected in August 2026, the company said.",
				"A container crane toppled at Vellmar port on Tuesday. It said the crane was last inspected in August 2026.",
			},
		},
		{
			name: "two subjects inspected: two events",
			texts: []string{
				"A container crane collapsed at the port of Vellmar on Tuesday. The crane had been inspected in August 2026, the company said.",
				"A container crane toppled at Vellmar port on Tuesday. It said the barge was inspected in June 2026.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			if ds := findDisc(st, crosswire.DiscDate); len(ds) != tc.nDisc {
				t.Fatalf("want %d date discrepancies, got %d: %s", tc.nDisc, len(ds), dump(st))
			}
		})
	}
}
