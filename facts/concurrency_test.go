package facts

import (
	"context"
	"sync"
	"testing"

	"crosswire"
)

// TestExtractConcurrent runs one Extractor from several goroutines (run
// with -race): the extractor and its lexicon are read-only after New.
func TestExtractConcurrent(t *testing.T) {
	x := New()
	text := benchArticle()
	want, err := x.Extract(context.Background(), &crosswire.Article{ID: "c", Text: text, Published: &testPublished})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := x.Extract(context.Background(), &crosswire.Article{ID: "c", Text: text, Published: &testPublished})
			if err != nil || len(got) != len(want) {
				t.Errorf("concurrent extract: %d facts, err %v; want %d", len(got), err, len(want))
			}
		}()
	}
	wg.Wait()
}
