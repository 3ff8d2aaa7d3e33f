package group

import (
	"slices"
	"strings"
	"testing"
)

// TestWirePagesWithoutFirst groups each meter-showbiz story alone without
// the first pages of its continued takes — a story's files as a user may
// have them, without the new lead's first page — and counts the stories
// that stay one story. A page whose own lower pages are missing joins its
// day's take of the slug (wirePageFallback); before, it was a wire story
// of its own that the slug rule kept apart from the day's story (meter: 4
// of 11 whole; 7 after; what is left splits at sidebars under slugs of
// their own and at pages whose story has no other take).
func TestWirePagesWithoutFirst(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	recs := cleaned(readCorpus(t, "meter-showbiz.jsonl"))
	byStory := map[string][]corpusRecord{}
	var keys []string
	for _, r := range recs {
		if byStory[r.Cluster] == nil {
			keys = append(keys, r.Cluster)
		}
		byStory[r.Cluster] = append(byStory[r.Cluster], r)
	}
	slices.Sort(keys)
	tried, whole := 0, 0
	var split []string
	for _, k := range keys {
		g := byStory[k]
		// a take's key: its slug and version; the takes with a page ≥ 2
		// name the keys whose lower pages are dropped
		type version struct{ slug, version string }
		keyOf := map[string]version{}
		page := map[string]int{}
		continued := map[version]int{}
		for _, r := range g {
			a := r.article()
			if a.Wire == nil {
				continue
			}
			v := version{strings.ToLower(a.Wire.Slug), a.Wire.Version}
			keyOf[r.ID], page[r.ID] = v, a.Wire.Page
			continued[v] = max(continued[v], a.Wire.Page)
		}
		var kept []corpusRecord
		for _, r := range g {
			if v, ok := keyOf[r.ID]; ok && continued[v] >= 2 && page[r.ID] < 2 {
				continue // a first page of a continued take
			}
			kept = append(kept, r)
		}
		if len(kept) == len(g) || len(kept) < 2 {
			continue
		}
		tried++
		st := groupCorpus(t, kept, nil)
		stories := map[string]bool{}
		for _, r := range kept {
			stories[st[r.ID]] = true
		}
		if len(stories) == 1 {
			whole++
		} else {
			split = append(split, k)
		}
	}
	t.Logf("meter stories without their takes' first pages: %d of %d whole alone (split: %s)", whole, tried, strings.Join(split, " "))
	if tried == 0 {
		t.Fatal("no story has a continued take")
	}
	if whole < 7 {
		t.Errorf("%d of %d stories whole without their first pages; want ≥ 7", whole, tried)
	}
}
