package crosscheck

import (
	"slices"

	"crosswire"
)

// Figures beside one shared figure. Two versions that set a count against
// the same other count ("drew 8.2 million viewers against the rival's 5.1
// million" / "8.4 million viewers, well ahead of the 5.1 million who
// watched the rival") make one comparison: the shared large figure, told
// exactly alike, ties the two sentences where their other words part, and
// the figure each sets against it is one fact. checkAnchoredFigures
// compares those figures when no wording aligned them.

// anchoredSim is the alignment score of two figures tied by a shared
// figure: above the alignment's threshold, below a wording's.
const anchoredSim = 0.35

// anchoredFrame is sameFrame for two figures tied by a shared figure,
// where a frame word written on one side only ("an average of 8.2
// million" / "8.4 million") is that writer's precision, not another
// fact: the shared figure says the two sentences make one comparison.
// Frame words on both sides must still be the same.
func anchoredFrame(a, b figureFrame) bool {
	if len(a.words) == 0 {
		a.words = b.words
	}
	if len(b.words) == 0 {
		b.words = a.words
	}
	return sameFrame(a, b)
}

// setAgainst reports whether figure x can be what figure m is set
// against: a figure of the same unit counting the same noun or none, of
// a like size (within an order of magnitude: the number of a house is no
// count to set "12 years" against).
func setAgainst(m, x *mention) bool {
	if x == nil {
		return false
	}
	nm, nx := m.fact.Number, x.fact.Number
	if nx.Unit != nm.Unit || nx.Counted != "" && nx.Counted != nm.Counted || nm.Low <= 0 || nx.Low <= 0 {
		return false
	}
	r := nm.Low / nx.Low
	return r <= 10 && r >= 0.1
}

// checkAnchoredFigures reports, as a medium number discrepancy, two
// versions' figures of one counted noun, each in a sentence holding
// exactly one other figure it may be set against (setAgainst), when those
// other figures are one large figure
// (sameLargeFigure's reading: the same value, written alike, of at least
// largeFigure) and the two sentences share a content word, are in one
// frame (anchoredFrame) and time and name no different parties. Only figures in no
// finding yet (open) are read, and a figure whose value the other version
// states of its noun elsewhere is that statement's (a sum of money names
// no noun: a story holds many). The tie is one figure, not the words, so
// the conflict is medium, not high.
func (w *work) checkAnchoredFigures(all, open []*mention, keys map[*mention]string, frames map[*mention]figureFrame, parts map[*mention]int) {
	bySent := map[string][]*mention{}
	for _, m := range all {
		k := m.sentenceKey()
		bySent[k] = append(bySent[k], m)
	}
	// anchor is the other figure of a two-figure sentence, nil when the
	// sentence holds another number of figures
	anchor := func(m *mention) *mention {
		fs := bySent[m.sentenceKey()]
		if len(fs) != 2 {
			return nil
		}
		if fs[0] == m {
			return fs[1]
		}
		return fs[0]
	}
	isOpen := w.stillOpen(open)
	var cands []*mention
	for _, m := range open {
		if isOpen[m] && keys[m] != "" && m.fact.Number.Counted != "" && setAgainst(m, anchor(m)) {
			cands = append(cands, m)
		}
	}
	byArt := map[string][]*mention{}
	for _, m := range all {
		byArt[m.art.ID] = append(byArt[m.art.ID], m)
	}
	// states reports whether article a states figure m's value of its
	// key, exactly: then m is that figure's fact, not the anchored one's
	// (a rounder figure of another thing may merely agree with it)
	states := func(a string, m *mention) bool {
		for _, x := range byArt[a] {
			if keys[x] == keys[m] && x.fact.Number.Low == m.fact.Number.Low && x.fact.Number.High == m.fact.Number.High {
				return true
			}
		}
		return false
	}
	if len(groupArticles(cands)) < 2 {
		return
	}
	slices.SortFunc(cands, func(a, b *mention) int { return a.idx - b.idx })
	al := alignment{
		note: w.note,
		key:  func(m *mention) string { return keys[m] },
		sim: func(a, b *mention) float64 {
			x, y := anchor(a), anchor(b)
			if !sameLargeFigure(x, y) || sameLargeFigure(a, x) || !anchoredFrame(frames[a], frames[b]) || !sameBreakdown(parts, a, b) ||
				w.differentTimes(a, b) || !sameClockEvent(a, b) || w.otherParties(a, b) || states(b.art.ID, a) || states(a.art.ID, b) {
				return 0
			}
			ca, _ := figureWords(a)
			cb, _ := figureWords(b)
			if sharedSorted(ca, cb) == 0 {
				return 0
			}
			return anchoredSim
		},
		tau: anchoredSim,
	}
	for _, sl := range al.align(cands) {
		groups := valueGroups(sl)
		if len(groupArticles(sl)) < 2 || len(groups) < 2 || !distinctVersions(groups) {
			continue
		}
		w.numberFinding(groups, numberSubject(sl), crosswire.SeverityMedium)
	}
}
