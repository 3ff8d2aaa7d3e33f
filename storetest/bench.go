package storetest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"crosswire"
)

// BenchText is a fictional article text of about 3 KB, the length of a
// typical news report, for ingest benchmarks.
var BenchText = strings.Repeat("The ferry Albatross ran aground off Cape Wren on Friday with 112 passengers aboard, the coastguard said. ", 30)

// benchFiller is the text BenchStoriesQuery's articles share, so that a
// query must tell them apart by their tokens.
var benchFiller = strings.Repeat("Harbour officials met on Monday to discuss the budget for the coming year. ", 40)

// BenchArticle returns an article for benchmarks: ID id, a hash derived
// from it, and text followed by id, so that different IDs never share
// content.
func BenchArticle(id, text string) crosswire.Article {
	return crosswire.Article{
		ID: id, Hash: "hash-" + id, Source: id + ".txt", Title: "Ferry aground", Outlet: "Harbor Post",
		Language: "en", Text: text + id,
	}
}

// BenchStories returns n stories of per articles each. Article j of
// story i has ID "i-j" and text followed by the word "token{i}x{j}", which
// BenchStoriesQuery looks up.
func BenchStories(n, per int, text string) []crosswire.Story {
	var stories []crosswire.Story
	for i := range n {
		st := crosswire.Story{ID: fmt.Sprintf("st%d", i), Title: fmt.Sprintf("Story %d", i)}
		for j := range per {
			st.Articles = append(st.Articles, BenchArticle(fmt.Sprintf("%d-%d", i, j), text+fmt.Sprintf("token%dx%d ", i, j)))
		}
		stories = append(stories, st)
	}
	return stories
}

// BenchPutArticleParallel measures ingest into a store from open, from
// b.RunParallel's goroutines (GOMAXPROCS of them): one autocommitted
// PutArticle of a new article with text per iteration.
func BenchPutArticleParallel(b *testing.B, open func(b *testing.B) crosswire.Store, text string) {
	ctx := context.Background()
	s := open(b)
	defer s.Close()
	var n atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, _, err := s.PutArticle(ctx, BenchArticle(fmt.Sprint(n.Add(1)), text)); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchStoriesQuery measures a text query over 2,000 articles in 500
// stories, stored in a store from open, each query finding one story by a
// word of one of its articles.
func BenchStoriesQuery(b *testing.B, open func(b *testing.B) crosswire.Store) {
	ctx := context.Background()
	s := open(b)
	defer s.Close()
	if err := s.ReplaceStories(ctx, BenchStories(500, 4, benchFiller)); err != nil {
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

// BenchReplaceStories measures replacing stories in a store from open, in
// one transaction, when their articles are already stored.
func BenchReplaceStories(b *testing.B, open func(b *testing.B) crosswire.Store, stories []crosswire.Story) {
	ctx := context.Background()
	s := open(b)
	defer s.Close()
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

// BenchIngestCorpus measures storing the articles of Corpus into a new
// store from open, one PutArticle each, from workers goroutines (as that
// many ingest workers would). Opening and closing the store are not
// timed.
func BenchIngestCorpus(b *testing.B, open func(b *testing.B) crosswire.Store, workers int) {
	ctx := context.Background()
	arts := Corpus(b)
	stored := 0
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s := open(b)
		b.StartTimer()
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				for i := w; i < len(arts); i += workers {
					if _, _, err := s.PutArticle(ctx, arts[i]); err != nil {
						b.Error(err)
						return
					}
				}
			})
		}
		wg.Wait()
		stored += len(arts)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(stored)/b.Elapsed().Seconds(), "articles/s")
}
