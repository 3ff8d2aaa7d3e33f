package pipeline_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"crosswire"
	"crosswire/pipeline"
	"crosswire/postgres"
	"crosswire/servicetest"
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

// TestAnalysisSharedStore runs the protocol as two processes sharing one
// PostgreSQL store: each stores half of the example corpus, one article at
// a time, and brings the stories up to date. Each reloads its grouping
// state exactly when the other wrote stories since its last analysis;
// a look at a current store does nothing; the stories end as a full
// analysis gives them, and a reconcile right after that one is skipped.
func TestAnalysisSharedStore(t *testing.T) {
	dsn := servicetest.PostgresSchema(t)
	ctx := context.Background()
	p := pipeline.New(quietLog())
	arts, skipped := p.Clean(ctx, exampleDocs(t))
	if len(skipped) > 0 {
		t.Fatalf("clean skipped %v", skipped)
	}
	var procs [2]*pipeline.Analysis
	for i := range procs {
		st, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if procs[i], err = pipeline.NewAnalysis(p, st); err != nil {
			t.Fatal(err)
		}
	}
	// Process i stores article j when j%2 == i, except that process 0
	// stores the last two in a row: its second Update must not reload.
	last := -1
	for j, a := range arts {
		i := j % 2
		if j >= len(arts)-2 {
			i = 0
		}
		an := procs[i]
		if _, _, err := an.Store(ctx, []crosswire.Article{a}); err != nil {
			t.Fatal(err)
		}
		step, err := an.Update(ctx)
		if err != nil {
			t.Fatalf("article %d: Update: %v", j, err)
		}
		if step.Current || step.Articles != 1 {
			t.Errorf("article %d: Update placed %d (current %v), want 1", j, step.Articles, step.Current)
		}
		if wantReload := i != last; step.Reloaded != wantReload {
			t.Errorf("article %d by process %d after process %d: reloaded %v, want %v", j, i, last, step.Reloaded, wantReload)
		}
		last = i
	}
	for i, an := range procs {
		step, err := an.Update(ctx)
		if err != nil || !step.Current || step.Reloaded {
			t.Errorf("process %d on a current store: %+v, %v; want nothing done", i, step, err)
		}
	}
	if _, skipped, err := procs[1].Reconcile(ctx); err != nil || skipped {
		t.Fatalf("first Reconcile: skipped %v, %v; want a full analysis", skipped, err)
	}
	if _, skipped, err := procs[0].Reconcile(ctx); err != nil || !skipped {
		t.Errorf("Reconcile after another's: skipped %v, %v; want skipped", skipped, err)
	}
	want, err := p.Analyze(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	assertStored(t, st, want)
}
