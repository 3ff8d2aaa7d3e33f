package storetest

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"crosswire"
)

// corpusPath is the real-news corpus of ../shared/data, relative to a
// package directory of the module.
const corpusPath = "../../shared/data/bbc-news-2225.jsonl"

// Corpus returns the 2,225 BBC News articles of ../shared/data as
// articles (ID and Hash from the text; no grouping fields), for
// throughput benchmarks on real article lengths. It skips when the file
// is absent, as in a fresh clone.
func Corpus(tb testing.TB) []crosswire.Article {
	tb.Helper()
	f, err := os.Open(filepath.FromSlash(corpusPath))
	if err != nil {
		tb.Skipf("real corpus not available: %v", err)
	}
	defer f.Close()
	var arts []crosswire.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct {
			ID, Title, Text, Outlet string
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", corpusPath, err)
		}
		sum := sha256.Sum256([]byte(rec.Outlet + "\x00" + rec.Title + "\x00" + rec.Text))
		h := hex.EncodeToString(sum[:])
		arts = append(arts, crosswire.Article{
			ID: h[:16], Hash: h, Source: rec.ID, Title: rec.Title, Outlet: rec.Outlet,
			Language: "en", Text: rec.Text,
		})
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", corpusPath, err)
	}
	return arts
}
