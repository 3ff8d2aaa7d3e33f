package postgres

import (
	"context"
	"testing"

	"crosswire"
	"crosswire/storetest"
)

// openBench opens a store on a fresh schema.
func openBench(b *testing.B) crosswire.Store {
	b.Helper()
	s, err := Open(context.Background(), schemaDSN(b))
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkPutArticle measures ingest: one autocommitted insert per
// article, from b.RunParallel's goroutines (GOMAXPROCS of them), each on
// its own pooled connection.
func BenchmarkPutArticle(b *testing.B) {
	storetest.BenchPutArticleParallel(b, openBench, storetest.BenchText)
}

// BenchmarkStoriesQuery measures a text query (word-start regex, from the
// trigram index) over 2,000 stored articles in 500 stories.
func BenchmarkStoriesQuery(b *testing.B) {
	storetest.BenchStoriesQuery(b, openBench)
}

// BenchmarkReplaceStories measures replacing 500 stories of 4 stored
// articles each.
func BenchmarkReplaceStories(b *testing.B) {
	storetest.BenchReplaceStories(b, openBench, storetest.BenchStories(500, 4, storetest.BenchText))
}

// BenchmarkIngestCorpus stores the 2,225 real BBC articles of
// ../shared/data into a new schema, one PutArticle each, from 8
// goroutines (as 8 ingest workers would).
func BenchmarkIngestCorpus(b *testing.B) {
	storetest.BenchIngestCorpus(b, openBench, 8)
}
