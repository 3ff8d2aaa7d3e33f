package text

import "testing"

// TestNearMiss checks fictional names one letter off and two names.
func TestNearMiss(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"derwent", "derwint", true},     // a vowel mistaken
		{"kellner", "keller", true},      // a letter dropped
		{"varnhagen", "varnhaegn", true}, // two letters swapped, long
		{"derwent", "derwent", false},    // the same word
		{"derwent", "terwent", false},    // another first letter
		{"chan", "chay", false},          // a consonant for a consonant, short
		{"lind", "land", false},          // short names a vowel apart
		{"okeford", "orford", false},     // two names
	} {
		if got := NearMiss(tc.a, tc.b); got != tc.want {
			t.Errorf("NearMiss(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
