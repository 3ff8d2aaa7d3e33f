package text

import (
	"slices"
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

// FuzzLastWords: LastWords is the end of Words for any text and limit.
func FuzzLastWords(f *testing.F) {
	for _, s := range []string{"3 - 2 - 1", "Zoë’s café", "\xff\xfe a", "a\xe2\x82b", "\xf0\xe2\x82\xac x", ""} {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		limit = limit % 8
		got := LastWords(s, limit)
		ref := Words(s)
		want := ref[len(ref)-min(len(ref), max(limit, 0)):]
		if !slices.Equal(got, want) {
			t.Fatalf("LastWords(%q, %d) = %q, want %q", s, limit, got, want)
		}
	})
}

// FuzzAmountAt checks that an amount read at any place of any text lies
// inside the text around the figure it was read at, holds its figure,
// and is a value no smaller at its upper end.
func FuzzAmountAt(f *testing.F) {
	for _, s := range []string{"£5m-a-year", "US$3 million", "£3m-£4m", "€1,5 Mio", "a 5m wall", "#500,000",
		"RM1.2bn", "5 million Hong Kong dollars", "3500亿", "£3-2", "$-", "£5m–", "5 \xff", "GBP 5m"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i >= len(s) {
			return
		}
		a, ok := AmountAt(s, i)
		if !ok {
			return
		}
		if a.Start < 0 || a.Start > i || a.End <= i || a.End > len(s) {
			t.Fatalf("amount %+v read at %d outside [0, %d] or not around it in %q", a, i, len(s), s)
		}
		if !strings.Contains(s[a.Start:a.End], a.Figure) || a.Figure == "" {
			t.Fatalf("span %q lacks the figure %q", s[a.Start:a.End], a.Figure)
		}
		if a.ToValue() < a.Value() || a.Value() < 0 {
			t.Fatalf("amount %+v: values %g–%g", a, a.Value(), a.ToValue())
		}
	})
}
