package group

import "testing"

func TestJoinCores(t *testing.T) {
	// two stories of two members each (roots 0 and 2) and lone articles;
	// anchors are small numbers standing for fingerprints
	anchors := [][]uint32{
		{1, 2, 3, 4, 10},      // 0: story A
		{1, 2, 3, 5, 11},      // 1: story A
		{20, 21, 22, 23},      // 2: story B
		{20, 21, 22, 24},      // 3: story B
		{1, 2, 3},             // 4: the core of A
		{10, 11, 30},          // 5: one detail of each member of A, nothing of its core
		{1, 2, 3, 20, 21, 22}, // 6: all of A's core, and more of B's
		{40, 41, 42},          // 7: unrelated
	}
	roots := []uint32{0, 0, 2, 2, 4, 5, 6, 7}
	fps := make([]*Fingerprint, len(anchors))
	df := map[uint32]int32{}
	for i, a := range anchors {
		fps[i] = &Fingerprint{ID: string(rune('a' + i)), Anchors: a}
		for _, x := range a {
			df[x]++
		}
	}
	ix := NewIndex(IndexOptions{AnchorCosine: 0.3})
	ix.freeze(Frequencies{DF: df, N: len(fps)})
	got := joinCores(ix, fps, roots, make([]bool, len(fps)), 2)
	tests := []struct {
		name    string
		article int
		want    uint32
	}{
		{"members keep their story", 1, 0},
		{"other story keeps its root", 3, 2},
		{"lone article matching a core joins", 4, 0},
		{"details of single members are not a core", 5, 5},
		{"article matching two cores joins the better one only", 6, 2},
		{"unrelated article stays alone", 7, 7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got[tc.article] != tc.want {
				t.Errorf("article %d joins %d, want %d (all: %v)", tc.article, got[tc.article], tc.want, got)
			}
		})
	}
}

func TestCrossScriptCores(t *testing.T) {
	// scripts: bit 1 a non-CJK member, bit 2 a CJK one
	tests := []struct {
		name         string
		sa, sb       uint8
		contA, contB float64
		want         bool
	}{
		{"CJK story contained in a Latin one", 2, 1, 0.8, 0.1, true},
		{"the same, the other way round", 1, 2, 0.1, 0.8, true},
		{"CJK story contained in a mixed one", 2, 3, 0.6, 0.05, true},
		{"CJK story mostly outside", 2, 1, 0.4, 0.3, false},
		{"Latin story contained in a CJK one: a Latin core is judged both ways", 1, 2, 0.9, 0.2, false},
		{"mixed and Latin: both ways", 3, 1, 0.9, 0.2, false},
		{"mixed and Latin, each holding half of the other", 3, 1, 0.5, 0.6, true},
	}
	for _, tc := range tests {
		if got := crossScriptCores(tc.sa, tc.sb, tc.contA, tc.contB); got != tc.want {
			t.Errorf("%s: crossScriptCores(%d, %d, %.2f, %.2f) = %v, want %v", tc.name, tc.sa, tc.sb, tc.contA, tc.contB, got, tc.want)
		}
	}
}

func TestCoreCandidateCap(t *testing.T) {
	tests := []struct{ stories, want int }{
		{0, maxCoreStories},
		{1000, maxCoreStories},
		{int(maxCoreStories / commonFraction), maxCoreStories},
		{4000, 200},
	}
	for _, tc := range tests {
		if got := coreCandidateCap(tc.stories); got != tc.want {
			t.Errorf("coreCandidateCap(%d) = %d, want %d", tc.stories, got, tc.want)
		}
	}
}
