package crosscheck

import (
	"testing"

	"crosswire"
)

// TestCountsOfOneEvent checks that counts of one unit measuring one event
// are paired although their sentences share no word (fictional text):
// each version's only count of the unit, in sentences naming one person
// or sharing words with a third version's, is one slot; a count followed
// by "of" and what it measures ("three minutes of the anthem") is another
// thing and does not make its version's count of the event a second one.
func TestCountsOfOneEvent(t *testing.T) {
	const lead = "The singer Sir Ivo Brandt, 57, returned to the Ostby harbour hall on Friday night.\n\n"
	const a = "Fans paid up to 300 pounds a seat, for Brandt played just 45 minutes. The hall sang along for three minutes of the old harbour anthem."
	tests := []struct {
		name  string
		texts []string
		want  bool
	}{
		{"three versions, one disagrees",
			[]string{a,
				"The crowd heard Sir Ivo lead his trio through old favourites and new songs, and a thumping 50 minutes it made.",
				"After twelve songs and about 45 minutes it was over, and the trio left the stage."},
			true},
		{"three versions, all agree",
			[]string{a,
				"The crowd heard Sir Ivo lead his trio through old favourites and new songs, and a thumping 45 minutes it made.",
				"After twelve songs and about 45 minutes it was over, and the trio left the stage."},
			false},
		{"two versions, nothing in common but the man",
			[]string{a,
				"The crowd heard Sir Ivo lead his trio through old favourites and new songs, and a thumping 50 minutes it made."},
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var texts []string
			for _, x := range tc.texts {
				texts = append(texts, lead+x)
			}
			st := checkTexts(t, texts...)
			got := false
			for _, d := range st.Discrepancies {
				if d.Kind == crosswire.DiscNumber {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("number discrepancy = %v, want %v; got %s", got, tc.want, dump(st))
			}
		})
	}
}
