package crosscheck

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"crosswire"
	"crosswire/facts"
)

// BenchmarkCheck measures the Checker alone on a story of n versions made
// from the example corpus's articles (facts extracted beforehand).
//
// "same" repeats the example articles unchanged (copy i is article
// i mod len): every later round is a byte-identical copy. "varied" edits
// every copy after the first round by a deterministic rule (varyCopy): a
// few figures changed and a few words dropped, as a story's versions do,
// so each copy states slightly different values. "varied" is the more
// realistic of the two: the versions of one wire story share most words
// but not every figure.
func BenchmarkCheck(b *testing.B) {
	dir := filepath.Join("..", "examples")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Skip("no example corpus")
	}
	raws := make([]string, len(names))
	for i, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		raws[i] = string(raw)
	}
	x := facts.New()
	for _, variant := range []string{"same", "varied"} {
		for _, n := range []int{5, 18, 72, 288} {
			st := &crosswire.Story{ID: "bench"}
			fm := map[string][]crosswire.Fact{}
			for i := 0; i < n; i++ {
				txt := raws[i%len(raws)]
				if variant == "varied" {
					txt = varyCopy(txt, i/len(raws))
				}
				a := crosswire.Article{ID: fmt.Sprintf("a%d", i), Text: txt, Role: crosswire.RoleRewrite}
				fs, err := x.Extract(context.Background(), &a)
				if err != nil {
					b.Fatal(err)
				}
				st.Articles = append(st.Articles, a)
				fm[a.ID] = fs
			}
			c := New()
			b.Run(fmt.Sprintf("%s/versions=%d", variant, n), func(b *testing.B) {
				b.ReportAllocs()
				cpu := processCPU()
				for b.Loop() {
					s := *st
					if err := c.Check(context.Background(), &s, fm); err != nil {
						b.Fatal(err)
					}
				}
				// CPU time beside wall time: on shared cores it is the
				// steadier measure of the work.
				b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

var benchNumber = regexp.MustCompile(`\d+`)

// varyCopy edits the round-th copy of an article deterministically: every
// third figure (offset by round) has its last digit moved by round, and
// every 40th word of the body (offset by round) is dropped. Round 0 is
// the article unchanged.
func varyCopy(txt string, round int) string {
	if round == 0 {
		return txt
	}
	j := 0
	txt = benchNumber.ReplaceAllStringFunc(txt, func(s string) string {
		j++
		if (j+round)%3 != 0 {
			return s
		}
		d := (int(s[len(s)-1]-'0') + round) % 10
		return s[:len(s)-1] + strconv.Itoa(d)
	})
	head, body, ok := strings.Cut(txt, "\n\n")
	if !ok {
		head, body = "", txt
	}
	lines := strings.Split(body, "\n")
	k := 0
	for li, line := range lines {
		ws := strings.Split(line, " ")
		out := ws[:0]
		for _, w := range ws {
			k++
			if (k+round)%40 == 0 && len(ws) > 1 {
				continue
			}
			out = append(out, w)
		}
		lines[li] = strings.Join(out, " ")
	}
	body = strings.Join(lines, "\n")
	if head == "" {
		return body
	}
	return head + "\n\n" + body
}
