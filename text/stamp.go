package text

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // wire stamps are read in the agency's zone (Europe/London by default) on hosts without a zone database
)

// stampTimeDate and stampDateTime match a wire stamp at the start of a
// line: a 24-hour clock time and a numeric date in either order,
// optionally a zone ("16:54 01/03/00", "16:54 GMT 01/03/2000",
// "01.03.2000 16:54").
var (
	stampTimeDate = regexp.MustCompile(`^(\d{1,2})[:.](\d{2})(?:\s*(GMT|UTC|BST|Z|[+-]\d{2}:?\d{2}))?\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b`)
	stampDateTime = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\s+(\d{1,2})[:.](\d{2})(?:\s*(GMT|UTC|BST|Z|[+-]\d{2}:?\d{2}))?\b`)
)

// ukZone loads Europe/London once.
var ukZone = sync.OnceValues(func() (*time.Location, error) { return time.LoadLocation("Europe/London") })

// UKWireZone is Europe/London, the zone of the UK wire's "HH:MM DD/MM/YY"
// stamp, in which a stamp that states no zone is read by default. The
// zone data is embedded (time/tzdata), so the error is not expected.
func UKWireZone() (*time.Location, error) {
	return ukZone()
}

// WireStamp is the one reading of the stamp that opens a wire header line
// (cleaning's wire headers and ingest's published dates share it): a
// 24-hour time and a numeric date in either order, optionally a zone
// (GMT, UTC, BST, Z or a numeric offset). It returns the time — in the
// stated zone, else in zone — and the byte offset where the stamp ends.
//
// The date is read day first, the UK wire's order: "01/03/00" is 1 March.
// Only when the first number cannot be a month and the second can be a
// day ("12/25/99") is it read month first; an ambiguous date is never
// read month first. A two-digit year is the latest year ending in those
// digits that is not after refYear+1 ("99" is 1999 and "00" 2000 when
// refYear is 2026). An impossible date or time is no stamp.
func WireStamp(line string, zone *time.Location, refYear int) (time.Time, int, bool) {
	var hh, mm, a, b, y, z string
	var end int
	if m := stampTimeDate.FindStringSubmatchIndex(line); m != nil {
		g := submatches(line, m)
		hh, mm, z, a, b, y, end = g[1], g[2], g[3], g[4], g[5], g[6], m[1]
	} else if m := stampDateTime.FindStringSubmatchIndex(line); m != nil {
		g := submatches(line, m)
		a, b, y, hh, mm, z, end = g[1], g[2], g[3], g[4], g[5], g[6], m[1]
	} else {
		return time.Time{}, 0, false
	}
	day, month := atoi(a), atoi(b)
	// Day first, the header's order, unless the numbers say otherwise.
	if month > 12 && day <= 12 {
		day, month = month, day
	}
	year := atoi(y)
	if len(y) == 2 {
		year = pivotYear(year, refYear)
	}
	hour, minute := atoi(hh), atoi(mm)
	if month < 1 || month > 12 || day < 1 || day > daysIn(month, year) || hour > 23 || minute > 59 {
		return time.Time{}, 0, false
	}
	loc := zone
	switch {
	case z == "GMT" || z == "UTC" || z == "Z":
		loc = time.UTC
	case z == "BST":
		loc = time.FixedZone("BST", 3600)
	case z != "":
		s := strings.ReplaceAll(z, ":", "")
		off := (atoi(s[1:3])*60 + atoi(s[3:5])) * 60
		if s[0] == '-' {
			off = -off
		}
		loc = time.FixedZone(z, off)
	}
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(year, time.Month(month), day, hour, minute, 0, 0, loc), end, true
}

// pivotYear turns a two-digit year into a full year: the latest year
// ending in those digits that is not after the year following ref, so
// "99" is 1999 and "00" 2000 in 2026.
func pivotYear(yy, ref int) int {
	y := ref/100*100 + yy
	for y > ref+1 {
		y -= 100
	}
	return y
}

// daysIn returns the number of days of a month.
func daysIn(month, year int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// submatches returns the groups of a match by their indices ("" for a
// group that did not take part).
func submatches(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// atoi parses a run of digits matched by a pattern.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
