package crosscheck

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"crosswire"
	"crosswire/text"
)

// checkInternal finds versions that contradict themselves:
//
//   - two figures of one article counting the same thing in nearly the
//     same words (sentence overlap ≥ 0.75, words around the figure ≥ 0.6,
//     the same time words and dates, neither told as an addition) that
//     cannot both be right: medium, since two measures of one thing are
//     easy to mistake for a restatement;
//   - a subhead removed by cleaning whose figure contradicts the body's
//     figure for the same counted thing ("tens of thousands" over a body
//     saying "more than 1,000").
//
// Copies repeat their original's contradiction: only the first article of
// each version is checked, so it is reported once.
func (w *work) checkInternal() {
	done := map[string]bool{}
	byArt := map[string][]*mention{}
	for _, m := range w.byKind[crosswire.KindNumber] {
		if m.fact.Number != nil {
			byArt[m.art.ID] = append(byArt[m.art.ID], m)
		}
	}
	datesByArt := map[string][]*mention{}
	for _, m := range w.byKind[crosswire.KindDate] {
		if m.fact.Period != nil {
			datesByArt[m.art.ID] = append(datesByArt[m.art.ID], m)
		}
	}
	for i := range w.story.Articles {
		a := &w.story.Articles[i]
		v := w.version[a.ID]
		if done[v] {
			continue
		}
		done[v] = true
		ms := byArt[a.ID]
		// each figure's sentence read once, not once per pair
		times := make([]*string, len(ms))
		timeKey := func(i int) string {
			if times[i] == nil {
				k := timeWordsKey(ms[i].sentence)
				times[i] = &k
			}
			return *times[i]
		}
		adds := make([]int8, len(ms)) // 0 unread, 1 no, 2 yes
		added := func(i int) bool {
			if adds[i] == 0 {
				adds[i] = 1
				if additive(ms[i]) {
					adds[i] = 2
				}
			}
			return adds[i] == 2
		}
		for n, pq := range w.internalPairs(a, ms, "numbers", numberBucket) {
			if n%1024 == 0 && w.stopped() {
				return
			}
			p, q := ms[pq[0]], ms[pq[1]]
			pc, pl := figureWords(p)
			qc, ql := figureWords(q)
			// A version restating one figure differently says so in
			// nearly the same words; figures of different years or
			// places in similar sentences are different measures.
			if mentionsAgree(p, q) || overlapN(sharedSorted(pc, qc), len(pc), len(qc)) < 0.75 ||
				overlapN(sharedSorted(pl, ql), len(pl), len(ql)) < 0.6 ||
				w.differentDates(p, q) || timeKey(pq[0]) != timeKey(pq[1]) || added(pq[0]) || added(pq[1]) {
				continue
			}
			w.discs = append(w.discs, &finding{
				kind: crosswire.DiscInternal, sev: crosswire.SeverityMedium,
				subject: numberSubject([]*mention{p, q}) + " (within one version)",
				sides:   []side{w.sideOf(displayValue(p), []*mention{p}), w.sideOf(displayValue(q), []*mention{q})},
			})
		}
		// Two dates of one participant's event in two sentences of one
		// article ("the final issue appears on …" / "the final issue is
		// published on …") that cannot both be right. The alignment is
		// by two words only, so low.
		ds := datesByArt[a.ID]
		for n, pq := range w.internalPairs(a, ds, "dates", dateBucket) {
			if n%1024 == 0 && w.stopped() {
				return
			}
			p, q := ds[pq[0]], ds[pq[1]]
			if !comparable(p.fact.Period, q.fact.Period) || datesAgree(p, q) ||
				!w.lexiconEvent(p) || !w.lexiconEvent(q) || !w.sameDatedEvent(p, q) ||
				datesSentence(ds, q, p) || datesSentence(ds, p, q) {
				continue
			}
			w.discs = append(w.discs, &finding{
				kind: crosswire.DiscInternal, sev: crosswire.SeverityLow,
				subject: dateSubject([]*mention{p, q}) + " (within one version)",
				sides:   []side{w.sideOf(displayValue(p), []*mention{p}), w.sideOf(displayValue(q), []*mention{q})},
			})
		}
		for _, sh := range a.Subheads {
			shCtx := contentSet(sh.Text)
			for _, sn := range subheadNumbers(sh.Text) {
				// The subhead summarises one of the body's figures for
				// the thing it counts: it contradicts the body only when
				// it agrees with none of them. The one reported is the
				// figure whose sentence shares most words with it.
				var best *mention
				bestSim, agrees := -1.0, false
				for _, m := range ms {
					if !sameCounted(sn.counted, m.fact.Number.Counted) {
						continue
					}
					if numbersAgree(&sn.Number, m.fact.Number) {
						agrees = true
						break
					}
					if s := overlap(shCtx, m.ctx); s > bestSim {
						best, bestSim = m, s
					}
				}
				if agrees || best == nil {
					continue
				}
				hs := side{
					value: sn.text,
					ms:    []*mention{{version: v, art: a, entity: -1}},
					spans: []crosswire.Span{{Article: a.ID, Text: sn.text, Start: sh.Start + sn.start, End: sh.Start + sn.end}},
				}
				w.discs = append(w.discs, &finding{
					kind: crosswire.DiscInternal, sev: crosswire.SeverityHigh,
					subject: numberSubject([]*mention{best}) + " (subhead vs body)",
					sides:   []side{hs, w.sideOf(displayValue(best), []*mention{best})},
				})
			}
		}
	}
}

