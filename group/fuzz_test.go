package group

import (
	"context"
	"testing"
	"unicode/utf8"

	"crosswire"
)

// FuzzFingerprint feeds arbitrary text to fingerprinting and grouping:
// no panic, no hang, signatures round-trip, a text is its own copy.
func FuzzFingerprint(f *testing.F) {
	for _, s := range []string{ferryWire, "", "A", "5,000.000,1", "“quoted words here now”", "9月22日 SMART", "Ünïcödé Ñame's ’s", "١٢٣ ٤٥٦", "\"\"\"", "ALL CAPS TEXT HERE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := crosswire.Article{ID: "a", Text: text}
		fp := NewFingerprint(&a)
		b, _ := fp.Signature.MarshalBinary()
		var s Signature
		if err := s.UnmarshalBinary(b); err != nil || s != fp.Signature {
			t.Fatalf("round trip: %v", err)
		}
		c := a
		c.ID = "b"
		stories, err := New(Options{}).Group(context.Background(), []crosswire.Article{a, c})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, st := range stories {
			n += len(st.Articles)
		}
		if n != 2 {
			t.Fatalf("%d articles in stories, want 2", n)
		}
		if fp.Signature.Shingles > 0 && len(stories) != 1 {
			t.Errorf("identical texts in %d stories", len(stories))
		}
	})
}
