package group

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"crosswire"

	"github.com/cespare/xxhash/v2"
)

// longHeadline returns a headline that starts as head and goes on with
// n invented words of its own (prefix tells two headlines' words apart).
func longHeadline(head, prefix string, n int) string {
	var b strings.Builder
	b.WriteString(head)
	for i := range n {
		fmt.Fprintf(&b, " %s%x", prefix, i)
	}
	return b.String()
}

// TestLongHeadlines reads headlines of 100 words more (a text scraped as
// its title; more invented words would make the text no longer read as
// English, which the rule asks): the terms of one are found by key
// (sorted beyond fewHeadTerms), every word once, and the rule answers as
// it does for the headlines' first words — two stories apart, a rewrite
// joined.
func TestLongHeadlines(t *testing.T) {
	bg := haBackground()
	const n = 100
	long := func(a crosswire.Article, prefix string) crosswire.Article {
		a.Title = longHeadline(a.Title, prefix, n)
		return a
	}
	for _, tc := range []struct {
		name  string
		a, b  crosswire.Article
		apart bool
	}{
		{"two stories of one club's week", long(haInjury, "qa"), long(haFine, "qb"), true},
		{"a paper's rewrite", long(haInjury, "qa"), long(haInjuryPaper, "qb"), false},
		{"one long headline", long(haInjury, "qa"), haFine, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, _, _ := groupTwo(t, tc.a, tc.b, bg)
			if got := ix.headlinesApart(0, 1); got != tc.apart {
				t.Errorf("headlinesApart = %v, want %v", got, tc.apart)
			}
		})
	}
	ix, _, _ := groupTwo(t, long(haInjury, "qa"), haFine, bg)
	var w headWords
	a := ix.topics.arts[1] // ha-injury, after ha-fine
	terms, _ := ix.headTerms(1, a.Title, nil, &w)
	if len(terms) <= n {
		t.Fatalf("%d terms of a headline of %d invented words and more", len(terms), n)
	}
	seen := map[uint64]bool{}
	w.each(a.Title, func(word []byte, _ bool, key uint64) {
		if monthNumber(word) > 0 || isWeekday(word) {
			return
		}
		seen[key] = true
		if findTerm(terms, key) < 0 {
			t.Fatalf("term %q not found", word)
		}
	})
	if len(seen) != len(terms) {
		t.Errorf("%d terms, %d distinct words", len(terms), len(seen))
	}
}

// BenchmarkLongHeadline reads the terms of two headlines of 1,000 and of
// 10,000 words, asks each term of one in the other and whether the text
// writes one, as headlinesApart does once both are read: time per word
// stays flat (a scan of the terms read so far for each word, before
// fewHeadTerms, made 10,000 words take about 100 times 1,000's).
func BenchmarkLongHeadline(b *testing.B) {
	bg := haBackground()
	for _, n := range []int{1000, 10000} {
		x, y := haInjury, haFine
		x.Title, y.Title = longHeadline(x.Title, "qa", n), longHeadline(y.Title, "qb", n)
		ix, _, _ := groupTwo(b, x, y, bg)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var w headWords
			for b.Loop() {
				ka, _ := ix.headTerms(0, ix.topics.arts[0].Title, nil, &w)
				kb, _ := ix.headTerms(1, ix.topics.arts[1].Title, nil, &w)
				for _, t := range ka {
					findTerm(kb, t.key)
				}
				w.titles(ka, ix.topics.arts[0].Text)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/word")
		})
	}
}

// TestMentionsManyNames counts the mentions of more names than
// fewHeadTerms (looked up by key) as of a few (by scan): each of 100
// invented names written twice capitalised and once in lower case
// counts 2, and a word the text never writes 0.
func TestMentionsManyNames(t *testing.T) {
	var text strings.Builder
	var hs []uint64
	for i := range 100 {
		w := fmt.Sprintf("Qa%x", i)
		fmt.Fprintf(&text, "%s met %s and %s. ", w, w, strings.ToLower(w))
		hs = append(hs, xxhash.Sum64String(strings.ToLower(w)))
	}
	hs = append(hs, xxhash.Sum64String("velmora"))
	a := &crosswire.Article{ID: "m", Title: "Talks", Text: text.String()}
	many, few := mentions(a, hs), mentions(a, hs[len(hs)-3:])
	for i, n := range many {
		if want := map[bool]int{true: 0, false: 2}[i == len(hs)-1]; n != want {
			t.Fatalf("name %d: %d mentions, want %d", i, n, want)
		}
	}
	if !slices.Equal(few, many[len(many)-3:]) {
		t.Errorf("by scan %v, by key %v", few, many[len(many)-3:])
	}
}
