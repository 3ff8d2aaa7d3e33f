package bench

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestReprintsScalePieces tells into how many pieces the scale batch
// splits each labelled story of two or more bases (METER's texts of one
// story, CASIE's and mmds's reports of one event): per corpus, the
// stories, those split, and the pieces their bases end in against the
// bases — a story whose every base is a piece of its own is lost to the
// story-level passes, one in two pieces to one merge. Set SCALE=1
// SCALE_PIECES=1 (SCALE_MODE=true/true: without times; SCALE_CACHE as
// TestReprintsScaleAlone).
func TestReprintsScalePieces(t *testing.T) {
	if os.Getenv("SCALE") == "" || os.Getenv("SCALE_PIECES") == "" {
		t.Skip("set SCALE=1 SCALE_PIECES=1 (≈ 20,000 articles, minutes)")
	}
	gen, _, noTimes := scaleGenerated(t, 1)
	storyOf := scaleBatchStories(t, gen, noTimes)
	byLabel := map[string]map[string]string{} // label → base → its story
	for i, r := range gen {
		if strings.Contains(r.ID, "~") {
			continue
		}
		if byLabel[r.Cluster] == nil {
			byLabel[r.Cluster] = map[string]string{}
		}
		byLabel[r.Cluster][r.ID] = storyOf[i]
	}
	type tally struct{ stories, split, whole, bases, pieces, alone int }
	by := map[string]*tally{}
	for l, bs := range byLabel {
		corpus, _, ok := strings.Cut(l, ":")
		if len(bs) < 2 || !ok {
			continue // one base, or a near-duplicate label
		}
		ps := map[string]int{}
		for _, s := range bs {
			ps[s]++
		}
		x := by[corpus]
		if x == nil {
			x = &tally{}
			by[corpus] = x
		}
		x.stories++
		x.bases += len(bs)
		x.pieces += len(ps)
		switch {
		case len(ps) == 1:
			x.whole++
		case len(ps) == len(bs):
			x.alone++
			x.split++
		default:
			x.split++
		}
	}
	corpora := make([]string, 0, len(by))
	for c := range by {
		corpora = append(corpora, c)
	}
	sort.Strings(corpora)
	if len(corpora) == 0 {
		t.Fatal("no labelled story of two or more bases in the scale set")
	}
	var lines []string
	for _, c := range corpora {
		x := by[c]
		// every story is whole or split, and its bases end in at least
		// one piece and at most one piece each
		if x.whole+x.split != x.stories || x.pieces < x.stories || x.pieces > x.bases || x.alone > x.split {
			t.Errorf("%s: inconsistent tally %+v", c, *x)
		}
		lines = append(lines, fmt.Sprintf("%s: %d stories of ≥ 2 bases, %d whole, %d split (%d with every base a piece of its own); %d bases in %d pieces",
			c, x.stories, x.whole, x.split, x.alone, x.bases, x.pieces))
	}
	t.Logf("no-times=%v:\n  %s", noTimes, strings.Join(lines, "\n  "))
}
