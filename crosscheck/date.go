package crosscheck

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"crosswire"
	"crosswire/internal/unionfind"
	"crosswire/text"
)

// dateWords are words of date expressions, left out of a date's context so
// two sentences are not similar just because both name a month.
var dateWords = setOf(`january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday year years month months week weeks day days today yesterday tomorrow last next early late
mid between since until from`)

// periodsAgree reports whether two periods can both be right: one holds
// the other. A year and a day within it agree (the year is only less
// precise); "2017–2018" and "2016 and 2017" do not, although they share
// 2017: neither version's period is a vaguer statement of the other's.
func periodsAgree(a, b *crosswire.Period) bool {
	if yearless(a) || yearless(b) {
		return dayOfYearAgree(a, b)
	}
	return contains(a, b) || contains(b, a)
}

// datesAgree is periodsAgree for two dates as written: two spans written
// with both ends ("between 2019 and 2021", "from 2018 to 2021") agree only
// when their ends do, each at the coarser of the two precisions ("from
// March to May" holds "from March 2 to May 30", not "from April to May"):
// a span's ends are what it states, so a longer span is another value,
// not a vaguer statement of the same one.
func datesAgree(a, b *mention) bool {
	pa, pb := a.fact.Period, b.fact.Period
	if !yearless(pa) && !yearless(pb) && writtenSpan(a) && writtenSpan(b) {
		g := coarser(pa.Granularity, pb.Granularity)
		return sameUnit(pa.From, pb.From, g) && sameUnit(periodEnd(pa), periodEnd(pb), g)
	}
	return periodsAgree(pa, pb)
}

// spanConnective finds a span's two ends in a date's words: a word joining
// them, or a dash or slash between two figures.
var spanConnective = regexp.MustCompile(`(?i)\b(?:and|to|until|till|through|thru)\b|[0-9] ?[-–—/] ?[0-9]`)

// writtenSpan reports whether a date is a span written with its two ends:
// it runs over more than one unit of its precision and its words join two
// ends. "last week", "the summer of 2019" and "the 1990s" run over several
// days, months or years but are one unit as written.
func writtenSpan(m *mention) bool {
	return spanOfUnits(m.fact.Period) && spanConnective.MatchString(m.fact.Span.Text)
}

// spanOfUnits reports whether a period runs over more than one unit of
// its precision — two years, two months, two days. A decade ("the 1990s",
// ten years written as one unit) is none.
func spanOfUnits(p *crosswire.Period) bool {
	f, t := p.From, periodEnd(p)
	switch p.Granularity {
	case "year":
		decade := f.Year()%10 == 0 && t.Year() == f.Year()+9
		return t.Year() > f.Year() && !decade
	case "month":
		return t.Year() > f.Year() || t.Month() > f.Month()
	case "day":
		return t.After(f)
	}
	return false
}

