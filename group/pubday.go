package group

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"crosswire"
)

// The publication day an article's address gives. A news site's publishing
// system builds an article's address when the article is first published,
// and many put that day in its path — /2018/03/23/slug, /2017/6/27/slug,
// /news/2018-03-23-slug — where it stays when the article is edited,
// syndicated or crawled. A publication field handed on by a feed, a crawler
// or a corpus is the time of some later step (an edit, the crawl, a copy)
// or a typed-in day, so where the two disagree by more than the earth's
// time zones allow, the address's day is the publication day: the day the
// outlet itself wrote down (CASIE cyber news: 210 of 1,000 addresses name a
// day; 15 of them disagree with the corpus's date-only day by more than two
// days — by a year, by months, by two weeks, by three days — and those of
// them in the read gold, read, report events of the address's week: a
// report of an attack "on Thursday", found "Friday morning", filed under a
// Thursday a year early). Within the zones' span the given time stands: it is
// the more precise. The address is read only to check a publication time
// that is given: an undated article stays undated.

// publishedTime is an article's publication time as grouping reads it:
// Published, or the day its URL's path names (midnight UTC, as a date-only
// day is read) when that day is not a day the publication time can be
// anywhere on earth (from maxZoneBehind before it to maxZoneAhead after
// it; a date-only day, itself some zone's day, allows a day either side);
// zero when Published is unknown.
func publishedTime(a *crosswire.Article) time.Time {
	if a.Published == nil {
		return time.Time{}
	}
	pub := *a.Published
	day, ok := urlDay(a.URL)
	if !ok {
		return pub
	}
	first := civilDay(pub.UTC().Add(-maxZoneBehind))
	last := civilDay(pub.UTC().Add(maxZoneAhead))
	if dateOnly(pub) {
		// a day given without a time (read as midnight UTC) is some
		// zone's day: the address may be written in a zone a day apart
		first, last = pub.AddDate(0, 0, -1), pub.AddDate(0, 0, 1)
	}
	if day.Before(first) || day.After(last) {
		return day
	}
	return pub
}

// maxZoneBehind is how far the civil time zone furthest behind UTC
// (UTC−12) is behind it.
const maxZoneBehind = 12 * time.Hour

// maxZoneAhead is how far the civil time zone furthest ahead of UTC
// (UTC+14) is ahead of it.
const maxZoneAhead = 14 * time.Hour

// urlDay reads the day a URL's path names: the first year/month/day as
// three path segments (/2018/03/23/, /2017/6/27/) or as one segment or a
// segment's start joined by hyphens (/2018-03-23-slug). The year must be
// four digits from 1990 to 2099 and the month and day a real date.
func urlDay(raw string) (time.Time, bool) {
	if raw == "" {
		return time.Time{}, false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return time.Time{}, false
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i, s := range segs {
		if i+2 < len(segs) {
			if d, ok := ymd(s, segs[i+1], leadingDigits(segs[i+2])); ok {
				return d, true
			}
		}
		if p := strings.SplitN(s, "-", 4); len(p) >= 3 {
			if d, ok := ymd(p[0], p[1], p[2]); ok {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// leadingDigits is s cut after its first one or two digits when no other
// digit follows them ("23" of "23", nothing of "230"), else "": a day
// segment may carry the slug after it only past a non-digit.
func leadingDigits(s string) string {
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 || n < len(s) && s[n] != '.' && s[n] != '-' && s[n] != '_' {
		return ""
	}
	return s[:n]
}

// ymd is the date of year, month and day strings: a four-digit year from
// 1990 to 2099, a month and a day of one or two digits that form a real
// date.
func ymd(ys, ms, ds string) (time.Time, bool) {
	if len(ys) != 4 || len(ms) < 1 || len(ms) > 2 || len(ds) < 1 || len(ds) > 2 {
		return time.Time{}, false
	}
	y, err1 := strconv.Atoi(ys)
	m, err2 := strconv.Atoi(ms)
	d, err3 := strconv.Atoi(ds)
	if err1 != nil || err2 != nil || err3 != nil || y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}
