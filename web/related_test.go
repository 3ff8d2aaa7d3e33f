package web

import (
	"context"
	"strings"
	"testing"

	"crosswire"
)

// A story's related stories (the same affair on other days) are linked
// from its page as a "same affair" line; a story with none shows no line.
func TestStoryPageLinksRelatedStories(t *testing.T) {
	ts := newTestServer(t)
	ctx := context.Background()
	arts := postTwoArticles(t, ts)
	stories := []crosswire.Story{
		{ID: "pier-day-1", Title: "Pier", Articles: arts[:1], Related: []string{"pier-day-2"}},
		{ID: "pier-day-2", Title: "Pier again", Articles: arts[1:]},
	}
	if err := ts.store.ReplaceStories(ctx, stories); err != nil {
		t.Fatal(err)
	}
	_, page := do(t, "GET", ts.URL+"/stories/pier-day-1", "", "")
	if !strings.Contains(page, "Same affair") || !strings.Contains(page, `href="/stories/pier-day-2"`) {
		t.Errorf("story page without its same-affair link")
	}
	_, page = do(t, "GET", ts.URL+"/stories/pier-day-2", "", "")
	if strings.Contains(page, "Same affair") {
		t.Errorf("a story with no related stories shows a same-affair line")
	}
}
