package group

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestStreamStoriesAnyOrder: numbered articles arrive one at a time with
// the edges insert would find for them (shingle edges to copies, the best
// anchor match), in two orders. A story's membership is the batch's
// answer — bodies first, then anchor joins unless two bodies would be
// bridged — whether a reprinted article arrives before its copies (the
// stream's usual order, where it is alone when its match is asked) or
// after them.
func TestStreamStoriesAnyOrder(t *testing.T) {
	// an arrival: its ID, the earlier articles it shares wording with,
	// its best anchor match ("" for none) and whether it is dated
	type arrival struct {
		id     string
		copies []string
		match  string
		dated  bool
	}
	tests := []struct {
		name   string
		orders [][]arrival
		want   string // stories, members joined by "+", sorted
	}{
		{
			name: "a follow-up matched by anchors, then its copy: apart",
			orders: [][]arrival{
				{{id: "1a"}, {id: "1b", copies: []string{"1a"}}, {id: "2a", match: "1a"}, {id: "2b", copies: []string{"2a"}}},
				{{id: "1a"}, {id: "1b", copies: []string{"1a"}}, {id: "2b"}, {id: "2a", copies: []string{"2b"}, match: "1a"}},
			},
			want: "1a+1b 2a+2b",
		},
		{
			name: "a version matched by anchors with no copy of its own: joined",
			orders: [][]arrival{
				{{id: "1a"}, {id: "1b", copies: []string{"1a"}}, {id: "1t", match: "1a"}},
				{{id: "1t"}, {id: "1a", match: "1t"}, {id: "1b", copies: []string{"1a"}}},
			},
			want: "1a+1b+1t",
		},
		{
			name: "three follow-ups chained by anchors, each reprinted: three stories",
			orders: [][]arrival{
				{{id: "1a"}, {id: "1b", copies: []string{"1a"}}, {id: "2a", match: "1a"}, {id: "2b", copies: []string{"2a"}},
					{id: "3a", match: "2b"}, {id: "3b", copies: []string{"3a"}}},
				{{id: "3a"}, {id: "2a", match: "3a"}, {id: "1a", match: "2a"}, {id: "1b", copies: []string{"1a"}},
					{id: "2b", copies: []string{"2a"}}, {id: "3b", copies: []string{"3a"}}},
			},
			want: "1a+1b 2a+2b 3a+3b",
		},
		{
			name: "a lone version between two reprinted stories stays with its match",
			orders: [][]arrival{
				{{id: "1a"}, {id: "1b", copies: []string{"1a"}}, {id: "2a", match: "1a"}, {id: "1t", match: "1b"}, {id: "2b", copies: []string{"2a"}}},
			},
			want: "1a+1b+1t 2a+2b",
		},
		{
			name: "a copy that shares wording with both: one story by wording",
			orders: [][]arrival{
				{{id: "1a"}, {id: "1b", copies: []string{"1a"}}, {id: "2a", match: "1a"}, {id: "2b", copies: []string{"2a", "1b"}}},
			},
			want: "1a+1b+2a+2b",
		},
		{
			name: "dated: time is the second signal, the join stays",
			orders: [][]arrival{
				{{id: "1a", dated: true}, {id: "1b", copies: []string{"1a"}, dated: true}, {id: "2a", match: "1a", dated: true}, {id: "2b", copies: []string{"2a"}, dated: true}},
			},
			want: "1a+1b+2a+2b",
		},
	}
	for _, tc := range tests {
		for k, order := range tc.orders {
			ix := NewIndex(IndexOptions{})
			doc := map[string]uint32{}
			for _, a := range order {
				f := &Fingerprint{ID: a.id}
				if a.dated {
					f.Published = time.Date(2031, 4, 2, 9, 0, 0, 0, time.UTC)
				}
				d, _ := ix.addDoc(f, nil)
				ix.streamAdd(d)
				doc[a.id] = d
				for _, c := range a.copies {
					ix.rebody(d, doc[c])
				}
				if a.match != "" {
					ix.joinArrival(d, doc[a.match], 0.5)
				}
			}
			got := map[uint32][]string{}
			for id, d := range doc {
				got[ix.find(d)] = append(got[ix.find(d)], id)
			}
			var stories []string
			for _, m := range got {
				slices.Sort(m)
				stories = append(stories, strings.Join(m, "+"))
			}
			slices.Sort(stories)
			if s := strings.Join(stories, " "); s != tc.want {
				t.Errorf("%s, order %d: stories %q, want %q", tc.name, k, s, tc.want)
			}
			for r, m := range got {
				if ix.docID(ix.minDoc[r]) != slices.Min(m) {
					t.Errorf("%s, order %d: story of %v named after %s", tc.name, k, m, ix.docID(ix.minDoc[r]))
				}
			}
			var ring []string
			for r := range got {
				for m := ix.stream.ring[r]; ; m = ix.stream.ring[m] {
					ring = append(ring, ix.docID(m))
					if m == r {
						break
					}
				}
				if want := got[r]; !reflect.DeepEqual(slices.Sorted(slices.Values(ring)), want) {
					t.Errorf("%s, order %d: ring %v, want the story %v", tc.name, k, ring, want)
				}
				ring = ring[:0]
			}
		}
	}
}
