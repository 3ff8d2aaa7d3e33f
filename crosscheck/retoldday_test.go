package crosscheck

import (
	"testing"

	"crosswire"
)

// TestFigureOfOneSentenceRetoldWithAnotherDay checks that a figure is
// compared across two versions of one sentence that also name different
// days or months: the versions tell one statement, and a rewrite that
// shifts the day and the figure together has made two drifts, not told two
// facts. Two sentences that differ in more than the time and the figure
// keep the time veto ("rose on Monday", "fell on Friday": two days'
// movements) (fictional text).
func TestFigureOfOneSentenceRetoldWithAnotherDay(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  int // high number discrepancies
	}{
		{
			name: "weekday and amount shifted in one sentence",
			texts: []string{
				"The city council of Velmora on Tuesday awarded a 42 million euro contract to rebuild the harbour bridge, the mayor said.",
				"The city council of Velmora on Thursday awarded a 24 million euro contract to rebuild the harbour bridge, the mayor said.",
			},
			want: 1,
		},
		{
			name: "month and count shifted in one sentence",
			texts: []string{
				"Inspectors closed 14 stations on the northern line in March after finding cracked rails, the operator said.",
				"Inspectors closed 41 stations on the northern line in May after finding cracked rails, the operator said.",
			},
			want: 1,
		},
		{
			name: "two days, two statements",
			texts: []string{
				"The council of Velmora awarded a 42 million euro contract for the harbour bridge on Tuesday, the mayor said.",
				"On Thursday a second firm won a 24 million euro deal to repair the ferry pier, officials told the council.",
			},
			want: 0,
		},
		{
			name: "one sentence, one day: agreement",
			texts: []string{
				"The city council of Velmora on Tuesday awarded a 42 million euro contract to rebuild the harbour bridge, the mayor said.",
				"The city council of Velmora on Thursday awarded a 42 million euro contract to rebuild the harbour bridge, the mayor said.",
			},
			want: 0,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			if got := numberDiscs(st, crosswire.SeverityHigh); got != tc.want {
				t.Errorf("high number discrepancies = %d, want %d; got:%s", got, tc.want, dump(st))
			}
		})
	}
}
