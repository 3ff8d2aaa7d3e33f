package sqlite

import (
	"context"
	"testing"

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
