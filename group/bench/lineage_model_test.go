package bench

import (
	"context"
	"math"
	"strings"
	"testing"

	"crosswire"
	"crosswire/group"
)

// derivationSamples are the papers of the METER calibration half (gold
// grouping) labelled wholly or partially derived, with the derivation
// model's features measured against their story's wire takes: intercept,
// narrative share, run share, ln(sentences); y is 1 for wholly.
func derivationSamples(t *testing.T, half int) (xs [][]float64, ys []float64) {
	t.Helper()
	for _, s := range paperSamples(t) {
		if s.half != half || s.label == Non || s.f.Sentences == 0 {
			continue
		}
		xs = append(xs, []float64{1, s.f.Narrative, s.f.Runs, math.Log(float64(s.f.Sentences))})
		y := 0.0
		if s.label == Wholly {
			y = 1
		}
		ys = append(ys, y)
	}
	return xs, ys
}

// fitLogistic fits a logistic regression by Newton's method, the classes
// weighed equally (each class's weights sum to half the samples), with an
// L2 penalty lambda on every coefficient but the intercept (the first
// column of xs, all ones).
func fitLogistic(xs [][]float64, ys []float64, lambda float64) []float64 {
	var pos float64
	for _, y := range ys {
		pos += y
	}
	n := float64(len(ys))
	wPos, wNeg := n/(2*pos), n/(2*(n-pos))
	d := len(xs[0])
	w := make([]float64, d)
	for iter := 0; iter < 100; iter++ {
		h := make([][]float64, d) // the Hessian, the gradient appended
		for i := range h {
			h[i] = make([]float64, d+1)
		}
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
				h[i][d] += c * (p - ys[k]) * x[i]
				for j := range x {
					h[i][j] += c * p * (1 - p) * x[i] * x[j]
				}
			}
		}
		for i := 1; i < d; i++ {
			h[i][d] += lambda * w[i]
			h[i][i] += lambda
		}
		step := solve(h)
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

