package web

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"crosswire/ingest"
	"crosswire/pipeline"
	"crosswire/sqlite"
)

// TestRestartPlacesNewVersionInStoredStory stops a server and starts
// another on the same store: the new one knows the stored stories, and a
// version posted to it joins the story the first server computed (its
// incremental state rebuilt from stored fingerprints), leaving the other
// stories as they were.
func TestRestartPlacesNewVersionInStoredStory(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "restart.db")
	start := func() (*testServer, func()) {
		st, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatalf("open store: %v", err)
		}
		ts := newTestServer(t, func(o *Options) {
			o.Store = st
			p := pipeline.New(quietLog())
			inc, err := pipeline.NewIncremental(p, st)
			if err != nil {
				t.Fatal(err)
			}
			o.Engine, o.Updater, o.Reader = p, inc, &ingest.Reader{Logger: quietLog()}
		})
		ts.store = st
		return ts, func() { ts.hs.Close(); ts.Close(); st.Close() }
	}
	post := func(ts *testServer, body string) postedArticle {
		t.Helper()
		resp, out := do(t, "POST", ts.URL+"/api/articles?wait=1", "application/json", body)
		if resp.StatusCode != 201 {
			t.Fatalf("post: %d %s", resp.StatusCode, out)
		}
		var res ingestResult
		if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Articles) != 1 || res.Articles[0].Story == nil {
			t.Fatalf("post result %s: %v", out, err)
		}
		return res.Articles[0]
	}

	first, stop := start()
	wire := post(first, articleJSON(wireText, "Oremund closes north pier", "Norpress", "2024-05-03T09:00:00Z", ""))
	ferry := post(first, articleJSON("A fictional ferry sailed from Saltmere to Kessel Bay on Monday with 80 passengers, the Saltmere port office said.",
		"Ferry sails", "Tarsk Daily", "2024-06-01T08:00:00Z", ""))
	stop()

	second, stop := start()
	defer stop()
	if sid, ok := second.storyOf(wire.ID); !ok || sid != *wire.Story {
		t.Fatalf("restarted server: story of %s = %q, %v; want %s", wire.ID, sid, ok, *wire.Story)
	}
	rewrite := post(second, articleJSON(rewriteText, "Cracks shut Oremund pier", "Harbour Times", "2024-05-03T12:00:00Z", ""))
	// The story is named after its smallest article ID, so the rewrite
	// may rename it; either way both versions are in one story.
	if sid, ok := second.storyOf(wire.ID); !ok || sid != *rewrite.Story {
		t.Errorf("wire in story %q, rewrite in %s; want one story", sid, *rewrite.Story)
	}
	st, err := second.store.Story(ctx, *rewrite.Story)
	if err != nil {
		t.Fatalf("Story: %v", err)
	}
	if len(st.Articles) != 2 || st.Articles[0].ID != wire.ID || st.Articles[1].ID != rewrite.ID {
		t.Errorf("story %s holds %d versions, want the wire original then the rewrite", st.ID, len(st.Articles))
	}
	if *rewrite.Story != *wire.Story {
		if _, err := second.store.Story(ctx, *wire.Story); err == nil {
			t.Errorf("story %s was merged into %s but is still stored", *wire.Story, *rewrite.Story)
		}
	}
	if other, err := second.store.Story(ctx, *ferry.Story); err != nil || len(other.Articles) != 1 {
		t.Errorf("unrelated story %s after the post: %v, %v; want it untouched", *ferry.Story, other.Articles, err)
	}
}