// additiveWords tell that a sentence adds to what came before
// ("Additionally, 650 files …", "a further 40 staff"): its figure counts
// something more, not an earlier figure restated.
var additiveWords = setOf(`additionally also further furthermore moreover another besides`)

// additive reports whether a figure's sentence is told as an addition.
func additive(m *mention) bool {
	for _, w := range text.Words(m.sentence) {
		if additiveWords[w] {
			return true
		}
	}
	return hasAnyPhrase(strings.ToLower(m.sentence), "in addition", "as well")
}

// internalPairs returns the pairs (x, y), x < y, of facts of one article
// that may contradict each other: facts of one bucket (key; "" leaves a
// fact out) in different sentences. Facts are bucketed by what they tell
// of (a figure's counted thing and unit, a date's event), so the work is
// the pairs within a bucket, capped at maxInternalPairs with a note; what
// names the facts in that note.
func (w *work) internalPairs(a *crosswire.Article, ms []*mention, what string, key func(*mention) string) [][2]int {
	buckets := map[string][]int{}
	var keys []string
	for i, m := range ms {
		k := key(m)
		if k == "" {
			continue
		}
		if _, ok := buckets[k]; !ok {
			keys = append(keys, k)
		}
		buckets[k] = append(buckets[k], i)
	}
	var pairs [][2]int
	for _, k := range keys {
		b := buckets[k]
		for x := 0; x < len(b); x++ {
			for y := x + 1; y < len(b); y++ {
				if ms[b[x]].sentStart == ms[b[y]].sentStart {
					continue
				}
				if len(pairs) == maxInternalPairs {
					w.note("%s of article %s not all cross-checked internally: over %d pairs", what, a.ID, maxInternalPairs)
					slices.SortFunc(pairs, comparePairs)
					return pairs
				}
				pairs = append(pairs, [2]int{b[x], b[y]})
			}
		}
	}
	slices.SortFunc(pairs, comparePairs)
	return pairs
}

// numberBucket is the bucket of a figure for internalPairs: counted
// things only (two percentages or two sums of money in similar sentences
// are usually different measures), by counted thing and unit.
func numberBucket(m *mention) string {
	if strings.TrimSpace(m.fact.Number.Counted) == "" {
		return ""
	}
	return numberKey(m.fact.Number)
}

// dateBucket is the bucket of a date for internalPairs: the participant
// of its dated event (the noun before the date's event verb, see
// datedEvent; the verbs are compared by sameDatedEvent), "" when its
// sentence does not say one. Left out: a year, background that an
// article tells many things of ("attacks in 2017" beside "the attack on
// May 12"), and a day named by relative words alone ("Monday", "today"),
// resolved against the publication time and often restating a full date
// beside it.
func dateBucket(m *mention) string {
	p := m.fact.Period
	if p == nil || p.From.IsZero() || p.Granularity == "year" || p.Relative && !strings.ContainsAny(m.fact.Span.Text, "0123456789") {
		return ""
	}
	noun, _ := datedEvent(m)
	if noun == "" {
		return ""
	}
	return stem(noun)
}

// lexiconEvent reports whether a date's event word is a verb of the event
// lexicon: within one article, where nothing else ties two dates, a word
// the facts package took for the event ("7.42 million tonnes in July")
// is not enough.
func (w *work) lexiconEvent(m *mention) bool {
	_, verb := datedEvent(m)
	lx, ok := w.lex.(eventClasser)
	return ok && verb != "" && lx.Class(lx.Lemma(verb)) != ""
}

// datesSentence reports whether the sentence of m also states o's date
// (of a day or finer, a year being background): the sentence dates two
// events, and m is the other one ("the daily edition appears on March 3,
// the Sunday edition on April 9" beside "the Sunday edition of April 16"
// and March 3 again). ds holds the article's dates.
func datesSentence(ds []*mention, m, o *mention) bool {
	if o.fact.Period.Granularity == "year" {
		return false
	}
	return slices.ContainsFunc(ds, func(x *mention) bool {
		return x != m && x.sentStart == m.sentStart && x.fact.Period.Granularity == o.fact.Period.Granularity &&
			periodsAgree(x.fact.Period, o.fact.Period)
	})
}

