package report

import (
	"fmt"
	"time"

	"crosswire"
)

// derivationWords says in words how a derived version relates to its
// source, for a reader rather than for the grouping's audit: the kind of
// derivation, how much of it is the source's (Article.Reuse), and when it
// came out relative to it. The measures behind it are the article's
// Evidence (Options.Evidence shows them).
func derivationWords(a, src *crosswire.Article) string {
	from := "it"
	if src != nil && src.Wire != nil && a.Wire == nil {
		// Reuse of a client's version is measured against the wire copy
		// with all its takes.
		from = "the wire copy"
	}
	var s string
	switch a.Role {
	case crosswire.RoleCopy:
		s = "a copy"
	case crosswire.RoleExcerpt:
		s = "an excerpt"
	case crosswire.RoleTranslation:
		s = "a translation"
	case crosswire.RoleRewrite:
		s = "reworded"
	default:
		s = string(a.Role)
	}
	if a.Reuse != nil {
		pct := 100 * *a.Reuse
		switch {
		case a.Role == crosswire.RoleTranslation:
			s += fmt.Sprintf(": %.0f%% of its sentences line up with %s in names, figures and order", pct, from)
		case pct < 0.5:
			s += fmt.Sprintf(": none of its sentences is taken from %s", from)
		default:
			s += fmt.Sprintf(": %.0f%% of its sentences are taken from %s", pct, from)
		}
	}
	if src != nil {
		if g := gap(src.Published, a.Published); g != "" {
			s += ", published " + g
		}
	}
	return s
}

// PublishedString is a publication time as the reports print it, and
// `crosswire stories` too: "2026-11-03 08:40" (UTC), or "2026-11-03" for a
// day without a time of day (crosswire.DayOnly).
func PublishedString(t *time.Time) string {
	if crosswire.DayOnly(*t) {
		return t.UTC().Format(time.DateOnly)
	}
	return t.UTC().Format("2006-01-02 15:04")
}

// independentWords says in words what an independent report is.
const independentWords = "written separately: it shares names and figures with the other versions, not their sentences"

// gap says how long after (or before) from the time at to is: "17h
// later", "3 days earlier"; "" when either is unknown. When either is a
// day without a time of day (crosswire.DayOnly) the gap is in whole days,
// "" within one day.
func gap(from, to *time.Time) string {
	if from == nil || to == nil {
		return ""
	}
	if crosswire.DayOnly(*from) || crosswire.DayOnly(*to) {
		days := crosswire.DayGap(*from, *to)
		rel := "later"
		if days < 0 {
			days, rel = -days, "earlier"
		}
		switch days {
		case 0:
			return ""
		case 1:
			return "1 day " + rel
		}
		return fmt.Sprintf("%d days %s", days, rel)
	}
	d := to.Sub(*from)
	rel := "later"
	if d < 0 {
		d, rel = -d, "earlier"
	}
	switch {
	case d < time.Minute:
		return "at the same time"
	case d < time.Hour:
		return fmt.Sprintf("%d min %s", int(d.Minutes()), rel)
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh %s", int(d.Hours()), rel)
	}
	return fmt.Sprintf("%d days %s", int(d.Hours()/24), rel)
}
