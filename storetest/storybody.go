package storetest

import (
	"context"
	"testing"

	"crosswire"
)

// StoryBodyWithoutEntities checks that a story whose body was stored
// before entities were part of it loads, with its facts and discrepancies
// and no entities. setBody overwrites the stored body of a story with
// raw JSON, which only the backend can do. Run does not run it.
func StoryBodyWithoutEntities(t *testing.T, s crosswire.Store, setBody func(ctx context.Context, storyID, body string) error) {
	t.Helper()
	ctx := context.Background()
	a := crosswire.Article{ID: "old", Hash: "hash-old", Title: "Lighthouse relit", Text: "The old lighthouse at Cape Wren was relit on Sunday."}
	if err := s.ReplaceStories(ctx, []crosswire.Story{{ID: "story-old", Title: "Lighthouse relit", Articles: []crosswire.Article{a}}}); err != nil {
		t.Fatalf("ReplaceStories: %v", err)
	}
	const oldBody = `{"facts":[{"kind":"place","value":"Cape Wren","status":"unique","support":1,` +
		`"sources":[{"article":"old","text":"Cape Wren","start":22,"end":31}]}],"discrepancies":[]}`
	if err := setBody(ctx, "story-old", oldBody); err != nil {
		t.Fatalf("store an old body: %v", err)
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