func comparePairs(a, b [2]int) int {
	if a[0] != b[0] {
		return a[0] - b[0]
	}
	return a[1] - b[1]
}

// differentDates reports whether the sentences of p and q state dates
// that differ (then their figures are of different times).
func (w *work) differentDates(p, q *mention) bool {
	if w.sentDateValues == nil {
		w.sentDateValues = map[string][]string{}
		for _, m := range w.byKind[crosswire.KindDate] {
			k := m.sentenceKey()
			w.sentDateValues[k] = append(w.sentDateValues[k], m.fact.Value)
		}
	}
	dp, dq := w.sentDateValues[p.sentenceKey()], w.sentDateValues[q.sentenceKey()]
	if len(dp) == 0 && len(dq) == 0 {
		return false
	}
	return strings.Join(dp, "|") != strings.Join(dq, "|")
}

// timeWordsKey is the time words and years of a sentence ("last year",
// "in 1999"), in order: figures of sentences with different keys tell of
// different times and are not a contradiction.
func timeWordsKey(s string) string {
	var ks []string
	for _, w := range text.Words(s) {
		if dateWords[w] || len(w) == 4 && isNumeric(w) && (w[:2] == "19" || w[:2] == "20") {
			ks = append(ks, w)
		}
	}
	return strings.Join(ks, " ")
}

// sameCounted compares counted nouns loosely: singular/plural and the
// countedClass folding.
func sameCounted(a, b string) bool {
	fold := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		if k, ok := countedClass[s]; ok {
			return k
		}
		return stem(s)
	}
	return a != "" && b != "" && fold(a) == fold(b)
}

// subheadNumber is a figure found in a subhead line.
type subheadNumber struct {
	crosswire.Number
	text       string
	start, end int
	counted    string
}

// subheadFigure matches a figure with an optional qualifier and the noun
// after it. Subheads are short and formulaic, so a pattern is enough; the
// body's figures come from the facts package.
var subheadFigure = regexp.MustCompile(`(?i)\b(more than|over|at least|about|around|nearly|almost|up to|some|fewer than|less than|under)?\s*(tens of thousands|hundreds of thousands|thousands|hundreds|dozens|\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|thousand|m|bn))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s+(?:of\s+)?([a-z]+)`)

var smallNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}

// subheadNumbers returns the figures of a subhead with what they count.
func subheadNumbers(s string) []subheadNumber {
	var out []subheadNumber
	for _, loc := range subheadFigure.FindAllStringSubmatchIndex(s, -1) {
		start := loc[0]
		for start < loc[1] && s[start] == ' ' {
			start++
		}
		q := ""
		if loc[2] >= 0 {
			q = strings.ToLower(s[loc[2]:loc[3]])
		}
		noun := strings.ToLower(s[loc[6]:loc[7]])
		lo, hi, ok := figureRange(s, loc[4], loc[5])
		if !ok {
			continue
		}
		counted := noun
		if c, ok := countedClass[noun]; ok {
			counted = c
		} else if strings.HasSuffix(noun, "s") && noun != "people" {
			counted = strings.TrimSuffix(noun, "s")
		}
		out = append(out, subheadNumber{
			Number:  crosswire.Number{Low: lo, High: hi, Qualifier: q, Counted: counted},
			text:    s[start:loc[7]],
			start:   start,
			end:     loc[7],
			counted: counted,
		})
	}
	return out
}

// figureRange reads the figure s[start:end]: a small number word, a
// vague plural ("tens of thousands"), an amount the text layer reads
// with its scale (text.AmountAt: "5 million", "£5m"; not the length of
// "a 5m wall"), or digits with separators.
func figureRange(s string, start, end int) (lo, hi float64, ok bool) {
	fig := strings.ToLower(s[start:end])
	switch fig {
	case "tens of thousands":
		return 10000, 99999, true
	case "hundreds of thousands":
		return 100000, 999999, true
	case "thousands":
		return 1000, 9999, true
	case "hundreds":
		return 100, 999, true
	case "dozens":
		return 24, 99, true
	}
	if v, ok := smallNumbers[fig]; ok {
		return v, v, true
	}
	if a, ok := text.AmountAt(s, start); ok {
		return a.Value(), a.ToValue(), true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(fig, ",", ""), 64)
	if err != nil || math.IsNaN(v) {
		return 0, 0, false
	}
	return v, v, true
}
