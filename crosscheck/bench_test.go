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
			texts := make([]string, n)
			for i := range texts {
				texts[i] = raws[i%len(raws)]
				if variant == "varied" {
					texts[i] = varyCopy(texts[i], i/len(raws))
				}
			}
			benchStory(b, x, fmt.Sprintf("%s/versions=%d", variant, n), "a%d", texts)
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

// denseVersion writes version v of a fictional survey report of n
// sentences, each giving three counts of one template ("… counted 7
// boats, 2 cranes and 5 containers."): a long article whose figures of
// one counted noun all share their sentence's words, the worst case of
// number alignment (every figure of a noun is a candidate partner of
// every other version's). Version v moves the boat count of every
// (v+3)-th sentence by one, as versions of one report differ.
func denseVersion(n, v int) string {
	quays := []string{"north", "south", "east", "west", "old", "new", "inner", "outer"}
	var sb strings.Builder
	sb.WriteString("Title: Marrow Bay harbour survey\n\n")
	for i := 0; i < n; i++ {
		boats := 7 + 3*i
		if v > 0 && i%(v+3) == 0 {
			boats += 1 - 2*(v%2)
		}
		fmt.Fprintf(&sb, "The Marrow Bay harbour office said on Monday that the survey of the %s quay counted %d boats, %d cranes and %d containers. ",
			quays[i%len(quays)], boats, 2+i, 5+11*i)
	}
	return sb.String()
}

// BenchmarkCheckDense measures the Checker on a story of versions of one
// long report dense in figures (denseVersion, 320 sentences: 960 figures
// a version, over maxAlignMentions of each noun), facts extracted
// beforehand: the cost is the alignment of each noun's figures across
// every pair of versions.
func BenchmarkCheckDense(b *testing.B) {
	x := facts.New()
	for _, n := range []int{4, 8} {
		texts := make([]string, n)
		for i := range texts {
			texts[i] = denseVersion(320, i)
		}
		benchStory(b, x, fmt.Sprintf("versions=%d", n), "v%02d", texts)
	}
}

// benchStory measures the Checker, in the sub-benchmark name, on one
// story of texts (the i-th version's ID is fmt.Sprintf(id, i)), their
// facts extracted by x beforehand.
func benchStory(b *testing.B, x *facts.Extractor, name, id string, texts []string) {
	st := &crosswire.Story{ID: "bench"}
	fm := map[string][]crosswire.Fact{}
	for i, txt := range texts {
		a := crosswire.Article{ID: fmt.Sprintf(id, i), Text: txt, Role: crosswire.RoleRewrite}
		fs, err := x.Extract(context.Background(), &a)
		if err != nil {
			b.Fatal(err)
		}
		st.Articles = append(st.Articles, a)
		fm[a.ID] = fs
	}
	c := New()
	b.Run(name, func(b *testing.B) {
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