// solve solves a linear system given as an augmented matrix (Gauss–Jordan
// with partial pivoting).
func solve(m [][]float64) []float64 {
	d := len(m)
	for c := 0; c < d; c++ {
		p := c
		for r := c + 1; r < d; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		for r := 0; r < d; r++ {
			if r == c {
				continue
			}
			f := m[r][c] / m[c][c]
			for k := c; k <= d; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	out := make([]float64, d)
	for i := range out {
		out[i] = m[i][d] / m[i][i]
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

// paperSample is a METER paper with its label, half and features measured
// against its story's wire takes (gold grouping).
type paperSample struct {
	id    string
	label string
	half  int
	f     group.LineageFeatures
	// wire holds the story's wire takes, paper the paper's version.
	wire  []crosswire.Article
	paper crosswire.Article
}

// paperSamples measures every labelled paper of METER showbiz in a story
// with wire copy against all the story's wire takes.
func paperSamples(t *testing.T) []paperSample {
	t.Helper()
	run, err := GroupLineage(context.Background(), sharedData(t, "meter-showbiz.jsonl"), true)
	if err != nil {
		t.Fatal(err)
	}
	var out []paperSample
	for _, st := range run.Stories {
		var wire []crosswire.Article
		for _, a := range st.Articles {
			if a.Wire != nil {
				wire = append(wire, a)
			}
		}
		for _, a := range st.Articles {
			id, _, lab := run.Label(a.Source)
			if a.Wire != nil || len(wire) == 0 || (lab != Wholly && lab != Partially && lab != Non) {
				continue
			}
			out = append(out, paperSample{id: id, label: lab, half: run.Half(a.Source, 1), f: group.LineageFeaturesOf(wire, &a), wire: wire, paper: a})
		}
	}
	return out
}

// auc is the probability that a random positive scores above a random
// negative (ties count half).
func auc(pos, neg []float64) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return 0.5
	}
	var s float64
	for _, p := range pos {
		for _, n := range neg {
			switch {
			case p > n:
				s++
			case p == n:
				s += 0.5
			}
		}
	}
	return s / float64(len(pos)*len(neg))
}

// TestLineageSeparability measures, per METER half, how well single
// features of a paper's alignment with the wire separate derived papers
// (wholly or partially) from those written without it (non), and wholly
// from partially derived ones (area under the ROC curve; 0.5 is chance).
// The share of sentences at least weakly aligned (Weak, WeakNarrative)
// separates both best of the shares of sentences, and still leaves a
// derived paper below a non one about one time in four: measured 0.74 /
// 0.78 (Weak, derived vs non, calibration / held-out), 0.77 / 0.79
// (WeakNarrative), against Narrative's 0.70 / 0.82 and Runs' 0.64 / 0.72;
// wholly vs partially 0.83 / 0.96 (Weak). The floors check the features
// measure what they say (a broken one is at chance).
func TestLineageSeparability(t *testing.T) {
	samples := paperSamples(t)
	feats := []struct {
		name string
		get  func(group.LineageFeatures) float64
	}{
		{"Weak", func(f group.LineageFeatures) float64 { return f.Weak }},
		{"WeakNarrative", func(f group.LineageFeatures) float64 { return f.WeakNarrative }},
		{"Narrative", func(f group.LineageFeatures) float64 { return f.Narrative }},
		{"Runs", func(f group.LineageFeatures) float64 { return f.Runs }},
		{"Reuse", func(f group.LineageFeatures) float64 { return f.Reuse }},
		{"Tiled", func(f group.LineageFeatures) float64 { return f.Tiled }},
		{"TiledNarrative", func(f group.LineageFeatures) float64 { return f.TiledNarrative }},
	}
	for half := 1; half <= 2; half++ {
		for _, ft := range feats {
			var derived, non, wholly, partially []float64
			for _, s := range samples {
				if s.half != half {
					continue
				}
				x := ft.get(s.f)
				switch s.label {
				case Non:
					non = append(non, x)
				case Wholly:
					derived, wholly = append(derived, x), append(wholly, x)
				case Partially:
					derived, partially = append(derived, x), append(partially, x)
				}
			}
			dn, wp := auc(derived, non), auc(wholly, partially)
			t.Logf("half %d %-14s derived vs non %.2f, wholly vs partially %.2f (%d/%d/%d papers)", half, ft.name, dn, wp, len(wholly), len(partially), len(non))
			if (strings.HasPrefix(ft.name, "Weak") || strings.HasPrefix(ft.name, "Tiled")) && (dn < 0.7 || wp < 0.75) {
				t.Errorf("half %d: %s separates at %.2f / %.2f, want at least 0.70 / 0.75", half, ft.name, dn, wp)
			}
		}
	}
}

// TestLineageTiledReuse: reuse as the METER corpus's authors measured text
// reuse — the share of a paper's words in tiles shared with the wire
// (Tiled) — in place of the share of its sentences taken, with the same
// mapping (derived papers at ≥ WhollyReuse wholly, else partially) and
// the same derived-vs-independent decision. Measured (gold grouping,
// calibration / held-out): 0.604 / 0.636 against the shipped reuse's
// 0.624 / 0.687 — the papers METER calls wholly derived reword the wire
// (wholly recall 35 → 25 of 39; partially taken for wholly 16 → 11): a
// share of verbatim tiles under-counts what they took. The test checks
// the shipped reuse stays the better on the calibration half.
func TestLineageTiledReuse(t *testing.T) {
	path := sharedData(t, "meter-showbiz.jsonl")
	res, err := RunLineage(context.Background(), LineageOptions{Input: path, ByCluster: true})
	if err != nil {
		t.Fatal(err)
	}
	pred := map[string]string{}
	for _, r := range res.Rows {
		pred[r.ID] = r.Predicted
	}
	samples := paperSamples(t)
	for half := 1; half <= 2; half++ {
		shipped, tiled := newScorer("shipped"), newScorer("tiled")
		for _, s := range samples {
			p, ok := pred[s.id]
			if s.half != half || !ok {
				continue
			}
			tp := p
			if p != Non {
				tp = Partially
				if s.f.Tiled >= WhollyReuse {
					tp = Wholly
				}
			}
			shipped.add("", s.label, p)
			tiled.add("", s.label, tp)
		}
		a, b := shipped.score().MacroF1, tiled.score().MacroF1
		t.Logf("half %d: macro-F1 %.3f with the shipped reuse, %.3f with the tiled share", half, a, b)
		if half == 1 && b > a {
			t.Errorf("the tiled share (%.3f) beats the shipped reuse (%.3f) on the calibration half", b, a)
		}
	}
}
