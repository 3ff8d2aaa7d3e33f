package pipeline

import (
	"slices"
	"testing"

	"crosswire"
)

func TestDuplicates(t *testing.T) {
	art := func(src, hash string) crosswire.Article { return crosswire.Article{Source: src, Hash: hash} }
	tests := []struct {
		name string
		in   []crosswire.Article
		kept []string
		dups []crosswire.Duplicate
	}{
		{"none", []crosswire.Article{art("a.txt", "h1"), art("b.txt", "h2")}, []string{"a.txt", "b.txt"}, nil},
		{"a copy under another name", []crosswire.Article{art("a.txt", "h1"), art("b.txt", "h2"), art("c.txt", "h1")},
			[]string{"a.txt", "b.txt"}, []crosswire.Duplicate{{Source: "c.txt", SameAs: "a.txt"}}},
		{"the same source twice counts once", []crosswire.Article{art("a.txt", "h1"), art("a.txt", "h1")}, []string{"a.txt"}, nil},
		{"a duplicate given twice is listed once", []crosswire.Article{art("a.txt", "h1"), art("c.txt", "h1"), art("c.txt", "h1")},
			[]string{"a.txt"}, []crosswire.Duplicate{{Source: "c.txt", SameAs: "a.txt"}}},
		{"three of one content", []crosswire.Article{art("a.txt", "h1"), art("b.txt", "h1"), art("c.txt", "h1")},
			[]string{"a.txt"}, []crosswire.Duplicate{{Source: "b.txt", SameAs: "a.txt"}, {Source: "c.txt", SameAs: "a.txt"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			kept, dups := Duplicates(tc.in)
			var ks []string
			for _, a := range kept {
				ks = append(ks, a.Source)
			}
			if !slices.Equal(ks, tc.kept) || !slices.Equal(dups, tc.dups) {
				t.Errorf("kept %v dups %v, want %v %v", ks, dups, tc.kept, tc.dups)
			}
			if got := Dedupe(tc.in); len(got) != len(kept) {
				t.Errorf("Dedupe kept %d, Duplicates %d", len(got), len(kept))
			}
		})
	}
}
