package crosscheck

import (
	"testing"

	"crosswire"
)

// TestAnchoredFigures checks, on fictional versions of one story, that a
// figure each version sets against the same large figure is compared
// however differently the two sentences are worded, and that no shared
// figure, a sentence of three figures, two days or a small shared figure
// leave the figures apart.
func TestAnchoredFigures(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int // medium number discrepancies
	}{
		{"the same rival figure, the show's differs",
			"The first episode of the new quiz series had an average of 8.2 million viewers on Sunday against Harbour Lights's 5.1 million.",
			"Her quiz show on Channel Nine attracted 8.4 million viewers, well ahead of the 5.1 million who watched Harbour Lights.",
			1},
		{"the same rival figure, another show's rounder figure beside",
			"The first episode of the new quiz series had an average of 8.2 million viewers on Sunday against Harbour Lights's 5.1 million.",
			"Her quiz show on Channel Nine attracted 8.4 million viewers, well ahead of the 5.1 million who watched Harbour Lights. The late film drew 8 million viewers.",
			1},
		{"the same rival figure, the show's stated elsewhere",
			"The first episode of the new quiz series had an average of 8.2 million viewers on Sunday against Harbour Lights's 5.1 million.",
			"Her quiz show on Channel Nine attracted 8.4 million viewers, well ahead of the 5.1 million who watched Harbour Lights. The average was 8.2 million viewers.",
			0},
		{"the same rival figure, the show's agrees",
			"The first episode of the new quiz series had an average of 8.2 million viewers on Sunday against Harbour Lights's 5.1 million.",
			"Her quiz show on Channel Nine attracted 8.2 million viewers, well ahead of the 5.1 million who watched Harbour Lights.",
			0},
		{"no shared figure",
			"The first episode of the new quiz series had an average of 8.2 million viewers on Sunday against Harbour Lights's 5.1 million.",
			"Her quiz show on Channel Nine attracted 8.4 million viewers, well ahead of the 4.6 million who watched Harbour Lights.",
			0},
		{"a third figure in the sentence",
			"The first episode of the new quiz series had an average of 8.2 million viewers on Sunday against Harbour Lights's 5.1 million.",
			"Her quiz show on Channel Nine attracted 8.4 million viewers, well ahead of the 5.1 million who watched Harbour Lights and the 2.3 million who chose the film.",
			0},
		{"two days",
			"The quiz series had 8.2 million viewers on Sunday against Harbour Lights's 5.1 million.",
			"On Monday the quiz show drew 8.4 million viewers, ahead of the 5.1 million who watched Harbour Lights.",
			0},
		{"a house number beside two spans",
			"The painter lived in the flat at 214 Quay Street for 12 years while she worked at the Lorne studio.",
			"She went back to 214 Quay Street, the house where she spent her first 9 years.",
			0},
		{"two sums of money beside one target",
			"The appeal for the Lorne hall has raised 45 million euros of its 50 million euros target.",
			"The Lorne hall is financed by a 38 million euros grant and a 50 million euros loan.",
			0},
		{"a small shared figure",
			"Vessburg won the cup final on Sunday with 14 goals in the season against Lorne's 12.",
			"Vessburg lifted the cup on Sunday after 16 goals in the season, against 12 for Lorne.",
			0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			got := 0
			for _, d := range findDisc(st, crosswire.DiscNumber) {
				if d.Severity != crosswire.SeverityLow {
					got++
				}
			}
			if got != tc.want {
				t.Errorf("high/medium number discrepancies = %d, want %d:%s", got, tc.want, dump(st))
			}
		})
	}
}
