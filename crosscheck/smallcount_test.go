package crosscheck

import (
	"strings"
	"testing"

	"crosswire"
)

// TestSmallCountsAndDatedEvents checks two readings of issue 16 on
// fictional text: whole numbers below 100 are stated to the unit ("ten
// years" / "eleven years" disagree, hedged ones keep their range), and a
// date aligns on the event it dates — the same participant noun before
// verbs of one event class — even in sentences sharing little else, while
// the version's other date of something else does not cancel it; a verb
// of running dates an issue on a day ("will run on June 4") and a period
// after "since"/"from"/"until" ("has run since May 1990").
func TestSmallCountsAndDatedEvents(t *testing.T) {
	const lead = "The harbour choir of Ostby gave its farewell concert in the old market hall on Saturday.\n\n"
	tests := []struct {
		name string
		a, b string
		kind crosswire.DiscrepancyKind
		want bool
	}{
		{"ten and eleven years",
			"The singers were together on stage for the first time since they left the choir ten years ago.",
			"Members were reunited for the first time since they quit the choir eleven years ago.",
			crosswire.DiscNumber, true},
		{"ten years told alike",
			"The singers were together on stage for the first time since they left the choir ten years ago.",
			"Members were reunited for the first time since they quit the choir ten years ago.",
			crosswire.DiscNumber, false},
		{"hedged count within its range",
			"The final song lasted about 45 minutes, the conductor said.",
			"The final song lasted 50 minutes, the conductor said.",
			crosswire.DiscNumber, false},
		{"exact small counts differ",
			"The final song lasted 45 minutes, the conductor said.",
			"The final song lasted 50 minutes, the conductor said.",
			crosswire.DiscNumber, true},
		{"round large figures within rounding",
			"The hall raised 500 pounds for the lifeboat crew.",
			"The hall raised 520 pounds for the lifeboat crew.",
			crosswire.DiscNumber, false},
		{"one contract, two end dates, other wording",
			"Her lease expires on August 27. She will then sing three more concerts in November.",
			"Friends say she cannot give interviews until her lease ends in October, the conductor added. In October she will also finish recording an album.",
			crosswire.DiscDate, true},
		{"same noun, unrelated events",
			"Her lease expires on August 27.",
			"Friends say she cannot give interviews until her lease was signed in October, the conductor added.",
			crosswire.DiscDate, false},
		// a verb of running before a point date dates an issue's event
		{"last and final column, two verbs of one class, the writer retiring the next day",
			"In line with her wishes, her last original weekly column will appear on Monday, June 3rd, and her last original Sunday column on June 9. The writer of the column will retire on June 4th.",
			"The final column will run on June 4.",
			crosswire.DiscDate, true},
		{"one version dates the same column both ways",
			"Her final column will appear on June 3rd. The final column will also run on June 4th in the evening edition.",
			"The final column will run on June 4.",
			crosswire.DiscDate, false},
		{"a run over a period dates no issue",
			"Her column has run since May 1990.",
			"The final column will run on June 4.",
			crosswire.DiscDate, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, lead+tc.a, lead+tc.b)
			got := false
			for _, d := range st.Discrepancies {
				if d.Kind == tc.kind {
					got = true
					if d.Kind == crosswire.DiscDate && !strings.Contains(d.Subject, "lease") && !strings.Contains(d.Subject, "column") {
						t.Errorf("subject %q does not name the dated thing", d.Subject)
					}
				}
			}
			if got != tc.want {
				t.Errorf("%s discrepancy = %v, want %v; got %s", tc.kind, got, tc.want, dump(st))
			}
		})
	}
}
