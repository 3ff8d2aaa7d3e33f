package bench

import (
	"context"
	"math"
	"testing"

	"crosswire"
	"crosswire/group"
)

// derivationSamples are the papers of the METER calibration half (gold
// grouping) labelled wholly or partially derived, with the derivation
// model's features measured against their story's wire takes: intercept,
// narrative share, run share, ln(sentences); y is 1 for wholly.
func derivationSamples(t *testing.T, half int) (xs [][4]float64, ys []float64) {
	t.Helper()
	run, err := GroupLineage(context.Background(), sharedData(t, "meter-showbiz.jsonl"), true)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range run.Stories {
		var wire []crosswire.Article
		for _, a := range st.Articles {
			if a.Wire != nil {
				wire = append(wire, a)
			}
		}
		for _, a := range st.Articles {
			if a.Wire != nil || len(wire) == 0 || run.Half(a.Source, 1) != half {
				continue
			}
			_, _, lab := run.Label(a.Source)
			if lab != Wholly && lab != Partially {
				continue
			}
			f := group.LineageFeaturesOf(wire, &a)
			if f.Sentences == 0 {
				continue
			}
			xs = append(xs, [4]float64{1, f.Narrative, f.Runs, math.Log(float64(f.Sentences))})
			y := 0.0
			if lab == Wholly {
				y = 1
			}
			ys = append(ys, y)
		}
	}
	return xs, ys
}

// fitLogistic fits a logistic regression by Newton's method, the classes
// weighed equally (each class's weights sum to half the samples), with an
// L2 penalty lambda on every coefficient but the intercept.
func fitLogistic(xs [][4]float64, ys []float64, lambda float64) [4]float64 {
	var pos float64
	for _, y := range ys {
		pos += y
	}
	n := float64(len(ys))
	wPos, wNeg := n/(2*pos), n/(2*(n-pos))
	var w [4]float64
	for iter := 0; iter < 100; iter++ {
		var g [4]float64
		var h [4][5]float64
		for k, x := range xs {
			z := 0.0
			for i := range x {
				z += w[i] * x[i]
			}
			p := 1 / (1 + math.Exp(-z))
			c := wNeg
			if ys[k] == 1 {
				c = wPos
			}
			for i := range x {
				g[i] += c * (p - ys[k]) * x[i]
				for j := range x {
					h[i][j] += c * p * (1 - p) * x[i] * x[j]
				}
			}
		}
		for i := 1; i < 4; i++ {
			g[i] += lambda * w[i]
			h[i][i] += lambda
		}
		for i := range g {
			h[i][4] = g[i]
		}
		step := solve4(h)
		done := true
		for i := range w {
			w[i] -= step[i]
			done = done && math.Abs(step[i]) < 1e-12
		}
		if done {
			break
		}
	}
	return w
}

// solve4 solves a 4×4 linear system given as an augmented matrix
// (Gauss–Jordan with partial pivoting).
func solve4(m [4][5]float64) [4]float64 {
	for c := 0; c < 4; c++ {
		p := c
		for r := c + 1; r < 4; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		for r := 0; r < 4; r++ {
			if r == c {
				continue
			}
			f := m[r][c] / m[c][c]
			for k := c; k < 5; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	var out [4]float64
	for i := range out {
		out[i] = m[i][4] / m[i][i]
	}
	return out
}

// TestDerivationModelFit refits the derivation model on the calibration
// half of METER showbiz and checks the committed coefficients are the fit
// (to the three decimals committed): `go test ./group/bench -run
// TestDerivationModelFit -v` prints them.
func TestDerivationModelFit(t *testing.T) {
	xs, ys := derivationSamples(t, 1)
	w := fitLogistic(xs, ys, 1)
	t.Logf("%d calibration papers; fitted intercept %.3f, narrative %.3f, runs %.3f, ln(sentences) %.3f", len(xs), w[0], w[1], w[2], w[3])
	for i, c := range []struct {
		name string
		got  float64
	}{
		{"WhollyIntercept", group.WhollyIntercept},
		{"WhollyNarrative", group.WhollyNarrative},
		{"WhollyRuns", group.WhollyRuns},
		{"WhollyLogSentences", group.WhollyLogSentences},
	} {
		if math.Abs(c.got-w[i]) > 0.0006 {
			t.Errorf("%s = %.3f, the fit gives %.3f", c.name, c.got, w[i])
		}
	}
}
