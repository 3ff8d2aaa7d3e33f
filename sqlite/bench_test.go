package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"crosswire"
	"crosswire/storetest"
)

// BenchmarkPutArticle measures ingest into a file database: one
// autocommitted insert per article (WAL, synchronous=NORMAL), with a
// 3 KB fictional text indexed by the trigram FTS table.
func BenchmarkPutArticle(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	text := strings.Repeat("The ferry Albatross ran aground off Cape Wren on Friday with 112 passengers aboard, the coastguard said. ", 30)
	b.ResetTimer()
	for i := range b.N {
		a := testArticle(fmt.Sprint(i))
		a.Text = text + a.ID
		if _, _, err := s.PutArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutArticleDuplicate measures re-ingesting stored content.
func BenchmarkPutArticleDuplicate(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
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
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	filler := strings.Repeat("Harbour officials met on Monday to discuss the budget for the coming year. ", 40)
	var stories []crosswire.Story
	for i := range 500 {
		st := crosswire.Story{ID: fmt.Sprintf("st%d", i), Title: fmt.Sprintf("Story %d", i)}
		for j := range 4 {
			a := testArticle(fmt.Sprintf("%d-%d", i, j))
			a.Text = filler + fmt.Sprintf("token%dx%d", i, j)
			st.Articles = append(st.Articles, a)
		}
		stories = append(stories, st)
	}
	if err := s.ReplaceStories(ctx, stories); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := range b.N {
		list, err := s.Stories(ctx, crosswire.StoryFilter{Query: fmt.Sprintf("token%dx2", i%500)})
		if err != nil || len(list) != 1 {
			b.Fatalf("Stories = %d, %v", len(list), err)
		}
	}
}

// BenchmarkReplaceStories measures replacing 500 stories of 4 stored
// articles each, in one transaction.
func BenchmarkReplaceStories(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var stories []crosswire.Story
	for i := range 500 {
		st := crosswire.Story{ID: fmt.Sprintf("st%d", i), Title: fmt.Sprintf("Story %d", i)}
		for j := range 4 {
			st.Articles = append(st.Articles, testArticle(fmt.Sprintf("%d-%d", i, j)))
		}
		stories = append(stories, st)
	}
	if err := s.ReplaceStories(ctx, stories); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if err := s.ReplaceStories(ctx, stories); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPutArticleParallel measures ingest from several goroutines:
// they queue on the single writer connection.
func BenchmarkPutArticleParallel(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var n atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, _, err := s.PutArticle(ctx, testArticle(fmt.Sprint(n.Add(1)))); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkIngestCorpus stores the 2,225 real BBC articles of
// ../shared/data (2.3 KB of text on average) into a new file database,
// one PutArticle each, as `crosswire ingest` does.
func BenchmarkIngestCorpus(b *testing.B) {
	ctx := context.Background()
	arts := storetest.Corpus(b)
	stored := 0
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s, err := Open(ctx, filepath.Join(b.TempDir(), "corpus.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, a := range arts {
			if _, _, err := s.PutArticle(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
		stored += len(arts)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(stored)/b.Elapsed().Seconds(), "articles/s")
}
