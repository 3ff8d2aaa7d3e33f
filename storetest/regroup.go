package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"crosswire"
)

// RegroupStore is a store that can recompute its stories from its
// articles atomically: Regroup reads the articles, calls group and
// replaces the stories with its result, serialised against every other
// Regroup and ReplaceStories on the same database.
type RegroupStore interface {
	crosswire.Store
	Regroup(ctx context.Context, group func(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error)) error
}

// Regroup checks the property distributed ingest relies on: workers that
// each store one version of a story and then regroup, concurrently and
// each through its own store (as on separate machines), end with one story
// holding every version. open returns a store on a new, empty database
// and a function opening another store on the same database.
func Regroup(t *testing.T, open func(t *testing.T) (RegroupStore, func(t *testing.T) RegroupStore)) {
	t.Helper()
	const workers = 8
	ctx := context.Background()
	first, another := open(t)
	defer first.Close()
	stores := []RegroupStore{first}
	for range workers - 1 {
		s := another(t)
		defer s.Close()
		stores = append(stores, s)
	}
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := article(fmt.Sprintf("v%d", w), fmt.Sprintf("Outlet %d", w))
			if _, _, err := s.PutArticle(ctx, a); err != nil {
				errs <- err
				return
			}
			errs <- s.Regroup(ctx, groupByTitle)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("worker: %v", err)
		}
	}
	list, err := first.Stories(ctx, crosswire.StoryFilter{})
	if err != nil {
		t.Fatalf("Stories: %v", err)
	}
	if len(list) != 1 || list[0].ArticleCount != workers {
		t.Errorf("after concurrent regroups: %+v, want one story with %d versions", list, workers)
	}
}

// groupByTitle is a stand-in grouper: one story per article title, the
// first stored version its original. It pauses so that concurrent
// regroups would overlap if the store did not serialise them.
func groupByTitle(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error) {
	time.Sleep(5 * time.Millisecond)
	byTitle := map[string]int{}
	var stories []crosswire.Story
	for _, a := range arts {
		i, ok := byTitle[a.Title]
		if !ok {
			i = len(stories)
			byTitle[a.Title] = i
			stories = append(stories, crosswire.Story{ID: "story-" + a.Title, Title: a.Title})
			a.Role, a.DerivedFrom = crosswire.RoleOriginal, nil
		} else {
			a.Role, a.DerivedFrom = crosswire.RoleCopy, ptr(stories[i].Articles[0].ID)
		}
		stories[i].Articles = append(stories[i].Articles, a)
	}
	return stories, ctx.Err()
}
