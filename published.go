package crosswire

import "time"

// DayPrecision is Article.PublishedPrecision for a publication time that is
// only a day: the input gave a date without a time of day ("2026-11-03"),
// read as the midnight UTC that starts it.
const DayPrecision = "day"

// DayOnly reports whether a publication time stands for a whole day rather
// than an instant: exactly midnight UTC, the instant a date without a time
// of day is read as. A feed or store that writes a day as a timestamp
// ("2026-11-03T00:00:00Z") gives the same instant, and a real time falls on
// that second once in 86,400, so the instant itself says the precision —
// which is all an article read back from a store, or from a report written
// before Article.PublishedPrecision, keeps of it.
func DayOnly(t time.Time) bool {
	if t.IsZero() {
		return false
	}
	u := t.UTC()
	return u.Hour() == 0 && u.Minute() == 0 && u.Second() == 0 && u.Nanosecond() == 0
}

// PublishedPrecisionOf is the Article.PublishedPrecision of a publication
// time: DayPrecision for a day (see DayOnly), "" for an instant or none.
func PublishedPrecisionOf(t *time.Time) string {
	if t != nil && DayOnly(*t) {
		return DayPrecision
	}
	return ""
}

// ComparePublished orders two publication times to their precision: -1
// when a is before b, +1 when after, 0 when neither can be said — either
// is unknown (zero), they are equal, or one is a day without a time of day
// (DayOnly) and the other falls within that UTC day. A day still orders
// against the other days: a day is before any time of a later day and
// after any time of an earlier one.
func ComparePublished(a, b time.Time) int {
	if a.IsZero() || b.IsZero() {
		return 0
	}
	if DayOnly(a) || DayOnly(b) {
		return utcDay(a).Compare(utcDay(b))
	}
	return a.Compare(b)
}

// DayGap is the number of UTC days from from's day to to's: 0 within one
// day, negative when to's day is before from's. It is the gap between two
// publication times when either is a day without a time of day.
func DayGap(from, to time.Time) int {
	return int(utcDay(to).Sub(utcDay(from)).Hours() / 24)
}

// utcDay is the midnight UTC that starts t's UTC day.
func utcDay(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// FutureSlack is how far after the time it is read a publication time may
// lie and still be taken as given. A day: a local time read as UTC is off
// by at most 14 hours, and a publisher's clock or a release stamped for
// the morning a few hours more; nothing published can be dated more than a
// day after it was read, so such a date is a typo or a broken feed (the
// year 3000), not an instant to order stories by.
const FutureSlack = 24 * time.Hour

// FarFuture reports whether a publication time lies more than FutureSlack
// after at, the time it was read (ingested, or the run of check); a zero
// at checks nothing.
func FarFuture(published *time.Time, at time.Time) bool {
	return published != nil && !at.IsZero() && published.After(at.Add(FutureSlack))
}

// SeenTime is the time a story orders an article by: its publication
// time, or the time it was ingested when it has none or a FarFuture one.
// The bound is the article's own ingest time, kept in the store, so
// re-analysing the same store on a later day orders it the same.
func SeenTime(published *time.Time, ingested time.Time) time.Time {
	if published == nil || FarFuture(published, ingested) {
		return ingested
	}
	return *published
}
