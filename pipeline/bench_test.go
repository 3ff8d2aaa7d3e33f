package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"crosswire/pipeline"
	"crosswire/sqlite"
)

// BenchmarkIngestFull and BenchmarkIngestIncremental measure what adding
// articles to a SQLite store that already holds N generated articles
// costs (N = 10,000 and 50,000; CROSSWIRE_BENCH_N=2000,5000 overrides).
// The full path is what `crosswire ingest` and `crosswire serve` did
// before incremental analysis: read every article, Analyze, ReplaceStories.
// The incremental path is Incremental.Ingest of one article and of a batch
// of 100, after a restart (the state rebuilt from stored fingerprints,
// also measured). New articles are, two in five, versions of stored
// stories. The full path takes tens of seconds per operation, so run
//
//	go test ./pipeline -run '^$' -bench IngestFull -benchtime 1x -timeout 30m
//	go test ./pipeline -run '^$' -bench IngestIncremental -timeout 30m
func BenchmarkIngestFull(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprintf("N=%d/add=1", n), func(b *testing.B) {
			ctx := context.Background()
			gen, st := benchStore(b, n)
			p := pipeline.New(quietLog())
			for b.Loop() {
				if _, _, err := st.PutArticle(ctx, gen.next()); err != nil {
					b.Fatal(err)
				}
				arts, err := st.Articles(ctx)
				if err != nil {
					b.Fatal(err)
				}
				stories, err := p.Analyze(ctx, arts)
				if err != nil {
					b.Fatal(err)
				}
				if err := st.ReplaceStories(ctx, stories); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkIngestIncremental(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) { benchmarkIncremental(b, n) })
	}
}

// benchSizes returns the store sizes to measure.
func benchSizes(b *testing.B) []int {
	env := os.Getenv("CROSSWIRE_BENCH_N")
	if env == "" {
		return []int{10_000, 50_000}
	}
	var sizes []int
	for _, f := range strings.Split(env, ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			b.Fatalf("CROSSWIRE_BENCH_N: %v", err)
		}
		sizes = append(sizes, n)
	}
	return sizes
}

// benchStore returns a SQLite store holding n generated articles, not
// analysed, and the generator to continue the stream with.
func benchStore(b *testing.B, n int) (*newsGenerator, *sqlite.Store) {
	b.Helper()
	ctx := context.Background()
	gen := newNewsGenerator(uint64(n))
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	for _, a := range gen.take(n) {
		if _, _, err := st.PutArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	return gen, st
}

func benchmarkIncremental(b *testing.B, n int) {
	ctx := context.Background()
	gen, st := benchStore(b, n)
	p := pipeline.New(quietLog())
	// Analyse the store as an existing one would be: by the full path,
	// then a first load fingerprints every article once.
	t0 := time.Now()
	arts, err := st.Articles(ctx)
	if err != nil {
		b.Fatal(err)
	}
	stories, err := p.Analyze(ctx, arts)
	if err != nil {
		b.Fatal(err)
	}
	if err := st.ReplaceStories(ctx, stories); err != nil {
		b.Fatal(err)
	}
	t1 := time.Now()
	first, err := pipeline.NewIncremental(p, st)
	if err != nil {
		b.Fatal(err)
	}
	if err := first.Load(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("N=%d: %d stories; full analysis %v, first incremental load (fingerprints every article) %v",
		n, len(stories), t1.Sub(t0).Round(time.Millisecond), time.Since(t1).Round(time.Millisecond))
	anchors, ids, bytes := pipeline.HoldersFootprint(first)
	b.Logf("N=%d: holders of %d anchors, %d IDs: %d bytes, %.1f per article", n, anchors, ids, bytes, float64(bytes)/float64(n))

	// A restart: the state comes from the stored fingerprints.
	var inc *pipeline.Incremental
	b.Run("restart", func(b *testing.B) {
		for b.Loop() {
			if inc, err = pipeline.NewIncremental(p, st); err != nil {
				b.Fatal(err)
			}
			if err := inc.Load(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	if inc == nil {
		return
	}
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("add=%d", batch), func(b *testing.B) {
			var regrouped, changed, ops int
			for b.Loop() {
				_, _, u, err := inc.Ingest(ctx, gen.take(batch))
				if err != nil {
					b.Fatal(err)
				}
				regrouped += u.Regrouped
				changed += len(u.Changed)
				ops++
			}
			b.ReportMetric(float64(regrouped)/float64(ops), "regrouped/op")
			b.ReportMetric(float64(changed)/float64(ops), "stories-written/op")
		})
	}
	left, err := st.Unassigned(ctx)
	if err != nil || len(left) > 0 {
		b.Errorf("after incremental ingest: %d articles in no story, %v", len(left), err)
	}
}