// coarser returns the coarser of two precisions ("year" over "month" over
// "day").
func coarser(a, b string) string {
	rank := map[string]int{"day": 0, "month": 1, "year": 2}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

// sameUnit reports whether two times fall in one unit of precision g.
func sameUnit(x, y time.Time, g string) bool {
	switch g {
	case "year":
		return x.Year() == y.Year()
	case "month":
		return x.Year() == y.Year() && x.Month() == y.Month()
	}
	return x.Year() == y.Year() && x.YearDay() == y.YearDay()
}

// yearless reports a date written with no year in an article with no
// publication date to read one from (facts gives it year 0): "on August
// 27" in a paper without a dateline.
func yearless(p *crosswire.Period) bool { return p.From.Year() == 0 }

// dayOfYearAgree compares two periods by month and day when one of them
// has no year: "August 27" and "2026-08-27" agree, "August 27" and
// "October" do not. A period of a year or more, or one running over a new
// year, holds every day of the year.
func dayOfYearAgree(a, b *crosswire.Period) bool {
	af, at, ok := dayOfYear(a)
	if !ok {
		return true
	}
	bf, bt, ok := dayOfYear(b)
	if !ok {
		return true
	}
	return af <= bf && bt <= at || bf <= af && at <= bt
}

// dayOfYear returns the first and last day of a period as month*32+day,
// false for a period of a year or more or one running over a new year.
func dayOfYear(p *crosswire.Period) (from, to int, ok bool) {
	md := func(t time.Time) int { return int(t.Month())*32 + t.Day() }
	f, t := p.From, periodEnd(p)
	if p.Granularity == "year" || f.Year() != t.Year() {
		return 0, 0, false
	}
	return md(f), md(t), true
}

// comparable reports whether two periods can be told apart: a date with
// no year says nothing about a year or a span of years ("August 27" and
// "1968" are neither one fact nor two values of one).
func comparable(a, b *crosswire.Period) bool {
	if !yearless(a) && !yearless(b) {
		return true
	}
	_, _, oa := dayOfYear(a)
	_, _, ob := dayOfYear(b)
	return oa && ob
}

// relativeWords are the words of relative date expressions.
var relativeWords = setOf(weekdayNames + ` today yesterday
tomorrow tonight last next this week month year weekend morning evening night afternoon`)

// weekdayNames are the names of the days of the week.
const weekdayNames = `monday tuesday wednesday thursday friday saturday sunday`

// sameRelative reports whether two relative dates are written with the
// same relative words ("on Sunday evening" / "on Sunday in the evening",
// "today's"): whatever day they resolve to, they say the same thing, and
// a difference comes from the publication dates they were resolved
// against, not from the versions.
func sameRelative(a, b *mention) bool {
	if !a.fact.Period.Relative || !b.fact.Period.Relative {
		return false
	}
	key := func(m *mention) map[string]bool {
		k := map[string]bool{}
		for _, w := range text.Words(m.fact.Span.Text) {
			if relativeWords[w] {
				k[w] = true
			}
		}
		return k
	}
	ka, kb := key(a), key(b)
	return len(ka) > 0 && (subset(ka, kb) || subset(kb, ka))
}

// mergeRanges joins the dates of one article written as a range in two
// facts ("in 2016 and 2017", "from 2017 to 2018" when the extractor gave
// each year separately) into one period, so the range is compared as a
// whole. The merged span covers both dates and what joins them, so it is
// still exact text of the article.
func mergeRanges(ms []*mention) []*mention {
	ms = append([]*mention(nil), ms...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].art != ms[j].art {
			return ms[i].idx < ms[j].idx
		}
		return ms[i].fact.Span.Start < ms[j].fact.Span.Start
	})
	joins := setOf("and to through until - –")
	var out []*mention
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		for i+1 < len(ms) {
			n := ms[i+1]
			// a range is written within one sentence
			if n.art != m.art || n.sentStart != m.sentStart || n.fact.Span.Start < m.fact.Span.End {
				break
			}
			gap := strings.ToLower(strings.TrimSpace(m.art.Text[m.fact.Span.End:n.fact.Span.Start]))
			if !joins[gap] || m.fact.Period.Granularity != n.fact.Period.Granularity || n.fact.Period.From.Before(m.fact.Period.From) {
				break
			}
			f := m.fact
			p := *m.fact.Period
			p.To = periodEnd(n.fact.Period)
			f.Period = &p
			f.Span = crosswire.Span{Article: m.art.ID, Start: m.fact.Span.Start, End: n.fact.Span.End, Text: m.art.Text[m.fact.Span.Start:n.fact.Span.End]}
			f.Value = m.fact.Value + "–" + n.fact.Value
			merged := *m
			merged.fact = f
			merged.kctx, merged.klocal, merged.dated = nil, nil, nil
			merged.kctxW, merged.klocalW, merged.ival = nil, nil, nil
			merged.local = localContext(m.art.Text, m.sentStart, m.sentStart+len(m.sentence), f.Span.Start, f.Span.End)
			m = &merged
			i++
		}
		out = append(out, m)
	}
	return out
}

func contains(outer, inner *crosswire.Period) bool {
	return !inner.From.Before(outer.From) && !periodEnd(inner).After(periodEnd(outer))
}

// periodEnd is the last day of a period (its From when To is unset).
func periodEnd(p *crosswire.Period) time.Time {
	if p.To.IsZero() || p.To.Before(p.From) {
		return p.From
	}
	return p.To
}

// dateContext is a date's sentence without the date and date words.
func dateContext(m *mention) map[string]bool {
	if m.kctx == nil {
		c := without(m.ctx, m.fact.Span.Text)
		for w := range c {
			if dateWords[w] {
				delete(c, w)
			}
		}
		m.kctx = c
		l := map[string]bool{}
		for w := range m.local {
			if !dateWords[w] {
				l[w] = true
			}
		}
		m.klocal = l
	}
	return m.kctx
}

// dateLocal is the words near a date, without date words.
func dateLocal(m *mention) map[string]bool {
	dateContext(m)
	return m.klocal
}

// eventKey folds a date's event ("the intrusions") into its stemmed
// content words.
func eventKey(p *crosswire.Period) string {
	var ks []string
	for w := range contentSet(p.Event) {
		ks = append(ks, w)
	}
	if len(ks) == 0 {
		return ""
	}
	// Sorted for determinism.
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return strings.Join(ks, " ")
}

