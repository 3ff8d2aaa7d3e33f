package group

import (
	"testing"

	"crosswire"
)

// TestShortParallel: two renderings of one sentence that share two of
// their names, every shared word in its place, are one text in other
// words; a sentence naming the same two in other words is not.
func TestShortParallel(t *testing.T) {
	const (
		line        = "The mayor's sculptor daughter Ilsabet was among the guests at the Corvenna Hall last night."
		translation = "The mayor's daughter sculptor Ilsabet was between the guests in the Corvenna room last night."
		other       = "Ilsabet opened a sculpture market in Corvenna on Friday, with a speech about the ferries."
	)
	for _, tc := range []struct {
		name     string
		a, b     string
		parallel bool
	}{
		{"one sentence translated", line, translation, true},
		{"the same names, another sentence", line, other, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosswire.Article{{ID: "a", Text: tc.a}, {ID: "b", Text: tc.b}}
			ix, roots := partitionIndex(t, arts, resolveBackground(nil))
			ok, ps := ix.verify(0, 1)
			if ps.shared >= MinSharedAnchors {
				t.Fatalf("%d anchors shared: not the short case", ps.shared)
			}
			if got := ok && ps.parallel; got != tc.parallel {
				t.Errorf("parallel %v (shared %d, cosine %.2f, topic %.2f), want %v", got, ps.shared, ps.cosine, ps.topic, tc.parallel)
			}
			if (roots[0] == roots[1]) != tc.parallel {
				t.Errorf("one story %v, want %v", roots[0] == roots[1], tc.parallel)
			}
		})
	}
}
