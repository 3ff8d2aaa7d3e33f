package postgres

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"crosswire"
	"crosswire/storetest"
)

func benchArticle(id, text string) crosswire.Article {
	return crosswire.Article{
		ID: id, Hash: "hash-" + id, Source: id + ".txt", Title: "Ferry aground", Outlet: "Harbor Post",
		Language: "en", Text: text + id,
	}
}

// BenchmarkPutArticle measures ingest: one autocommitted insert per
// article, from b.RunParallel's goroutines (GOMAXPROCS of them), each on
// its own pooled connection.
func BenchmarkPutArticle(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, schemaDSN(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	text := strings.Repeat("The ferry Albatross ran aground off Cape Wren on Friday with 112 passengers aboard, the coastguard said. ", 30)
	var n atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, _, err := s.PutArticle(ctx, benchArticle(fmt.Sprint(n.Add(1)), text)); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkStoriesQuery measures a text query (ILIKE, sequential) over
// 2,000 stored articles in 500 stories.
func BenchmarkStoriesQuery(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, schemaDSN(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.ReplaceStories(ctx, benchStories(500, 4)); err != nil {
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
// articles each.
func BenchmarkReplaceStories(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, schemaDSN(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	stories := benchStories(500, 4)
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

func benchStories(n, per int) []crosswire.Story {
	filler := strings.Repeat("Harbour officials met on Monday to discuss the budget for the coming year. ", 40)
	var stories []crosswire.Story
	for i := range n {
		st := crosswire.Story{ID: fmt.Sprintf("st%d", i), Title: fmt.Sprintf("Story %d", i)}
		for j := range per {
			st.Articles = append(st.Articles, benchArticle(fmt.Sprintf("%d-%d", i, j), filler+fmt.Sprintf("token%dx%d ", i, j)))
		}
		stories = append(stories, st)
	}
	return stories
}

// BenchmarkIngestCorpus stores the 2,225 real BBC articles of
// ../shared/data into a new schema, one PutArticle each, from 8
// goroutines (as 8 ingest workers would).
func BenchmarkIngestCorpus(b *testing.B) {
	ctx := context.Background()
	arts := storetest.Corpus(b)
	stored := 0
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s, err := Open(ctx, schemaDSN(b))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		var wg sync.WaitGroup
		for w := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < len(arts); i += 8 {
					if _, _, err := s.PutArticle(ctx, arts[i]); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		stored += len(arts)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(stored)/b.Elapsed().Seconds(), "articles/s")
}