// checkDates aligns dates and periods of the same event across versions
// and reports those that do not hold one another. Dates are compared when
// the facts package gave them the same event; otherwise when their
// sentences are similar enough. A conflict involving a relative date
// ("on Monday", resolved against a publication date that may be wrong) is
// medium rather than high.
func (w *work) checkDates() {
	var ms []*mention
	for _, m := range w.byKind[crosswire.KindDate] {
		if m.fact.Period != nil && !m.fact.Period.From.IsZero() {
			ms = append(ms, m)
		}
	}
	ms = mergeRanges(ms)
	frames := make(map[*mention]map[string]bool, len(ms))
	perSent := map[string]int{}
	for _, m := range ms {
		frames[m] = dateFrame(m)
		if m.fact.Period.Granularity != "year" {
			perSent[m.sentenceKey()]++ // a year is background
		}
	}
	// A sentence dating one event "ahead of" another it leaves undated
	// ("today she appears in advance of the auction") holds two events
	// and one date: which one another version's date is of, its words
	// cannot tell.
	twoEvents := make(map[*mention]bool, len(ms))
	// A day of the outlet's own telling ("Yesterday we wrote about …",
	// ownact.go) stays a fact of its version but is compared with none.
	own := make(map[*mention]bool, len(ms))
	evs := make(map[*mention]map[string]bool, len(ms))
	evKeys := make(map[*mention]string, len(ms)) // eventKey, once per date
	for _, m := range ms {
		own[m] = w.ownAct(m)
		twoEvents[m] = perSent[m.sentenceKey()] <= 1 && hasAnyPhrase(strings.ToLower(m.sentence), sequencePhrases...)
		evs[m] = contentSet(m.fact.Period.Event)
		evKeys[m] = eventKey(m.fact.Period)
	}
	var verbs func(*crosswire.Article) map[string]bool
	starts := map[*mention]bool{}
	if lx, ok := w.lex.(eventClasser); ok {
		verbs = articleLemmas(lx)
		starts = soleStarts(lx, ms)
	}
	al := alignment{
		note: w.note,
		key:  func(*mention) string { return "" },
		sim: func(a, b *mention) float64 {
			// A frame word on one side only ("began dating another girl
			// in 2018" / "three girls in 2016") dates another event (see
			// frame.go).
			// A frame word on one side only is no other event when both
			// dates name one participant's event ("his last original
			// daily strip will appear" / "the final strip will run"):
			// one version is only the more specific.
			fa, fb := frames[a], frames[b]
			if own[a] || own[b] {
				return 0
			}
			if starts[a] && starts[b] && a.art.ID != b.art.ID && comparable(a.fact.Period, b.fact.Period) {
				return 0.9 // each version's one start of an event (eventstart.go)
			}
			if !equalSets(fa, fb) && !((subset(fa, fb) || subset(fb, fa)) && w.sameDatedEvent(a, b)) ||
				nowAndThen(a.fact.Period, b.fact.Period) || !comparable(a.fact.Period, b.fact.Period) {
				return 0
			}
			// The extractor's event keys help but are noisy: agreement
			// is a bonus, disagreement a small penalty, a veto only
			// when both keys are verbs read as such and one version
			// writes the other's verb too (twoReadEvents) and the days
			// differ: of one day they may be one event told with a
			// verb the lexicon does not know.
			ea, eb := evKeys[a], evKeys[b]
			if twoEvents[a] || twoEvents[b] || !datesAgree(a, b) && w.twoReadEvents(a, b, verbs) {
				return 0
			}
			ca, cb := dateContext(a), dateContext(b)
			if shared(ca, cb) < 2 {
				if w.sameDatedEvent(a, b) {
					return 0.5 // one participant's event, told in other words
				}
				return 0
			}
			s := 0.5*contextScore(ca, cb) + 0.5*overlap(dateLocal(a), dateLocal(b))
			if datesAgree(a, b) {
				s += 0.15 // as for figures: agreement is the likelier pairing
			}
			if ea != "" && eb != "" {
				sa, sb := evs[a], evs[b]
				if ea == eb || overlap(sa, sb) >= 0.5 || w.sameDatedEvent(a, b) {
					return s + 0.5
				}
				if subset(sb, a.ctx) || subset(sa, b.ctx) {
					// one sentence tells both events and dates its own
					// ("announced on the 23rd, tickets on sale the day
					// after"): the other version's date is the other event's
					return 0
				}
				return s - 0.1
			}
			return s
		},
		tau: 0.4,
	}
	byArt := map[string][]*mention{}
	for _, m := range ms {
		byArt[m.art.ID] = append(byArt[m.art.ID], m)
	}
	var found []*finding
	for _, sl := range joinSameDates(al.align(ms)) {
		groups := partition(sl,
			func(a, b *mention) bool {
				return datesAgree(a, b) || sameRelative(a, b) || roughlyAgo(a, b) || roughlyAgo(b, a)
			},
			func(m *mention) float64 { return -periodEnd(m.fact.Period).Sub(m.fact.Period.From).Hours() })
		s := &slot{kind: crosswire.KindDate}
		for _, g := range groups {
			s.groups = append(s.groups, w.sideOf(displayValue(g[0]), g))
		}
		w.slots = append(w.slots, s)
		if len(groups) < 2 || !distinctVersions(groups) || statesBothDates(w.lex, byArt, groups) {
			continue
		}
		s.conflicting = true
		sev := crosswire.SeverityHigh
		for _, m := range sl {
			// resolved against a publication date, or with no year:
			// perhaps two different years' days
			if m.fact.Period.Relative || yearless(m.fact.Period) {
				sev = crosswire.SeverityMedium
			}
		}
		if sev == crosswire.SeverityMedium && countedFromPublication(groups) {
			sev = crosswire.SeverityLow
		}
		found = append(found, &finding{kind: crosswire.DiscDate, sev: sev, subject: dateSubject(sl), sides: s.groups})
	}
	w.discs = append(w.discs, w.oneDisagreement(found)...)
}

