package crosscheck

import (
	"strconv"
	"strings"

	"crosswire"
	"crosswire/facts"
)

// agoCounts returns, for each date facts placed on the calendar from a
// count of time back from the publication day ("15 years ago" in a dated
// wire story), a figure mention of the count ("15 years", "ago" after it),
// so that it is compared with the same count in a version with no
// publication date, where facts reads "14 years ago" as a figure: two
// versions counting a different number of years back disagree whether or
// not their publication day is known (a dated count and a year within
// one of it still agree as dates, roughlyAgo). The mentions are appended
// to w.mentions; their fact is the date's, read as a number.
func (w *work) agoCounts() []*mention {
	var out []*mention
	for _, d := range w.byKind[crosswire.KindDate] {
		p := d.fact.Period
		if p == nil || !p.Relative {
			continue
		}
		n, unit, ok := agoCount(d.fact.Span.Text)
		if !ok {
			continue
		}
		m := *d
		m.idx = len(w.mentions)
		m.fact.Kind = crosswire.KindNumber
		m.fact.Period = nil
		m.fact.Value = strconv.Itoa(n) + " " + unit
		m.fact.Number = &crosswire.Number{Low: float64(n), High: float64(n), Counted: unit}
		// the count alone: "ago" stays after it, as in an undated version
		m.fact.Span.Text = strings.TrimSuffix(m.fact.Span.Text, " ago")
		m.fact.Span.End = m.fact.Span.Start + len(m.fact.Span.Text)
		m.kctx, m.klocal, m.kctxW, m.klocalW, m.ival = nil, nil, nil, nil, nil
		w.mentions = append(w.mentions, &m)
		out = append(out, &m)
	}
	return out
}

// agoCount reads a date written as a count of time back from now, "15
// years ago", "a week ago", "three months ago": the count, its unit
// singular, and ok.
func agoCount(span string) (int, string, bool) {
	ws := strings.Fields(strings.ToLower(span))
	if len(ws) != 3 || ws[2] != "ago" {
		return 0, "", false
	}
	unit := strings.TrimSuffix(ws[1], "s")
	switch unit {
	case "year", "month", "week", "day":
	default:
		return 0, "", false
	}
	n, err := strconv.Atoi(ws[0])
	if err != nil {
		n = facts.WordNumber(ws[0])
	}
	if n <= 0 {
		return 0, "", false
	}
	return n, unit, true
}
