package crosscheck

import (
	"testing"

	"crosswire"
)

// TestDoneToObject checks that an event done to someone ("dismissed")
// told actively with no object is not the opposite of another
// version's "retired" for its subject — the subject is the doer, and
// who underwent it is not told —, while the same event told of that
// person as its object still is (fictional text).
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
