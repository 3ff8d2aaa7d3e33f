package facts

import (
	"context"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"crosswire"
)

// manyTallies is a fictional sentence of n descending dashed pairs, with
// a contest word at its end when won is set.
func manyTallies(n int, won bool) string {
	s := "The Velmora Rovers played " + strings.Repeat("3-2 ", n) + "all season"
	if won {
		s += " and won the match"
	}
	return s + "."
}

// TestManyTalliesOneSentence reads a sentence of 300 dashed pairs (1,200
// bytes: one sentence, text.MaxSentence): with a contest word at its end
// every pair is a tally, without one none is.
func TestManyTalliesOneSentence(t *testing.T) {
	x := New()
	for _, won := range []bool{false, true} {
		a := &crosswire.Article{ID: "t", Text: manyTallies(300, won), Published: &testPublished}
		fs, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range fs {
			if f.Kind == crosswire.KindNumber && f.Number != nil && f.Number.Unit == Tally {
				n++
			}
		}
		if want := map[bool]int{false: 0, true: 300}[won]; n != want {
			t.Errorf("won=%v: %d tallies, want %d", won, n, want)
		}
	}
}

// BenchmarkManyTallies extracts a run of 10,000 and of 100,000 dashed
// pairs: tallyAt scans a pair's sentence for a contest word, and a run is
// cut into sentences of at most text.MaxSentence bytes, so time per pair
// stays flat (session 11: 9–12 µs a pair at both sizes).
func BenchmarkManyTallies(b *testing.B) {
	x := New()
	for _, n := range []int{10000, 100000} {
		a := &crosswire.Article{ID: "t", Text: manyTallies(n, true), Published: &testPublished}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := x.Extract(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/pair")
		})
	}
}

// FuzzTallies extracts fictional sentences of scores, votes, odds and
// ranges: no panic, every fact's span is the text it names, and two
// extractions of one text give the same facts.
func FuzzTallies(f *testing.F) {
	for _, s := range []string{
		"Rovers won 3-2 at home.", "Those aged 18-25 voted 12-7 against the plan.",
		"A 5-2 favourite lost 1-2, odds of 10-1 and a 2-3 defeat.", "1-1/2 days, 3-2:1, 4-4-4 and -3-2 and 3--2.",
		manyTallies(50, true), manyTallies(50, false), "3-2", "", "won 9999999-1 votes",
	} {
		f.Add(s)
	}
	x := New()
	f.Fuzz(func(t *testing.T, text string) {
		var runs [2][]crosswire.Fact
		for k := range runs {
			a := &crosswire.Article{ID: "fz", Text: text, Published: &testPublished}
			fs, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, a, fs)
			runs[k] = fs
		}
		if !reflect.DeepEqual(runs[0], runs[1]) {
			t.Fatalf("two extractions differ:\n%v\n%v", runs[0], runs[1])
		}
	})
}
