package facts

import (
	"testing"

	"crosswire"
)

// TestTallies checks that two small whole numbers joined by a dash in a
// sentence about a contest or a vote are one figure in unit Tally, its
// sides as written, and that ranges, seasons and codes stay what they
// are (fictional text).
func TestTallies(t *testing.T) {
	tests := []struct {
		name, text, span string
		unit             string // "" = no number fact at span
		low, high        float64
	}{
		{"final score", "Harwick Town beat Selby Rovers 3-2 at Oak Park on Saturday.", "3-2", Tally, 3, 2},
		{"en dash", "Harwick Town beat Selby Rovers 4–1 on Saturday.", "4–1", Tally, 4, 1},
		{"vote", "The assembly voted 310-276 to approve the port levy.", "310-276", Tally, 310, 276},
		{"ascending after a result word", "Selby Rovers lost 2-3 at Oak Park.", "2-3", Tally, 2, 3},
		{"ascending before a result word", "It was a 19-24 defeat for the Kestrels.", "19-24", Tally, 19, 24},
		{"descending, word far away", "The Kestrels won the cup on Sunday, and the score of 27-20 flattered them.", "27-20", Tally, 27, 20},
		{"an age range is a range", "Most of those aged 18-25 voted for Brandt.", "18-25", "", 18, 25},
		{"descending, no contest", "Section 12-3 of the charter was amended.", "12-3", "", 0, 0},
		{"a fraction is no tally", "The leak came 1-1/2 days before the vote.", "1-1", "", 0, 0},
		{"a season is no tally", "He won the league in the 2004-05 season.", "2004-05", "", 0, 0},
		{"odds before a noun are no tally", "Harwick Town, the 5-2 favourites, beat Selby Rovers.", "5-2", "", 0, 0},
		{"odds of are no tally", "Bookmakers offered odds of 10-1 that the vote would fail.", "10-1", "", 0, 0},
		{"a shot is no tally", "The 20-1 shot won the final at Oak Park.", "20-1", "", 0, 0},
		{"a score after at is a tally", "The score stood at 2-1 when the match was stopped.", "2-1", Tally, 2, 1},
		{"a spaced dash", "Harwick Town beat Selby Rovers 3 - 2 at Oak Park on Saturday.", "3 - 2", Tally, 3, 2},
		{"a spaced en dash, ascending after a result word", "Selby Rovers lost 2 – 3 at Oak Park.", "2 – 3", Tally, 2, 3},
		{"a result line between two teams", "Harwick Town 2-3 Selby Rovers: the visitors came from behind at Oak Park.", "2-3", Tally, 2, 3},
		{"a spaced result line", "Harwick Rovers 1 - 0 Selby Town.", "1 - 0", Tally, 1, 0},
		{"a spaced range stays a range", "Most of those aged 18 - 25 stayed at home.", "18", "", 0, 0},
		{"between a person and a place: no result line", "Tomas Brandt 3-4 Harwick Town.", "3-4", "", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got *crosswire.Fact
			for _, f := range extractText(t, tc.text, nil) {
				if f.Kind == crosswire.KindNumber && f.Span.Text == tc.span {
					got = &f
				}
			}
			switch {
			case tc.unit == "" && got != nil && got.Number.Unit == Tally:
				t.Errorf("%q: tally %s, want none", tc.span, got.Value)
			case tc.unit == "":
			case got == nil:
				t.Errorf("%q: no number fact", tc.span)
			case got.Number.Unit != tc.unit || got.Number.Low != tc.low || got.Number.High != tc.high:
				t.Errorf("%q: unit %q %v-%v, want %q %v-%v", tc.span, got.Number.Unit, got.Number.Low, got.Number.High, tc.unit, tc.low, tc.high)
			}
		})
	}
}
