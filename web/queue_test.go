package web

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"

	"crosswire"
)

// fakeQueue records what the server queues; a document already queued is
// a duplicate, as in the queue's duplicate window.
type fakeQueue struct {
	mu   sync.Mutex
	docs []crosswire.Document
	seen map[string]bool
	err  error
}

func (q *fakeQueue) Submit(ctx context.Context, docs []crosswire.Document) ([]QueuedJob, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.err != nil {
		return nil, q.err
	}
	var jobs []QueuedJob
	for _, d := range docs {
		id := "job-" + d.Body[:8]
		jobs = append(jobs, QueuedJob{ID: id, Article: id[:8], Source: d.Source, Duplicate: q.seen[id]})
		q.seen[id] = true
		q.docs = append(q.docs, d)
	}
	return jobs, nil
}

// TestPostArticlesQueued: with a Queue the API queues instead of storing,
// answers 202 with one job per article, lists skipped inputs, and stores
// nothing itself.
func TestPostArticlesQueued(t *testing.T) {
	q := &fakeQueue{seen: map[string]bool{}}
	ts := newTestServer(t, func(o *Options) { o.Queue = q })
	body := `[{"text":"Ferry 41 docked late at Port Ellis.","outlet":"Harbor Post","url":"https://example.org/1"},
		{"text":"   ","url":"https://example.org/empty"},
		{"text":"Ferry 42 docked early at Port Ellis.","published":"2031-05-02"}]`
	for _, tc := range []struct {
		name      string
		code      int
		duplicate bool
	}{
		{"first post", http.StatusAccepted, false},
		{"same articles again", http.StatusAccepted, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, got := do(t, "POST", ts.URL+"/api/articles", "application/json", body)
			if resp.StatusCode != tc.code {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.code, got)
			}
			var res queuedResult
			if err := json.Unmarshal([]byte(got), &res); err != nil {
				t.Fatal(err)
			}
			if len(res.Jobs) != 2 || res.Jobs[0].Source != "https://example.org/1" || res.Jobs[1].Source != "api#3" {
				t.Fatalf("jobs = %+v, want the first and third article", res.Jobs)
			}
			for _, j := range res.Jobs {
				if j.ID == "" || j.Article == "" || j.Duplicate != tc.duplicate {
					t.Errorf("job %+v: want id, article and duplicate %v", j, tc.duplicate)
				}
			}
			if len(res.Skipped) != 1 || res.Skipped[0].Source != "https://example.org/empty" {
				t.Errorf("skipped = %+v, want the empty article", res.Skipped)
			}
		})
	}
	if n := len(q.docs); n != 4 {
		t.Errorf("%d documents queued, want 4", n)
	}
	if arts, err := ts.store.Articles(context.Background()); err != nil || len(arts) != 0 {
		t.Errorf("the server stored %d articles itself (err %v), want none", len(arts), err)
	}

	t.Run("only skipped", func(t *testing.T) {
		resp, got := do(t, "POST", ts.URL+"/api/articles", "application/json", `{"text":""}`)
		if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(got, `"reason":"no text"`) {
			t.Errorf("status %d, want 422 with the reason: %s", resp.StatusCode, got)
		}
	})
	t.Run("queue down", func(t *testing.T) {
		q.mu.Lock()
		q.err = errors.New("no NATS")
		q.mu.Unlock()
		resp, got := do(t, "POST", ts.URL+"/api/articles", "application/json", `{"text":"Ferry 43 sank."}`)
		if resp.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("status %d, want 503: %s", resp.StatusCode, got)
		}
	})
}
