package web

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"crosswire/ingest"
	"crosswire/pipeline"
	"crosswire/sqlite"
)

// TestLoad runs the bounded load test: 50 clients posting and reading on
// loopback, against the incremental analysis `crosswire serve` runs and
// against full re-analysis on every run. It runs 2 s each by default so
// `go test ./...` stays quick; set CROSSWIRE_LOAD_DURATION=30s for the
// full run. After the load every stored article must be in a story.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped in -short mode")
	}
	dur := 2 * time.Second
	if v := os.Getenv("CROSSWIRE_LOAD_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("CROSSWIRE_LOAD_DURATION: %v", err)
		}
		dur = d
	}
	for _, tc := range []struct {
		name        string
		incremental bool
	}{
		{"incremental", true},
		{"full", false},
	} {
		t.Run(tc.name, func(t *testing.T) { testLoad(t, dur, tc.incremental) })
	}
}

func testLoad(t *testing.T, dur time.Duration, incremental bool) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "load.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	log := quietLog()
	p := pipeline.New(log)
	o := Options{Store: st, Engine: p, Reader: &ingest.Reader{Logger: log}, Log: log}
	if incremental {
		if o.Updater, err = pipeline.NewIncremental(p, st); err != nil {
			t.Fatal(err)
		}
	}
	s, err := New(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hs := httptest.NewServer(s.Handler())
	defer hs.Close()

	res, err := Load{Clients: 50, Duration: dur, Seed: 1}.Run(ctx, hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d clients, %s: %d requests (%.0f/s), %d errors, %d acknowledged, %d missing, %d stale story reads",
		res.Clients, res.Elapsed.Round(time.Millisecond), res.Requests, res.RPS, res.Errors, res.Acknowledged, res.Missing, res.StaleStories)
	t.Logf("all   %s", res.All)
	t.Logf("posts %s", res.Post)
	t.Logf("reads %s", res.Read)
	for _, e := range res.FirstErrors {
		t.Log(e)
	}
	if res.Errors != 0 || res.Missing != 0 {
		t.Errorf("%d errors, %d acknowledged articles missing; want none", res.Errors, res.Missing)
	}
	if res.Acknowledged == 0 || res.Requests < 50 {
		t.Errorf("the load test did almost nothing: %+v", res)
	}

	// The posts the load cut off at its end were cancelled by their
	// clients, but their handlers may still be running and storing:
	// Close waits for every handler, so that Settle covers all writes.
	hs.Close()
	t0 := time.Now()
	sctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	if err := s.Settle(sctx); err != nil {
		t.Fatalf("analysis did not catch up: %v", err)
	}
	t.Logf("analysis caught up %s after the load", time.Since(t0).Round(time.Millisecond))
	arts, err := st.Articles(ctx)
	if err != nil || len(arts) < res.Acknowledged {
		t.Fatalf("%d stored articles (%v); %d were acknowledged", len(arts), err, res.Acknowledged)
	}
	unplaced := 0
	for _, a := range arts {
		if _, ok := s.storyOf(a.ID); !ok {
			if unplaced++; unplaced <= 3 {
				t.Errorf("after Settle stored article %s (%s) has no story", a.ID, a.Source)
			}
		}
	}
	if left, err := st.Unassigned(ctx); err != nil || len(left) != 0 || unplaced != 0 {
		t.Errorf("after Settle %d of %d stored articles are in no story in the server's index, %d in the store (%v)",
			unplaced, len(arts), len(left), err)
	}
}

func TestLoadRefusesRemoteTargets(t *testing.T) {
	for _, u := range []string{"http://192.0.2.1:8080", "http://example.com", "http://0.0.0.0:8080"} {
		if _, err := (Load{Clients: 1, Duration: time.Millisecond}).Run(context.Background(), u); err == nil {
			t.Errorf("Load.Run(%s) should refuse a non-loopback target", u)
		}
	}
}
