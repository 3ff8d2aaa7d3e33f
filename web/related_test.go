package web

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"crosswire"
)

// A story's related stories (the same affair on other days) are linked
// from its page as a "same affair" line; a story with none shows no line.
func TestStoryPageLinksRelatedStories(t *testing.T) {
	ts := newTestServer(t)
	ctx := context.Background()
	var arts []crosswire.Article
	for _, body := range []string{
		articleJSON(wireText, "Oremund closes north pier", "Norpress", "2024-05-03T09:00:00Z", ""),
		articleJSON("A fictional ferry sailed from Saltmere to Kessel Bay on Monday with 80 passengers, the Saltmere port office said.", "Ferry sails", "Tarsk Daily", "2024-06-01T08:00:00Z", ""),
	} {
		_, out := do(t, "POST", ts.URL+"/api/articles?wait=1", "application/json", body)
		var res ingestResult
		if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Articles) != 1 {
			t.Fatalf("post: %s", out)
		}
		a, err := ts.store.Article(ctx, res.Articles[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
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
