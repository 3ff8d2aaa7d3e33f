package sqlite

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
	s, err := Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	storetest.StoryBodyWithoutEntities(t, s, func(ctx context.Context, storyID, body string) error {
		_, err := s.w.ExecContext(ctx, `UPDATE stories SET body = ? WHERE id = ?`, body, storyID)
		return err
	})
}

// historyStore lets storetest age the retired story_history rows.
type historyStore struct{ *Store }

func (h historyStore) Age(t *testing.T, d time.Duration) {
	t.Helper()
	if _, err := h.w.Exec(`UPDATE story_history SET retired_at = retired_at - ? WHERE retired_at IS NOT NULL`, int64(d.Seconds())); err != nil {
		t.Fatalf("age history: %v", err)
	}
}

// TestHistoryRetention: story_history is pruned to the retention
// (migration 0009).
func TestHistoryRetention(t *testing.T) {
	storetest.HistoryRetention(t, func(t *testing.T) storetest.HistoryStore {
		s, err := Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		return historyStore{s}
	})
}
