package crosscheck

import (
	"testing"

	"crosswire"
)

// TestDoneToObject checks that an event done to someone ("dismissed")
// told actively with no object is not the opposite of another
// version's "retired" for its subject — the subject is the doer, and
// who underwent it is not told —, while the same event told of that
// person as its object still is, a pronoun object included (fictional
// text).
func TestDoneToObject(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  bool
	}{
		{
			name: "active with no object",
			texts: []string{
				"After the engine room fire the ferry line's chief engineer Tova Brandt retired in May, the union said.",
				"After the engine room fire the ferry line's chief engineer Tova Brandt dismissed in May, the union said.",
			},
		},
		{
			name: "the person as the object",
			texts: []string{
				"After the engine room fire the ferry line's chief engineer Tova Brandt retired in May, the union said.",
				"After the engine room fire the ferry line's chief engineer Tova Brandt was dismissed in May, the union said.",
			},
			want: true,
		},
		{
			name: "a pronoun object the extractor does not take",
			texts: []string{
				"On Friday the jury convicted her after two days of evidence about the warehouse fire.",
				"On Friday the jury cleared her after two days of evidence about the warehouse fire.",
			},
			want: true,
		},
		{
			name: "a pronoun object of an arrest",
			texts: []string{
				"Police arrested him on Friday after the warehouse fire in Harlow.",
				"Police released him on Friday after the warehouse fire in Harlow.",
			},
			want: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			got := kindCount(st, crosswire.DiscOutcome) > 0
			if got != tc.want {
				t.Errorf("outcome reported: %v, want %v; %s", got, tc.want, dump(st))
			}
		})
	}
}
