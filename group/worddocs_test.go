package group

import "testing"

// TestBackgroundWordDocs: a common word is counted in the shipped
// background's articles, a made-up form and a capitalised name are not,
// and an empty background knows no word.
func TestBackgroundWordDocs(t *testing.T) {
	bg := DefaultBackground()
	tests := []struct {
		word  string
		known bool
	}{
		{"the", true},
		{"recordings", true},
		{"agrounded", false},
		{"Quellmarsh", false}, // a name is no topic word
		{"2026", false},       // nor a number
		{"two words", false},
	}
	for _, tc := range tests {
		if got := bg.WordDocs(tc.word) > 0; got != tc.known {
			t.Errorf("WordDocs(%q) > 0 = %v, want %v", tc.word, got, tc.known)
		}
	}
	if n := NoBackground().WordDocs("the"); n != 0 {
		t.Errorf("NoBackground().WordDocs(the) = %d, want 0", n)
	}
}
