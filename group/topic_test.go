package group

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

// TestTopics weighs topic words by inverse document frequency: a word one
// doc has, or more than commonFraction of them, weighs nothing, and the
// cosine of two docs counts only the words that weigh.
func TestTopics(t *testing.T) {
	// 60 docs: word 1 in all of them (common), 7 only in doc 0, 2 and 3
	// in docs 0 and 1, 4 in docs 1 and 2
	words := make([][]uint32, 60)
	for d := range words {
		words[d] = []uint32{1}
	}
	words[0] = []uint32{1, 2, 3, 7}
	words[1] = []uint32{1, 2, 3, 4}
	words[2] = []uint32{1, 4}
	tp := newTopics(words, nil, nil)
	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{"common word weighs nothing", tp.weight(1), 0},
		{"word of one doc weighs nothing", tp.weight(7), 0},
		{"word of two docs", tp.weight(2), math.Log(61.0 / 2)},
		{"docs sharing two of their three words", tp.cosine(0, 1), 2 / math.Sqrt(2*3)},
		{"docs sharing one of their words", tp.cosine(1, 2), 1 / math.Sqrt(3*1)},
		{"docs sharing no weighing word", tp.cosine(0, 2), 0},
		{"doc with only common words", tp.cosine(0, 5), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if math.Abs(tc.got-tc.want) > 1e-9 {
				t.Errorf("got %.6f, want %.6f", tc.got, tc.want)
			}
		})
	}
	if len(tp.words[0]) != 2 {
		t.Errorf("doc 0 keeps %v, want only the two words that weigh", tp.words[0])
	}
}

// TestTopicWeighs: topics.weighs says what weight > 0 says, for words in
// one doc, in a few, and in more than commonFraction of the docs, with and
// without a background.
func TestTopicWeighs(t *testing.T) {
	for _, bg := range []*Background{nil, DefaultBackground()} {
		words := make([][]uint32, 60)
		for d := range words {
			words[d] = []uint32{1, 2 + uint32(d%2), 10 + uint32(d/20), 100 + uint32(d), 1000 + uint32(d/2), 2000 + uint32(d/3), 3000 + uint32(d/4)}
		}
		tp := newTopics(words, nil, bg)
		weighed := 0
		for _, h := range []uint32{1, 2, 3, 10, 11, 12, 100, 159, 1000, 1029, 2000, 2019, 3000, 3014, 7777} {
			if got, want := tp.weighs(h), tp.weight(h) > 0; got != want {
				t.Errorf("background %v, word %d: weighs %v, weight %.3f", bg != nil, h, got, tp.weight(h))
			}
			if tp.weighs(h) {
				weighed++
			}
		}
		if weighed == 0 {
			t.Errorf("background %v: no word weighs: the test asks nothing", bg != nil)
		}
	}
}

// TestSortHashes: the bucket sort of topic-word hashes gives slices.Sort's
// order for even and skewed hashes, duplicates and every size around its
// bucket counts.
func TestSortHashes(t *testing.T) {
	x := uint64(7)
	next := func() uint32 {
		x = x*6364136223846793005 + 1442695040888963407
		return uint32(x >> 32)
	}
	gens := map[string]func(i int) uint32{
		"even":       func(int) uint32 { return next() },
		"duplicates": func(int) uint32 { return next() % 50 },
		"one bucket": func(int) uint32 { return next() >> 12 },
		"descending": func(i int) uint32 { return ^uint32(i) * 2654435761 },
		"top bits":   func(int) uint32 { return next() &^ 0xfffff },
	}
	for name, gen := range gens {
		for _, n := range []int{bucketSortMin, 65, 100, 127, 128, 400, 1023, 1024, 1025, 2048, 5000} {
			src := make([]uint32, n)
			for i := range src {
				src[i] = gen(i)
			}
			want := slices.Sorted(slices.Values(src))
			got := make([]uint32, n)
			sortHashes(got, src)
			if !slices.Equal(got, want) {
				t.Errorf("%s, %d hashes: not sorted as slices.Sort", name, n)
			}
		}
	}
}

