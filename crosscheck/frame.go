package crosscheck

import (
	"math"
	"strconv"
	"strings"

	"crosswire"
	"crosswire/facts"
	"crosswire/text"
)

// A figure's frame is what makes it the figure of one fact rather than
// another with the same counted noun: the qualifier words written next to
// it ("each", "another", "daily", "total"), the time its sentence speaks
// of, the direction of change it measures, and whether its sentence breaks
// a count into parts. Versions of one story share their frames; reports of
// one event written independently mention many figures of one noun in
// different frames (a daily count and a running total, one index on two
// days, the charges of one kind and the charges overall). Two figures are
// compared only when nothing in their frames tells them apart: a number
// conflict needs the same counted thing in the same frame, and a frame
// word present on one side only is evidence enough that it is not.

// frameWords change what a figure counts when written next to it: a part
// ("each", "another", "other", "additional"), a rate or period ("daily",
// "per", "annual"), an aggregate ("total", "cumulative", "overall",
// "average"), a point in a series ("first", "latest", "previous",
// "initial", "remaining", "new"). General English.
var frameWords = setOf(`each apiece per another other additional further extra new total cumulative overall
daily weekly monthly annual annually yearly average remaining initial latest previous first final
alone combined respectively`)

// frameWindow is how many words after a figure its frame words are looked
// for (before it: its clause, up to three times as many).
const frameWindow = 4

