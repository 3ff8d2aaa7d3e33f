package group

import (
	"context"
	"errors"
	"slices"
	"testing"

	"crosswire"
)

func TestTopicWordsCodec(t *testing.T) {
	for _, tc := range []struct {
		name  string
		words []uint32
	}{
		{"none", nil},
		{"one", []uint32{7}},
		{"extremes", []uint32{0, 1, 1 << 31, 1<<32 - 1}},
		{"spread", []uint32{12, 40_000, 9_000_000, 2_000_000_000, 4_000_000_000}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeTopicWords(EncodeTopicWords(tc.words))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.words) && len(got)+len(tc.words) > 0 {
				t.Errorf("round trip %v, want %v", got, tc.words)
			}
		})
	}
	for _, tc := range []struct {
		name string
		blob []byte
	}{
		{"empty", nil},
		{"count beyond the bytes", []byte{5, 1}},
		{"trailing byte", append(EncodeTopicWords([]uint32{3}), 1)},
		{"past 32 bits", []byte{2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := DecodeTopicWords(tc.blob); !errors.Is(err, ErrBadTopicWords) {
				t.Errorf("got %v, want ErrBadTopicWords", err)
			}
		})
	}
}

// TestGroupWithStoreWords checks that GroupWith with the collection's
// topic-word counts groups the whole collection as Group does, and that a
// word common in the collection, which a part holding it twice would
// weigh as rare, weighs by the collection's count.
func TestGroupWithStoreWords(t *testing.T) {
	ctx := context.Background()
	arts := []crosswire.Article{
		{ID: "a", Title: "Harbour ferry halted", Text: "The Brenvik harbour ferry stopped on Monday after inspectors found cracks in the hull of the old vessel, the operator Lake Lines said. Repairs will cost 2.4 million crowns."},
		{ID: "b", Title: "Ferry out of service", Text: "Inspectors found cracks in the hull, so the Brenvik ferry run by Lake Lines is out of service from Monday; mending the vessel costs 2.4 million crowns."},
		{ID: "c", Title: "Museum reopens", Text: "The Tallo city museum reopened its glass hall on Friday after two years of building work, curator Ines Marr said, with 300 visitors on the first morning."},
	}
	g := New(Options{Background: NoBackground()})
	want, err := g.Group(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	var freq Frequencies
	for i := range arts {
		f, words := NewFingerprintWords(&arts[i])
		freq.Add(f)
		freq.AddWords(words)
		if nf := NewFingerprint(&arts[i]); !slices.Equal(nf.Anchors, f.Anchors) {
			t.Errorf("%s: NewFingerprintWords' anchors differ from NewFingerprint's", arts[i].ID)
		}
		if len(words) == 0 || !slices.IsSorted(words) {
			t.Errorf("%s: topic words %v: want sorted, not empty", arts[i].ID, words)
		}
	}
	got, err := g.GroupWith(ctx, arts, freq)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("GroupWith with the collection's counts: %d stories, Group %d", len(got), len(want))
	}
	for i := range want {
		if got[i].ID != want[i].ID || len(got[i].Articles) != len(want[i].Articles) {
			t.Errorf("story %d: GroupWith %s (%d), Group %s (%d)", i, got[i].ID, len(got[i].Articles), want[i].ID, len(want[i].Articles))
		}
	}
	// the topics of a part weighed by the collection: a word of both
	// ferry reports counts what the collection counts
	_, hull := NewFingerprintWords(&crosswire.Article{ID: "w", Text: "hull"})
	if len(hull) != 1 {
		t.Fatalf("topic words of one word: %v", hull)
	}
	freq.Words[hull[0]] += 40 // the store holds it in 40 more articles
	freq.N += 40
	_, wa := NewFingerprintWords(&arts[0])
	_, wb := NewFingerprintWords(&arts[1])
	tp := newTopicsIn([][]uint32{wa, wb}, nil, nil, 1, &freq)
	if df, n := tp.pooledDF(hull[0]); df != 42 || n != freq.N {
		t.Errorf("collection count of a shared word: df %d of %d, want 42 of %d", df, n, freq.N)
	}
	if own := newTopicsIn([][]uint32{wa, wb}, nil, nil, 1, nil); own.n != 2 {
		t.Errorf("a part's own counts: n %d, want 2", own.n)
	}
}
