package group

import (
	"context"
	"math"
	"testing"

	"crosswire"
)

// TestInPlace measures how much of two docs' shared topic words stands at
// the same place: a translation keeps its sentences where they were, a
// story of the same affair tells the same words in its own order.
func TestInPlace(t *testing.T) {
	words := [][]uint32{{1, 2, 3, 4, 5}, {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5}, {1, 2, 3, 4, 6}}
	// the places of the words that weigh (6, in one doc, does not)
	pos := [][]uint8{
		{0, 50, 100, 150, 200}, // the text
		{10, 60, 90, 160, 210}, // its translation: every word within a tenth
		{200, 150, 100, 50, 0}, // the same words told the other way round
		{0, 50, 100, 240},      // one shared word of four moved to the end
	}
	// words 1–5 in three or four of 100 docs: each weighs something
	all := make([][]uint32, 100)
	copy(all, words)
	tp := newTopics(all, make([]*crosswire.Article, 100), nil)
	copy(tp.pos, pos) // given, not computed from articles
	if len(tp.words[3]) != len(pos[3]) {
		t.Fatalf("doc 3 keeps %v", tp.words[3])
	}
	for _, tc := range []struct {
		name string
		a, b uint32
		want float64
	}{
		{"translation in place", 0, 1, 1},
		{"reordered", 0, 2, (tp.weight(3)) / (tp.weight(1) + tp.weight(2) + tp.weight(3) + tp.weight(4) + tp.weight(5))},
		{"one word moved", 0, 3, (tp.weight(1) + tp.weight(2) + tp.weight(3)) / (tp.weight(1) + tp.weight(2) + tp.weight(3) + tp.weight(4))},
		{"no shared word", 0, 10, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tp.inPlace(tc.a, tc.b); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("inPlace = %.4f, want %.4f", got, tc.want)
			}
		})
	}
}

// TestPlaces gives each topic word its first place among the tokens, in
// 256ths of the text; names and numbers are not topic words.
func TestPlaces(t *testing.T) {
	var s scratch
	toks := s.tokenize("the harbour closed; Brightwater said 312 ferries waited while the harbour stayed closed")
	words, _ := topicWords(toks, nil)
	var pt placeTable
	pt.places(toks, []uint32{1, 2, 3}) // a table used before gives the same places
	pos := pt.places(toks, words)
	if len(pos) != len(words) {
		t.Fatalf("%d places for %d words", len(pos), len(words))
	}
	place := func(tok int) (uint8, bool) {
		for k, h := range words {
			if h == uint32(toks[tok].hash) {
				return pos[k], true
			}
		}
		return 0, false
	}
	n := len(toks)
	for _, tc := range []struct {
		name       string
		token      int // the token asked about
		firstToken int // where its word first stands
	}{
		{"first word", 0, 0},
		{"harbour", 1, 1},
		{"closed", 2, 2},
		{"waited", 7, 7},
		{"the again: its first place", 9, 0},
		{"harbour again: its first place", 10, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := place(tc.token)
			if !ok {
				t.Fatalf("token %d is not a topic word", tc.token)
			}
			if want := uint8(tc.firstToken * 256 / n); got != want {
				t.Errorf("place = %d, want %d (token %d of %d)", got, want, tc.firstToken, n)
			}
		})
	}
	for tok, what := range map[int]string{3: "the name Brightwater", 5: "the number 312"} {
		if _, ok := place(tok); ok {
			t.Errorf("%s is a topic word", what)
		}
	}
}

