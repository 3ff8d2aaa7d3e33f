package crosscheck

import (
	"math"
	"strings"

	"crosswire"
)

// sameSentenceMeasure is the least sentence similarity (numberSim) at
// which two measures the first alignment kept apart are read as one: above
// the alignment's bar (0.3), as no shared key vouches for the pairing, so
// most of the two sentences must be one sentence told twice.
const sameSentenceMeasure = 0.5

// durationUnits are the nouns a span of time is counted in, with their
// length in days by the calendar's average: "three weeks" and "21 days"
// are one span, "three weeks" and "three months" two.
var durationUnits = map[string]float64{
	"second": 1.0 / 86400, "minute": 1.0 / 1440, "hour": 1.0 / 24, "day": 1, "week": 7, "fortnight": 14,
	"month": 365.25 / 12, "year": 365.25, "decade": 3652.5, "century": 36525,
}

// durationUnit is the unit of time a figure counts in ("three weeks" →
// "week"), or "" when it counts no span of time or carries a unit of its
// own.
func durationUnit(n *crosswire.Number) string {
	if strings.TrimSpace(n.Unit) != "" {
		return ""
	}
	c := strings.ToLower(strings.TrimSpace(n.Counted))
	if _, ok := durationUnits[c]; ok {
		return c
	}
	if c = singularOf(c); c != "" {
		if _, ok := durationUnits[c]; ok {
			return c
		}
	}
	return ""
}

// spanStep is the most two spans of time may differ in length and still be
// one span retold: a retelling that changes a span's unit moves it by a
// step of the calendar (days to weeks, weeks to months, months to years,
// hours to a day; the largest, a day for a month, about 31 times), so
// "45 minutes" and "four decades" are two spans whatever their sentences.
const spanStep = 31

// oneSpanRetold reports whether two spans of time are near enough in length
// to be one span told with another count or unit (spanStep).
func oneSpanRetold(a, b *crosswire.Number) bool {
	da, db := durationUnits[durationUnit(a)]*math.Max(a.High, a.Low), durationUnits[durationUnit(b)]*math.Max(b.High, b.Low)
	if da <= 0 || db <= 0 {
		return false
	}
	return math.Max(da, db)/math.Min(da, db) <= spanStep
}

// measureUnit is the unit a figure measures in, lower-cased: its own unit,
// or the unit of time it counts in ("three weeks" → "week").
func measureUnit(n *crosswire.Number) string {
	if u := durationUnit(n); u != "" {
		return u
	}
	return strings.ToLower(strings.TrimSpace(n.Unit))
}

// measureDimension is what a figure measures — a length, a mass, an area, a
// speed, a size in bytes or a span of time — or "" for a count, a currency
// or a percentage.
func measureDimension(n *crosswire.Number) string {
	if durationUnit(n) != "" {
		return "time"
	}
	return unitSizes[strings.ToLower(strings.TrimSpace(n.Unit))].dimension
}

// checkRenamedMeasures compares the measures the first alignment left
// unpaired because their keys differ although the sentences tell one
// thing: a measured thing the versions name by different nouns ("the
// 60-metre crane" / "the 80-metre structure") or a span of time counted in
// different units ("for three weeks before" / "for three months before").
// Two such measures are one fact when the two sentences are mostly one
// sentence; a thing renamed must also be each article's one value of the
// dimension (its figures of it agree), as a version may measure two things
// of a dimension. Differing values are a discrepancy: medium for a renamed
// thing (the sentence, not the thing named, ties them), high for a span
// (the same words counted the same span).
func (w *work) checkRenamedMeasures(open []*mention, lone map[*mention]bool, frames map[*mention]figureFrame, parts map[*mention]int) {
	dims := make(map[*mention]string, len(open))
	for _, m := range open {
		if d := measureDimension(m.fact.Number); d != "" {
			dims[m] = d + "|"
		}
	}
	sole := soleBy(open, dims, func(m *mention, noun, _ string) bool { return noun != "" })
	var cands []*mention
	for _, m := range open {
		if lone[m] && dims[m] != "" && (sole[m] || dims[m] == "time|") {
			cands = append(cands, m)
		}
	}
	if len(cands) < 2 {
		return
	}
	al := alignment{
		note: w.note,
		key:  func(m *mention) string { return dims[m] },
		sim: func(a, b *mention) float64 {
			if !sameFrame(frames[a], frames[b]) || !sameBreakdown(parts, a, b) || w.differentTimes(a, b) {
				return 0
			}
			if dims[a] == "time|" && !oneSpanRetold(a.fact.Number, b.fact.Number) {
				return 0
			}
			// most of both sentences: Dice, which a short sentence inside a
			// long one cannot inflate, as well as numberSim
			ca, _ := figureWords(a)
			cb, _ := figureWords(b)
			if diceN(sharedSorted(ca, cb), len(ca), len(cb)) < sameSentenceMeasure {
				return 0
			}
			if s := numberSim(a, b); s >= sameSentenceMeasure {
				return s
			}
			return 0
		},
		tau: sameSentenceMeasure,
	}
	done := map[*mention]bool{}
	for _, sl := range al.align(cands) {
		groups := valueGroups(sl)
		if len(groups) < 2 || !distinctVersions(groups) {
			continue
		}
		sev, subject := crosswire.SeverityMedium, numberSubject(sl)
		if dims[sl[0]] == "time|" {
			sev, subject = crosswire.SeverityHigh, "length of time"
		}
		w.numberFinding(groups, subject, sev)
		for _, m := range sl {
			done[m] = true
		}
	}
	w.checkStoryMeasures(open, dims, sole, done, frames, parts)
}

// storyMeasureArticles is the least number of articles whose one value of
// a dimension checkStoryMeasures reads as the story's one measure: two
// versions may measure two things, three versions each measuring one
// thing of the dimension in sentences sharing words measure the story's.
const storyMeasureArticles = 3

// checkStoryMeasures compares the measures of a dimension (a mass, a
// length, an area, a speed, a size; not a span of time, of which a story
// tells many) that are each article's one value of it (sole) when three
// or more articles give one, in sentences sharing a word, however
// differently they name the thing or word the sentence ("the 3kg parcel"
// / "the package weighed 2.5kg"): as checkSoleCounts reads a story's only
// count, a story's only measure is one thing, and one version
// disagreeing with another is a discrepancy — low, as the words do not
// establish that the figures are one fact. Figures of a finding already
// made (done) are left out.
func (w *work) checkStoryMeasures(open []*mention, dims map[*mention]string, sole, done map[*mention]bool, frames map[*mention]figureFrame, parts map[*mention]int) {
	var cands []*mention
	for _, m := range open {
		if sole[m] && !done[m] && dims[m] != "" && dims[m] != "time|" {
			cands = append(cands, m)
		}
	}
	if len(cands) < storyMeasureArticles {
		return
	}
	al := alignment{note: w.note, key: func(m *mention) string { return dims[m] }, sim: w.soleSim(frames, parts), tau: 0.3}
	for _, sl := range al.align(cands) {
		groups := valueGroups(sl)
		if len(groupArticles(sl)) < storyMeasureArticles || len(groups) < 2 || !distinctVersions(groups) {
			continue
		}
		w.lowNumberFinding(groups, numberSubject(sl))
	}
}
