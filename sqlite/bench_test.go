package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"crosswire"
	"crosswire/storetest"
)

// benchSentence is the text of the short articles some benchmarks store.
const benchSentence = "The old lighthouse at Cape Wren was relit on Sunday. "

// openBench opens a store on a new file database.
func openBench(b *testing.B) crosswire.Store {
	b.Helper()
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkPutArticle measures ingest into a file database: one
// autocommitted insert per article (WAL, synchronous=NORMAL), with a
// 3 KB fictional text indexed by the word FTS table.
func BenchmarkPutArticle(b *testing.B) {
	ctx := context.Background()
	s := openBench(b)
	defer s.Close()
	b.ResetTimer()
	for i := range b.N {
		if _, _, err := s.PutArticle(ctx, storetest.BenchArticle(fmt.Sprint(i), storetest.BenchText)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutArticleDuplicate measures re-ingesting stored content.
func BenchmarkPutArticleDuplicate(b *testing.B) {
	ctx := context.Background()
	s := openBench(b)
	defer s.Close()
	a := testArticle("dup")
	if _, _, err := s.PutArticle(ctx, a); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, _, err := s.PutArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkStoriesQuery measures a text query over 2,000 stored articles
// in 500 stories.
func BenchmarkStoriesQuery(b *testing.B) {
	storetest.BenchStoriesQuery(b, openBench)
}

// BenchmarkReplaceStories measures replacing 500 stories of 4 stored
// articles each (of one sentence), in one transaction.
func BenchmarkReplaceStories(b *testing.B) {
	storetest.BenchReplaceStories(b, openBench, storetest.BenchStories(500, 4, benchSentence))
}

// BenchmarkPutArticleParallel measures ingest from several goroutines:
// they queue on the single writer connection.
func BenchmarkPutArticleParallel(b *testing.B) {
	storetest.BenchPutArticleParallel(b, openBench, benchSentence)
}

// BenchmarkIngestCorpus stores the 2,225 real BBC articles of
// ../shared/data (2.3 KB of text on average) into a new file database,
// one PutArticle each, as `crosswire ingest` does.
func BenchmarkIngestCorpus(b *testing.B) {
	storetest.BenchIngestCorpus(b, openBench, 1)
}
