package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"crosswire"
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
