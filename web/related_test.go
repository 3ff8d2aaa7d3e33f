package web

import (
	"context"
	"strings"
	"testing"

	"crosswire"
)

// A story's related stories (the same affair on other days) are linked
// from its page as a "same affair" line, each by its title (a bare id
// told the reader nothing); an id that leads to no story any more is left
// out rather than linked to a 404; a story with none shows no line.
func TestStoryPageLinksRelatedStories(t *testing.T) {
	ts := newTestServer(t)
	ctx := context.Background()
	arts := postTwoArticles(t, ts)
	stories := []crosswire.Story{
		{ID: "pier-day-1", Title: "Pier", Articles: arts[:1], Related: []string{"pier-day-2", "pier-gone"}},
		{ID: "pier-day-2", Title: "Pier again", Articles: arts[1:]},
	}
	if err := ts.store.ReplaceStories(ctx, stories); err != nil {
		t.Fatal(err)
	}
	_, page := do(t, "GET", ts.URL+"/stories/pier-day-1", "", "")
	if !strings.Contains(page, "Same affair") || !strings.Contains(page, `href="/stories/pier-day-2"><bdi>Pier again</bdi></a>`) {
		t.Errorf("story page without its same-affair link by title")
	}
	if strings.Contains(page, "pier-gone") {
		t.Errorf("story page links a related id that leads to no story")
	}
	_, page = do(t, "GET", ts.URL+"/stories/pier-day-2", "", "")
	if strings.Contains(page, "Same affair") {
		t.Errorf("a story with no related stories shows a same-affair line")
	}
}

// A story of one version has nothing to compare: its page says so instead
// of "The versions agree on every fact found", which claims an agreement
// no second version made.
func TestOneVersionStoryClaimsNoAgreement(t *testing.T) {
	ts := newTestServer(t)
	arts := postTwoArticles(t, ts)
	if err := ts.store.ReplaceStories(context.Background(), []crosswire.Story{{ID: "ferry", Title: "Ferry sails", Articles: arts[1:]}}); err != nil {
		t.Fatal(err)
	}
	_, page := do(t, "GET", ts.URL+"/stories/ferry", "", "")
	if strings.Contains(page, "versions agree") {
		t.Errorf("a one-version story says its versions agree")
	}
	if !strings.Contains(page, "Only one version so far") {
		t.Errorf("a one-version story does not say it has nothing to compare")
	}
}
