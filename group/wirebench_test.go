package group

import (
	"context"
	"testing"

	"crosswire"
)

// BenchmarkPartitionMeter measures the batch grouping of meter-showbiz
// (287 real articles, PA wire takes and papers, cleaned as check cleans
// them): the wire rules, the wire guard and the lone clients' passes run
// here, not on the BBC or reprint sets, which have no takes.
func BenchmarkPartitionMeter(b *testing.B) {
	recs := cleaned(readCorpus(b, "meter-showbiz.jsonl"))
	arts := make([]crosswire.Article, len(recs))
	for i, r := range recs {
		arts[i] = r.article()
	}
	g := New(Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := g.Partition(context.Background(), arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
