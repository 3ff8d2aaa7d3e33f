package crosscheck

import (
	"testing"

	"crosswire"
)

// TestStoryMeasures checks that three or more versions each giving one
// value of a dimension, in sentences sharing a word however differently
// worded, are read as one measure of the story (fictional reports): a
// version disagreeing is a low number discrepancy; two versions alone, a
// span of time, or sentences sharing no word are not.
func TestStoryMeasures(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  bool
	}{
		{"three weights of one cub, one apart", []string{
			"The keepers at Vessport zoo named the 7lb 6oz tiger cub Orla.",
			"The 7lb 2oz cub arrived after its mother had been moved to a quiet pen.",
			"Visitors queued to see the cub Orla, who weighed 7lb 2oz, in the big house of the zoo.",
		}, true},
		{"three weights that agree", []string{
			"The keepers at Vessport zoo named the 7lb 6oz tiger cub Orla on Monday.",
			"Orla, the tiger cub born at Vessport zoo, weighed 7lb 6oz, a keeper said.",
			"A 7lb 6oz cub was shown to visitors at Vessport zoo, where Orla will stay.",
		}, false},
		{"two versions only", []string{
			"The keepers at Vessport zoo named the 7lb 6oz tiger cub Orla on Monday.",
			"A 7lb 2oz cub was shown to visitors at Vessport zoo, where Orla will stay.",
		}, false},
		{"no word in common", []string{
			"Keepers named the 7lb 6oz tiger cub on Monday.",
			"A parcel of 7lb 2oz reached Harwick by rail.",
			"Customs seized 3lb of tea in Kelvara.",
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			got := len(findDisc(st, crosswire.DiscNumber)) > 0
			if got != tc.want {
				t.Errorf("number discrepancy %v, want %v\n%s", got, tc.want, dump(st))
			}
		})
	}
}
