package natsqueue

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"crosswire"
	"crosswire/postgres"
	"crosswire/servicetest"
)

// TestDistributedIngest runs the "more than one machine" layout end to
// end: a publisher queues the versions of three stories, three workers
// (each with its own PostgreSQL store, as on separate machines) store each
// job's article and regroup, one job fails once on the way. The database
// must end with three stories of four versions each, every article stored
// once. Needs CROSSWIRE_TEST_POSTGRES; NATS as in the other tests.
func TestDistributedIngest(t *testing.T) {
	ctx := context.Background()
	dsn := servicetest.PostgresSchema(t)
	js, cfg := testJetStream(t)
	pub := newPublisher(t, js, cfg)
	titles := []string{"Ferry aground", "Dam opens", "Museum reopens"}
	var jobs []Job
	for i := range 12 {
		j := job(200 + i)
		j.Document.Title = titles[i%3]
		jobs = append(jobs, j)
		if _, err := pub.Publish(ctx, j); err != nil {
			t.Fatal(err)
		}
	}

	var (
		mu      sync.Mutex
		created = map[string]int{}
		failed  bool
	)
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	var wg sync.WaitGroup
	for w := range 3 {
		store, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		cons := newConsumer(t, js, cfg)
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := cons.Run(runCtx, func(ctx context.Context, j Job, attempt int) error {
				mu.Lock()
				// the first job any worker takes fails once: which worker
				// takes it is the queue's choice (asking for one worker's
				// failure flaked when the others drained the queue first)
				failOnce := !failed
				failed = failed || failOnce
				mu.Unlock()
				if failOnce {
					return fmt.Errorf("worker %d: simulated outage", w)
				}
				d := j.Document
				_, isNew, err := store.PutArticle(ctx, crosswire.Article{ID: j.ID[:16], Hash: j.ID, Source: d.Source,
					Title: d.Title, Outlet: d.Outlet, Published: d.Published, Language: d.Language, Text: d.Body})
				if err != nil {
					return err
				}
				if isNew {
					mu.Lock()
					created[j.ID]++
					mu.Unlock()
				}
				return store.Regroup(ctx, byTitle)
			})
			if err != nil {
				t.Errorf("worker %d: %v", w, err)
			}
		}()
	}

	reader, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	deadline := time.Now().Add(30 * time.Second)
	var list []crosswire.StorySummary
	for {
		list, err = reader.Stories(ctx, crosswire.StoryFilter{})
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, s := range list {
			total += s.ArticleCount
		}
		if total == len(jobs) || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	wg.Wait()

	var got []string
	for _, s := range list {
		got = append(got, fmt.Sprintf("%s:%d", s.Title, s.ArticleCount))
	}
	sort.Strings(got)
	want := []string{"Dam opens:4", "Ferry aground:4", "Museum reopens:4"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("stories = %v, want %v", got, want)
	}
	for _, j := range jobs {
		if created[j.ID] != 1 {
			t.Errorf("job %s stored %d times, want once", j.ID[:8], created[j.ID])
		}
	}
	if !failed {
		t.Error("the simulated outage never happened")
	}
}

// byTitle is a stand-in grouper: one story per title.
func byTitle(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error) {
	idx := map[string]int{}
	var stories []crosswire.Story
	for _, a := range arts {
		i, ok := idx[a.Title]
		if !ok {
			i = len(stories)
			idx[a.Title] = i
			stories = append(stories, crosswire.Story{ID: "story-" + a.Title, Title: a.Title})
		}
		stories[i].Articles = append(stories[i].Articles, a)
	}
	return stories, ctx.Err()
}
