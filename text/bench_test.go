package text

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// benchTexts returns the texts of the BBC corpus in ../shared/data, or a
// fictional paragraph repeated when it is absent.
func benchTexts(b *testing.B) []string {
	f, err := os.Open("../../shared/data/bbc-news-2225.jsonl")
	if err != nil {
		return []string{strings.Repeat("The harbour master of Port Ellis closed the quay on Tuesday after 14 cranes failed an inspection. \"We take no risks,\" Ivo Brandt said.\n\n", 20)}
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &rec) == nil && rec.Text != "" {
			out = append(out, rec.Text)
		}
	}
	return out
}

func benchmarkText(b *testing.B, fn func(string)) {
	texts := benchTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n / len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fn(texts[i%len(texts)])
	}
}

// BenchmarkSentences measures the segmentation clean runs once per article.
func BenchmarkSentences(b *testing.B) {
	benchmarkText(b, func(s string) { Sentences("a", s) })
}

// BenchmarkWords measures the word tokenizer, to compare with group's
// hashing tokenizer (group's BenchmarkFingerprint).
func BenchmarkWords(b *testing.B) {
	benchmarkText(b, func(s string) { Words(s) })
}
