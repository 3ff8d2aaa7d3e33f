// Package clusterq scores a partition of items against true labels:
// pairwise precision, recall and F1, the adjusted Rand index and B-cubed
// F1. It is shared by the grouping benchmark (group/bench) and group's own
// corpus tests, which cannot import group/bench (it imports group).
package clusterq

import "math"

// Quality holds the agreement of a predicted partition with the labels.
type Quality struct {
	PairwisePrecision float64 `json:"pairwise_precision"`
	PairwiseRecall    float64 `json:"pairwise_recall"`
	PairwiseF1        float64 `json:"pairwise_f1"`
	// ARI is the adjusted Rand index (Hubert & Arabie 1985): 1 for
	// identical partitions, about 0 for chance.
	ARI float64 `json:"ari"`
	// BCubedF1 is the harmonic mean of B-cubed precision and recall
	// (Bagga & Baldwin 1998), averaged over items.
	BCubedF1 float64 `json:"bcubed_f1"`
}

func choose2(n int) float64 { return float64(n) * float64(n-1) / 2 }

// Evaluate compares predicted story keys with true cluster labels, item by
// item (pred[i] and truth[i] describe the same article).
func Evaluate(pred, truth []string) Quality {
	n := len(pred)
	type cell struct{ p, t string }
	cells := map[cell]int{}
	ps, ts := map[string]int{}, map[string]int{}
	for i := range pred {
		cells[cell{pred[i], truth[i]}]++
		ps[pred[i]]++
		ts[truth[i]]++
	}
	var sumCells, sumP, sumT float64
	for _, c := range cells {
		sumCells += choose2(c)
	}
	for _, c := range ps {
		sumP += choose2(c)
	}
	for _, c := range ts {
		sumT += choose2(c)
	}
	var q Quality
	q.PairwisePrecision, q.PairwiseRecall = Ratio(sumCells, sumP), Ratio(sumCells, sumT)
	q.PairwiseF1 = Harmonic(q.PairwisePrecision, q.PairwiseRecall)
	total := choose2(n)
	expected := 0.0
	if total > 0 {
		expected = sumP * sumT / total
	}
	maxIdx := (sumP + sumT) / 2
	if d := maxIdx - expected; math.Abs(d) > 1e-12 {
		q.ARI = (sumCells - expected) / d
	} else {
		q.ARI = 1
	}
	// B-cubed: for item i, precision = |C(i) ∩ L(i)| / |C(i)|, recall =
	// |C(i) ∩ L(i)| / |L(i)|; each item of a cell has the same values.
	var bp, br float64
	for c, k := range cells {
		bp += float64(k) * float64(k) / float64(ps[c.p])
		br += float64(k) * float64(k) / float64(ts[c.t])
	}
	if n > 0 {
		q.BCubedF1 = Harmonic(bp/float64(n), br/float64(n))
	}
	return q
}

// Ratio is a/b, 1 when b is 0 (nothing predicted is nothing wrong).
func Ratio(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return a / b
}

// Harmonic is the harmonic mean of p and r (F1), 0 when both are 0.
func Harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
