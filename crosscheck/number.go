package crosscheck

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"crosswire"
	"crosswire/facts"
	"crosswire/text"
)

// countedClass folds head nouns that count the same kind of thing, so
// "5,000 people" and "5,000 residents" are compared. General English.
var countedClass = map[string]string{
	"person": "people", "persons": "people", "resident": "people", "citizen": "people",
	"civilian": "people", "individual": "people", "inhabitant": "people", "villager": "people",
	"man": "people", "men": "people", "woman": "people", "women": "people", "evacuee": "people",
	// the people of an audience
	"fan": "people", "fans": "people", "spectator": "people", "crowd": "people", "audience": "people",
	"viewer": "people", "viewers": "people", "supporter": "people",
	// the people aboard a vessel or vehicle (a count of passengers may
	// leave out the crew: see looseCount)
	"passenger": "people", "passengers": "people",
	"death": "dead", "fatality": "dead", "victim": "dead", "body": "dead",
	// the dwellings of a place: "homes without power" are households
	"household": "home", "house": "home", "dwelling": "home",
	"computer": "machine", "device": "machine", "machine": "machine",
	"yr": "year", "years": "year", "months": "month", "days": "day",
}

// numberKey is what a figure counts: its head noun folded by
// countedClass, with its unit. "" when neither is known.
func numberKey(n *crosswire.Number) string {
	c := strings.ToLower(strings.TrimSpace(n.Counted))
	if k, ok := countedClass[c]; ok {
		c = k
	} else if k := countedKind(c); k != "" {
		c = k
	}
	u := unitKey(n.Unit)
	if c == "" && u == "" {
		return ""
	}
	return c + "|" + u
}

// interval returns the range of values a figure allows, reading its
// qualifier the way news English uses it:
//
//   - an exact figure allows its rounding: "5,000" is 4,500–5,500 (half
//     its last significant place, at most ±10%), "1.13bn" ±1%;
//   - "about/around/nearly/some" allow ±15%;
//   - "more than/over/at least" X is X up to boundReach(X): nobody writes
//     "more than 1,000" for tens of thousands, nor "more than 400" for
//     600; "less than/under/up to" X is X/2–X;
//   - a range ("2,000–3,000", "tens of thousands") is itself.
//
// Two figures agree when their intervals overlap: "about 5,000" and
// "5,000", "more than 5,000" and "over 5,000" agree; "5,000" and "500" do
// not, nor "more than 1,000" and "tens of thousands".
func interval(n *crosswire.Number) (lo, hi float64) {
	if lo, hi, ok := clockInterval(n); ok {
		return lo, hi
	}
	if n.Unit == facts.Tally {
		// a score or a vote is exact and unordered: "won 3-2" and "lost
		// 2-3" are one result
		k := math.Min(n.Low, n.High)*1000 + math.Max(n.Low, n.High)
		return k, k
	}
	lo, hi = n.Low, n.High
	if hi < lo {
		hi = lo
	}
	q := strings.ToLower(n.Qualifier)
	switch {
	case hasAnyPhrase(q, "more", "over", "at least", "above", "excess", "upward", "plus"):
		return lo, math.Max(hi, boundReach(lo))
	case hasAnyPhrase(q, "less", "fewer", "under", "up to", "at most", "below", "nearly", "almost"):
		if hasAnyPhrase(q, "nearly", "almost") {
			return hi * 0.85, hi
		}
		return lo / 2, hi
	case approximate(q):
		return lo * 0.85, hi * 1.15
	}
	if lo != hi {
		return lo, hi
	}
	tol := roundingTolerance(lo)
	return lo - tol, hi + tol
}

// roundingTolerance is half the last significant place of v, capped at
// 10% of v: "215" allows 214.5–215.5 and "6.3" 6.25–6.35, so "214" /
// "215" and "6.2" / "6.3" are two values, while "200" holds 215. A whole
// number below smallCount is stated to the unit: nobody rounds eleven
// years to ten or 45 minutes to 50, so "ten years" / "eleven years"
// disagree; rounding is read only into figures of a larger magnitude
// ("500,000").
func roundingTolerance(v float64) float64 {
	a := math.Abs(v)
	if a == 0 {
		return 0
	}
	if a < smallCount && a == math.Trunc(a) {
		return 0
	}
	return math.Min(roundingPlace(a)/2, 0.1*a)
}

