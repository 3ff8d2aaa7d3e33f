package group

import (
	"context"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"crosswire"
)

// bbcArticles reads the shared BBC corpus, skipping when it is absent.
func bbcArticles(tb testing.TB) []crosswire.Article {
	tb.Helper()
	return sharedArticles(tb, "bbc-news-2225.jsonl")
}

func BenchmarkFingerprint(b *testing.B) {
	arts := bbcArticles(b)
	var s scratch
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes / len(arts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.fingerprint(&arts[i%len(arts)])
	}
}

// BenchmarkNewFingerprint measures NewFingerprint from parallel
// goroutines, as ingest workers call it: scratch memory comes from a pool.
func BenchmarkNewFingerprint(b *testing.B) {
	arts := bbcArticles(b)
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes / len(arts)))
	var next atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			NewFingerprint(&arts[int(next.Add(1))%len(arts)])
		}
	})
}

// syntheticFingerprint makes a fingerprint with random MinHash values and
// anchors drawn from a skewed vocabulary, to fill an index of a million
// articles in seconds.
func syntheticFingerprint(r *rand.Rand, i int) *Fingerprint {
	f := &Fingerprint{ID: "syn-" + itoa(i), Words: 400}
	f.Signature.Shingles = 400
	for k := range f.Signature.Mins {
		f.Signature.Mins[k] = r.Uint32()
	}
	n := 20 + r.Intn(40)
	for k := 0; k < n; k++ {
		// a few very common anchors, many rare ones
		var v uint32
		switch x := r.Float64(); {
		case x < 0.2:
			v = uint32(r.Intn(200))
		case x < 0.5:
			v = uint32(r.Intn(50000))
		default:
			v = r.Uint32()
		}
		f.Anchors = append(f.Anchors, uint32(mix64(uint64(v))))
	}
	f.Anchors = sortedAnchors(f.Anchors)
	f.Published = time.Unix(1.7e9+int64(i)*30, 0)
	return f
}

func itoa(i int) string {
	var b [20]byte
	p := len(b)
	for i >= 10 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	p--
	b[p] = byte('0' + i)
	return string(b[p:])
}

// BenchmarkIndexAdd measures adding one article to an index that already
// holds a million (synthetic fingerprints; index work only).
func BenchmarkIndexAdd(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a million-article index")
	}
	const size = 1_000_000
	r := rand.New(rand.NewSource(1))
	ix := NewIndex(IndexOptions{Capacity: size + b.N})
	for i := 0; i < size; i++ {
		ix.insert(syntheticFingerprint(r, i))
	}
	fps := make([]*Fingerprint, b.N)
	for i := range fps {
		fps[i] = syntheticFingerprint(r, size+i)
	}
	b.ReportMetric(float64(ix.Bytes())/float64(ix.n), "index-bytes/article")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix.AddFingerprint(context.Background(), fps[i])
	}
}

// TestIndexAddLatency checks that adding to an index of a million
// articles stays well under a millisecond per article (p99), and that the
// index stays under 1 KiB per article.
func TestIndexAddLatency(t *testing.T) {
	if testing.Short() || os.Getenv("CROSSWIRE_LONG") == "" {
		t.Skip("set CROSSWIRE_LONG=1: builds a million-article index")
	}
	size := 1_000_000
	if n, err := strconv.Atoi(os.Getenv("CROSSWIRE_LONG")); err == nil && n > 1 {
		size = n
	}
	r := rand.New(rand.NewSource(1))
	// presized, as a long-running index should be: growing arrays of
	// hundreds of megabytes copies them, a latency spike of milliseconds
	ix := NewIndex(IndexOptions{Capacity: size + 2000})
	built := time.Now()
	for i := 0; i < size; i++ {
		ix.insert(syntheticFingerprint(r, i))
	}
	t.Logf("built %d in %v", size, time.Since(built))
	lat := make([]time.Duration, 2000)
	for i := range lat {
		f := syntheticFingerprint(r, size+i)
		start := time.Now()
		ix.AddFingerprint(context.Background(), f)
		lat[i] = time.Since(start)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	per := float64(ix.Bytes()) / float64(ix.n)
	t.Logf("index of %d: add p50 %v p99 %v max %v; %.0f bytes/article", ix.n, lat[len(lat)/2], lat[len(lat)*99/100], lat[len(lat)-1], per)
	if lat[len(lat)*99/100] > 500*time.Microsecond {
		t.Errorf("p99 add latency %v", lat[len(lat)*99/100])
	}
	if per > 1024 {
		t.Errorf("%.0f bytes per article", per)
	}
}

// BenchmarkPartition measures the batch grouping of the BBC corpus (2,225
// real articles) as check groups a collection: fingerprints, the LSH and
// anchor index, verification, the union-find of stories and story cores.
func BenchmarkPartition(b *testing.B) {
	arts := bbcArticles(b)
	g := New(Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := g.Partition(context.Background(), arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