// oneDisagreement folds date conflicts that are one disagreement told in
// several sentences into one: the same versions giving the same days,
// side for side ("the attack on Tuesday", "Tuesday's attack", "Tuesday's
// scheme" against Wednesday each time). A version that dates one event
// in three sentences is one fact stated three times, and the reader is
// owed one report of it with every place, not three; which noun each
// sentence dates the event by does not matter, the versions and their
// days do. Two events each a day off differ in their days (Tuesday /
// Wednesday, Thursday / Friday) and stay apart. The first conflict's
// heading is kept, and the graver severity.
func (w *work) oneDisagreement(fs []*finding) []*finding {
	var out []*finding
	for _, f := range fs {
		var into *finding
		var match []int
		for _, o := range out {
			if m := sameDisagreement(o.sides, f.sides); m != nil {
				into, match = o, m
				break
			}
		}
		if into == nil {
			g := *f
			g.sides = slices.Clone(f.sides) // the slot keeps its own groups
			out = append(out, &g)
			continue
		}
		for i, j := range match {
			s := &into.sides[i]
			*s = w.sideOf(s.value, append(slices.Clone(s.ms), f.sides[j].ms...))
		}
		if f.sev == crosswire.SeverityHigh {
			into.sev = crosswire.SeverityHigh
		}
	}
	return out
}

// sameDisagreement matches each side of a to a side of b stated by one
// of the same articles with a date that agrees with it (match[i] is b's
// side for a's side i); nil when the two conflicts hold different
// sides, different days or different versions.
func sameDisagreement(a, b []side) []int {
	if len(a) != len(b) {
		return nil
	}
	match := make([]int, len(a))
	used := make([]bool, len(b))
	for i, x := range a {
		match[i] = -1
		arts := groupArticles(x.ms)
		for j, y := range b {
			if used[j] || !datesAgree(x.ms[0], y.ms[0]) {
				continue
			}
			if anyMention(y.ms, func(m *mention) bool { return arts[m.art.ID] }) {
				match[i], used[j] = j, true
				break
			}
		}
		if match[i] < 0 {
			return nil
		}
	}
	return match
}

// weekdays is weekdayNames as a set.
var weekdays = setOf(weekdayNames)

// deictic reports a date counted from its article's publication day and
// nothing else ("today", "yesterday", "this week", "last night"): no
// weekday, which names the day itself, and no figure.
func deictic(m *mention) bool {
	if !m.fact.Period.Relative || strings.ContainsAny(m.fact.Span.Text, "0123456789") {
		return false
	}
	for _, w := range text.Words(m.fact.Span.Text) {
		if weekdays[w] {
			return false
		}
	}
	return true
}

// countedFromPublication reports whether every two sides of a date slot
// may differ only through their articles' publication dates: one side's
// dates are all deictic, and the two sides' articles were published on
// different days. A feed's publication date may be a day or weeks off the
// outlet's own (or the day the outlet wrote an earlier article), so a
// "yesterday" resolved from it is no firm day.
//
// A publication date with no time of day (midnight exactly, as a feed
// gives a bare date) is no firm day either: written in the evening west
// of it, "today" is the day before. So a deictic side a day from the other
// side, all its dates resolved from such dates, may differ only through
// them too.
func countedFromPublication(groups [][]*mention) bool {
	for i := range groups {
		for j := i + 1; j < len(groups); j++ {
			a, b := groups[i], groups[j]
			if !allDeictic(a) && !allDeictic(b) {
				return false
			}
			if !publishedApart(a, b) && !(allDeictic(a) && dayFromBareDates(a, b)) && !(allDeictic(b) && dayFromBareDates(b, a)) {
				return false
			}
		}
	}
	return true
}

