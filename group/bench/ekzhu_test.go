package bench

import (
	"context"
	"runtime"
	"testing"

	minhashlsh "github.com/ekzhu/minhash-lsh"

	"crosswire/group"
)

// reprintFingerprints fingerprints the reprint benchmark (BBC articles with
// planted versions), the same signatures for both LSH implementations.
func reprintFingerprints(b *testing.B) []*group.Fingerprint {
	recs, err := ReadRecords(sharedData(b, "bbc-news-2225.jsonl"), true)
	if err != nil {
		b.Fatal(err)
	}
	gen, _ := Reprints(recs, ReprintOptions{Seed: 1})
	fps := make([]*group.Fingerprint, len(gen))
	for i := range gen {
		a := gen[i].Article()
		fps[i] = group.NewFingerprint(&a)
	}
	return fps
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkLSHOurs indexes the reprint signatures in group.Index with
// banding only (anchors removed): insert = query + add + verification.
func BenchmarkLSHOurs(b *testing.B) {
	fps := reprintFingerprints(b)
	for _, f := range fps {
		f.Anchors = nil
	}
	b.ResetTimer()
	var bytes float64
	for i := 0; i < b.N; i++ {
		before := heapInUse()
		ix := group.NewIndex(group.IndexOptions{})
		for _, f := range fps {
			if _, err := ix.AddFingerprint(context.Background(), f); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		bytes = float64(heapInUse()-before) / float64(len(fps))
		runtime.KeepAlive(ix)
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(fps)), "ns/article")
	b.ReportMetric(bytes, "heap-bytes/article")
}

// BenchmarkLSHEkzhu indexes the same signatures with
// github.com/ekzhu/minhash-lsh (LSH Forest, 32-bit values, threshold 0.3,
// close to ours): Add every signature, Index, then Query each.
func BenchmarkLSHEkzhu(b *testing.B) {
	fps := reprintFingerprints(b)
	sigs := make([][]uint64, len(fps))
	for i, f := range fps {
		sigs[i] = make([]uint64, group.NumPerm)
		for k, v := range f.Signature.Mins {
			sigs[i][k] = uint64(v)
		}
	}
	b.ResetTimer()
	var bytes float64
	cands := 0
	for i := 0; i < b.N; i++ {
		before := heapInUse()
		lsh := minhashlsh.NewMinhashLSH32(group.NumPerm, 0.3)
		for j, s := range sigs {
			lsh.Add(j, s)
		}
		lsh.Index()
		cands = 0
		for _, s := range sigs {
			cands += len(lsh.Query(s))
		}
		b.StopTimer()
		bytes = float64(heapInUse()-before) / float64(len(fps))
		runtime.KeepAlive(lsh)
		b.StartTimer()
	}
	k, l := minhashlsh.NewMinhashLSH32(group.NumPerm, 0.3).Params()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(fps)), "ns/article")
	b.ReportMetric(bytes, "heap-bytes/article")
	b.ReportMetric(float64(k), "rows")
	b.ReportMetric(float64(l), "bands")
	b.ReportMetric(float64(cands)/float64(len(fps)), "candidates/article")
}
