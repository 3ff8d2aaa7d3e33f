package bench

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"

	"crosswire"
	"crosswire/facts"
)

// ownReporting measures what a paper holds that its story's wire takes do
// not — the marks of reporting of its own: the share of its distinct
// names (people, organisations, places, groups) the wire does not name,
// of its distinct figures the wire does not give, of its quotations
// (quotation marks, not reported speech) whose words the wire does not
// print, and of its quotations with a named speaker the wire does not
// name. Facts are the facts package's. Each is 0 when the paper has none
// of the kind.
func ownReporting(t *testing.T, ex *facts.Extractor, wire []crosswire.Article, paper *crosswire.Article) [4]float64 {
	t.Helper()
	ctx := context.Background()
	names, figures := map[string]bool{}, map[string]bool{}
	var wireWords []string
	for i := range wire {
		fs, err := ex.Extract(ctx, &wire[i])
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			switch f.Kind {
			case crosswire.KindPerson, crosswire.KindOrg, crosswire.KindPlace, crosswire.KindGroup:
				names[strings.ToLower(f.Value)] = true
			case crosswire.KindNumber:
				figures[f.Value] = true
			}
		}
		wireWords = append(wireWords, plainWords(wire[i].Text))
	}
	fs, err := ex.Extract(ctx, paper)
	if err != nil {
		t.Fatal(err)
	}
	ownNames, allNames := map[string]bool{}, map[string]bool{}
	ownFigures, allFigures := map[string]bool{}, map[string]bool{}
	quotes, ownQuotes, spoken, ownSpeakers := 0, 0, 0, 0
	for _, f := range fs {
		switch f.Kind {
		case crosswire.KindPerson, crosswire.KindOrg, crosswire.KindPlace, crosswire.KindGroup:
			k := strings.ToLower(f.Value)
			allNames[k] = true
			if !names[k] {
				ownNames[k] = true
			}
		case crosswire.KindNumber:
			allFigures[f.Value] = true
			if !figures[f.Value] {
				ownFigures[f.Value] = true
			}
		case crosswire.KindQuote:
			if f.Quote.Reported {
				continue
			}
			quotes++
			said := plainWords(f.Quote.Said)
			if !slices.ContainsFunc(wireWords, func(w string) bool { return strings.Contains(w, said) }) {
				ownQuotes++
			}
			if f.Quote.Speaker != "" {
				spoken++
				if !names[strings.ToLower(f.Quote.Speaker)] {
					ownSpeakers++
				}
			}
		}
	}
	share := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	return [4]float64{share(len(ownNames), len(allNames)), share(len(ownFigures), len(allFigures)), share(ownQuotes, quotes), share(ownSpeakers, spoken)}
}

// plainWords is s lower-cased with every run of characters other than
// letters and digits one space: the words of a quotation compare alike
// however the wire and a paper mark and break its lines.
func plainWords(s string) string {
	return " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
}

// measured is a METER paper with every measure of its text against its
// story's wire takes that lineage reads or that was tried.
type measured struct {
	label string
	half  int
	x     []float64
}

// measureNames name the columns of measured.x: the LineageFeatures
// (lengths as logarithms) and the four ownReporting shares.
var measureNames = []string{"Reuse", "Verbatim", "Narrative", "NarrativeVerbatim", "NewFacts", "Weak", "WeakNarrative",
	"Runs", "Ordered", "Quotes", "Gram4", "Gram7", "ln Longest", "Anchors", "Coverage", "ln LengthRatio", "Tiled",
	"TiledNarrative", "ln Sentences", "OwnNames", "OwnFigures", "OwnQuotes", "OwnSpeakers"}

// measuredPapers measures every labelled paper of METER showbiz (gold
// grouping).
func measuredPapers(t *testing.T) []measured {
	t.Helper()
	ex := facts.New()
	var out []measured
	for _, s := range paperSamples(t) {
		f := s.f
		own := ownReporting(t, ex, s.wire, &s.paper)
		x := []float64{f.Reuse, f.Verbatim, f.Narrative, f.NarrativeVerbatim, f.NewFacts, f.Weak, f.WeakNarrative,
			f.Runs, f.Ordered, f.Quotes, f.Gram4, f.Gram7, math.Log1p(float64(f.Longest)), f.Anchors, f.Coverage,
			math.Log(max(f.LengthRatio, 1e-3)), f.Tiled, f.TiledNarrative, math.Log(float64(max(f.Sentences, 1))),
			own[0], own[1], own[2], own[3]}
		out = append(out, measured{label: s.label, half: s.half, x: x})
	}
	return out
}