// dayFromBareDates reports whether every date of side d was resolved from
// a publication date with no time of day and is at most a day from the
// first date of side o.
func dayFromBareDates(d, o []*mention) bool {
	for _, m := range d {
		p := m.art.Published
		if p == nil || p.Hour() != 0 || p.Minute() != 0 || p.Second() != 0 || p.Nanosecond() != 0 {
			return false
		}
		if gap := m.fact.Period.From.Sub(o[0].fact.Period.From); gap > 24*time.Hour || gap < -24*time.Hour {
			return false
		}
	}
	return true
}

func allDeictic(g []*mention) bool {
	for _, m := range g {
		if !deictic(m) {
			return false
		}
	}
	return len(g) > 0
}

// publishedApart reports whether every article of a and every article of
// b have publication dates and no article of a was published on the day
// an article of b was.
func publishedApart(a, b []*mention) bool {
	day := func(m *mention) string {
		if m.art.Published == nil {
			return ""
		}
		return m.art.Published.Format(time.DateOnly)
	}
	for _, x := range a {
		for _, y := range b {
			if dx, dy := day(x), day(y); dx == "" || dy == "" || dx == dy {
				return false
			}
		}
	}
	return true
}

// joinable reports whether a date may be joined by its value
// (joinSameDates): a date written out, or a day named by its weekday ("on
// Wednesday": the day of one event, resolved to one calendar day).
// "Today", "this month", "last night" are the time of the news (deictic).
func joinable(m *mention) bool {
	p := m.fact.Period
	return !p.Relative || p.Granularity == "day" && !deictic(m)
}

// joinSameDates joins the slots of one date value (every mention of each
// the same period) whose sentences share a content word besides the date,
// when no version states the value twice: a date each version states
// once, worded differently around it ("the mine closed in 2019" / "lost
// their jobs when the mine shut in 2019"), is one fact of the story, not
// two unique ones. The shared word keeps apart two events of one year
// told in unrelated sentences; a version stating the value twice leaves
// the slots to the words. Only dates written out and days named by their
// weekday are joined (joinable): "today", "this month" are the time of the
// news, which two events of one story share (read on real stories: most
// such joins were two events). A weekday names the day of an event, but
// two events of one story often fall on one weekday, so its sentences
// must share two content words, the least the alignment reads a date's
// context on (checkDates), not one. Joined slots agree, so no conflict is
// made or lost; only the support of the date is.
func joinSameDates(slots [][]*mention) [][]*mention {
	byValue := map[string][]int{}
	var values []string
	for i, sl := range slots {
		p := sl[0].fact.Period
		k := p.Granularity + " " + p.From.Format(time.DateOnly) + " " + periodEnd(p).Format(time.DateOnly)
		pure := joinable(sl[0])
		for _, m := range sl[1:] {
			q := m.fact.Period
			pure = pure && joinable(m) && q.Granularity == p.Granularity && q.From.Equal(p.From) && periodEnd(q).Equal(periodEnd(p))
		}
		if !pure {
			continue
		}
		if byValue[k] == nil {
			values = append(values, k)
		}
		byValue[k] = append(byValue[k], i)
	}
	sharesWord := func(x, y []*mention) bool {
		for _, a := range x {
			for _, b := range y {
				least := 1
				if a.fact.Period.Relative || b.fact.Period.Relative {
					least = 2 // a weekday: the alignment's least context (checkDates)
				}
				if shared(dateContext(a), dateContext(b)) >= least {
					return true
				}
			}
		}
		return false
	}
	uf := unionfind.New(len(slots))
	for _, k := range values {
		idx := byValue[k]
		seen := map[string]bool{}
		once := true
		for _, i := range idx {
			for _, m := range slots[i] {
				once = once && !seen[m.art.ID]
				seen[m.art.ID] = true
			}
		}
		if len(idx) < 2 || !once {
			continue
		}
		for x := range idx {
			for y := x + 1; y < len(idx); y++ {
				if sharesWord(slots[idx[x]], slots[idx[y]]) {
					uf.Union(uint32(idx[x]), uint32(idx[y]))
				}
			}
		}
	}
	// a joined slot takes the place of its first part: the order of the
	// slots is kept
	first := map[uint32]int{}
	out := make([][]*mention, 0, len(slots))
	for i, sl := range slots {
		r := uf.Find(uint32(i))
		if j, ok := first[r]; ok {
			out[j] = append(out[j], sl...)
			continue
		}
		first[r] = len(out)
		out = append(out, slices.Clone(sl))
	}
	return out
}