// TestUncoveredRare: for a pair with an article in a language the
// background does not cover, an anchor is rare by the collection's own
// count alone — the background never having seen a Catalan country name
// says nothing of how rare it is.
func TestUncoveredRare(t *testing.T) {
	A := []uint32{10, 20, 30, 40}
	B := []uint32{10, 20, 30, 50}
	for _, tc := range []struct {
		name     string
		covered  []bool
		n        int
		own      map[uint32]int32
		rare     int
		wantRare int
	}{
		{"both covered: unchanged", []bool{true, true}, 150, map[uint32]int32{10: 2, 20: 2, 30: 9}, 3, 3},
		{"one uncovered: own counts", []bool{true, false}, 150, map[uint32]int32{10: 2, 20: 3, 30: 9}, 3, 2},
		{"one uncovered, small collection: none", []bool{false, true}, 20, map[uint32]int32{10: 2, 20: 2, 30: 2}, 3, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := NewIndex(IndexOptions{Background: NoBackground()})
			ix.freeze(Frequencies{DF: tc.own, N: tc.n})
			ix.topics = &topics{covered: tc.covered}
			ps := pairScore{shared: 3, rare: tc.rare}
			ix.uncoveredRare(0, 1, A, B, &ps)
			if ps.rare != tc.wantRare {
				t.Errorf("rare = %d, want %d", ps.rare, tc.wantRare)
			}
		})
	}
}

// TestParallelReal checks the parallel-text signal on real text: an
// article of bbc-mt-catalan and its machine round trip through Catalan
// are parallel (topic cosine ≥ TopicCosine, ≥ ParallelInPlace of their
// shared words in place), and no two BBC articles of different stories
// sharing MinSharedAnchors anchors are (outside its known near-
// duplicates; the follow-ups of one affair with the most words in place
// reach 0.87).
func TestParallelReal(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	parallel := func(recs []corpusRecord) (*topics, []*Fingerprint) {
		arts := make([]crosswire.Article, len(recs))
		for i, r := range recs {
			arts[i] = r.article()
		}
		g := New(Options{Workers: 1})
		words := newTopicInput(len(arts))
		fps, err := g.fingerprints(context.Background(), arts, words)
		if err != nil {
			t.Fatal(err)
		}
		ptr := make([]*crosswire.Article, len(arts))
		for i := range arts {
			ptr[i] = &arts[i]
		}
		return newTopics(words.words, ptr, DefaultBackground()), fps
	}
	isParallel := func(tp *topics, a, b int) bool {
		return tp.cosine(uint32(a), uint32(b)) >= TopicCosine && tp.inPlace(uint32(a), uint32(b)) >= ParallelInPlace
	}
	t.Run("bbc-mt-catalan round trips", func(t *testing.T) {
		recs := readCorpus(t, "bbc-mt-catalan.jsonl")
		tp, _ := parallel(recs)
		at := map[string]int{}
		for i, r := range recs {
			at[r.ID] = i
		}
		pairs, hits := 0, 0
		for _, r := range recs {
			j, ok := at[r.ID+"-ca-en"]
			if !ok {
				continue
			}
			pairs++
			if isParallel(tp, at[r.ID], j) {
				hits++
			}
		}
		t.Logf("%d of %d originals parallel to their round trip", hits, pairs)
		if pairs == 0 || float64(hits) < 0.95*float64(pairs) {
			t.Errorf("%d of %d originals parallel to their round trip; want ≥ 95 %%", hits, pairs)
		}
	})
	t.Run("bbc-2225 different stories", func(t *testing.T) {
		recs := readCorpus(t, "bbc-news-2225.jsonl")
		tp, fps := parallel(recs)
		near := nearDuplicates(t)
		var found []string
		for i := range recs {
			for j := i + 1; j < len(recs); j++ {
				if !isParallel(tp, i, j) || near[[2]string{min(recs[i].ID, recs[j].ID), max(recs[i].ID, recs[j].ID)}] {
					continue
				}
				shared := 0
				forShared(fps[i].Anchors, fps[j].Anchors, func(int, int) bool { shared++; return true })
				if shared >= MinSharedAnchors {
					found = append(found, recs[i].ID+"+"+recs[j].ID)
				}
			}
		}
		if len(found) > 0 {
			t.Errorf("%d pairs of different BBC stories are parallel: %v", len(found), found[:min(len(found), 10)])
		}
	})
}
