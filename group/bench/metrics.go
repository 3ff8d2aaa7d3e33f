package bench

import "crosswire/internal/clusterq"

// Quality holds the agreement of a predicted partition with the labels
// (see clusterq.Quality).
type Quality = clusterq.Quality

// Evaluate compares predicted story keys with true cluster labels, item by
// item (pred[i] and truth[i] describe the same article).
func Evaluate(pred, truth []string) Quality { return clusterq.Evaluate(pred, truth) }

func ratio(a, b float64) float64 { return clusterq.Ratio(a, b) }

func harmonic(p, r float64) float64 { return clusterq.Harmonic(p, r) }