// statesBothDates reports whether the two values of a date slot are both
// stated by every article of one side: a version that gives the other
// side's day too (of a month or finer) dates two events, and pairing its
// other date with the other version's is a misalignment, not a
// contradiction. byArt holds each article's dates.
func statesBothDates(lx EventLexicon, byArt map[string][]*mention, groups [][]*mention) bool {
	return eitherStatesOther(groups, func(g, other []*mention) bool {
		op := other[0].fact.Period
		if op.Granularity == "year" {
			return false
		}
		for art := range groupArticles(g) {
			what, verb := "", ""
			for _, m := range g {
				if m.art.ID == art {
					what, verb = datedEvent(m)
					break
				}
			}
			if !anyMention(byArt[art], func(x *mention) bool {
				if x.fact.Period.Granularity != op.Granularity || !periodsAgree(x.fact.Period, op) {
					return false
				}
				// the other value dating something else of the
				// version ("his contract expires on …" and "in October
				// he will finish filming …": its sentence does not name
				// the contract) is no second telling
				if what == "" {
					return true
				}
				// nor is the other value dating another event of the
				// same participant ("the strip will appear on the 3rd",
				// "the creator of the strip will retire on the 4th")
				xw, xv := datedEvent(x)
				if xw == "" {
					xv = strings.ToLower(strings.TrimSpace(x.fact.Period.Event))
					return x.ctx[stem(what)] && oneEvent(lx, verb, xv)
				}
				return stem(xw) == stem(what) && oneEvent(lx, verb, xv)
			}) {
				return false
			}
		}
		return true
	})
}

// dateFrame is the frame words of a date (see frameOf), with "last"
// before a word that is not a date word ("his last strip", not "last
// year") read as "final": one end of a series said two ways.
func dateFrame(m *mention) map[string]bool {
	f := frameOf(m).words
	s := m.fact.Span.Start - m.sentStart
	if s <= 0 || s > len(m.sentence) {
		return f
	}
	before := text.Words(m.sentence[strings.LastIndexAny(m.sentence[:s], ",;:()—")+1 : s])
	if len(before) > 3*frameWindow {
		before = before[len(before)-3*frameWindow:]
	}
	for i := 0; i+1 < len(before); i++ {
		if before[i] == "last" && !dateWords[before[i+1]] && !timeWords[before[i+1]] && !isNumeric(before[i+1]) {
			f["final"] = true
		}
	}
	return f
}

// sequencePhrases set one event before another in a sentence.
var sequencePhrases = []string{"in advance of", "ahead of", "prior to", "in the run-up to", "in the run up to"}

// nowAndThen reports whether one period is a relative day ("today",
// "tonight", "on Monday": the time of the news) and the other a year or
// month: the news and its background, never one date told two ways.
func nowAndThen(a, b *crosswire.Period) bool {
	day := func(p *crosswire.Period) bool { return p.Relative && p.Granularity == "day" }
	return day(a) && b.Granularity != "day" || day(b) && a.Granularity != "day"
}

// roughlyAgo reports whether a is a count of years back ("15 years ago")
// and b a year within one of it: counted from a publication date, a
// round number of years ago covers the year before and after.
func roughlyAgo(a, b *mention) bool {
	pa, pb := a.fact.Period, b.fact.Period
	if !pa.Relative || pa.Granularity != "year" || !strings.Contains(strings.ToLower(a.fact.Span.Text), "ago") {
		return false
	}
	ya, yb0, yb1 := pa.From.Year(), pb.From.Year(), periodEnd(pb).Year()
	return ya >= yb0-1 && ya <= yb1+1
}

// dateSubject names what is dated as a heading: "period of the
// intrusions", "year of the election", "date of the inspection" (an event
// verb's lemma made its noun), else "date (…shared words…)".
func dateSubject(ms []*mention) string {
	var grans []string
	spans := false
	for _, m := range ms {
		p := m.fact.Period
		grans = append(grans, p.Granularity)
		switch p.Granularity {
		case "day":
			spans = spans || periodEnd(p).Sub(p.From) > 24*time.Hour
		case "month":
			spans = spans || periodEnd(p).Sub(p.From) > 31*24*time.Hour
		case "year":
			spans = spans || periodEnd(p).Sub(p.From) > 366*24*time.Hour
		}
	}
	what := dateLead(grans, spans)
	if noun, verb := sharedDatedEvent(ms); noun != "" {
		return what + " (" + noun + " " + verb + ")" // "month (contract ends)"
	}
	for _, m := range ms {
		if ev := eventNoun(m.fact.Period.Event, ms); ev != "" {
			if !strings.HasPrefix(ev, "the ") {
				ev = "the " + ev
			}
			return what + " of " + ev
		}
	}
	if ws := wordsBefore(ms, 2); ws != "" {
		return what + " (" + ws + ")"
	}
	return what
}

