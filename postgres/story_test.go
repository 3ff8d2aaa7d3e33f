package postgres

import (
	"context"
	"testing"

	"crosswire"
)

// TestStoryBodyWithoutEntities loads a story whose body was stored before
// entities were part of it: it must load, with its facts and discrepancies
// and no entities.
func TestStoryBodyWithoutEntities(t *testing.T) {
	ctx := context.Background()
	s := open(t, schemaDSN(t))
	defer s.Close()
	a := crosswire.Article{ID: "old", Hash: "hash-old", Title: "Lighthouse relit", Text: "The old lighthouse at Cape Wren was relit on Sunday."}
	if err := s.ReplaceStories(ctx, []crosswire.Story{{ID: "story-old", Title: "Lighthouse relit", Articles: []crosswire.Article{a}}}); err != nil {
		t.Fatalf("ReplaceStories: %v", err)
	}
	const oldBody = `{"facts":[{"kind":"place","value":"Cape Wren","status":"unique","support":1,` +
		`"sources":[{"article":"old","text":"Cape Wren","start":22,"end":31}]}],"discrepancies":[]}`
	if _, err := s.pool.Exec(ctx, `UPDATE stories SET body = $1 WHERE id = $2`, oldBody, "story-old"); err != nil {
		t.Fatal(err)
	}
	st, err := s.Story(ctx, "story-old")
	if err != nil {
		t.Fatalf("Story with an old body: %v", err)
	}
	if st.Entities != nil {
		t.Errorf("Entities = %+v, want none", st.Entities)
	}
	if len(st.Facts) != 1 || st.Facts[0].Value != "Cape Wren" || st.Facts[0].Entity != "" || st.Discrepancies == nil {
		t.Errorf("Facts = %+v, Discrepancies = %+v; want the stored fact and no discrepancy", st.Facts, st.Discrepancies)
	}
}
