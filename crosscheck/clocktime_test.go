package crosscheck

import (
	"testing"

	"crosswire"
)

// TestApproximateTimeOfDay checks, on fictional versions of one story,
// that a time of day told with an approximation ("shortly after 6 a.m.",
// "at around 6 a.m.") is one fact however each version words its verb,
// that "shortly after" is a moment and not a start (a differing time is a
// discrepancy). support is the number of versions of the one 06:00 fact, 0 when
// it is not asked.
func TestApproximateTimeOfDay(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		support int
		nDisc   int
	}{
		{
			name: "one time, two verbs, two approximations",
			texts: []string{
				"The 40-metre crane, operated by Vellmar Docks, fell onto a moored barge shortly after 6 a.m., harbour master Ivo Lent told reporters.",
				"Harbour master Ivo Lent said the 40-metre crane, run by Vellmar Docks, came down on a barge at around 6 a.m.",
			},
			support: 2,
		},
		{
			name: "shortly after is a moment: a later time conflicts",
			texts: []string{
				"The crane at Vellmar Docks fell onto a barge shortly after 6 a.m., harbour master Ivo Lent told reporters.",
				"The crane at Vellmar Docks fell onto a barge at around 7 a.m., harbour master Ivo Lent told reporters.",
			},
			nDisc: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			if ds := findDisc(st, crosswire.DiscNumber); len(ds) != tc.nDisc {
				t.Fatalf("want %d number discrepancies, got %d: %s", tc.nDisc, len(ds), dump(st))
			}
			if tc.support == 0 {
				return
			}
			got := 0
			for _, f := range st.Facts {
				if f.Kind == crosswire.KindNumber && f.Value == "06:00" {
					got = max(got, f.Support)
				}
			}
			if got != tc.support {
				t.Errorf("06:00 stated by %d versions in one fact, want %d", got, tc.support)
			}
		})
	}
}
