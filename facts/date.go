package facts

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"crosswire"
)

const monthAlt = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`
const yearAlt = `((?:1[89]|20)[0-9][0-9])`
const dayAlt = `([0-3]?[0-9])(?:st|nd|rd|th)?`

// datePattern is one date expression shape. Patterns are tried in order;
// an earlier pattern's match wins over an overlapping later one.
type datePattern struct {
	name string
	re   *regexp.Regexp
	// starts says which tokens the expression can begin with: 'd' a
	// digit, 'm' a month name, 'w' another word (between, last, Monday …)
	starts string
}

// datePatterns are compiled per call of newDatePatterns so the package has
// no mutable globals; the Extractor keeps one set.
func newDatePatterns() []datePattern {
	// Each pattern is anchored: it is tried only at tokens that can start a
	// date (digits, month and weekday names, a few temporal words), which
	// is ~20× faster than scanning the whole text with 15 expressions.
	p := func(name, re string) datePattern {
		starts := "w"
		switch name {
		case "iso", "dmy", "dmrange", "ydash", "dm", "decade", "year":
			starts = "d"
		case "mdy", "mdrange", "my", "md":
			starts = "m"
		case "ago":
			starts = "dw"
		}
		return datePattern{name, regexp.MustCompile(`^(?:` + strings.TrimPrefix(re, `\b`) + `)`), starts}
	}
	return []datePattern{
		p("iso", `\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b`),
		p("mdrange", `\b`+monthAlt+` `+dayAlt+` ?(?:[-–]|to|and) ?`+dayAlt+`,? `+yearAlt+`\b`),
		p("dmrange", `\b`+dayAlt+` ?(?:[-–]|to|and) ?`+dayAlt+` `+monthAlt+`,? `+yearAlt+`\b`),
		p("mrange", `\b(?:[Bb]etween|[Ff]rom) `+monthAlt+`(?: `+yearAlt+`)? (?:and|to|until|till|through) `+monthAlt+`,? `+yearAlt+`\b`),
		p("mdy", `\b`+monthAlt+` `+dayAlt+`,? `+yearAlt+`\b`),
		p("dmy", `\b`+dayAlt+` (?:of )?`+monthAlt+`,? `+yearAlt+`\b`),
		p("yrange", `\b(?:[Bb]etween|[Ff]rom) (?:the years? )?`+yearAlt+` (?:and|to|until|till|through) `+yearAlt+`\b`),
		p("yand", `\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver) `+yearAlt+` and `+yearAlt+`\b`),
		p("ydash", `\b`+yearAlt+` ?[-–—/] ?([0-9]{4}|[0-9]{2})\b`),
		p("my", `\b`+monthAlt+`,? `+yearAlt+`\b`),
		p("season", `\b(?:the )?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter) (?:of )?`+yearAlt+`\b`),
		p("md", `\b`+monthAlt+` `+dayAlt+`\b`),
		p("dm", `\b`+dayAlt+` (?:of )?`+monthAlt+`\b`),
		p("mon", `\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]efore|[Aa]fter|[Dd]uring|[Ee]arly|[Ll]ate|[Ss]tarting) `+monthAlt+`\b`),
		p("reld", `\b([Yy]esterday|[Tt]oday|[Tt]onight)\b`),
		p("relp", `\b([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast) (week|weekend|month|year)\b`),
		p("ago", `\b([0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month|year)s? ago\b`),
		p("relm", `\b([Ll]ast|[Tt]his|[Nn]ext) `+monthAlt+`\b`),
		p("wday", `\b(?:([Oo]n|[Ll]ast|[Tt]his|[Nn]ext) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`),
		p("decade", `\b((?:1[89]|20)[0-9]0)s\b`),
		p("year", `\b`+yearAlt+`\b`),
	}
}

// CalendarWord reports whether w names a month ("March", "Sept.") or a
// weekday, in any case.
func CalendarWord(w string) bool {
	lower := strings.ToLower(w)
	if _, ok := monthNumber(lower); ok {
		return true
	}
	_, ok := weekdayNumber(lower)
	return ok
}

func monthNumber(lower string) (time.Month, bool) {
	switch strings.TrimSuffix(lower, ".") {
	case "january", "jan":
		return time.January, true
	case "february", "feb":
		return time.February, true
	case "march", "mar":
		return time.March, true
	case "april", "apr":
		return time.April, true
	case "may":
		return time.May, true
	case "june", "jun":
		return time.June, true
	case "july", "jul":
		return time.July, true
	case "august", "aug":
		return time.August, true
	case "september", "sep", "sept":
		return time.September, true
	case "october", "oct":
		return time.October, true
	case "november", "nov":
		return time.November, true
	case "december", "dec":
		return time.December, true
	}
	return 0, false
}

func weekdayNumber(lower string) (time.Weekday, bool) {
	switch lower {
	case "sunday":
		return time.Sunday, true
	case "monday":
		return time.Monday, true
	case "tuesday":
		return time.Tuesday, true
	case "wednesday":
		return time.Wednesday, true
	case "thursday":
		return time.Thursday, true
	case "friday":
		return time.Friday, true
	case "saturday":
		return time.Saturday, true
	}
	return 0, false
}

// period is a resolved date expression.
type period struct {
	from, to time.Time
	gran     string
	relative bool
	value    string
}

// yearUnknown is the year of a date written without one when the
// article's publication date is unknown too ("on August 27" in a paper
// with no dateline): Period.From.Year() == 0. Crosscheck compares such a
// date by month and day only.
const yearUnknown = 0

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func monthPeriod(y int, m time.Month) period {
	from := day(y, m, 1)
	return period{from: from, to: from.AddDate(0, 1, -1), gran: "month", value: from.Format("2006-01")}
}

func yearPeriod(y int) period {
	return period{from: day(y, 1, 1), to: day(y, 12, 31), gran: "year", value: strconv.Itoa(y)}
}

func dayPeriod(t time.Time) period {
	t = day(t.Year(), t.Month(), t.Day())
	return period{from: t, to: t, gran: "day", value: t.Format("2006-01-02")}
}

func validDay(y int, m time.Month, d int) bool {
	return d >= 1 && d <= 31 && day(y, m, d).Day() == d
}

// extractDates finds date expressions. Relative ones ("last year", "on
// Monday", "yesterday") are resolved against the article's publication
// date and skipped when it is unknown: a period that cannot be placed on
// the calendar cannot be compared across versions. A day and month, or a
// month after a preposition, written with no year in an article with no
// publication date is kept with year 0 (yearUnknown): crosscheck compares
// it by month and day.
func (d *doc) extractDates() {
	first := len(d.facts)
	defer d.yearFromSentence(first)
	var pub *time.Time
	if d.a.Published != nil {
		t := d.a.Published.UTC()
		pub = &t
	}
	taken := make([]bool, len(d.text))
	free := func(s, e int) bool {
		for i := s; i < e; i++ {
			if taken[i] {
				return false
			}
		}
		return true
	}
	var cands []int
	var ctype []byte
	for i, t := range d.toks {
		if !t.word {
			continue
		}
		switch {
		case t.digit:
			cands, ctype = append(cands, i), append(ctype, 'd')
		case t.cap && isMonth(t.lower):
			cands, ctype = append(cands, i), append(ctype, 'm')
		case dateStartWord(t.lower):
			cands, ctype = append(cands, i), append(ctype, 'w')
		}
	}
	for _, p := range d.x.dates {
		for n, ci := range cands {
			if strings.IndexByte(p.starts, ctype[n]) < 0 {
				continue
			}
			off := d.toks[ci].start
			wend := min(len(d.text), off+64)
			for wend < len(d.text) && d.text[wend] != ' ' && d.text[wend] != '\n' {
				wend++
			}
			loc := p.re.FindStringSubmatchIndex(d.text[off:wend])
			if loc == nil {
				continue
			}
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += off
				}
			}
			s, e := loc[0], loc[1]
			if e < len(d.text) && e > 0 && isWordByte(d.text[e-1]) && isWordByte(d.text[e]) {
				continue // the expression must end at a word boundary
			}
			if !free(s, e) {
				continue
			}
			g := func(k int) string {
				if loc[2*k] < 0 {
					return ""
				}
				return d.text[loc[2*k]:loc[2*k+1]]
			}
			if d.nameDate(p.name, g, s, e) {
				continue
			}
			per, ok := d.resolveDate(p.name, g, s, e, pub)
			if !ok {
				continue
			}
			// a leading "on" is not part of the date
			if p.name == "wday" && g(1) != "" && strings.EqualFold(g(1), "on") {
				s = loc[4]
			}
			if p.name == "mon" {
				s = loc[2] // the month, not its preposition
			}
			for i := loc[0]; i < e; i++ {
				taken[i] = true
			}
			ts, te := d.tokAt(s), d.tokAt(e)
			for i := ts; i < te && i < len(d.toks); i++ {
				d.used[i] = true
			}
			event := d.eventKey(ts, te, strings.Contains(per.value, "–"))
			d.add(crosswire.Fact{Kind: crosswire.KindDate, Value: per.value, Period: &crosswire.Period{
				From: per.from, To: per.to, Granularity: per.gran, Relative: per.relative, Event: event,
			}}, s, e)
		}
	}
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// nameDate reports a date-looking match at text[s:e] that is part of a
// name or a rolling period rather than a calendar date:
//   - "Today" capitalised inside a sentence: a title ("the Today
//     programme"); English capitalises the adverb only first in a sentence;
//   - a weekday with no preposition followed by a capitalised word: a
//     title ("Saturday Night Lantern", "the Sunday Courier");
//   - a bare year right after a capitalised word that does not open the
//     sentence: a product or event name ("Windows 2000", "Euro 2004");
//   - a four-digit time before a time zone: "at 1800 GMT";
//   - "the last year", "the past month": the twelve months (or weeks)
//     before, not the previous calendar year ("in the last year or so").
func (d *doc) nameDate(name string, g func(int) string, s, e int) bool {
	i, j := d.tokAt(s), d.tokAt(e)
	if i >= len(d.toks) {
		return false
	}
	prevCap := i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.toks[i-1].word && d.toks[i-1].cap && !d.initialPos(i-1) && !d.x.function[d.toks[i-1].lower] && !isMonth(d.toks[i-1].lower)
	switch name {
	case "reld":
		return d.toks[i].cap && !d.initialPos(i)
	case "wday":
		if d.weekdayOfDate(i, j) {
			return true
		}
		if g(1) == "" && d.weekdayModifier(i, j) {
			return true
		}
		return g(1) == "" && j < len(d.toks) && d.toks[j].sent == d.toks[i].sent && d.toks[j].word && d.toks[j].cap && !isMonth(d.toks[j].lower)
	case "year":
		// "at 1800 GMT" is a time of day
		if j < len(d.toks) && d.toks[j].sent == d.toks[i].sent {
			switch d.toks[j].text {
			case "GMT", "BST", "UTC", "EST", "EDT", "PST", "CET", "GMT.", "hrs", "hours", "h":
				return true
			}
		}
		return prevCap
	case "relp":
		if i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.toks[i-1].lower == "the" {
			switch strings.ToLower(g(1)) {
			case "last", "past", "next":
				return true
			}
		}
	}
	return false
}

// weekdayModifier reports a weekday (tokens [i, j), no preposition) used
// inside a noun phrase rather than as a day: after an indefinite article
// or "every"/"each" ("on a Saturday morning", "every Sunday") it is any
// such day; after a definite determiner or a possessive, perhaps with one
// adjective between ("its Sunday edition", "the host's new Saturday night
// programme"), and before a noun, perhaps after a part of the day, it
// names a recurring slot the noun fills, not a calendar date. A weekday
// after a verb ("said Monday", "ended Monday") or with "last", "this",
// "next" or "on" stays a date.
func (d *doc) weekdayModifier(i, j int) bool {
	sent := d.toks[i].sent
	k := i - 1
	det := func(k int) string {
		if k < 0 || d.toks[k].sent != sent {
			return ""
		}
		switch l := d.toks[k].lower; l {
		case "a", "an", "every", "each", "the", "its", "their", "his", "her", "our", "my", "your", "'s", "’s":
			return l
		}
		return ""
	}
	l := det(k)
	if l == "" && k >= 1 && d.toks[k].sent == sent && d.toks[k].word && !d.toks[k].cap && !d.toks[k].digit &&
		!d.x.function[d.toks[k].lower] && !strings.HasSuffix(d.toks[k].lower, "ed") && !strings.HasSuffix(d.toks[k].lower, "ing") {
		l = det(k - 1) // one adjective between: "its new Sunday show"
	}
	switch l {
	case "":
		return false
	case "a", "an", "every", "each":
		return true
	}
	if j < len(d.toks) && d.toks[j].sent == sent {
		switch d.toks[j].lower {
		case "night", "morning", "afternoon", "evening", "lunchtime":
			j++
		}
	}
	if j >= len(d.toks) || d.toks[j].sent != sent {
		return false
	}
	t := d.toks[j]
	return t.word && !t.cap && !t.digit && !d.x.function[t.lower] && !strings.HasSuffix(t.lower, "ly")
}

// weekdayOfDate reports a weekday (tokens [i, j)) written before the
// calendar date it names, "Monday, January 3rd" or "Tuesday 4 January": the
// weekday is part of that date, not a date of its own resolved against the
// publication day.
func (d *doc) weekdayOfDate(i, j int) bool {
	if j < len(d.toks) && !d.toks[j].word && d.toks[j].text == "," {
		j++
	}
	if j >= len(d.toks) || d.toks[j].sent != d.toks[i].sent || !d.toks[j].word {
		return false
	}
	if d.toks[j].cap && isMonth(d.toks[j].lower) {
		return true
	}
	k := j + 1
	if k < len(d.toks) && d.toks[k].lower == "of" {
		k++
	}
	return d.toks[j].digit && k < len(d.toks) && d.toks[k].sent == d.toks[i].sent && d.toks[k].cap && isMonth(d.toks[k].lower)
}

// resolveDate turns one match into a period.
func (d *doc) resolveDate(name string, g func(int) string, s, e int, pub *time.Time) (period, bool) {
	switch name {
	case "iso":
		y, m, dd := atoi(g(1)), time.Month(atoi(g(2))), atoi(g(3))
		if m < 1 || m > 12 || !validDay(y, m, dd) {
			return period{}, false
		}
		return dayPeriod(day(y, m, dd)), true
	case "mdy", "dmy":
		var ms, ds string
		if name == "mdy" {
			ms, ds = g(1), g(2)
		} else {
			ds, ms = g(1), g(2)
		}
		m, _ := monthNumber(strings.ToLower(ms))
		y, dd := atoi(g(3)), atoi(ds)
		if !validDay(y, m, dd) {
			return period{}, false
		}
		return dayPeriod(day(y, m, dd)), true
	case "mdrange", "dmrange":
		var ms, d1, d2 string
		if name == "mdrange" {
			ms, d1, d2 = g(1), g(2), g(3)
		} else {
			d1, d2, ms = g(1), g(2), g(3)
		}
		m, _ := monthNumber(strings.ToLower(ms))
		y := atoi(g(4))
		a, b := atoi(d1), atoi(d2)
		if !validDay(y, m, a) || !validDay(y, m, b) || b <= a {
			return period{}, false
		}
		from, to := day(y, m, a), day(y, m, b)
		return period{from: from, to: to, gran: "day", value: from.Format("2006-01-02") + "–" + to.Format("2006-01-02")}, true
	case "mrange":
		m1, _ := monthNumber(strings.ToLower(g(1)))
		m2, _ := monthNumber(strings.ToLower(g(3)))
		y2 := atoi(g(4))
		y1 := y2
		if g(2) != "" {
			y1 = atoi(g(2))
		}
		from := day(y1, m1, 1)
		to := day(y2, m2, 1).AddDate(0, 1, -1)
		if !to.After(from) {
			return period{}, false
		}
		return period{from: from, to: to, gran: "month", value: from.Format("2006-01") + "–" + to.Format("2006-01")}, true
	case "yand":
		// two consecutive years together are one period: "in 2016 and 2017"
		y1, y2 := atoi(g(1)), atoi(g(2))
		if y2 != y1+1 {
			return period{}, false
		}
		return period{from: day(y1, 1, 1), to: day(y2, 12, 31), gran: "year", value: fmt.Sprintf("%d–%d", y1, y2)}, true
	case "yrange", "ydash":
		y1 := atoi(g(1))
		y2s := g(2)
		y2 := atoi(y2s)
		if len(y2s) == 2 {
			y2 += y1 / 100 * 100
			if y2 < y1 {
				y2 += 100
			}
		}
		if y2 <= y1 || y2-y1 > 50 || y2 > 2100 {
			return period{}, false
		}
		if name == "ydash" && !d.yearContext(s, e) {
			return period{}, false
		}
		return period{from: day(y1, 1, 1), to: day(y2, 12, 31), gran: "year", value: fmt.Sprintf("%d–%d", y1, y2)}, true
	case "my":
		m, _ := monthNumber(strings.ToLower(g(1)))
		if g(1) == "May" && strings.Contains(d.text[s:e], ",") {
			return period{}, false
		}
		return monthPeriod(atoi(g(2)), m), true
	case "season":
		// meteorological seasons of the northern hemisphere
		y := atoi(g(2))
		var from time.Time
		switch strings.ToLower(g(1)) {
		case "spring":
			from = day(y, time.March, 1)
		case "summer":
			from = day(y, time.June, 1)
		case "autumn", "fall":
			from = day(y, time.September, 1)
		case "winter":
			from = day(y, time.December, 1)
		}
		to := from.AddDate(0, 3, -1)
		return period{from: from, to: to, gran: "month", value: from.Format("2006-01") + "–" + to.Format("2006-01")}, true
	case "md", "dm":
		var ms, ds string
		if name == "md" {
			ms, ds = g(1), g(2)
		} else {
			ds, ms = g(1), g(2)
		}
		m, _ := monthNumber(strings.ToLower(ms))
		dd := atoi(ds)
		if pub == nil {
			// no year written and none to read it from: the day of the
			// year, compared by month and day (a paper's "August 27")
			if !validDay(yearUnknown, m, dd) {
				return period{}, false
			}
			t := day(yearUnknown, m, dd)
			return period{from: t, to: t, gran: "day", value: t.Format("--01-02")}, true
		}
		y := pub.Year()
		if !validDay(y, m, dd) {
			return period{}, false
		}
		t := day(y, m, dd)
		switch {
		case d.futureClause(s):
			// "will play on 21 June": the coming one
			if t.Before(pub.AddDate(0, -1, 0)) && validDay(y+1, m, dd) {
				t = day(y+1, m, dd)
			}
		case t.Sub(*pub) > 60*24*time.Hour:
			t = day(y-1, m, dd)
		}
		p := dayPeriod(t)
		p.relative = true
		return p, true
	case "mon":
		// "in October", "until March": a month with no year, the nearest
		// one to the publication date (the coming one in a clause about
		// the future), or the month of an unknown year
		m, _ := monthNumber(strings.ToLower(g(1)))
		if pub == nil {
			p := monthPeriod(yearUnknown, m)
			p.value = p.from.Format("--01")
			return p, true
		}
		y := pub.Year()
		switch diff := int(m) - int(pub.Month()); {
		case d.futureClause(s) && diff < -1:
			y++
		case !d.futureClause(s) && diff > 2:
			y--
		}
		p := monthPeriod(y, m)
		p.relative = true
		return p, true
	case "reld":
		if pub == nil {
			return period{}, false
		}
		t := *pub
		if strings.EqualFold(g(1), "yesterday") {
			t = t.AddDate(0, 0, -1)
		}
		p := dayPeriod(t)
		p.relative = true
		return p, true
	case "relp":
		if pub == nil {
			return period{}, false
		}
		off := 0
		switch strings.ToLower(g(1)) {
		case "last", "past":
			off = -1
		case "next":
			off = 1
		}
		var p period
		switch g(2) {
		case "year":
			p = yearPeriod(pub.Year() + off)
		case "month":
			t := day(pub.Year(), pub.Month(), 1).AddDate(0, off, 0)
			p = monthPeriod(t.Year(), t.Month())
		case "week", "weekend":
			wd := (int(pub.Weekday()) + 6) % 7 // Monday = 0
			mon := day(pub.Year(), pub.Month(), pub.Day()).AddDate(0, 0, -wd+7*off)
			from, to := mon, mon.AddDate(0, 0, 6)
			if g(2) == "weekend" {
				from = mon.AddDate(0, 0, 5)
			}
			p = period{from: from, to: to, gran: "day", value: from.Format("2006-01-02") + "–" + to.Format("2006-01-02")}
		}
		p.relative = true
		return p, true
	case "ago":
		if pub == nil {
			return period{}, false
		}
		n := atoi(g(1))
		if n == 0 {
			n = wordNumber(g(1))
		}
		if n <= 0 {
			return period{}, false
		}
		var p period
		switch g(2) {
		case "day":
			p = dayPeriod(pub.AddDate(0, 0, -n))
		case "week":
			p = dayPeriod(pub.AddDate(0, 0, -7*n))
		case "month":
			t := pub.AddDate(0, -n, 0)
			p = monthPeriod(t.Year(), t.Month())
		case "year":
			p = yearPeriod(pub.Year() - n)
		}
		p.relative = true
		return p, true
	case "relm":
		if pub == nil {
			return period{}, false
		}
		m, _ := monthNumber(strings.ToLower(g(2)))
		y := pub.Year()
		switch strings.ToLower(g(1)) {
		case "last":
			if m >= pub.Month() {
				y--
			}
		case "next":
			if m <= pub.Month() {
				y++
			}
		}
		p := monthPeriod(y, m)
		p.relative = true
		return p, true
	case "wday":
		if pub == nil {
			return period{}, false
		}
		wd, _ := weekdayNumber(strings.ToLower(g(2)))
		base := day(pub.Year(), pub.Month(), pub.Day())
		back := (int(base.Weekday()) - int(wd) + 7) % 7
		t := base.AddDate(0, 0, -back)
		switch strings.ToLower(g(1)) {
		case "last":
			if back == 0 {
				t = t.AddDate(0, 0, -7)
			}
		case "next":
			t = base.AddDate(0, 0, (int(wd)-int(base.Weekday())+7)%7)
			if !t.After(base) {
				t = t.AddDate(0, 0, 7)
			}
		default:
			// news reports a weekday as the nearest one: past for what
			// happened, coming for what will ("will visit on Monday");
			// the future of reported speech ("said it would meet on
			// Saturday") is after the saying, which came a day or two
			// before the publication: the nearest such day either way
			switch d.futureOf(s) {
			case aheadOfNow:
				if back != 0 {
					t = t.AddDate(0, 0, 7)
				}
			case aheadOfSpeech:
				if back > 7-back {
					t = t.AddDate(0, 0, 7)
				}
			}
		}
		p := dayPeriod(t)
		p.relative = true
		return p, true
	case "decade":
		y := atoi(g(1))
		return period{from: day(y, 1, 1), to: day(y+9, 12, 31), gran: "year", value: g(1) + "s"}, true
	case "year":
		if !d.yearContext(s, e) {
			return period{}, false
		}
		return yearPeriod(atoi(g(1))), true
	}
	return period{}, false
}

// yearContext reports whether a bare year (or year range) at text[s:e] is
// used as a date: after a temporal preposition, or not followed by a noun
// it would count ("2000 people").
func (d *doc) yearContext(s, e int) bool {
	i := d.tokAt(s)
	j := d.tokAt(e)
	if i > 0 && d.toks[i-1].sent == d.toks[min(i, len(d.toks)-1)].sent {
		switch d.toks[i-1].lower {
		case "in", "since", "by", "during", "until", "till", "before", "after", "of", "from", "early", "late", "mid", "mid-", "around", "year", "years", "spring", "summer", "autumn", "fall", "winter", "between", "through", "throughout", "fiscal", "the", "and", "to", "season", "'s", "’s", "its", "their", "his", "her", "our":
			return true
		case "$", "£", "€", "¥", "about", "over", "than", "some", "nearly", "almost", "least", "to ":
			return false
		}
	}
	if j >= len(d.toks) {
		return true
	}
	next := d.toks[j]
	if !next.word {
		return next.text != "%"
	}
	if next.cap {
		return true
	}
	switch next.lower {
	case "and", "or", "to", "when", "as", "after", "before", "while", "where", "that", "which", "was", "were", "saw", "marked", "elections", "election":
		return true
	}
	return false
}

// eventKey finds what the date at tokens [s, e) is about: the noun it
// modifies ("the 2019 election" → "election", "the intrusions between 2017
// and 2018" → "intrusions") or the lemma of the nearest event verb of its
// sentence. span tells that the date is a range: an event verb right
// before a range, or before a date introduced by a preposition of a
// period ("from", "since", "until", "between", "through"), states how long
// something lasted ("the leak ran from March"), not when one event
// happened, so the date is its subject's; the same verb before a point
// date ("the strip will run on January 4") dates its event.
func (d *doc) eventKey(s, e int, span bool) string {
	toks := d.toks
	if s >= len(toks) {
		return ""
	}
	period := span || periodPrep(toks[s].lower)
	sent := toks[s].sent
	nounish := func(i int) bool {
		if i < 0 || i >= len(toks) || toks[i].sent != sent {
			return false
		}
		t := toks[i]
		if !t.word || t.cap || t.digit || d.x.function[t.lower] || d.used[i] {
			return false
		}
		if strings.HasSuffix(t.lower, "ly") {
			return false
		}
		return true
	}
	verbish := func(i int) bool {
		l := toks[i].lower
		_, irregular := d.x.lex.irregular[l]
		return strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") || irregular || d.x.lex.IsSpeech(d.x.lex.Lemma(l))
	}
	// possessive use: "Friday's ferry delays", "Monday's launch"
	if h := d.possessedHead(e, nounish); h >= 0 {
		return toks[h].lower
	}
	// modifier use: "the 2019 election"
	if s > 0 && (toks[s-1].lower == "the" || toks[s-1].lower == "its" || toks[s-1].lower == "their") && nounish(e) && !verbish(e) {
		h := e
		if nounish(e+1) && !verbish(e+1) {
			h = e + 1
		}
		return toks[h].lower
	}
	k := s - 1
	// fronted: the date opens its clause ("…, since May 3, the data was
	// accessed"), so the clause after a comma is the date's own
	fronted := false
	for n := 0; n < 3 && k >= 0 && toks[k].sent == sent; n++ {
		switch toks[k].lower {
		case "in", "on", "between", "from", "during", "since", "until", "by", "at", "of", "for", "through", "throughout", "before", "after", ",", "late", "early", "mid", "around":
			period = period || periodPrep(toks[k].lower)
			fronted = fronted || toks[k].text == ","
			k--
			continue
		}
		if _, ok := weekdayNumber(toks[k].lower); ok && d.weekdayOfDate(k, k+1) {
			k-- // "on Monday, January 3rd": the weekday is part of the date
			continue
		}
		break
	}
	fronted = fronted || d.opensClause(k, sent, verbish)
	if k >= 0 && k < s-0 && nounish(k) {
		lem := d.x.lex.Lemma(toks[k].lower)
		// an event verb's base form after an auxiliary ("will run") is
		// a verb, not a noun
		verb := verbish(k) || d.x.lex.IsEvent(lem) && k > 0 && toks[k-1].sent == sent && isAux(toks[k-1].lower)
		if d.x.lex.IsEvent(lem) && verb && !period {
			return lem
		}
		if !verb && !d.x.lex.IsSpeech(lem) {
			// "the network of the ministry in 2016" is about the network
			h := k
			if h >= 2 && isDeterminer(toks[h-1].lower) {
				h--
			}
			if h >= 2 && toks[h-1].lower == "of" && nounish(h-2) && !verbish(h-2) {
				return toks[h-2].lower
			}
			return toks[k].lower
		}
		// "the leak ran from March": the subject of a plain verb
		j := k - 1
		for j >= 0 && toks[j].sent == sent && (isAux(toks[j].lower) || strings.HasSuffix(toks[j].lower, "ly")) {
			j--
		}
		if nounish(j) && !verbish(j) {
			return toks[j].lower
		}
	}
	// nearest event verb in the sentence
	best, bestDist := "", 1<<30
	for i := s - 1; i >= 0 && toks[i].sent == sent; i-- {
		if nounish(i) && verbish(i) {
			if lem := d.x.lex.Lemma(toks[i].lower); d.x.lex.IsEvent(lem) {
				best, bestDist = lem, s-i
				break
			}
		}
	}
	// "in May, when the album topped the charts": a clause opened by
	// "when" right after the date tells what happened at that date
	when := e < len(toks) && toks[e].lower == "when" ||
		e+1 < len(toks) && toks[e].text == "," && toks[e+1].lower == "when"
	for i := e; i < len(toks) && toks[i].sent == sent && i-e < bestDist; i++ {
		if !fronted && !when && (toks[i].text == "," || toks[i].text == ";") {
			// a date inside its clause ends it at the comma: "approved
			// the plan on Tuesday, two weeks after the vote was
			// postponed" dates the approval; "the show first went
			// out in May 1990, winning him an award" does not date the
			// award, whether or not a known event verb stands before
			break
		}
		if nounish(i) && verbish(i) {
			if lem := d.x.lex.Lemma(toks[i].lower); d.x.lex.IsEvent(lem) {
				return lem
			}
		}
	}
	return best
}

// possessedHead returns the head noun of the phrase a date in the
// possessive owns, the date ending at token e ("Friday's Orvik Lines
// ferry delays" → delays, "Monday's launch went ahead" → launch),
// -1 when the date is not followed by "'s": up to three capitalised
// modifiers, then up to four lower-case words up to a function word or
// punctuation; the head is the first of them that is an event noun of
// the lexicon or a plural (not a gerund modifier: "parking"), else the
// last, a past form or a word before "to" (a verb) left out.
func (d *doc) possessedHead(e int, nounish func(int) bool) int {
	toks := d.toks
	if e >= len(toks) || toks[e].lower != "'s" && toks[e].lower != "’s" || toks[e].sent != toks[e-1].sent {
		return -1
	}
	i := e + 1
	for n := 0; n < 3 && i < len(toks) && toks[i].sent == toks[e].sent && toks[i].word && toks[i].cap && !toks[i].digit; n++ {
		i++
	}
	var run []int
	for ; len(run) < 4 && nounish(i); i++ {
		run = append(run, i)
	}
	for _, k := range run {
		l := toks[k].lower
		if !strings.HasSuffix(l, "ing") && (d.x.lex.IsEvent(d.x.lex.Lemma(l)) || pluralNoun(l)) {
			return k
		}
	}
	if n := len(run); n > 1 && (strings.HasSuffix(toks[run[n-1]].lower, "ed") || i < len(toks) && toks[i].lower == "to") {
		run = run[:n-1]
	}
	if len(run) == 0 {
		return -1
	}
	return run[len(run)-1]
}

// opensClause reports whether the words up to token k (the last before a
// date and its prepositions) leave the date at the head of its clause:
// the sentence, a comma, a semicolon, a colon or "that" before it, with
// only connectives, sentence adverbs, another date or prepositional
// phrases between ("But in 1990, …", "Earlier this year, …", "Also on
// Tuesday, …", "In May this year …", "In the capital last week, …"). A
// date after its clause's verb or subject is inside it ("the firm, which
// floated in 2003, …"; "sales in May, …").
func (d *doc) opensClause(k, sent int, verbish func(int) bool) bool {
	phrase := false // words since the last preposition, read backwards
	for ; k >= 0 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		switch t.lower {
		case ",", ";", ":", "that", "(", "\"", "“", "'", "‘":
			return !phrase
		case "in", "on", "at", "by", "for", "with", "during", "from", "to", "until", "before", "after", "since",
			"of", "over", "under", "across", "near", "around", "throughout", "between", "into", "within":
			phrase = false
			continue
		case "and", "but", "or", "so", "yet", "also", "then", "however", "meanwhile", "earlier", "later",
			"even", "still", "already", "only", "just", "again", "once", "although", "though",
			"while", "when", "because", "if", "as", "instead", "indeed", "thus", "early", "late", "mid":
			if phrase {
				return false
			}
			continue
		}
		if d.used[k] || t.word && !t.cap && strings.HasSuffix(t.lower, "ly") {
			continue // another date ("In May this year"), an adverb
		}
		if !t.word || verbish(k) || isAux(t.lower) {
			return false
		}
		phrase = true
	}
	return !phrase
}

// periodPrep reports a preposition of a period's start, end or extent: a
// date after it bounds a duration rather than placing an event.
func periodPrep(l string) bool {
	switch l {
	case "from", "since", "until", "till", "between", "through", "throughout":
		return true
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
}

// dateStartWord reports whether a lower-case word can begin a date
// expression.
func dateStartWord(l string) bool {
	if _, ok := monthNumber(l); ok {
		return true
	}
	if _, ok := weekdayNumber(l); ok {
		return true
	}
	switch l {
	case "by", "until", "till", "since", "before", "after", "early", "late", "starting":
		return true
	case "between", "from", "last", "this", "next", "past", "yesterday", "today", "tonight", "on", "a", "an",
		"the", "spring", "summer", "autumn", "fall", "winter", "in", "during", "throughout", "over":
		return true
	}
	return wordNumber(l) > 0
}

// futureClause reports whether the clause before byte offset pos speaks
// of the future: a "will"/"shall" auxiliary, an obligation ("must", "has
// to"), an "until" ending a period in force now, the "would" of reported
// speech, or "is to", "is expected/scheduled/due/set to", "plans to".
func (d *doc) futureClause(pos int) bool { return d.futureOf(pos) != notFuture }

// How a clause speaks of the future, for futureOf.
const (
	notFuture     = iota
	aheadOfNow    // "will", "is to", "plans to": after the publication
	aheadOfSpeech // "said … would": after the saying, which came before the publication
)

// futureOf tells how the clause before byte offset pos speaks of the
// future (see futureClause).
func (d *doc) futureOf(pos int) int {
	i := d.tokAt(pos)
	if i >= len(d.toks) {
		i = len(d.toks) - 1
	}
	if i < 0 {
		return notFuture
	}
	sent := d.toks[i].sent
	if i > 0 && d.toks[i-1].sent == sent && (d.toks[i-1].lower == "until" || d.toks[i-1].lower == "till") {
		// "until Wednesday" ends a period: one in force now ends on the
		// coming day — a state ("is closed until Wednesday") or an action
		// that set it ("suspended sailings until Tuesday", "gave the
		// defence until Monday") — unless the clause tells a period
		// already over: a past state or duration ("was closed", "took the
		// crews until", "did not reopen until") or a start of its own
		// ("from Sunday night until Wednesday"), read as any other date
		// (below). The clause runs back to a comma, semicolon or colon.
		over := false
	clause:
		for k := i - 2; k >= 0 && k >= i-15 && d.toks[k].sent == sent; k-- {
			switch d.toks[k].lower {
			case ",", ";", ":":
				break clause
			case "was", "were", "had", "been", "remained", "stayed", "lasted", "continued", "waited", "took", "kept",
				"served", "lived", "worked", "ran", "did", "didn't", "not", "from", "since", "between":
				over = true
				break clause
			}
		}
		if !over {
			return aheadOfNow
		}
	}
	for k := i - 1; k >= 0 && k >= i-15 && d.toks[k].sent == sent; k-- {
		switch l := d.toks[k].lower; l {
		case "will", "shall", "'ll", "’ll", "won't", "tomorrow":
			return aheadOfNow
		case "expect", "expects", "forecast", "forecasts", "predict", "predicts", "anticipate", "anticipates":
			// a present expectation is of what lies ahead: "economists
			// expect the first cut in September"
			return aheadOfNow
		case "must":
			// an obligation is of what lies ahead ("must register by
			// Tuesday"), not the past it infers ("must have entered")
			if k+1 < len(d.toks) && (d.toks[k+1].lower == "have" || d.toks[k+1].lower == "'ve" || d.toks[k+1].lower == "’ve") {
				return notFuture
			}
			return aheadOfNow
		case "expected", "scheduled", "due", "set", "plans", "plan", "planned", "intends", "intend", "going",
			"is", "are", "'s", "’s", "has", "have", "need", "needs":
			// "is to meet on Thursday": what is arranged lies ahead, as
			// what must be done ("has to decide by Wednesday")
			if k+1 < len(d.toks) && d.toks[k+1].lower == "to" {
				return aheadOfNow
			}
		case "would", "'d", "’d":
			// the future of reported speech ("said the council would
			// meet on Thursday"), not the past it did not come to ("would
			// have met")
			if k+1 < len(d.toks) && (d.toks[k+1].lower == "have" || d.toks[k+1].lower == "'ve" || d.toks[k+1].lower == "’ve") {
				return notFuture
			}
			return aheadOfSpeech
		case ";", ":", "said", "says":
			return notFuture
		}
	}
	return notFuture
}

func isMonth(l string) bool {
	_, ok := monthNumber(l)
	return ok
}

// yearFromSentence gives a day written without a year the year of the
// last day of its sentence written with one, or the next year when it
// comes earlier in the year ("January 3, 2000, and February 13";
// "December 30, 1999, to January 2"); it runs after every date of the
// text is found. Without such a day the publication date (or none)
// decides, as resolveDate did.
func (d *doc) yearFromSentence(first int) {
	words := func(f *crosswire.Fact) string { return d.text[f.Span.Start:f.Span.End] }
	// the days naming their month, in text order: one walk, each day
	// seeing the last dated day of its sentence before it
	var days []int
	for k := first; k < len(d.facts); k++ {
		f := &d.facts[k]
		if f.Kind == crosswire.KindDate && f.Period != nil && f.Period.Granularity == "day" && namesMonth(words(f)) {
			days = append(days, k)
		}
	}
	sort.Slice(days, func(a, b int) bool { return d.facts[days[a]].Span.Start < d.facts[days[b]].Span.Start })
	var ref *crosswire.Period
	refSent := -1
	for _, k := range days {
		f := &d.facts[k]
		sent := d.toks[d.tokAt(f.Span.Start)].sent
		if sent != refSent {
			ref, refSent = nil, sent
		}
		if yearWritten.MatchString(words(f)) {
			p := *f.Period
			ref = &p
			continue
		}
		if ref == nil {
			continue
		}
		m, dd := f.Period.From.Month(), f.Period.From.Day()
		y := ref.From.Year()
		if !validDay(y, m, dd) {
			continue
		}
		if day(y, m, dd).Before(ref.From) && validDay(y+1, m, dd) {
			y++
		}
		t := day(y, m, dd)
		f.Period.From, f.Period.To, f.Period.Relative = t, t, false
		f.Value = t.Format("2006-01-02")
	}
}

// yearWritten matches a year written in a date.
var yearWritten = regexp.MustCompile(`\b(1[89]|20)[0-9]{2}\b`)

// namesMonth reports whether a date's words name its month.
func namesMonth(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if isMonth(w) {
			return true
		}
	}
	return false
}
