package main

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosswire"
	"crosswire/pipeline"
	"crosswire/sqlite"
	"crosswire/web"
)

// TestServeReconcileFlag: `serve --help` explains the background analysis
// and --reconcile, and a negative --reconcile is a usage error.
func TestServeReconcileFlag(t *testing.T) {
	out, serr, code := runCLI(t, "", "serve", "--help")
	if code != 0 {
		t.Fatalf("serve --help: exit %d, %s", code, serr)
	}
	for _, want := range []string{"Analysis runs in the background", "--reconcile", "re-analyses the whole store", "--reconcile 0"} {
		if !strings.Contains(out, want) {
			t.Errorf("serve --help lacks %q", want)
		}
	}
	_, serr, code = runCLI(t, "", "serve", "--reconcile", "-1s", "--db", filepath.Join(t.TempDir(), "x.db"))
	if code != 2 || !strings.Contains(serr, "--reconcile") {
		t.Errorf("serve --reconcile -1s: exit %d, %q; want a usage error naming the flag", code, serr)
	}
}

// TestServeAnalysisRebuild: the server's analysis reconciles (it is a
// web.Rebuilder), Rebuild leaves the stories a full analysis gives, and
// incremental placement works on from the reloaded state.
func TestServeAnalysisRebuild(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "serve.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := pipeline.New(nil)
	inc, err := pipeline.NewIncremental(p, st)
	if err != nil {
		t.Fatal(err)
	}
	var u web.Updater = serveAnalysis{lockedSync{inc: inc, st: st}}
	rb, ok := u.(web.Rebuilder)
	if !ok {
		t.Fatal("serveAnalysis is not a web.Rebuilder: serve would never reconcile")
	}
	docs := []crosswire.Document{
		{Source: "a.txt", Body: "The Oremund harbour authority closed the north pier on Friday after inspectors found cracks in 14 concrete pillars, harbour master Elsa Brandt said. Repairs will take until June.", Outlet: "Norpress"},
		{Source: "b.txt", Body: "A fictional ferry sailed from Saltmere to Kessel Bay on Monday with 80 passengers, the Saltmere port office said.", Outlet: "Tarsk Daily"},
	}
	arts, _ := p.Clean(ctx, docs)
	if _, _, err := storeArticles(ctx, st, arts[:1]); err != nil {
		t.Fatal(err)
	}
	if _, err := u.Sync(ctx); err != nil {
		t.Fatalf("Sync: %v", err)
	}
	stories, err := rb.Rebuild(ctx)
	if err != nil {
		t.Fatalf("Rebuild: %v", err)
	}
	if len(stories) != 1 {
		t.Fatalf("Rebuild gave %d stories; want 1", len(stories))
	}
	if _, _, err := storeArticles(ctx, st, arts[1:]); err != nil {
		t.Fatal(err)
	}
	up, err := u.Sync(ctx)
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
