package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSegment checks that any text cuts into paragraphs and sentences that
// are in order, inside the text, on character boundaries, trimmed and
// never empty.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"The dam held. Nobody was hurt.", "A<\n\u0019B.< C", "``x'' <\n<\n", "Mr. X\nY\n\n\n",
		"大坝守住了。没有", "\xff\xfe. A", "< < <", "a.\n \n\t\nB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, rs := range map[string][]Range{"paragraph": Paragraphs(s), "sentence": Splitter{}.Segment(s)} {
			end := 0
			for _, r := range rs {
				if r.Start < end || r.End <= r.Start || r.End > len(s) {
					t.Fatalf("%s %+v out of order or empty (after %d) in %q", name, r, end, s)
				}
				if utf8.ValidString(s) && (!utf8.RuneStart(s[r.Start]) || r.End < len(s) && !utf8.RuneStart(s[r.End])) {
					t.Fatalf("%s %+v cuts a character in %q", name, r, s)
				}
				if strings.TrimSpace(s[r.Start:r.End]) != s[r.Start:r.End] {
					t.Fatalf("%s %q is not trimmed", name, s[r.Start:r.End])
				}
				end = r.End
			}
		}
	})
}
