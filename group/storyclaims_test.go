package group

import (
	"context"
	"testing"

	"crosswire"
)

// TestStoryClaims: a story of copies (a wire report, its reprint with
// agency lines, an excerpt of its lead) is asked whether it takes a lone
// undated article that one of its members verified with best. The whole
// text and most versions refusing is the story refusing; the part (the
// excerpt) refusing while the fullest text verifies is not; dated pairs and a
// story without a body are not asked.
// Fictional text.
func TestStoryClaims(t *testing.T) {
	offer := "Corvane Holdings offered 4.20 pounds a share for Miretta Foods on Monday, valuing the Lundgate baker at 612 million pounds. " +
		"Corvane chief executive Ilse Marrow said the offer was final and would lapse on 14 March. " +
		"Miretta chairman Tavish Brenn said the board would consider it and urged shareholders to take no action. " +
		"Miretta shares rose 18 per cent to 4.05 pounds on the Saltmere Exchange."
	ix := NewIndex(IndexOptions{})
	ctx := context.Background()
	for _, a := range []crosswire.Article{
		{ID: "o1", Title: "Corvane bids 612m for Miretta", Text: offer},
		{ID: "o2", Title: "Corvane makes 612m offer for Miretta", Text: "From the newswire desk: " + offer + " Copyright the wire service. All rights reserved."},
		{ID: "o3", Title: "Corvane bids for Miretta", Text: "Corvane Holdings offered 4.20 pounds a share for Miretta Foods on Monday, valuing the Lundgate baker at 612 million pounds. " +
			"Corvane chief executive Ilse Marrow said the offer was final and would lapse on 14 March."},
		{ID: "x", Title: "Harbour ferry timetable changes", Text: "The Pellam harbour ferry will sail every 40 minutes from 3 June, the Tolvey Ferry Company said, after crew shortages cut 12 crossings a week."},
	} {
		if _, err := ix.Add(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	doc := func(id string) uint32 {
		for d := 0; d < ix.n; d++ {
			if ix.docID(uint32(d)) == id {
				return uint32(d)
			}
		}
		t.Fatalf("%s not indexed", id)
		return 0
	}
	o1, o2, o3, x := doc("o1"), doc("o2"), doc("o3"), doc("x")
	if r := ix.find(o1); ix.find(o2) != r || ix.find(o3) != r || !ix.worded[r] || ix.find(x) == r {
		t.Fatal("want o1, o2, o3 one story with a body (shingle edges) and x alone")
	}
	if ix.shingles[o2] <= ix.shingles[o1] || ix.shingles[o1] <= ix.shingles[o3] {
		t.Fatal("want the reprint the fullest text, the excerpt the shortest")
	}
	for _, tc := range []struct {
		name     string
		best     uint32
		verdicts []verdict
		dated    bool
		bodiless bool
		want     bool
	}{
		{"only the excerpt verifies", o3, []verdict{{o3, true}, {o1, false}, {o2, false}}, false, false, false},
		{"only the reprint verifies (the fullest)", o2, []verdict{{o2, true}, {o1, false}, {o3, false}}, false, false, true},
		{"the text verifies, the excerpt refuses, the reprint refuses", o1, []verdict{{o1, true}, {o2, false}, {o3, false}}, false, false, false},
		{"as many verify as refuse", o3, []verdict{{o3, true}, {o1, true}, {o2, false}}, false, false, true},
		{"one witness, the best", o3, []verdict{{o3, true}}, false, false, true},
		{"only the excerpt verifies, both dated", o3, []verdict{{o3, true}, {o1, false}, {o2, false}}, true, false, true},
		{"only the excerpt verifies, a story without a body", o3, []verdict{{o3, true}, {o1, false}, {o2, false}}, false, true, true},
	} {
		ix.verdicts = tc.verdicts
		if tc.dated {
			ix.hours[x], ix.hours[tc.best] = 300000, 300010
		}
		r := ix.find(o1)
		ix.worded[r] = !tc.bodiless
		got := ix.storyClaims(x, tc.best)
		ix.hours[x], ix.hours[tc.best], ix.worded[r] = 0, 0, true
		if got != tc.want {
			t.Errorf("%s: claims %v, want %v", tc.name, got, tc.want)
		}
	}
}
