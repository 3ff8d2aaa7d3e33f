package crosscheck

import "testing"

// TestDerivedApartUnknownForm: a word of the other's root that no writer
// uses (absent from the background's word frequencies) is the same word
// mangled, not another thing named; two real words of one root still
// name two things.
func TestDerivedApartUnknownForm(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"stole call records", "stole call recordings", true},
		{"the club's employer", "the club's employee", false}, // not one root by stem
		{"ran aground", "ran agrounded", false},
		{"the wreck was towed", "the wreck was towedly", false},
		{"passenger ferries", "passenger ferry", false}, // a plural
	}
	for _, c := range cases {
		if got := derivedApart(c.a, c.b); got != c.want {
			t.Errorf("derivedApart(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	for _, w := range []string{"records", "recordings", "aground"} {
		if unknownWord(w) {
			t.Errorf("unknownWord(%q) = true, want a known word", w)
		}
	}
	for _, w := range []string{"agrounded", "towedly"} {
		if !unknownWord(w) {
			t.Errorf("unknownWord(%q) = false, want unknown", w)
		}
	}
}
