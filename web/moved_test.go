package web

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// TestStoryIDsKeepWorking: an ID shown before keeps leading somewhere
// after the stories change — a merged or renamed story redirects (308
// with Location, API and UI, report path and query kept), a split one
// answers 300 with the stories it became, an ID never stored is 404.
func TestStoryIDsKeepWorking(t *testing.T) {
	ts := newTestServer(t)
	ctx := context.Background()
	arts := postTwoArticles(t, ts)
	// Stories "old-a" and "old-b" are merged into "merged", which then
	// splits into "part-1" and "part-2"; "renamed" replaced "merged-2".
	steps := []struct {
		changed []crosswire.Story
		removed []string
	}{
		{[]crosswire.Story{{ID: "old-a", Title: "Pier", Articles: arts[:1]}, {ID: "old-b", Title: "Ferry", Articles: arts[1:]}}, nil},
		{[]crosswire.Story{{ID: "merged", Title: "Pier and ferry", Articles: arts}}, []string{"old-a", "old-b"}},
		{[]crosswire.Story{{ID: "part-1", Title: "Pier", Articles: arts[:1]}, {ID: "part-2", Title: "Ferry", Articles: arts[1:]}}, []string{"merged"}},
	}
	for i, st := range steps {
		var err error
		if i == 0 {
			err = ts.store.ReplaceStories(ctx, st.changed) // in place of the analysis's stories
		} else {
			err = ts.store.PutStories(ctx, st.changed, st.removed)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tests := []struct {
		name, path   string
		wantCode     int
		wantLocation string
		wantInBody   []string
	}{
		{"API merged then split: the part", "/api/stories/old-a", 308, "/api/stories/part-1", nil},
		{"API report keeps path and query", "/api/stories/old-b/report?format=text", 308, "/api/stories/part-2/report?format=text", nil},
		{"UI redirect", "/stories/old-a", 308, "/stories/part-1", nil},
		{"API split", "/api/stories/merged", 300, "", []string{`"id":"part-1"`, `"id":"part-2"`, `"url":"/api/stories/part-1"`}},
		{"UI split lists the parts", "/stories/merged", 300, "", []string{`href="/stories/part-1"`, `href="/stories/part-2"`}},
		{"never stored", "/api/stories/nothing", 404, "", nil},
		{"current story", "/api/stories/part-1", 200, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := noFollow.Get(ts.URL + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var b strings.Builder
			buf := make([]byte, 4096)
			for {
				n, err := resp.Body.Read(buf)
				b.Write(buf[:n])
				if err != nil {
					break
				}
			}
			if resp.StatusCode != tc.wantCode || resp.Header.Get("Location") != tc.wantLocation {
				t.Fatalf("%d Location %q, want %d %q: %s", resp.StatusCode, resp.Header.Get("Location"), tc.wantCode, tc.wantLocation, b.String())
			}
			for _, w := range tc.wantInBody {
				if !strings.Contains(b.String(), w) {
					t.Errorf("body lacks %s:\n%s", w, b.String())
				}
			}
		})
	}
}

// TestWriteTimeoutCoversSlowUpload: the write deadline, which net/http
// counts from the end of the headers, leaves room for the slowest body
// accepted and then the whole wait for analysis, so an upload stored
// during a busy analysis always gets its answer.
func TestWriteTimeoutCoversSlowUpload(t *testing.T) {
	for _, wait := range []time.Duration{0, 10 * time.Second, 5 * time.Minute} {
		ts := newTestServer(t, func(o *Options) { o.WaitTimeout = wait })
		srv := ts.httpServer()
		if srv.ReadTimeout <= 0 || srv.WriteTimeout < srv.ReadTimeout+ts.wait+10*time.Second {
			t.Errorf("wait %v: read timeout %v, write timeout %v: the write deadline does not cover a slow body then the wait (%v)",
				wait, srv.ReadTimeout, srv.WriteTimeout, ts.wait)
		}
	}
}

// postTwoArticles posts two unrelated fictional reports through the API
// and returns them as stored.
func postTwoArticles(t *testing.T, ts *testServer) []crosswire.Article {
	t.Helper()
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
		a, err := ts.store.Article(context.Background(), res.Articles[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}
