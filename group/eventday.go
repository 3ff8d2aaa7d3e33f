package group

import (
	"time"

	"github.com/cespare/xxhash/v2"

	"crosswire"
)

// The event's day and who. Reports of one event name the day it happened in their
// lead — "Storm Kestria strengthened … on Wednesday", "Norland said on
// Tuesday (Sep 20)", "pada Khamis (22 Sept)" — because the lead says who
// did what, where and when. Two reports of one affair on different days
// share its names but lead with another day's news; two events of one kind
// (two court cases, two storms) share the day only by chance and little
// else. So a pair whose leads name the same day, and which shares names
// of which one is rare, at the low anchor cosine of independent reports,
// is one event (verify's day rule) when one lead is told in the other
// report too: at least LeadTold of its anchors (the people, places, sums
// and the date of its who-what-where) are among the other report's, and
// at least MinSharedAnchors of them. Independent reports of one event
// each tell who did what where; two events of one kind on one day (two
// matches on a Saturday, two rulings on a Tuesday) lead with other
// participants, and one report's lead then is mostly not in the other.
// The day and the lead are signals of one event where the anchors alone
// are too few, as the event's words are for the topic rule.
//
// The lead is the headline and the first LeadTokens words of the body: an
// inverted-pyramid lead sentence is 25–35 words and the dateline comes
// before it. The day is the first month/day date there (Sep 20, 20 Sept,
// 9月20日) and the first weekday name (English or Malay); two leads name
// the same day when both have dates and they are equal, or else both have
// weekdays and they are equal. Weekday names are absolute within the week
// every outlet of one event writes in ("yesterday" and "today" would need
// the publication time and are not read). Nothing here depends on other
// articles.

// LeadTokens is the number of body words after the headline read for the
// day an article's lead names.
const LeadTokens = 40

// LeadTold is the share of a lead's anchors the other report must have for
// the day rule: most of them (a majority, as for CrossScriptContainment).
const LeadTold = 0.5

// lead is what an article's lead gives the day rule: the day it names and
// its anchors (sorted, no repeats).
type lead struct {
	day leadDay
	// historic: the lead's date is written with its year, a recalled
	// date rather than the news's day (leaddate.go)
	historic bool
	// months: the months the lead names, bit m−1 for month m (leadmonth.go)
	months uint16
	// leadAhead: the lead's own day is told ahead; ahead: the first days
	// the text tells ahead, 0 after the last (nextstep.go). The small
	// fields first, in one word: 112 bytes a lead, not 128.
	leadAhead bool
	ahead     [maxAhead]leadDay
	dates     []uint16 // the text's month·100+day dates, distinct (leaddate.go)
	codes     []uint64 // the codes of one scheme the text writes (codes.go)
	anchors   []uint32
	names     []uint64 // links of adjacent name anchors: one person (leadnames.go)
}

// oneEvent reports whether two articles' leads name one day and one of the
// leads is told in the other article: at least LeadTold and at least
// MinSharedAnchors of its anchors are among the other's anchors (A and B,
// the articles' full anchor lists).
func oneEvent(la, lb *lead, A, B []uint32) bool {
	return sameDay(la.day, lb.day) && leadTold(la, lb, A, B)
}

// dayEdge is the day rule: a batch pair at the low floor (lowFloor) with a
// rare anchor whose leads tell one event (oneEvent).
func (ix *Index) dayEdge(a, b uint32, ps *pairScore) bool {
	return ix.keepFull && ps.lowFloor() && ps.rare >= 1 && oneEvent(&ix.leads[a], &ix.leads[b], ix.full[a], ix.full[b])
}

// leadDay is the day an article's lead names: the weekday (1 Monday … 7
// Sunday, 0 none) in the top bits and month·100 + day (0 none) in the low
// 11 bits.
type leadDay uint16

const leadDateBits = 11

// newLeadDay reads the lead day from an article's tokens (headline first,
// nTitle of them), the dates extractAnchors found in them and the
// publication time (zero when unknown). The first date in the lead is its
// date. Of the first weekday or relative day word ("yesterday", "today";
// Malay "semalam", "kelmarin"; Chinese 昨, 今天, 今日) the weekday is kept;
// with a publication time it also gives the date when the lead has none:
// a relative word counts from the publication day, a weekday is its
// latest date not after the latest day the publication can be the
// writer's (news tells of the past week). For a publication time that is
// the day after its UTC day: in a zone ahead of UTC "on Thursday" written
// late on Wednesday UTC may be that day, and every time of one UTC day
// gets the same latest day, so reports of one day read a weekday alike. A
// publication day given without a time (midnight UTC, as a date-only
// field is read) is already the writer's day, so it is its own latest
// day: a weekday named in its text is that day or one before it, never
// the next — read as the next, a report published on a Wednesday of an
// attack "on Thursday" dated the attack six days late and split it from
// the reports that gave the date. Without a publication time a relative
// word says nothing.
func newLeadDay(toks []token, nTitle int, dates []tokenDate, published time.Time) leadDay {
	end := min(len(toks), nTitle+LeadTokens)
	var md uint16
	if d, ok := firstLeadDate(dates, end); ok {
		md = d.md
	}
	var wd int8
	for i := 0; i < end; i++ {
		if toks[i].day > 0 && !inName(toks, i) {
			wd = toks[i].day
			if md == 0 && !published.IsZero() {
				// days back from the latest day at publication to the weekday
				latest := latestDay(published)
				back := (int(isoWeekday(latest)) - int(wd) + 7) % 7
				md = monthDay(latest.AddDate(0, 0, -back))
			}
			break
		}
		if r, ok := relativeDay(toks, i); ok {
			if published.IsZero() {
				break
			}
			d := published.UTC().AddDate(0, 0, r)
			wd = isoWeekday(d)
			if md == 0 {
				md = monthDay(d)
			}
			break
		}
	}
	return leadDay(uint16(wd)<<leadDateBits | md)
}