// BenchmarkSortHashes: even hashes, as many as a short and a long
// article's topic words.
func BenchmarkSortHashes(b *testing.B) {
	for _, n := range []int{bucketSortMin, 400} {
		src := make([]uint32, n)
		x := uint64(1)
		for i := range src {
			x = x*6364136223846793005 + 1442695040888963407
			src[i] = uint32(x >> 32)
		}
		dst := make([]uint32, n)
		b.Run(fmt.Sprintf("bucket-%d", n), func(b *testing.B) {
			for b.Loop() {
				sortHashes(dst, src)
			}
		})
		b.Run(fmt.Sprintf("slices.Sort-%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(dst, src)
				slices.Sort(dst)
			}
		})
	}
}

// TestNewTopicsWorkers: counting on several workers (a range of buckets
// each) gives the serial pass's counts, background frequencies (a shared
// bucket's first word's), coverage and kept words, with words that share
// buckets with background words in every order.
func TestNewTopicsWorkers(t *testing.T) {
	known := []string{"the", "government", "said", "minister", "football", "market", "election", "police"}
	x := uint64(3)
	next := func() uint64 {
		x = x*6364136223846793005 + 1442695040888963407
		return x >> 32
	}
	input := make([][]uint32, 3000) // 60,000 occurrences ≥ parallelCountMin
	for d := range input {
		for range 20 {
			h := wordHash(known[next()%uint64(len(known))])
			switch next() % 3 {
			case 0: // another word in the known word's bucket
				h ^= uint32(next()%4096+1) << 20
			case 1:
				h = uint32(next())
			}
			input[d] = append(input[d], h)
		}
		slices.Sort(input[d])
		input[d] = slices.Compact(input[d])
	}
	run := func(workers int) *topics {
		words := make([][]uint32, len(input))
		for d := range input {
			words[d] = slices.Clone(input[d])
		}
		return newTopicsWorkers(words, nil, DefaultBackground(), workers)
	}
	want := run(1)
	for _, workers := range []int{2, 3, 4} {
		got := run(workers)
		if !slices.Equal(got.df, want.df) || !slices.Equal(got.bgdf, want.bgdf) || !slices.Equal(got.covered, want.covered) ||
			!slices.EqualFunc(got.words, want.words, slices.Equal[[]uint32]) {
			t.Errorf("%d workers: counts, background frequencies, coverage or kept words differ from one worker's", workers)
		}
	}
}

// TestTopicsKeepWeighs: newTopics keeps of each doc exactly the words
// weighs keeps (the keep pass reads the pooled counts inline), with no
// background, the shipped one and an empty one, on docs whose words are
// common, of one doc, rare and unknown to the background.
func TestTopicsKeepWeighs(t *testing.T) {
	known := []string{"the", "government", "said", "minister", "football", "market", "election", "police", "经济", "地震"}
	x := uint64(5)
	next := func() uint64 {
		x = x*6364136223846793005 + 1442695040888963407
		return x >> 32
	}
	input := make([][]uint32, 400)
	for d := range input {
		for range 30 {
			h := uint32(next())
			switch next() % 4 {
			case 0:
				h = wordHash(known[next()%uint64(len(known))])
			case 1:
				h = uint32(next() % 64) // in many docs
			case 2:
				h = uint32(1000 + next()%2000) // in a few
			}
			input[d] = append(input[d], h)
		}
		slices.Sort(input[d])
		input[d] = slices.Compact(input[d])
	}
	for _, bg := range []*Background{nil, DefaultBackground(), {}} {
		words := make([][]uint32, len(input))
		for d := range input {
			words[d] = slices.Clone(input[d])
		}
		tp := newTopics(words, nil, bg)
		kept, dropped := 0, 0
		for d := range input {
			want := slices.DeleteFunc(slices.Clone(input[d]), func(h uint32) bool { return !tp.weighs(h) })
			if !slices.Equal(tp.words[d], want) {
				t.Fatalf("background %v, doc %d: kept %v, weighs keeps %v", bg, d, tp.words[d], want)
			}
			kept += len(want)
			dropped += len(input[d]) - len(want)
		}
		if kept == 0 || dropped == 0 {
			t.Errorf("background %v: %d words kept, %d dropped: the test asks nothing", bg != nil, kept, dropped)
		}
	}
}
