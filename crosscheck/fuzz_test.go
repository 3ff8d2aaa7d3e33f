package crosscheck

import (
	"strings"
	"testing"

	"crosswire/text"
)

// FuzzWordDiff checks that the word diff gives back both sentences and
// that the sentence range of a span always holds it.
func FuzzWordDiff(f *testing.F) {
	f.Add("Officials said 5,000 people were evacuated.", "Officials have said that 500 people left.", 15)
	f.Add("“Ça va,” dit-il. Puis: rien!", "", 0)
	f.Add("a. b. c", "a b c.", 3)
	f.Fuzz(func(t *testing.T, a, b string, at int) {
		for _, ofRef := range []bool{true, false} {
			var got strings.Builder
			for _, w := range wordDiff(a, b, ofRef) {
				got.WriteString(w.Text)
			}
			want := b
			if ofRef {
				want = a
			}
			if got.String() != want {
				t.Fatalf("wordDiff(ofRef=%v) joins to %q, want %q", ofRef, got.String(), want)
			}
		}
		if len(a) == 0 {
			return
		}
		if at < 0 {
			at = -at
		}
		at %= len(a)
		s, e := sentenceRange(text.Sentences("f", a), at, at+1)
		if s < 0 || e > len(a) || s > e || s > at || at+1 > e {
			t.Fatalf("sentenceRange(%q, %d) = %d, %d", a, at, s, e)
		}
	})
}