// timeWords are the words that place a sentence in time when no date fact
// does (the extractor needs a publication date to resolve "on Monday").
var timeWords = setOf(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
tomorrow january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec morning afternoon evening overnight weekend`)

// upWords and downWords are verbs and adverbs of change: a figure that
// rose and one that fell are two movements, not one fact told twice.
var (
	upWords = setOf(`rose rise rises rising gained gain gains gaining up increased increase increases climbed climb
jumped jump grew grow added add higher surged surge soared soar advanced advance rallied rally raised raise
restored restore regained regain recovered recover`)
	downWords = setOf(`fell fall falls falling lost lose loses losing down decreased decrease decreases dropped drop
declined decline slipped slip shed lower plunged plunge tumbled tumble sank sink slid slide eased ease cut cuts`)
)

// figureFrame is the frame of one number mention.
type figureFrame struct {
	words map[string]bool // frame words near the figure
	times map[string]bool // time words and years of the sentence
	dir   int             // +1 rose, -1 fell, 0 neither, near the figure
	// of a percentage: what it is of ("10 percent on aluminium" →
	// aluminium, "cut steel shipments by 30 percent" → steel shipments),
	// and whether it is written as a change ("by 30 percent") or a level
	// ("duties of 25 percent", "at 25 percent", "25 percent on steel")
	what          map[string]bool
	change, level bool
	// timesW is times as a sorted list of word numbers (wordList), when
	// the caller numbered it: sameFrame then counts shared time words by
	// a merge.
	timesW []uint32
}

// frameOf computes the frame of a number mention.
func frameOf(m *mention) figureFrame {
	f := figureFrame{words: map[string]bool{}, times: map[string]bool{}}
	s, e := m.fact.Span.Start-m.sentStart, m.fact.Span.End-m.sentStart
	if s < 0 || e > len(m.sentence) || s > e {
		return f
	}
	// Before the figure the frame reaches back to the start of its clause
	// ("Each full vial of the vaccine contains five doses"), after it
	// frameWindow words.
	clause := strings.LastIndexAny(m.sentence[:s], ",;:()—")
	before, after := text.Words(m.sentence[clause+1:s]), text.Words(m.sentence[e:])
	inside := text.Words(m.sentence[s:e])
	if len(before) > 3*frameWindow {
		before = before[len(before)-3*frameWindow:]
	}
	if len(after) > frameWindow {
		after = after[:frameWindow]
	}
	for _, w := range append(append(append([]string(nil), before...), inside...), after...) {
		if frameWords[w] {
			f.words[w] = true
		}
	}
	if len(after) > 0 {
		if rel := elapsedWords[after[0]]; rel == "ago" || rel != "" && countsTime(m) && !spanBefore(before) && !(len(after) > 1 && after[1] == "than") {
			// "30 years ago", "a week after the failure", "two days
			// later" place a moment relative to another; "take six
			// weeks", "for 36 years" measure how long something lasted:
			// two different things counted in one unit of time
			f.words[rel] = true
		}
	}
	if absenceSpan(m, m.sentence[clause+1:s]) {
		// "has not been seen for two years" counts the time since
		// something last happened, "left after 30 years" how long it
		// lasted: a span of absence and a span of presence
		f.words["not"] = true
	}
	// the verb of change governing the figure: just before it ("rose
	// 200 points", "rose 200 points, or 0.6 per cent") or just after what
	// it counts ("200 points higher")
	near := text.Words(m.sentence[:s])
	if len(near) > 6 {
		near = near[len(near)-6:]
	}
	if len(after) > 2 {
		near = append(near, after[:2]...)
	} else {
		near = append(near, after...)
	}
	for _, w := range near {
		switch {
		case upWords[w]:
			f.dir = 1
		case downWords[w]:
			f.dir = -1
		}
	}
	if all := text.Words(m.sentence[:s]); f.dir == 0 && len(all) > 0 && (all[len(all)-1] == "to" || all[len(all)-1] == "from") {
		// the level a change ends at or starts from takes the change's
		// direction however far back its verb ("rose 200 points, or 0.6
		// per cent, to 31,022"): a level after a rise and one after a
		// fall are two days' levels
		for i := len(all) - 2; i >= 0 && f.dir == 0; i-- {
			switch {
			case upWords[all[i]]:
				f.dir = 1
			case downWords[all[i]]:
				f.dir = -1
			}
		}
	}
	if m.fact.Number != nil && strings.TrimSpace(m.fact.Number.Unit) == "%" {
		f.what, f.change, f.level = percentOf(before, after, m.sentence[e:])
	}
	for _, w := range text.Words(m.sentence) {
		if timeWords[w] || isYear(w) {
			f.times[w] = true
		}
	}
	return f
}

// isYear reports a word that is a year of the news (1900–2100).
func isYear(w string) bool {
	if len(w) != 4 || !isNumeric(w) {
		return false
	}
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1900 && y <= 2100
}

// absenceSpan reports whether a figure counting time (years, months,
// days…) stands in a negated clause (clause is its clause's text before
// it): "he has not played for two years", "no rain had fallen in 40
// days". Such a span measures how long something has not happened, never
// how long something lasted; an odd number of negators negates.
func absenceSpan(m *mention, clause string) bool {
	return countsTime(m) && negationCount(clause)%2 == 1
}

// countsTime reports whether a number mention counts units of time (years,
// weeks, days…) with no unit of measure.
func countsTime(m *mention) bool {
	n := m.fact.Number
	if n == nil || strings.TrimSpace(n.Unit) != "" {
		return false
	}
	cs := text.Words(strings.ToLower(n.Counted))
	return len(cs) > 0 && timeCounts[singularOf(cs[len(cs)-1])]
}

// spanWords, right before a count of time (hedges aside), make it a
// length however it goes on: "halted for four days after the crash", "the
// permit may need roughly ten days before it is granted". A comparison
// ("three days earlier than planned") is no moment either.
var spanWords = setOf(`for during throughout take takes took taken taking last lasts lasted lasting need needs needed spend spends spent`)

// spanBefore reports whether the words before a figure (its clause's)
// end in a word of spanWords, hedge words aside.
func spanBefore(before []string) bool {
	i := len(before) - 1
	for i >= 0 && hedgeWords[before[i]] {
		i--
	}
	return i >= 0 && spanWords[before[i]]
}

// elapsedWords, written right after a count of time, make it the time
// elapsed between two moments, which places one relative to the other:
// back from now ("30 years ago"), after an event ("a week after it
// failed", "six weeks since the flood", "two days later", "three weeks
// into the strike") or before one ("months before the sale", "a year
// earlier"). The word maps to its direction. Such a figure is a point in
// time, never the length of something ("repairs will take six weeks",
// "closed for nine months"), and a point after an event is not one before
// it. "Since" and "after" are one direction: "20 years since the choir
// last sang there" and "21 years after its last concert there" count one
// gap.
var elapsedWords = map[string]string{
	"ago":   "ago",
	"after": "after", "since": "after", "later": "after", "into": "after",
	"before": "before", "earlier": "before",
}

// hedgeWords stand between a figure and the word that governs it ("by
// about 30 percent").
var hedgeWords = setOf(`about around nearly almost some roughly approximately just more less than over under up to at least only`)

// ofWhatPreps introduce what a percentage is of when written after it.
var ofWhatPreps = setOf(`on of in for off`)

// percentOf reads what a percentage measures from the words of its clause
// before it (before), the words after it (after) and the text after it
// (rest): the content words of the phrase after "on/of/in/for" right after
// it, or, for a change "by N percent", the content words between the verb
// of change and "by". change is "by" before it; level is "of", "at" or
// "to" before it or a phrase after it.
func percentOf(before, after []string, rest string) (what map[string]bool, change, level bool) {
	i := len(before) - 1
	for i >= 0 && hedgeWords[before[i]] && before[i] != "to" {
		i--
	}
	if i >= 0 {
		switch before[i] {
		case "by":
			change = true
			j := i - 1
			for j >= 0 && !upWords[before[j]] && !downWords[before[j]] {
				j--
			}
			if j >= 0 && i-j > 1 {
				what = phraseWords(before[j+1 : i])
			}
		case "of", "at", "to":
			level = true
		}
	}
	if len(after) > 1 && ofWhatPreps[after[0]] {
		if k := strings.IndexAny(rest, ",.;:()"); k >= 0 {
			// the phrase ends with its clause
			after = text.Words(rest[:k])
		}
		if len(after) > 1 {
			if w := phraseWords(after[1:min(len(after), 4)]); len(w) > 0 {
				// a thing, not a time ("5 percent in March")
				what, level = w, true
			}
		}
	}
	return what, change, level
}

// phraseWords are the stemmed content words of a short phrase, up to its
// first function word after a content word ("steel and 10" → steel).
func phraseWords(ws []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		if text.StopWord(w) || isNumeric(w) || timeWords[w] || dateWords[w] {
			if len(out) > 0 && w != "to" {
				break
			}
			continue
		}
		out[stem(w)] = true
	}
	return out
}

// sameFrame reports whether nothing in the frames of two figures tells
// them apart. The same words on both sides (the versions of one story
// share their sentences) never do.
func sameFrame(a, b figureFrame) bool {
	if !equalSets(a.words, b.words) {
		return false
	}
	// two percentages of two things, or a change against a level
	if len(a.what) > 0 && len(b.what) > 0 && shared(a.what, b.what) == 0 {
		return false
	}
	if a.change && b.level && !b.change || b.change && a.level && !a.change {
		return false
	}
	if a.dir != 0 && b.dir != 0 && a.dir != b.dir {
		return false
	}
	if len(a.times) > 0 && len(b.times) > 0 && sharedTimes(a, b) == 0 {
		return false
	}
	return true
}

// sharedTimes counts the time words two frames share.
func sharedTimes(a, b figureFrame) int {
	if a.timesW != nil && b.timesW != nil {
		return sharedSorted(a.timesW, b.timesW)
	}
	return shared(a.times, b.times)
}

func equalSets(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// breakdowns counts, for each figure, the figures of its sentence that
// count the same thing: a sentence with two or more ("four charges of X,
// along with one charge of Y") breaks a count into parts, and its figures
// are not comparable with a sentence stating one total. Two figures each
// the subject or object of its own event verb, and not the same verb
// ("16 people died when …, and about 2,300 people were evacuated": die,
// evacuate), are two counts of two events, neither a part of the other's;
// a figure with no verb of its own read ("killed 10 soldiers and 4
// civilians": the second is in no claim's words) still counts as a part.
// verbs holds each figure's verb (figureVerbs).
func breakdowns(ms []*mention, verbs map[*mention]string) map[*mention]int {
	bySent := map[string][]*mention{}
	keys := make(map[*mention]string, len(ms))
	for _, m := range ms {
		k := m.sentenceKey() + "\x00" + numberKey(m.fact.Number)
		if passengerNoun(m) {
			// one writer's parts of a count share its noun: a passengers
			// figure beside a people figure in one sentence is not read
			// as a part of it (the fold is for comparing versions)
			k += "\x00passenger"
		}
		keys[m] = k
		bySent[k] = append(bySent[k], m)
	}
	out := make(map[*mention]int, len(ms))
	for _, m := range ms {
		n := 0
		for _, o := range bySent[keys[m]] {
			if o == m || verbs[m] == "" || verbs[o] == "" || verbs[m] == verbs[o] {
				n++
			}
		}
		out[m] = n
	}
	return out
}

// figureVerbs maps each figure to the base verb of the claim of its
// article whose words hold it ("At least 16 people died" → die), the
// shortest when several do (the first in the claims' order of two as
// short); figures in no claim are left out. The claims that hold a figure
// are found by a spanIndex, not a scan of the article's claims.
func (w *work) figureVerbs(ms []*mention) map[*mention]string {
	out := map[*mention]string{}
	claims := w.byKind[crosswire.KindClaim]
	if len(claims) == 0 {
		return out
	}
	byArt := map[*crosswire.Article][]*mention{}
	for _, c := range claims {
		if c.fact.Claim != nil && lemmaOf(c.fact.Claim) != "" {
			byArt[c.art] = append(byArt[c.art], c)
		}
	}
	index := map[*crosswire.Article]spanIndex{}
	for a, cs := range byArt {
		spans := make([]crosswire.Span, len(cs))
		for i, c := range cs {
			spans[i] = c.fact.Span
		}
		index[a] = newSpanIndex(spans)
	}
	for _, m := range ms {
		cs, ns := byArt[m.art], m.fact.Span
		best, bestOrd := -1, 0
		index[m.art].holding(ns.Start, ns.End, func(i int) bool {
			c := cs[i].fact.Span
			if l := c.End - c.Start; best < 0 || l < best || l == best && i < bestOrd {
				best, bestOrd = l, i
				out[m] = lemmaOf(cs[i].fact.Claim)
			}
			return true
		})
	}
	return out
}

// sameBreakdown reports whether the sentences of two figures count their
// thing in as many parts: both state it once, or both in the same number
// of figures (a sentence shared by two versions).
func sameBreakdown(n map[*mention]int, a, b *mention) bool { return sameParts(n[a], n[b]) }

// sameParts is sameBreakdown given the two figures' counts of parts.
func sameParts(ka, kb int) bool { return ka == kb || ka <= 1 && kb <= 1 }

// dollarUnits are the dollars a figure may be written in; a bare "$" is
// any of them.
var dollarUnits = setOf(`$ usd sgd hkd aud nzd cad twd bnd`)

// unitKey is the unit part of a number key. Every currency folds into one
// key, as the units of one dimension do ("3 miles" / "5 km"): "a £40m
// bridge" and "a $40m bridge" price one thing, and numbersAgree decides
// whether two currencies can be compared (see currencyRelation).
func unitKey(u string) string {
	u = strings.TrimSpace(u)
	if facts.IsCurrency(u) || dollarUnits[strings.ToLower(u)] {
		return "money"
	}
	u = strings.ToLower(u)
	if d, ok := unitSizes[u]; ok {
		return d.dimension
	}
	return u
}

// unitSize is a unit of measure's dimension and its size in the
// dimension's base unit.
type unitSize struct {
	dimension string
	size      float64
}

// unitSizes are the units facts reads (lower-cased) that one physical
// quantity is written in, by the exact definitions of the units: "3 miles"
// and "5 km" measure one distance and can be compared, as currencies,
// whose rates change, cannot. Speeds are one dimension too ("62 mph" /
// "100 km/h").
var unitSizes = map[string]unitSize{
	"km": {"length", 1000}, "mi": {"length", 1609.344}, "m": {"length", 1}, "cm": {"length", 0.01},
	"mm": {"length", 0.001}, "ft": {"length", 0.3048}, "in": {"length", 0.0254},
	"kg": {"mass", 1}, "t": {"mass", 1000}, "lb": {"mass", 0.45359237}, "oz": {"mass", 0.028349523125},
	"ha": {"area", 10000}, "acre": {"area", 4046.8564224},
	"km/h": {"speed", 1 / 3.6}, "mph": {"speed", 0.44704}, "m/s": {"speed", 1}, "kn": {"speed", 1852.0 / 3600},
	"km/s": {"speed", 1000}, "m/min": {"speed", 1.0 / 60},
	// sizes in bytes, by the decimal prefixes news English uses
	"mb": {"data", 1e6}, "gb": {"data", 1e9}, "tb": {"data", 1e12}, "pb": {"data", 1e15},
}

// convertedIntervals returns the intervals of two figures written in two
// units of one dimension, in its base unit, and ok; ok is false when the
// units are the same or not of one dimension. A figure converted from
// another unit is rounded in its own ("3 miles" is written "5 km"), so an
// exact figure allows half its last significant place even below
// smallCount.
func convertedIntervals(a, b *crosswire.Number) (la, ha, lb, hb float64, ok bool) {
	if a.Unit == b.Unit && (a.Unit != "" || a.Counted == b.Counted) {
		return 0, 0, 0, 0, false // (as below; alignment's most common pair)
	}
	ua, ub := measureUnit(a), measureUnit(b)
	da, okA := unitSizes[ua]
	db, okB := unitSizes[ub]
	if d, ok := durationUnits[ua]; ok && ua == durationUnit(a) {
		da, okA = unitSize{"time", d}, true
	}
	if d, ok := durationUnits[ub]; ok && ub == durationUnit(b) {
		db, okB = unitSize{"time", d}, true
	}
	if ua == ub || !okA || !okB || da.dimension != db.dimension {
		return 0, 0, 0, 0, false
	}
	conv := func(n *crosswire.Number, size float64) (float64, float64) {
		lo, hi := interval(n)
		if n.Qualifier == "" && n.Low == n.High {
			tol := roundingPlace(math.Abs(n.Low)) / 2
			lo, hi = math.Min(lo, n.Low-tol), math.Max(hi, n.Low+tol)
		}
		return lo * size, hi * size
	}
	la, ha = conv(a, da.size)
	lb, hb = conv(b, db.size)
	return la, ha, lb, hb, true
}

// decimalPlace is the last decimal place written in v: 0.1 for 6.5, 0.01
// for 2.25 (as a float prints it, at most four places).
func decimalPlace(v float64) float64 {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return 1
	}
	return math.Pow(10, -float64(min(len(s)-i-1, 4)))
}

// How two money figures relate, for numbersAgree.
const (
	sameCurrency  = iota // or not money: compare the values
	anyDollar            // a bare "$" beside a named dollar: can't tell
	otherCurrency        // two named currencies ("£", "US$", "S$")
)

// currencyRelation tells how two figures' currencies relate. Figures in
// one currency compare their values. Two named currencies ("£40 million",
// "US$65 million", "S$5 million") conflict only when the values are the
// same — different values are most likely one amount converted ("170
// yuan (S$34)" and "170 yuan (US$24.26)"), which no rate table here can
// check (the rate of the day is not in the text); the same value in two
// currencies is one amount whose currency was changed. A bare "$" is the
// outlet's dollar, which the text does not name: beside a named dollar it
// is neither confirmed nor contradicted; beside another currency ("£") it
// is a named one.
func currencyRelation(a, b *crosswire.Number) int {
	if a.Unit == b.Unit {
		return sameCurrency // (as below; alignment's most common pair)
	}
	ua, ub := strings.ToLower(strings.TrimSpace(a.Unit)), strings.ToLower(strings.TrimSpace(b.Unit))
	switch {
	case ua == ub || !money(a.Unit) || !money(b.Unit):
		return sameCurrency
	case (ua == "$" || ub == "$") && dollarUnits[ua] && dollarUnits[ub]:
		return anyDollar
	}
	return otherCurrency
}

// converted reports whether two figures are in two named currencies with
// different values: perhaps one amount converted, perhaps two amounts —
// the values cannot tell, so neither aligns the two nor states one the
// other ("$3.2bn (£1.7bn)" states no pound value another version gives).
func converted(a, b *crosswire.Number) bool {
	return currencyRelation(a, b) == otherCurrency && a.Low != b.Low
}

// money reports whether a unit is a currency.
func money(u string) bool { return unitKey(u) == "money" }

// sameLanguage reports whether two articles can be compared word for
// word: same language, or one of them unknown.
func sameLanguage(a, b *crosswire.Article) bool {
	la, lb := langBase(a.Language), langBase(b.Language)
	return la == "" || lb == "" || la == lb
}

func langBase(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	return l
}
