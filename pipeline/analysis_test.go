package pipeline_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"crosswire"
	"crosswire/pipeline"
	"crosswire/sqlite"
)

// TestAnalysisRebuild (moved from cmd/crosswire's serve test): Rebuild,
// the server's reconcile, leaves the stories a full analysis gives, and
// incremental placement works on from the reloaded state.
func TestAnalysisRebuild(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "serve.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := pipeline.New(nil)
	an, err := pipeline.NewAnalysis(p, st)
	if err != nil {
		t.Fatal(err)
	}
	docs := []crosswire.Document{
		{Source: "a.txt", Body: "The Oremund harbour authority closed the north pier on Friday after inspectors found cracks in 14 concrete pillars, harbour master Elsa Brandt said. Repairs will take until June.", Outlet: "Norpress"},
		{Source: "b.txt", Body: "A fictional ferry sailed from Saltmere to Kessel Bay on Monday with 80 passengers, the Saltmere port office said.", Outlet: "Tarsk Daily"},
	}
	arts, _ := p.Clean(ctx, docs)
	if _, _, err := an.Store(ctx, arts[:1]); err != nil {
		t.Fatal(err)
	}
	if _, err := an.Sync(ctx); err != nil {
		t.Fatalf("Sync: %v", err)
	}
	stories, err := an.Rebuild(ctx)
	if err != nil {
		t.Fatalf("Rebuild: %v", err)
	}
	if len(stories) != 1 {
		t.Fatalf("Rebuild gave %d stories; want 1", len(stories))
	}
	if _, _, err := an.Store(ctx, arts[1:]); err != nil {
		t.Fatal(err)
	}
	up, err := an.Sync(ctx)
	if err != nil || up.Articles != 1 {
		t.Fatalf("Sync after Rebuild: placed %d, %v; want the new article placed", up.Articles, err)
	}
	all, err := st.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := p.Analyze(ctx, all)
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.StoryIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var gotIDs, wantIDs []string
	for art, story := range got {
		gotIDs = append(gotIDs, art+"→"+story)
	}
	for _, s := range want {
		for _, a := range s.Articles {
			wantIDs = append(wantIDs, a.ID+"→"+s.ID)
		}
	}
	slices.Sort(gotIDs)
	slices.Sort(wantIDs)
	if !slices.Equal(gotIDs, wantIDs) {
		t.Errorf("stories after Rebuild and Sync %v; a full analysis gives %v", gotIDs, wantIDs)
	}
}
