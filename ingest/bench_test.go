package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"crosswire"
)

// realJSONL is the shared BBC corpus (2,225 real articles), read in place:
// never copied into the repository.
const realJSONL = "../../shared/data/bbc-news-2225.jsonl"

// BenchmarkWalkJSONL measures streaming ingest of real newswire JSONL:
// documents/s and MB/s through Walk, the path of `crosswire check
// feed.jsonl`. It skips when ../shared/data is absent.
func BenchmarkWalkJSONL(b *testing.B) {
	path, _ := filepath.Abs(realJSONL)
	info, err := os.Stat(path)
	if err != nil {
		b.Skipf("no shared corpus: %v", err)
	}
	b.SetBytes(info.Size())
	b.ReportAllocs()
	r := &Reader{Logger: quiet()}
	docs := 0
	for i := 0; i < b.N; i++ {
		skips, err := r.Walk(context.Background(), []string{path}, func(crosswire.Document) error {
			docs++
			return nil
		})
		if err != nil || len(skips) > 0 {
			b.Fatalf("err %v, skips %v", err, skips)
		}
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkHTMLDocument measures extraction of one article page.
func BenchmarkHTMLDocument(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "pages", "01-classic.html"))
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(page)))
	for i := 0; i < b.N; i++ {
		if _, reason := htmlDocument("p", page, "", quiet()); reason != "" {
			b.Fatal(reason)
		}
	}
}