// TestLineageOwnReporting: what a paper holds that the wire does not (names
// and figures the wire lacks, quotations it does not print, speakers it
// does not name) as evidence that the paper was written without the wire.
// Area under the ROC curve of each share, independent papers above
// derived ones and above partially derived ones (0.5 is chance), per
// METER half. Measured (calibration / held-out): non vs derived OwnNames
// 0.65 / 0.62, OwnFigures 0.68 / 0.77, OwnQuotes 0.61 / 0.60, OwnSpeakers
// 0.61 / 0.51; non vs partially 0.61 / 0.45, 0.62 / 0.73, 0.58 / 0.54,
// 0.59 / 0.45 — against the aligned share's (WeakNarrative) 0.77 / 0.79
// and 0.71 / 0.67. A partially derived paper is one that added reporting
// of its own to what it took from the wire: own names, figures, quotations
// and speakers are as much its marks as an independent paper's. The test
// checks the shares point the way they say on the calibration half (a
// broken one is at chance or below) and that none separates partially
// derived from independent papers better than WeakNarrative there.
func TestLineageOwnReporting(t *testing.T) {
	papers := measuredPapers(t)
	col := func(name string) int { return slices.Index(measureNames, name) }
	wn := col("WeakNarrative")
	for half := 1; half <= 2; half++ {
		sep := func(k int, flip bool) (dn, pn float64) {
			var derived, partially, non []float64
			for _, p := range papers {
				if p.half != half {
					continue
				}
				x := p.x[k]
				if flip {
					x = -x
				}
				switch p.label {
				case Non:
					non = append(non, x)
				case Partially:
					partially = append(partially, x)
					derived = append(derived, x)
				case Wholly:
					derived = append(derived, x)
				}
			}
			return auc(non, derived), auc(non, partially)
		}
		refDN, refPN := sep(wn, true)
		t.Logf("half %d %-13s non vs derived %.2f, non vs partially %.2f", half, "WeakNarrative", refDN, refPN)
		for _, name := range []string{"OwnNames", "OwnFigures", "OwnQuotes", "OwnSpeakers"} {
			dn, pn := sep(col(name), false)
			t.Logf("half %d %-13s non vs derived %.2f, non vs partially %.2f", half, name, dn, pn)
			if half == 1 && dn < 0.55 {
				t.Errorf("%s separates independent from derived papers at %.2f on the calibration half: want at least 0.55", name, dn)
			}
			if half == 1 && pn > refPN {
				t.Errorf("%s separates independent from partially derived papers at %.2f, better than WeakNarrative's %.2f: use it", name, pn, refPN)
			}
		}
	}
}

// classIndex numbers the derivation classes for a confusion matrix.
var classIndex = map[string]int{Wholly: 0, Partially: 1, Non: 2}

// confusionF1 is the macro-F1 of a confusion matrix (label, predicted), as
// the benchmark's scorer computes it.
func confusionF1(c *[3][3]int) float64 {
	var m float64
	for k := range 3 {
		support, predicted := 0, 0
		for j := range 3 {
			support += c[k][j]
			predicted += c[j][k]
		}
		p, r := ratio(float64(c[k][k]), float64(predicted)), ratio(float64(c[k][k]), float64(support))
		m += harmonic(p, r) / 3
	}
	return m
}

// oracleRules is the best macro-F1 two thresholds reach on papers, both
// chosen on the papers themselves: a paper is derived when one measure is
// on one side of a threshold, and a derived paper wholly derived when a
// measure (the same or another) is on one side of another threshold. It
// returns the score and the two measures' names.
func oracleRules(papers []measured) (float64, string, string) {
	best, bd, bs := 0.0, "", ""
	for d := range measureNames {
		for _, sign := range []float64{1, -1} {
			for _, th := range thresholds(papers, d) {
				var c [3][3]int
				var derived []int
				for i, p := range papers {
					if sign*p.x[d] >= sign*th {
						derived = append(derived, i)
						c[classIndex[p.label]][1]++
					} else {
						c[classIndex[p.label]][2]++
					}
				}
				for s := range measureNames {
					for _, sign2 := range []float64{1, -1} {
						// all derived papers partially derived, then
						// the k highest wholly
						order := slices.Clone(derived)
						slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(sign2*papers[b].x[s], sign2*papers[a].x[s]) })
						w := c
						for k := 0; k <= len(order); k++ {
							if k > 0 {
								l := classIndex[papers[order[k-1]].label]
								w[l][1]--
								w[l][0]++
							}
							if k > 0 && k < len(order) && papers[order[k]].x[s] == papers[order[k-1]].x[s] {
								continue // a threshold falls between values
							}
							if m := confusionF1(&w); m > best {
								best, bd, bs = m, measureNames[d], measureNames[s]
							}
						}
					}
				}
			}
		}
	}
	return best, bd, bs
}

