package crosscheck

import (
	"testing"

	"crosswire"
)

// TestAmountOfOneThing checks, on fictional versions of one story, that two
// amounts in one currency valuing the same thing — the noun the amount
// measures, read from the words before it ("damage estimated at £5m", "put
// the damage at £5 million") — are one fact when their values agree and a
// number conflict when they do not, and that the fact is shown as the
// amount, not as the words that label it.
func TestAmountOfOneThing(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		conflict bool
		subject  string   // the conflict's heading
		shown    []string // the fact's text in each version when one fact; nil: no fact in both
	}{
		{"valued by a verb and by put-at, one sum",
			"A fire at the Brannock mill on Monday caused damage estimated at £5m, the county said.",
			"The county put the damage at £5 million after the Brannock mill fire on Monday.",
			false, "", []string{"£5m", "£5 million"}},
		{"two sums for the damage",
			"A fire at the Brannock mill on Monday caused damage estimated at £5m, the county said.",
			"The county put the damage at £8 million after the Brannock mill fire on Monday.",
			true, "amount of the damage", nil},
		{"one sum, little else shared",
			"Insurers put the damage at £5m.",
			"The blaze at the Brannock mill on Monday caused damage estimated at £5 million, fire officers said.",
			false, "", []string{"£5m", "£5 million"}},
		{"the same sum of two things",
			"The county put the damage at £5m after the Brannock mill fire on Monday.",
			"The county set the fine at £5m after the Brannock mill fire on Monday.",
			false, "", nil},
		{"a fine before its noun and a fine set at",
			"The regulator gave the Pellam bank a £5m fine on Friday over the Ostery accounts.",
			"The regulator set the fine at £5 million for the Pellam bank over the Ostery accounts.",
			false, "", []string{"£5m", "£5 million"}},
		{"a valued deal, rounding",
			"Analysts valued the deal at $3.2bn when Pellam Foods bid for the Ostery dairy on Friday.",
			"The deal was valued at $3.2 billion when Pellam Foods bid for the Ostery dairy on Friday.",
			false, "", []string{"$3.2bn", "$3.2 billion"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.a, tc.b)
			ds := findDisc(st, crosswire.DiscNumber)
			if got := len(ds) > 0; got != tc.conflict {
				t.Fatalf("number conflict = %v, want %v:%s", got, tc.conflict, dump(st))
			}
			if tc.conflict {
				if ds[0].Subject != tc.subject {
					t.Errorf("conflict subject %q, want %q", ds[0].Subject, tc.subject)
				}
				return
			}
			var one *crosswire.StoryFact
			for i := range st.Facts {
				f := &st.Facts[i]
				if f.Kind == crosswire.KindNumber && f.Support == 2 {
					one = f
				}
			}
			if tc.shown == nil {
				if one != nil {
					t.Errorf("one number fact %q in both versions, want two:%s", one.Value, dump(st))
				}
				return
			}
			if one == nil {
				t.Fatalf("no number fact in both versions:%s", dump(st))
			}
			if one.Status != crosswire.StatusCorroborated {
				t.Errorf("status %s, want corroborated:%s", one.Status, dump(st))
			}
			for _, src := range one.Sources {
				found := false
				for _, w := range tc.shown {
					found = found || src.Text == w
				}
				if !found {
					t.Errorf("source text %q, want one of %q", src.Text, tc.shown)
				}
			}
		})
	}
}