// firstLeadDate returns the first of an article's dates (text order)
// written before token end, the lead's end: the date newLeadDay reads and
// leadDateHistoric asks the year of.
func firstLeadDate(dates []tokenDate, end int) (tokenDate, bool) {
	for _, d := range dates {
		if int(d.pos) < end {
			return d, true
		}
	}
	return tokenDate{}, false
}

// latestDay is the latest day a publication can be its writer's (see
// newLeadDay): a date-only day (midnight UTC) itself, else the day after
// the time's UTC day.
func latestDay(published time.Time) time.Time {
	day := civilDay(published)
	if dateOnly(published) {
		return day
	}
	return day.AddDate(0, 0, 1)
}

// dateOnly reports whether a publication time is a day given without a
// time: midnight UTC, as a date-only field is read (crosswire.DayOnly; the
// zero time counts, as its own midnight).
func dateOnly(t time.Time) bool { return t.IsZero() || crosswire.DayOnly(t) }

// civilDay is the midnight UTC that starts t's UTC day.
func civilDay(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// inName reports whether token i stands in a name with a capitalised word
// next to it — "Patch Tuesday", "Super Tuesday", "Good Friday", "the Sunday
// Times" — rather than naming the day something happened ("on Tuesday",
// "said Thursday"). A capitalised word before it counts unless it starts a
// sentence ("Monday: …" aside, a day opens a sentence as itself).
func inName(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].cap && !toks[i+1].sentStart && toks[i+1].month == 0 && toks[i+1].day == 0 {
		return true
	}
	return i > 0 && !toks[i].sentStart && toks[i-1].cap && !toks[i-1].sentStart && toks[i-1].month == 0 && toks[i-1].day == 0
}

// relativeDay reports whether token i names a day relative to publication
// and how many days from it.
func relativeDay(toks []token, i int) (int, bool) {
	t := &toks[i]
	if t.cjk {
		switch t.norm {
		case "昨":
			return -1, true
		case "今":
			if i+1 < len(toks) && (toks[i+1].norm == "天" || toks[i+1].norm == "日") {
				return 0, true
			}
		}
		return 0, false
	}
	if t.digits || t.cap && !t.sentStart {
		return 0, false
	}
	switch t.hash {
	case hashYesterday, hashSemalam:
		return -1, true
	case hashToday:
		return 0, true
	case hashKelmarin:
		return -2, true
	}
	return 0, false
}

// The token hashes of the relative day words (text.go hashes the
// lower-cased word).
var (
	hashYesterday = xxhash.Sum64String("yesterday")
	hashToday     = xxhash.Sum64String("today")
	hashSemalam   = xxhash.Sum64String("semalam")
	hashKelmarin  = xxhash.Sum64String("kelmarin")
)

// isoWeekday is the weekday of t: 1 Monday … 7 Sunday.
func isoWeekday(t time.Time) int8 {
	return int8((int(t.Weekday())+6)%7 + 1)
}

// monthDay is month·100 + day of t.
func monthDay(t time.Time) uint16 {
	return uint16(int(t.Month())*100 + t.Day())
}

func (d leadDay) weekday() uint16 { return uint16(d) >> leadDateBits }
func (d leadDay) date() uint16    { return uint16(d) & (1<<leadDateBits - 1) }

// dayRelation is what two leads' days say of each other.
type dayRelation int8

const (
	dayUnknown dayRelation = iota // one of them names no day comparable with the other's
	daySame                       // the same day
	dayOther                      // different days
)

// compareDays compares two leads' days: by date when both name one, else
// by weekday when both name one, else unknown.
func compareDays(a, b leadDay) dayRelation {
	switch {
	case a.date() != 0 && b.date() != 0:
		if a.date() == b.date() {
			return daySame
		}
		return dayOther
	case a.weekday() != 0 && b.weekday() != 0:
		if a.weekday() == b.weekday() {
			return daySame
		}
		return dayOther
	}
	return dayUnknown
}

// sameDay reports whether two leads name the same day: the same date when
// both name one, else the same weekday when both name one.
func sameDay(a, b leadDay) bool { return compareDays(a, b) == daySame }
