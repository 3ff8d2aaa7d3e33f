package group

import (
	"math/bits"
	"slices"
	"time"
)

// The text's dates in place of a publication time (issue 14, session 13).
// Dated, two reports more than MaxGapHours apart are never versions of one
// story (Index.verify), and the story cores keep a lone article from a
// story whose dated members are that far (cores.near): one affair's next
// step, another city's attack of the same kind. Without a publication
// time nothing tells those apart but the text. A lead that names a date —
// "on Thursday, March 8", "ORLANDIA, April 3:", "on 21 February" — names
// when its news happened, and reports of one event name the event's days:
// the attack, its disclosure, a few days apart at most.
// So
//
//   - a pair without a publication time on one side whose two leads each
//     name a date more than maxLeadDays apart is two occasions (verify), as
//     two publication times that far apart are;
//   - a lone article and a story, or two stories, one side without a
//     publication time, are two occasions for the story cores (joinLone,
//     matchStories) when their leads' dates are that far apart, or when
//     every date the one side's texts name (the first maxTextDates of each
//     text) is that far from every date the other side's texts name. A
//     story's members together name the event's days; a report none of
//     whose dates is within two weeks of any of them tells another time.
//     Not asked of a pair: one report's background dates (a breach window,
//     a product's history) are not another's (measured: the pair gate on
//     all the texts' dates loses an event whole alone, see group/NOTEBOOK.md
//     session 13).
//
// A lead's date written with its year is not the day of its news
// (newsDate). The dates are only ever a veto, and only dates both sides
// write: a text without one ("on Tuesday", METER's papers, most reports)
// says nothing, and a weekday is not a date without a publication time
// (newLeadDay reads none then). The text gives no year, so the days are
// counted round the calendar (a December date and a January one are days
// apart, not months): a date a year on reads as near, and never parts a
// pair.

// maxLeadDays is the most days apart two lead dates of one event may be:
// the pair gate's MaxGapHours in days.
const maxLeadDays = MaxGapHours / 24

// leadDatesApart reports whether two leads each name the day of their
// news (newsDate) and the dates are more than maxLeadDays apart round the
// calendar.
func leadDatesApart(a, b *lead) bool {
	da, db := newsDate(a), newsDate(b)
	if da == 0 || db == 0 {
		return false
	}
	return calendarDays(da, db) > maxLeadDays
}

// calendarDays is how many days apart two month·100+day dates are, the
// shorter way round a leap year's calendar (no year is known).
func calendarDays(a, b uint16) int {
	d := yearDay(a) - yearDay(b)
	if d < 0 {
		d = -d
	}
	return min(d, daysInLeapYear-d)
}

// leadDatesApart reports whether docs a and b have leads whose dates are
// more than maxLeadDays apart, or whose months are (monthsApart,
// leadmonth.go); false when the index keeps no leads.
func (ix *Index) leadDatesApart(a, b uint32) bool {
	if int(max(a, b)) >= len(ix.leads) {
		return false
	}
	la, lb := &ix.leads[a], &ix.leads[b]
	return leadDatesApart(la, lb) || monthsApart(la.months, lb.months)
}

// codesApart reports whether docs a and b write codes of one scheme and
// none in common (codes.go; false when the index keeps no leads).
func (ix *Index) codesApart(a, b uint32) bool {
	return int(max(a, b)) < len(ix.leads) && codesApart(ix.leads[a].codes, ix.leads[b].codes)
}

// dateSet is a set of calendar days (month·100+day), one bit for each
// day of a leap year: a story's dates in fixed room whatever its size.
type dateSet [6]uint64

// add puts the date md (month·100+day; 0 is none) in the set.
func (s *dateSet) add(md uint16) {
	if md != 0 {
		d := yearDay(md)
		s[d/64] |= 1 << (d % 64)
	}
}

// has reports whether day d of the year (0–365) is in the set.
func (s *dateSet) has(d int) bool { return s[d/64]&(1<<(d%64)) != 0 }

// empty reports whether the set holds no date.
func (s *dateSet) empty() bool { return *s == dateSet{} }

// datesApart reports whether both sets hold dates and none of one is
// within maxLeadDays of one of the other, round the calendar. At most
// daysInLeapYear × (2·maxLeadDays+1) bit tests a call, whatever the sizes
// of the stories whose dates the sets hold.
func datesApart(a, b *dateSet) bool {
	if a.empty() || b.empty() {
		return false
	}
	for w, word := range a {
		for word != 0 {
			d := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			for k := -maxLeadDays; k <= maxLeadDays; k++ {
				if b.has((d + k + daysInLeapYear) % daysInLeapYear) {
					return false
				}
			}
		}
	}
	return true
}

// daysInLeapYear is the length of the calendar dates are counted round.
const daysInLeapYear = 366

// yearDay is the day of a leap year (0–365) of month·100+day.
func yearDay(md uint16) int {
	return time.Date(2000, time.Month(md/100), int(md%100), 0, 0, 0, 0, time.UTC).YearDay() - 1
}

// storyDates are the dates a story's members give: their leads' dates
// and the dates their texts name.
type storyDates struct {
	lead, text dateSet
	// months: the months the members' leads name (leadmonth.go)
	months uint16
}

// addDoc adds a member's lead date and text dates.
func (s *storyDates) addDoc(l *lead) {
	s.lead.add(newsDate(l))
	s.months |= l.months
	for _, md := range l.dates {
		s.text.add(md)
	}
}

// apart reports whether two sides' dates tell two occasions: their lead
// dates, or else all the dates their texts name, more than maxLeadDays
// apart (datesApart). The stand-in for cores.near when a side has no
// publication time.
func (s *storyDates) apart(o *storyDates) bool {
	return datesApart(&s.lead, &o.lead) || monthsApart(s.months, o.months) || datesApart(&s.text, &o.text)
}

// maxTextDates is the most distinct dates of one text textDates keeps:
// the first ones, the lead's news and its days; a longer list is a
// timeline's.
const maxTextDates = 8

// textDates returns the distinct dates (month·100+day) of a text's
// dates in text order, at most maxTextDates of them; nil when none.
func textDates(dates []tokenDate) []uint16 {
	var out []uint16
	for _, d := range dates {
		if len(out) == maxTextDates {
			break
		}
		if !slices.Contains(out, d.md) {
			out = append(out, d.md)
		}
	}
	return out
}

// newsDate is the date (month·100+day) a lead gives its news, 0 when
// none: its day's date unless that is written with a year. A report
// writes the day of its news without one ("on 21 February", "on
// Thursday"); a date with its year is recalled from before ("was charged
// on 3 May 2016"), and two reports of one event may recall different
// steps of its past (the reprint set's two reports of one sentencing,
// one leading with the charge's date three years before: split by the
// gate until the year was read).
func newsDate(l *lead) uint16 {
	if l.historic {
		return 0
	}
	return l.day.date()
}

// leadDateHistoric reports whether the lead's first date (the one
// newLeadDay reads, firstLeadDate) is followed by a year: a four-digit
// number from 1900 to 2099.
func leadDateHistoric(toks []token, nTitle int, dates []tokenDate) bool {
	d, ok := firstLeadDate(dates, min(len(toks), nTitle+LeadTokens))
	if !ok {
		return false
	}
	i := int(d.pos) + 1
	if i >= len(toks) {
		return false
	}
	return toks[i].digits && isYear(toks[i].norm)
}
