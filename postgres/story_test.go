package postgres

import (
	"context"
	"testing"

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