// smallCount bounds the whole numbers read as exact: below it a figure is
// a count or duration given to the unit, not a round figure.
const smallCount = 100

// roundingPlace is the last significant place of a (≥ 0): 100,000 for
// 500,000, 1 for 523, 0.1 for 6.3; for 1.13bn, two decimals of the scale.
func roundingPlace(a float64) float64 {
	a = asWritten(a)
	switch {
	case a >= 10 && a == math.Trunc(a):
		place := 1.0
		for p := 10.0; p <= a; p *= 10 {
			if math.Mod(a, p) != 0 {
				break
			}
			place = p
		}
		return place
	case a >= 1e6:
		// 1.13bn: two decimals of the scale.
		return math.Pow(10, math.Floor(math.Log10(a))-2)
	}
	return decimalPlace(a)
}

// asWritten is v read at twelve significant digits, as a figure is
// written: a scaled figure ("2.3 hundred") multiplies to
// 229.99999999999997, which is 230.
func asWritten(v float64) float64 {
	if c, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64); err == nil {
		return c
	}
	return v
}

func hasAnyPhrase(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// approximate reports whether a lower-cased qualifier hedges a figure
// both ways ("about", "around", "roughly", "some", "an estimated", and
// "nearly", "almost" as facts reads them): the writer's value rounded,
// neither a bound nor a range.
func approximate(q string) bool {
	return hasAnyPhrase(q, "about", "around", "approx", "roughly", "some", "estimat", "close", "circa")
}

// sameRounding reports whether two figures are different values written
// to the same last significant place, each exact or hedged both ways
// ("about 8 million" / "7 million", "500,000" / "600,000", "214" / "215",
// "6.2" / "6.3"): a hedge says the figure is rounded, and a writer who
// rounds five million writes "about seven million", not "about eight" nor
// "nearly eight". Two exact figures at one place are two values even to
// the unit (their roundings only touch); a hedge on a figure to the unit
// ("about 215") is read as a hedge. Bounds ("more than", "up to") and
// ranges are not points and keep their intervals.
func sameRounding(a, b *crosswire.Number) bool {
	point := func(n *crosswire.Number) bool {
		q := strings.ToLower(n.Qualifier)
		return n.Low == n.High && (q == "" || approximate(q))
	}
	if !point(a) || !point(b) || asWritten(a.Low) == asWritten(b.Low) {
		return false
	}
	pa := roundingPlace(math.Abs(a.Low))
	if pa != roundingPlace(math.Abs(b.Low)) {
		return false
	}
	return pa > 1 || strings.TrimSpace(a.Qualifier) == "" && strings.TrimSpace(b.Qualifier) == ""
}

// strictBound tells which side of a figure its qualifier puts the value,
// the figure itself left out: +1 above ("more than", "over", "in excess
// of"), -1 below ("less than", "under", "nearly", "almost"), 0 for a
// point or a bound that holds the figure ("at least", "up to").
func strictBound(n *crosswire.Number) int {
	q := strings.ToLower(n.Qualifier)
	switch {
	case hasAnyPhrase(q, "at least", "up to", "at most"):
		return 0
	case hasAnyPhrase(q, "more", "over", "above", "excess"):
		return 1
	case hasAnyPhrase(q, "less", "fewer", "under", "below", "nearly", "almost"):
		return -1
	}
	return 0
}

// oppositeBounds reports whether one figure puts the value strictly above
// X and the other below Y ≤ X, or strictly below X and the other at or
// above Y ≥ X: "more than 100" / "under 100", "over a million" / "up to a
// million", "at least 100" / "less than 100" cannot both be right, "more
// than 90" / "under 100" can. (facts reads "nearly" and "almost" as
// "about": a hedge both ways.)
func oppositeBounds(a, b *crosswire.Number) bool {
	if a.Low != a.High || b.Low != b.High {
		return false
	}
	sa, sb := boundSide(a), boundSide(b)
	if sa*sb >= 0 || strictBound(a) == 0 && strictBound(b) == 0 {
		return false // not two sides, or both bounds hold their figure
	}
	if sa < 0 {
		a, b = b, a
	}
	return a.Low >= b.Low
}

// boundSide tells which side of its figure a bound puts the value, the
// figure itself included or not: +1 above ("more than", "at least"), -1
// below ("less than", "up to", "at most"), 0 for a point.
func boundSide(n *crosswire.Number) int {
	if s := strictBound(n); s != 0 {
		return s
	}
	q := strings.ToLower(n.Qualifier)
	switch {
	case hasAnyPhrase(q, "at least"):
		return 1
	case hasAnyPhrase(q, "up to", "at most"):
		return -1
	}
	return 0
}

// numbersAgree reports whether two figures can both be right. Amounts in
// two different named dollars can, unless they are the same amount, and a
// bare "$" agrees with any named dollar (see currencyRelation).
func numbersAgree(a, b *crosswire.Number) bool {
	la, ha := interval(a)
	lb, hb := interval(b)
	return agreeWithin(a, b, la, ha, lb, hb)
}

// agreeWithin is numbersAgree given the figures' intervals (la–ha of a,
// lb–hb of b).
func agreeWithin(a, b *crosswire.Number, la, ha, lb, hb float64) bool {
	const eps = 1e-9
	if la, ha, lb, hb, ok := convertedIntervals(a, b); ok {
		// one quantity in two units ("3 miles" / "5 km")
		return la <= hb*(1+eps) && lb <= ha*(1+eps)
	}
	overlap := la <= hb+eps && lb <= ha+eps
	if overlap && (sameRounding(a, b) || oppositeBounds(a, b)) {
		// "500,000" and "600,000": two figures rounded alike that differ
		// are two values, not one value rounded two ways; "more than
		// 100" and "nearly 100" put the value on two sides of 100
		overlap = false
	}
	switch currencyRelation(a, b) {
	case anyDollar:
		return true
	case otherCurrency:
		return !overlap
	}
	return overlap
}

// numberContext is the context of a figure for alignment: the words of
// its sentence without the figure and its counted noun.
func numberContext(m *mention) map[string]bool {
	if m.kctx == nil {
		m.kctx = withoutMeasures(without(m.ctx, m.fact.Span.Text, m.fact.Number.Counted))
		m.klocal = withoutMeasures(without(m.local, m.fact.Number.Counted))
	}
	return m.kctx
}

// figureWords is numberContext and numberLocal as sorted lists of word
// numbers (sharedSorted counts the words two of them share).
func figureWords(m *mention) (ctx, local []uint32) {
	if m.kctxW == nil {
		m.kctxW, m.klocalW = wordList(m.ids, numberContext(m)), wordList(m.ids, numberLocal(m))
	}
	return m.kctxW, m.klocalW
}

// mentionInterval is interval of a figure's number, computed once.
func mentionInterval(m *mention) (lo, hi float64) {
	if m.ival == nil {
		lo, hi := interval(m.fact.Number)
		m.ival = &[2]float64{lo, hi}
	}
	return m.ival[0], m.ival[1]
}

// mentionsAgree is numbersAgree of two figures' numbers, their intervals
// computed once per figure.
func mentionsAgree(a, b *mention) bool {
	la, ha := mentionInterval(a)
	lb, hb := mentionInterval(b)
	return agreeWithin(a.fact.Number, b.fact.Number, la, ha, lb, hb)
}

// measureWords name scales and units, not what is measured: sentences full
// of figures share them without sharing a fact ("per cent", "points",
// "million", "US$").
var measureWords = setOf(`per cent percent percentage point basis bps million billion trillion thousand
hundred us s mn bn m k year old month week day ago`)

func withoutMeasures(c map[string]bool) map[string]bool {
	for w := range c {
		if measureWords[w] {
			delete(c, w)
		}
	}
	return c
}

// numberLocal is the words near a figure without its counted noun.
func numberLocal(m *mention) map[string]bool {
	numberContext(m)
	return m.klocal
}

// numberSim is the similarity of two figures' sentences.
//
// It averages the overlap of the whole sentences with the overlap of the
// words near each figure, so two figures of one sentence pair with the
// right partners.
//
// The overlap coefficient flatters short sentences, so two figures also
// need at least two words of their sentences and one word near them in
// common ("fined $100,000 on Tuesday" and "could have been fined up to
// $200,000" share only "fined": a penalty and a maximum, not one fact),
// unless that one word is each sentence's only one.
func numberSim(a, b *mention) float64 {
	ca, la := figureWords(a)
	cb, lb := figureWords(b)
	n := sharedSorted(ca, cb)
	sent := (overlapN(n, len(ca), len(cb)) + diceN(n, len(ca), len(cb))) / 2
	// (one word is enough when it is all of both sentences' words: "Three
	// people were still missing" / "Five people were still missing")
	nl := sharedSorted(la, lb)
	if n < 2 && !(n == 1 && sent == 1) || nl < 1 && sent < 0.5 {
		return 0
	}
	return 0.5*sent + 0.5*overlapN(nl, len(la), len(lb))
}

// contextScore compares two sentences' words: the mean of the overlap
// coefficient (kind to a short rewrite of a long sentence) and Dice (which
// a tiny sentence cannot inflate).
func contextScore(a, b map[string]bool) float64 { return contextScoreOf(shared(a, b), a, b) }

// contextScoreOf is contextScore given n = shared(a, b).
func contextScoreOf(n int, a, b map[string]bool) float64 {
	return (overlapOf(n, a, b) + diceOf(n, a, b)) / 2
}

// checkNumbers aligns figures that count the same thing in the same
// context across versions and reports the slots whose figures disagree.
// Figures with no counted noun and no unit are aligned only on a very
// similar sentence.
func (w *work) checkNumbers() {
	var all []*mention
	for _, m := range w.byKind[crosswire.KindNumber] {
		if m.fact.Number != nil {
			all = append(all, m)
		}
	}
	all = append(all, w.agoCounts()...)
	// List positions are no figures; ages are compared per person.
	marks := listMarkers(all)
	ages := w.checkAges(all)
	var ms []*mention
	for _, m := range all {
		if !marks[m] && !ages[m] {
			ms = append(ms, m)
		}
	}
	keys := figureKeys(ms)
	sole := soleSlots(ms, keys)
	ends := make(map[*mention]string, len(ms))
	for _, m := range ms {
		ends[m] = changeEnd(m)
	}
	frames := make(map[*mention]figureFrame, len(ms))
	for _, m := range ms {
		f := frameOf(m)
		f.timesW = wordList(w.wordIDs, f.times)
		frames[m] = f
	}
	parts := breakdowns(ms, w.figureVerbs(ms))
	// What the similarity reads of each figure, looked up by the
	// figure's index in w.mentions rather than in five maps: alignment
	// compares every pair of a key's figures across every pair of
	// versions.
	type figure struct {
		frame *figureFrame
		key   string
		end   string
		part  int
		sole  bool
	}
	figs := make([]figure, len(w.mentions))
	for _, m := range ms {
		f := frames[m]
		figs[m.idx] = figure{frame: &f, key: keys[m], end: ends[m], part: parts[m], sole: sole[m]}
	}
	al := alignment{
		note: w.note,
		key:  func(m *mention) string { return keys[m] },
		sim: func(a, b *mention) float64 {
			fa, fb := &figs[a.idx], &figs[b.idx]
			// one sentence retold with another day or month: the time
			// tells no two facts apart (both are the versions' drifts)
			retold := fa.key != "" && fa.key == fb.key && sameFrame(untimed(*fa.frame), untimed(*fb.frame)) && retoldButTime(a, b)
			if !(retold || sameFrame(*fa.frame, *fb.frame)) || !sameParts(fa.part, fb.part) || !sameClockEvent(a, b) || converted(a.fact.Number, b.fact.Number) {
				return 0
			}
			s := numberSim(a, b)
			if s == 0 && fa.key != "" && sameLargeFigure(a, b) {
				// the same large figure of the same counted thing, its
				// sentences sharing a word: one fact told twice
				ca, _ := figureWords(a)
				cb, _ := figureWords(b)
				if sharedSorted(ca, cb) >= 1 {
					s = 0.35
				}
			}
			if fa.sole && fb.sole && sameSoleSlot(sole, keys, a, b) && !w.otherParties(a, b) {
				// each version's one value for the thing: one slot
				s = math.Max(s, 0.35)
			}
			if ea, eb := fa.end, fb.end; ea != "" && eb != "" {
				if ea != eb {
					return 0 // the start and the end of a change
				}
				ca, _ := figureWords(a)
				cb, _ := figureWords(b)
				if sharedSorted(ca, cb) >= 1 {
					// the same end of a change of the same thing
					// ("ratings fell from …", "a slump in ratings, from …")
					s = math.Max(s, 0.6)
				}
			}
			if fa.key == "" && s < 0.6 || s == 0 || !retold && w.differentTimes(a, b) {
				return 0
			}
			// Between two candidates, the one that agrees is the better
			// partner: a version that states the figure right in one
			// sentence and a maximum or a comparison in another is not
			// contradicting itself across versions.
			if mentionsAgree(a, b) {
				s += 0.15
			}
			return s
		},
		tau: 0.3,
	}
	var bySent map[string][]*mention // sentence → its figures, built on the first conflict
	lone := map[*mention]bool{}      // figures aligned with no other article's
	settled := map[*mention]bool{}   // figures of a reported conflict
	for _, sl := range al.align(ms) {
		if len(groupArticles(sl)) == 1 {
			for _, m := range sl {
				lone[m] = true
			}
		}
		groups := valueGroups(sl)
		s := &slot{kind: crosswire.KindNumber}
		for _, g := range groups {
			s.groups = append(s.groups, w.sideOf(displayValue(g[0]), g))
		}
		w.slots = append(w.slots, s)
		if len(groups) < 2 || !distinctVersions(groups) {
			continue
		}
		if bySent == nil {
			bySent = bySentence(ms)
		}
		if statesBoth(bySent, groups) {
			continue
		}
		s.conflicting = true
		for _, m := range sl {
			settled[m] = true
		}
		sev := crosswire.SeverityHigh
		if looseSlot(groups) {
			sev = crosswire.SeverityMedium
		}
		w.discs = append(w.discs, &finding{
			kind: crosswire.DiscNumber, sev: sev,
			subject: numberSubject(sl),
			sides:   s.groups,
		})
	}
	w.checkElapsed(ms, keys, settled)
	w.checkCountedThings(ms, lone, settled, keys, frames, parts)
	counts := soleCounts(ms, keys)
	var cands []*mention
	for _, m := range ms {
		if counts[m] && !settled[m] {
			cands = append(cands, m)
		}
	}
	w.checkSoleCounts(cands, lone, keys, frames, parts)
	var open []*mention
	for _, m := range ms {
		if !settled[m] {
			open = append(open, m)
		}
	}
	w.checkDefinedCounts(open)
	w.checkOwnedMoney(open)
	w.checkRenamedMeasures(open, lone, frames, parts)
	w.checkSoleMoney(ms, open, frames, parts)
	w.checkAnchoredFigures(ms, open, keys, frames, parts)
}

// retoldSentenceWords is the least number of content words two figures'
// sentences share, besides their times, for retoldButTime: fewer leave a
// short sentence ("killed on Monday") that two statements may share.
const retoldSentenceWords = 4

// retoldButTime reports whether two figures' sentences are one sentence
// told twice apart from the time they name and the figure itself: every
// content word of the shorter context (numberContext, less time words and
// years) is in the other, and they share at least retoldSentenceWords.
// A rewrite that moves both the day and the figure of one sentence has
// changed one statement; two statements of two days are worded apart
// ("rose … on Monday", "fell … on Friday").
func retoldButTime(a, b *mention) bool {
	ca, cb := untimedWords(numberContext(a)), untimedWords(numberContext(b))
	n := shared(ca, cb)
	return n >= retoldSentenceWords && n == min(len(ca), len(cb))
}

// untimedWords is a context without its time words and years.
func untimedWords(c map[string]bool) map[string]bool {
	out := make(map[string]bool, len(c))
	for w := range c {
		if !timeWords[w] && !isYear(w) {
			out[w] = true
		}
	}
	return out
}

// untimed is a frame without its times.
func untimed(f figureFrame) figureFrame {
	f.times, f.timesW = nil, nil
	return f
}

// largeFigure is the least value of a figure that sameLargeFigure reads as
// one fact: below it a story counts many things with one value (two
// people hurt, three people arrested, ten years), at three digits and
// more one counted noun rarely takes one value for two things.
const largeFigure = 100

// sameLargeFigure reports whether two figures state one large value in
// the same words of counting: the same value, qualifier and counted noun
// (the fact's normalised value), at least largeFigure. Their alignment
// can only corroborate, as they agree.
func sameLargeFigure(a, b *mention) bool {
	na, nb := a.fact.Number, b.fact.Number
	return na.Low >= largeFigure && na.Low == nb.Low && na.High == nb.High && a.fact.Value == b.fact.Value
}

// looseSlot reports whether the differing values of a slot are tied to one
// fact only by looser evidence: no pair of figures of two values, from two
// articles, is one fact by the strict reading. Loose ties are two times of
// day joined by the noun before them rather than by their verbs
// (looseClockEvent), and a count of passengers against a count of people
// (looseCount). Either may be two facts (two events at one place; the
// passengers without the crew), so the discrepancy is medium: worth a
// look, not a contradiction.
func looseSlot(groups [][]*mention) bool {
	for i, g := range groups {
		for _, h := range groups[i+1:] {
			for _, a := range g {
				for _, b := range h {
					if a.art.ID != b.art.ID && strictClockEvent(a, b) && !looseCount(a, b) {
						return false
					}
				}
			}
		}
	}
	return true
}

// looseCount reports whether one of two counts of people counts
// passengers and the other does not: "212 people on board" and "205
// passengers" may both be right, the crew making the difference.
func looseCount(a, b *mention) bool {
	pa, pb := passengerCount(a), passengerCount(b)
	return pa != pb
}

// passengerNoun reports whether a figure's counted noun is "passenger(s)".
func passengerNoun(m *mention) bool {
	c := strings.ToLower(strings.TrimSpace(m.fact.Number.Counted))
	return c == "passenger" || c == "passengers"
}

// passengerCount reports whether a figure counts passengers alone, not
// "passengers and crew" (everyone aboard).
func passengerCount(m *mention) bool {
	if !passengerNoun(m) {
		return false
	}
	rest := ""
	if e := m.fact.Span.End - m.sentStart; e >= 0 && e <= len(m.sentence) {
		rest = strings.ToLower(m.sentence[e:])
	}
	return !strings.HasPrefix(strings.TrimLeft(rest, " "), "and crew")
}

// checkSoleCounts aligns the counts left unaligned by their wording when
// each is the only count its version gives of its noun ("played just 45
// minutes" / "a thumping 50 minutes it made", "ten years ago" / "eleven
// years ago") and their sentences share a word, and reports those that
// disagree as low: the words do not establish that the two figures are
// one fact, only that they may be. ms are the sole counts not in a
// reported conflict; a slot is reported only when it holds a figure lone
// (aligned with no other article's by its wording) and figures that two
// or more versions' wording aligned: one version's count against a value
// others agree on in matching words ("36 years" told alike by four papers,
// "38 years" by a fifth), never two lone counts, and never two slots the
// wording kept apart. Facts stay as they are (a low
// finding does not make them conflicting).
func (w *work) checkSoleCounts(ms []*mention, lone map[*mention]bool, keys map[*mention]string, frames map[*mention]figureFrame, parts map[*mention]int) {
	al := alignment{
		note: w.note,
		key:  func(m *mention) string { return keys[m] },
		sim:  w.soleSim(frames, parts),
		tau:  0.3,
	}
	for _, sl := range al.align(ms) {
		groups := valueGroups(sl)
		hasLone, hasAligned := false, false
		for _, m := range sl {
			hasLone = hasLone || lone[m]
			hasAligned = hasAligned || !lone[m]
		}
		// three or more versions' only counts of the thing, in sentences
		// sharing words: the slot is the story's, and one version
		// disagreeing with another is a discrepancy however far apart
		// their words
		if !hasLone || !(hasAligned || closeDisagreement(sl) || len(groupArticles(sl)) >= 3) || len(groups) < 2 || !distinctVersions(groups) {
			continue
		}
		w.numberFinding(groups, numberSubject(sl), soleCountSeverity(sl, keys))
	}
}

// soleSim is the similarity of two figures that are each their version's
// one value of a thing, which no wording aligned: in the same frame,
// parts and time, any content word their sentences share (one more when
// they name one person: one person's doing, told in other words) makes
// them candidates, a little more alike for each word up to four.
func (w *work) soleSim(frames map[*mention]figureFrame, parts map[*mention]int) func(a, b *mention) float64 {
	return func(a, b *mention) float64 {
		if !w.sameSetting(frames, parts, a, b) {
			return 0
		}
		ca, _ := figureWords(a)
		cb, _ := figureWords(b)
		sh := sharedSorted(ca, cb)
		if w.samePerson(a, b) {
			sh++
		}
		if sh == 0 {
			return 0
		}
		return 0.3 + 0.05*float64(min(sh, 4))
	}
}

// valueGroups parts a slot's figures into groups of agreeing values, the
// most precise first.
func valueGroups(sl []*mention) [][]*mention {
	return partition(sl,
		func(a, b *mention) bool { return numbersAgree(a.fact.Number, b.fact.Number) },
		func(m *mention) float64 {
			lo, hi := interval(m.fact.Number)
			return -(hi - lo) / math.Max(math.Abs(hi), 1)
		})
}

// lowNumberFinding reports groups of disagreeing figures as a low number
// discrepancy about subject: the words show the figures may be one fact,
// not that they are.
func (w *work) lowNumberFinding(groups [][]*mention, subject string) {
	w.numberFinding(groups, subject, crosswire.SeverityLow)
}

// numberFinding reports groups of disagreeing figures as a number
// discrepancy of severity sev about subject.
func (w *work) numberFinding(groups [][]*mention, subject string, sev crosswire.Severity) {
	var sides []side
	for _, g := range groups {
		sides = append(sides, w.sideOf(displayValue(g[0]), g))
	}
	w.discs = append(w.discs, &finding{
		kind: crosswire.DiscNumber, sev: sev,
		subject: subject,
		sides:   sides,
	})
}

// samePerson reports whether the sentences of two mentions name one
// resolved person ("McAdam played …" / "Ivo led his band …").
func (w *work) samePerson(a, b *mention) bool {
	if w.sentPeople == nil {
		w.sentPeople = map[string][]int{}
		for _, m := range w.byKind[crosswire.KindPerson] {
			if m.entity >= 0 {
				k := m.sentenceKey()
				w.sentPeople[k] = append(w.sentPeople[k], m.entity)
			}
		}
	}
	pb := w.sentPeople[b.sentenceKey()]
	return slices.ContainsFunc(w.sentPeople[a.sentenceKey()], func(e int) bool { return slices.Contains(pb, e) })
}

// closeDisagreement reports whether two lone counts of a slot, told by
// different articles, disagree in sentences sharing at least two content
// words beside the figure (the least numberSim asks of one fact): each
// version's only count of the thing, in the same setting ("for the first
// time since … ten years ago" / "… eleven years ago"), is one fact told
// two ways even when the wording is too far apart to align it.
func closeDisagreement(sl []*mention) bool {
	for i, a := range sl {
		for _, b := range sl[i+1:] {
			if a.art.ID == b.art.ID || numbersAgree(a.fact.Number, b.fact.Number) {
				continue
			}
			if shared(numberContext(a), numberContext(b)) >= 2 {
				return true
			}
		}
	}
	return false
}

// distinctVersions reports whether two of the groups are stated by
// different articles, not just one article stating two figures (that is
// an internal matter, see internal.go). Articles, not versions: a "copy"
// that changed a figure of its original is exactly a discrepancy to
// report, even though it does not add support.
func distinctVersions(groups [][]*mention) bool {
	for i := range groups {
		for j := i + 1; j < len(groups); j++ {
			for vi := range groupArticles(groups[i]) {
				for vj := range groupArticles(groups[j]) {
					if vi != vj {
						return true
					}
				}
			}
		}
	}
	return false
}

// displayValue is how a variant is shown: the fact's normalised value,
// else its words.
func displayValue(m *mention) string {
	if v := strings.TrimSpace(m.fact.Value); v != "" {
		return v
	}
	return m.fact.Span.Text
}

// numberSubject names what the figures count as a heading: "people
// evacuated", "passengers injured", "amount of the deal", from the
// counted noun and the content word the sentences share that best says
// what happened to it (a participle when there is one).
func numberSubject(ms []*mention) string {
	n := ms[0].fact.Number
	counted := strings.TrimSpace(n.Counted)
	if h, ok := measureHeading(ms); ok {
		return h
	}
	shared := sharedWord(ms, counted)
	switch {
	case counted != "" && n.Unit == "" && wordBeforeAll(ms, "number", "no"):
		// "the number nine shirt", "platform No. 4": the figure names
		// which one, it counts nothing
		return counted + " number"
	case counted != "" && facts.IsCurrency(n.Unit) && namedSlot(ms[0]):
		// "a dividend of 0.85 euros", "damage estimated at £5m": the sum
		// the noun is
		return "amount of the " + counted
	case counted != "":
		return countedHeading(ms, counted, shared)
	case n.Unit == "%":
		return amountHeading("percentage", shared)
	case unitSizes[strings.ToLower(n.Unit)].dimension != "":
		// a measure: its dimension and the units written ("length (mi,
		// km)"); a word the sentences share does not say what it is of
		// ("3 miles from the harbour")
		var units []string
		for _, m := range ms {
			if u := m.fact.Number.Unit; !slices.Contains(units, u) {
				units = append(units, u)
			}
		}
		return unitSizes[strings.ToLower(n.Unit)].dimension + " (" + strings.Join(units, ", ") + ")"
	case n.Unit != "" && priceVerbBefore(ms):
		// "the bridge will cost £42 million"
		return "cost"
	case n.Unit != "":
		if shared == "" || numberWords[shared] {
			return "amount (" + n.Unit + ")"
		}
		return amountHeading("amount", shared)
	}
	if shared == "" || numberWords[shared] {
		return "figure"
	}
	return "figure " + shared
}

// priceVerbBefore reports whether every figure of ms is written right
// after a form of "cost" ("will cost £42 million", "costing $5m"): what
// the amount is, whatever word the sentences share after it.
func priceVerbBefore(ms []*mention) bool {
	return wordBeforeAll(ms, "cost", "costs", "costing")
}

// wordBeforeAll reports whether the word right before every mention's
// figure is one of words.
func wordBeforeAll(ms []*mention, words ...string) bool {
	for _, m := range ms {
		cut := m.fact.Span.Start - m.sentStart
		if cut < 0 || cut > len(m.sentence) {
			return false
		}
		// the word before the figure, read back from it (text.LastWords:
		// every figure of a sentence asks, and cutting the sentence's
		// start into words for each would be quadratic)
		w := text.LastWords(m.sentence[:cut], 1)
		if len(w) == 0 || !slices.Contains(words, w[0]) {
			return false
		}
	}
	return len(ms) > 0
}

// sharedWord returns a content word present in the sentences of every
// version of ms: the first one after the figure ("5,000 people were
// evacuated" → "evacuated"), else a participle, else the first.
func sharedWord(ms []*mention, exclude ...string) string {
	if len(ms) == 0 {
		return ""
	}
	ex := map[string]bool{}
	for _, e := range exclude {
		for _, x := range text.Words(e) {
			ex[stem(x)] = true
		}
	}
	for _, x := range text.Words(ms[0].fact.Span.Text) {
		ex[stem(x)] = true
	}
	ok := func(w string) bool {
		if text.StopWord(w) || isNumeric(w) || ex[stem(w)] || dateWords[w] {
			return false
		}
		for _, m := range ms[1:] {
			if !m.ctx[stem(w)] {
				return false
			}
		}
		return true
	}
	// The first content word after the figure, in its clause, says what
	// happened to what it counts when it is a participle ("were killed",
	// "were stolen"), shared by every version or not.
	for _, x := range text.Words(clauseAfter(ms[0])) {
		if text.StopWord(x) {
			continue
		}
		if ok(x) || !ex[stem(x)] && !isNumeric(x) && (strings.HasSuffix(x, "ed") || strings.HasSuffix(x, "en")) {
			return x
		}
		break
	}
	return ""
}

// plural returns the English plural of a counted noun.
func plural(n string) string {
	switch {
	case n == "person" || n == "people":
		return "people"
	case strings.HasSuffix(n, "s"), strings.HasSuffix(n, "x"), strings.HasSuffix(n, "ch"), strings.HasSuffix(n, "sh"):
		if strings.HasSuffix(n, "ss") || strings.HasSuffix(n, "x") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "sh") {
			return n + "es"
		}
		return n
	case strings.HasSuffix(n, "y") && len(n) > 2 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	}
	return n + "s"
}

// statesBoth reports whether the figures of a slot are not in conflict
// after all because every article of one variant also states the other
// variant's value in the same sentence, for the same counted thing (or a
// bare figure in the same unit): "raised the rate to 5.125 per cent
// from 5.0 per cent" holds both the new rate and the old one, and pairing
// its old rate with another report's new rate is a misalignment, not a
// contradiction.
// bySent holds the figures of each sentence.
func statesBoth(bySent map[string][]*mention, groups [][]*mention) bool {
	return eitherStatesOther(groups, func(g, other []*mention) bool {
		on := other[0].fact.Number
		for _, m := range g {
			if !anyMention(bySent[m.sentenceKey()], func(x *mention) bool {
				xn := x.fact.Number
				if x == m || numberKey(xn) != numberKey(on) && (xn.Counted != "" || xn.Qualifier != "" || unitKey(xn.Unit) != unitKey(on.Unit)) || converted(xn, on) {
					return false
				}
				return numbersAgree(xn, on)
			}) {
				return false
			}
		}
		return true
	})
}