// wordsBefore returns up to n content words that stand before the first
// mention's span in its sentence (nearest last) and occur in the sentence
// of every mention: "when the tender was decided in September 2021" →
// "tender decided".
func wordsBefore(ms []*mention, n int) string {
	m := ms[0]
	cut := m.fact.Span.Start - m.sentStart
	if cut < 0 || cut > len(m.sentence) {
		return ""
	}
	ws := text.Words(m.sentence[:cut])
	var out []string
	for i := len(ws) - 1; i >= 0 && len(out) < n && len(ws)-i <= 8; i-- {
		x := ws[i]
		if text.StopWord(x) || dateWords[x] || isNumeric(x) {
			continue
		}
		shared := true
		for _, o := range ms[1:] {
			if !o.ctx[stem(x)] {
				shared = false
			}
		}
		if shared {
			out = append([]string{x}, out...)
		}
	}
	return strings.Join(out, " ")
}

// eventClasser is the part of an event lexicon that gives a verb form's
// base form and the class of events it names (the facts package's
// Lexicon: "expires" → "expire" → end).
type eventClasser interface {
	Lemma(word string) string
	Class(lemma string) string
}

// datedEvent is what a date dates, read from its sentence: the event word
// the facts package gave it and the noun right before that word, with
// auxiliaries skipped ("his contract expires on …" → contract, expires;
// "the final strip will run on …" → strip, run), both lower case as
// written. Both are "" when the event word is not in the sentence or
// nothing but stop words precede it.
func datedEvent(m *mention) (noun, verb string) {
	// Read once per mention: alignment asks it of every pair.
	if m.dated == nil {
		n, v, base := readDatedEvent(m)
		m.dated = &[4]string{n, v, stem(n), ""}
		if base {
			m.dated[3] = "base"
		}
	}
	return m.dated[0], m.dated[1]
}

// datedNounStem is the stem of datedEvent's noun.
func datedNounStem(m *mention) string {
	datedEvent(m)
	return m.dated[2]
}

// readDatedEvent is datedEvent read from the sentence; base reports
// whether the verb is written in its base form ("will end").
func readDatedEvent(m *mention) (noun, verb string, base bool) {
	ev := strings.ToLower(strings.TrimSpace(m.fact.Period.Event))
	if ev == "" || strings.Contains(ev, " ") {
		return "", "", false
	}
	ws := text.Words(strings.ToLower(m.sentence))
	// the event word nearest before the date tells its event ("the daily
	// release of …, the Sunday release of <date>"); else the first after
	// the event is the extractor's base form; the sentence has it
	// inflected ("inspect": "had been inspected")
	evStem := stem(ev)
	isEv := func(w string) bool { return w == ev || stem(w) == evStem }
	at := -1
	if cut := m.fact.Span.Start - m.sentStart; cut > 0 && cut <= len(m.sentence) {
		before := text.Words(strings.ToLower(m.sentence[:cut]))
		for i := len(before) - 1; i >= 0 && at < 0; i-- {
			if isEv(before[i]) {
				at = i
			}
		}
		if at >= 0 {
			ws = before
		}
	}
	if at < 0 {
		at = slices.IndexFunc(ws, isEv)
	}
	if at < 0 {
		return "", "", false
	}
	j := at - 1
	// auxiliaries and adverbs stand between the subject and its verb:
	// "the crane was last inspected", "had recently been inspected"
	for j >= 0 && (auxiliaries[ws[j]] || verbAdverb(ws[j])) {
		j--
	}
	if j < 0 || text.StopWord(ws[j]) || isNumeric(ws[j]) {
		return "", "", false
	}
	return ws[j], ev, ws[at] == ev
}

// sameDatedEvent reports whether two dates date one event of one
// participant although their sentences share too few words to say so: the
// same noun before each date's event verb, and the two verbs of one base
// form or of one class of the event lexicon ("his contract expires on
// August 27" / "until his contract ends in October"). A noun shared with
// two unrelated verbs ("the show airs" / "the show ends") is two events.
func (w *work) sameDatedEvent(a, b *mention) bool {
	na, va := datedEvent(a)
	nb, vb := datedEvent(b)
	if na == "" || nb == "" || datedNounStem(a) != datedNounStem(b) {
		return false
	}
	return oneEvent(w.lex, va, vb)
}

