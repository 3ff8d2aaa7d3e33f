package crosscheck

import (
	"strings"

	"crosswire"
)

// sameSentenceMeasure is the least sentence similarity (numberSim) at
// which two measures whose things are named by different nouns are read
// as one measure: above the alignment's bar (0.3), as the counted nouns do
// not vouch for the pairing, so most of the two sentences must be one
// sentence told twice.
const sameSentenceMeasure = 0.5

// checkRenamedMeasures compares the measures (a length, a mass, an area, a
// speed, a size in bytes) the first alignment left unpaired because the
// versions name the measured thing by different nouns ("the 60-metre
// crane" / "the 80-metre structure"): when each article gives one value
// of the dimension (its figures of it agree) and the two sentences are
// mostly one sentence, the measures are one fact, and two values of it
// are a discrepancy. Medium: the nouns differ, so it is the sentence, not
// the thing named, that ties them.
func (w *work) checkRenamedMeasures(open []*mention, lone map[*mention]bool, frames map[*mention]figureFrame, parts map[*mention]int) {
	dims := make(map[*mention]string, len(open))
	for _, m := range open {
		if d := unitKey(m.fact.Number.Unit); d != "" && unitSizes[strings.ToLower(strings.TrimSpace(m.fact.Number.Unit))].dimension == d {
			dims[m] = d + "|"
		}
	}
	sole := soleBy(open, dims, func(m *mention, noun, _ string) bool { return noun != "" })
	var cands []*mention
	for _, m := range open {
		if sole[m] && lone[m] {
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
			if s := numberSim(a, b); s >= sameSentenceMeasure {
				return s
			}
			return 0
		},
		tau: sameSentenceMeasure,
	}
	for _, sl := range al.align(cands) {
		groups := valueGroups(sl)
		if len(groups) < 2 || !distinctVersions(groups) {
			continue
		}
		w.numberFinding(groups, numberSubject(sl), crosswire.SeverityMedium)
	}
}
