package postgres

import (
	"context"
	"testing"
	"time"

	"crosswire/storetest"
)

// TestStoryBodyWithoutEntities loads a story whose body was stored before
// entities were part of it: it must load, with its facts and discrepancies
// and no entities.
func TestStoryBodyWithoutEntities(t *testing.T) {
	s := open(t, schemaDSN(t))
	defer s.Close()
	storetest.StoryBodyWithoutEntities(t, s, func(ctx context.Context, storyID, body string) error {
		_, err := s.pool.Exec(ctx, `UPDATE stories SET body = $1 WHERE id = $2`, body, storyID)
		return err
	})
}

// historyStore lets storetest age the retired story_history rows.
type historyStore struct{ *Store }

func (h historyStore) Age(t *testing.T, d time.Duration) {
	t.Helper()
	if _, err := h.pool.Exec(context.Background(), `UPDATE story_history SET retired_at = retired_at - make_interval(secs => $1) WHERE retired_at IS NOT NULL`, d.Seconds()); err != nil {
		t.Fatalf("age history: %v", err)
	}
}

// TestHistoryRetention: story_history is pruned to the retention
// (migration 0008).
func TestHistoryRetention(t *testing.T) {
	testDSN(t)
	storetest.HistoryRetention(t, func(t *testing.T) storetest.HistoryStore { return historyStore{open(t, schemaDSN(t))} })
}