// thresholds are the distinct values of measure k among the papers.
func thresholds(papers []measured, k int) []float64 {
	var v []float64
	for _, p := range papers {
		v = append(v, p.x[k])
	}
	slices.Sort(v)
	return slices.Compact(v)
}

// inSampleModel fits the two-stage logistic model (derived vs non, then
// wholly vs partially among the derived; classes weighed equally; every
// measure, standardised; L2 penalty lambda) on the papers and scores it on
// the same papers: what the measures can tell when nothing has to carry
// to unseen stories.
func inSampleModel(papers []measured, lambda float64) float64 {
	d := len(measureNames)
	mean, sd := make([]float64, d), make([]float64, d)
	for k := range d {
		for _, p := range papers {
			mean[k] += p.x[k] / float64(len(papers))
		}
		for _, p := range papers {
			sd[k] += (p.x[k] - mean[k]) * (p.x[k] - mean[k]) / float64(len(papers))
		}
		sd[k] = math.Sqrt(sd[k])
		if sd[k] == 0 {
			sd[k] = 1
		}
	}
	row := func(p measured) []float64 {
		r := []float64{1}
		for k := range d {
			r = append(r, (p.x[k]-mean[k])/sd[k])
		}
		return r
	}
	var x1, x2 [][]float64
	var y1, y2 []float64
	for _, p := range papers {
		y := 1.0
		if p.label == Non {
			y = 0
		}
		x1, y1 = append(x1, row(p)), append(y1, y)
		if p.label != Non {
			y = 0
			if p.label == Wholly {
				y = 1
			}
			x2, y2 = append(x2, row(p)), append(y2, y)
		}
	}
	w1, w2 := fitLogistic(x1, y1, lambda), fitLogistic(x2, y2, lambda)
	z := func(w, x []float64) float64 {
		s := 0.0
		for i := range w {
			s += w[i] * x[i]
		}
		return s
	}
	var c [3][3]int
	for _, p := range papers {
		pred := Partially
		switch r := row(p); {
		case z(w1, r) < 0:
			pred = Non
		case z(w2, r) >= 0:
			pred = Wholly
		}
		c[classIndex[p.label]][classIndex[pred]]++
	}
	return confusionF1(&c)
}

// TestLineageBound measures how far the texts' measures can carry the
// METER derivation macro-F1, each half scored on itself (no held-out
// papers: an upper bound, not an estimate): (1) the best pair of
// thresholds over any two of the 23 measures of measureNames (one says
// derived or not, one wholly or partially), chosen on the half; (2) the
// two-stage logistic model over all 23 fitted on the half (L2 penalty
// 0.01). Measured (calibration / held-out): (1) 0.652 / 0.755 (derived by
// Anchors, wholly by Runs; by Tiled and Weak), (2) 0.748 / 0.931 (the
// held-out half, 75 papers, is small enough for 48 coefficients to fit
// most of it). The calibration half's 100 papers stay under 0.75 however
// the measures are thresholded or combined, each chosen on the very papers
// it is scored on; the target of 0.80 a half needs a signal none of these
// measures carries. The test fails when one reaches it on the calibration
// half: then the target is in reach, and the rule should be built.
func TestLineageBound(t *testing.T) {
	papers := measuredPapers(t)
	for half := 1; half <= 2; half++ {
		var hp []measured
		for _, p := range papers {
			if p.half == half {
				hp = append(hp, p)
			}
		}
		o, d, s := oracleRules(hp)
		m := inSampleModel(hp, 0.01)
		t.Logf("half %d (%d papers): best two thresholds %.3f (derived by %s, wholly by %s); logistic over all %d measures in-sample %.3f", half, len(hp), o, d, s, len(measureNames), m)
		if half == 1 && (o >= 0.8 || m >= 0.8) {
			t.Errorf("on the calibration half a rule over the measures reaches %.3f / %.3f: the 0.80 target is in reach", o, m)
		}
	}
}