// oneEvent reports whether two event words tell one event: one base form,
// or one class of the event lexicon lx (when it has classes). An empty
// word tells nothing and matches nothing but itself.
func oneEvent(lex EventLexicon, va, vb string) bool {
	if va == vb {
		return true
	}
	if va == "" || vb == "" {
		return false
	}
	lx, ok := lex.(eventClasser)
	if !ok {
		return false
	}
	la, lb := lx.Lemma(va), lx.Lemma(vb)
	if la == lb {
		return true
	}
	if all, ok := lex.(eventClasses); ok {
		// a verb of two classes ("release": set free, make public) tells
		// one event with a verb of either
		cb := all.Classes(lb)
		return slices.ContainsFunc(all.Classes(la), func(c string) bool { return slices.Contains(cb, c) })
	}
	ca := lx.Class(la)
	return ca != "" && ca == lx.Class(lb)
}

// twoReadEvents reports whether two dates of two versions date two
// different events by the extractor's reading of each: both event keys
// are verbs written as verbs in their sentences ("failed on Tuesday",
// "could return from Monday"), of different base forms and no common
// class of the event lexicon, neither one the other's noun ("fail" / "failure"), and one of
// the two versions writes the other's verb too, anywhere (verbs gives an
// article's base forms, read once): it has its own word for that event
// and dated another with this one ("a week after the barrier failed …
// residents could return from Monday"). Sentences of one story share its
// words (a count, a place), so the words alone align a follow-up's next
// step with the first report's event. A reading the extractor is unsure
// of (a noun, an irregular past, a key of two words) leaves the pair to
// the words, and so does a version that never writes the other's verb: a
// translation may tell one event with a synonym the lexicon lacks.
func (w *work) twoReadEvents(a, b *mention, verbs func(*crosswire.Article) map[string]bool) bool {
	lx, ok := w.lex.(eventClasser)
	if !ok || a.art == b.art {
		return false
	}
	va, vb := verbEvent(lx, a), verbEvent(lx, b)
	if va == "" || vb == "" || oneEvent(w.lex, va, vb) {
		return false
	}
	sa, sb := stem(va), stem(vb)
	if strings.HasPrefix(sa, sb) || strings.HasPrefix(sb, sa) {
		return false
	}
	return verbs(b.art)[va] || verbs(a.art)[vb]
}

// articleLemmas returns a function giving the base forms of every word of
// an article, each article read once.
func articleLemmas(lx eventClasser) func(*crosswire.Article) map[string]bool {
	seen := map[*crosswire.Article]map[string]bool{}
	return func(art *crosswire.Article) map[string]bool {
		if l, ok := seen[art]; ok {
			return l
		}
		l := map[string]bool{}
		for _, x := range text.Words(strings.ToLower(art.Text)) {
			l[lx.Lemma(x)] = true
		}
		seen[art] = l
		return l
	}
}

// verbEvent is a date's event key when it is a base form written as a
// verb in the date's sentence: inflected in -ed, or itself after an
// auxiliary or "to"; else "".
func verbEvent(lx eventClasser, m *mention) string {
	ev := strings.ToLower(strings.TrimSpace(m.fact.Period.Event))
	if ev == "" || strings.Contains(ev, " ") || lx.Lemma(ev) != ev {
		return ""
	}
	ws := text.Words(strings.ToLower(m.sentence))
	for i, x := range ws {
		if x == ev || lx.Lemma(x) != ev {
			if x == ev && i > 0 && (auxiliaries[ws[i-1]] || ws[i-1] == "to") {
				return ev
			}
			continue
		}
		if strings.HasSuffix(x, "ed") {
			return ev
		}
	}
	return ""
}

// eventClasses is the part of an event lexicon that gives every class of
// a base form, primary first (the facts package's Lexicon).
type eventClasses interface {
	Classes(lemma string) []string
}

// sharedDatedEvent returns the participant noun and event word of the
// first mention when every mention dates an event of that participant
// (see datedEvent), else "", "".
func sharedDatedEvent(ms []*mention) (noun, verb string) {
	base := false
	for i, m := range ms {
		n, v := datedEvent(m)
		if n == "" || i > 0 && stem(n) != stem(noun) {
			return "", ""
		}
		if i == 0 {
			noun, verb = n, v
		}
		base = base || m.dated[3] == "base"
	}
	if !base {
		// every verb inflected: its subject may be its doer
		// ("inspectors inspected"), so the heading names the event
		return "", ""
	}
	return noun, verb
}

// verbAdverb reports whether a word is an adverb that may stand between a
// subject and its verb: "last", "first", "never", "also", "just" or a
// word in -ly ("recently", "previously").
func verbAdverb(w string) bool {
	switch w {
	case "last", "first", "never", "also", "just", "already", "not", "still":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}
