package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"crosswire"
	"crosswire/pipeline"
)

// BenchmarkArticleSize measures cleaning and analysing one article of
// 100 KB to 10 MB, with its sentence breaks and without them (full stops
// and line breaks removed: the text that made the internal number check
// quadratic). The text is real news from ../shared/data/bbc-news-2225.jsonl
// run together when present, else fictional generated text. Work must
// grow near-linearly: the ns/op of successive sizes give the log-log
// slope (≤ 1.2). Run
//
//	go test ./pipeline -run '^$' -bench ArticleSize -benchtime 1x -timeout 30m
func BenchmarkArticleSize(b *testing.B) {
	base := sizeCorpus(b, 10<<20)
	for _, breaks := range []bool{true, false} {
		for _, kb := range []int{100, 300, 1000, 3000, 10000} {
			text := base[:cutAt(base, kb<<10)]
			if !breaks {
				text = strings.NewReplacer(". ", " ", ".\n", " ", "\n", " ").Replace(text)
			}
			name := fmt.Sprintf("breaks=%v/KB=%d", breaks, kb)
			b.Run(name, func(b *testing.B) {
				p := pipeline.New(quietLog())
				ctx := context.Background()
				doc := crosswire.Document{Source: "big.txt", Title: "A long report", Body: text}
				b.SetBytes(int64(len(text)))
				cpu := cpuTime()
				defer func() { reportCPU(b, cpu) }()
				for b.Loop() {
					arts, skipped := p.Clean(ctx, []crosswire.Document{doc})
					if len(arts) != 1 {
						b.Fatalf("clean: %v", skipped)
					}
					if _, err := p.Analyze(ctx, arts); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkStorySize measures analysing one story of 2 to 500 versions
// (an original and its copies, excerpts and rewrites): time per version
// at 500 must stay within twice that at 50. Run
//
//	go test ./pipeline -run '^$' -bench StorySize -benchtime 1x -timeout 30m
func BenchmarkStorySize(b *testing.B) {
	for _, n := range []int{2, 10, 50, 200, 500} {
		b.Run(fmt.Sprintf("versions=%d", n), func(b *testing.B) {
			g := newNewsGenerator(11)
			arts := []crosswire.Article{g.original()}
			for len(arts) < n {
				arts = append(arts, g.version())
			}
			p := pipeline.New(quietLog())
			ctx := context.Background()
			cpu := cpuTime()
			for b.Loop() {
				if _, err := p.Analyze(ctx, arts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/version")
			reportCPU(b, cpu)
			b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/version")
		})
	}
}

// sizeCorpus returns at least n bytes of news text: the real BBC corpus
// run together (repeated when shorter), else generated fictional text.
func sizeCorpus(b *testing.B, n int) string {
	var sb strings.Builder
	if f, err := os.Open("../../shared/data/bbc-news-2225.jsonl"); err == nil {
		defer f.Close()
		var texts []string
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var rec struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil && rec.Text != "" {
				texts = append(texts, rec.Text)
			}
		}
		for len(texts) > 0 && sb.Len() < n {
			for _, t := range texts {
				sb.WriteString(t)
				sb.WriteString("\n\n")
				if sb.Len() >= n {
					break
				}
			}
		}
	}
	if sb.Len() < n {
		b.Log("../shared/data absent: generated text")
		g := newNewsGenerator(3)
		for sb.Len() < n {
			sb.WriteString(g.original().Text)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// cutAt returns a cut point at or before n on a space.
func cutAt(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && s[n] != ' ' {
		n--
	}
	return n
}

// cpuTime is the CPU time (user and system) the process has used: on a
// shared machine it measures the work where wall time measures the load.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
