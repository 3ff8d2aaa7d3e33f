package clean

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"crosswire"
)

// benchDocs returns the documents to measure: the example corpus, plus up to
// 500 real newswire articles from ../shared/data when it is present.
func benchDocs(b *testing.B) []crosswire.Document {
	b.Helper()
	var docs []crosswire.Document
	for _, f := range exampleFiles(b) {
		docs = append(docs, loadExample(b, f))
	}
	if f, err := os.Open("../../shared/data/bbc-news-2225.jsonl"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<22)
		for sc.Scan() && len(docs) < 500 {
			var r struct {
				ID, Title, Text, Outlet string
			}
			if json.Unmarshal(sc.Bytes(), &r) == nil {
				docs = append(docs, crosswire.Document{Source: r.ID, Title: r.Title, Outlet: r.Outlet, Body: r.Text})
			}
		}
	}
	return docs
}

// BenchmarkClean measures cleaning per article, language detection
// included (ns/op is per article).
func BenchmarkClean(b *testing.B) { benchClean(b, "") }

// BenchmarkCleanStatedLanguage measures cleaning alone, for documents that
// state their language.
func BenchmarkCleanStatedLanguage(b *testing.B) { benchClean(b, "en") }

// benchClean measures Clean on the benchmark documents, each stating the
// language lang ("" to have it detected).
func benchClean(b *testing.B, lang string) {
	docs := benchDocs(b)
	for i := range docs {
		docs[i].Language = lang
	}
	c := New(Options{})
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := c.Clean(ctx, docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLanguage measures language detection per article: whatlanggo on
// the first 2 KiB (as Clean uses it) and on whole articles, and the English
// shortcut Clean uses by default in front of it.
func BenchmarkLanguage(b *testing.B) {
	docs := benchDocs(b)
	for _, bc := range []struct {
		name string
		w    LanguageDetector
	}{
		{"whatlanggo-2KiB", Whatlang{}},
		{"whatlanggo-whole", Whatlang{MaxBytes: 1 << 30}},
		{"english-shortcut", EnglishShortcut{Next: Whatlang{}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				bc.w.Detect(docs[i%len(docs)].Body)
			}
		})
	}
}
