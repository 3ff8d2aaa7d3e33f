package ingest

import (
	"strings"
	"time"

	"crosswire/text"
)

// dateLayouts are the forms a published date is accepted in, tried in
// order. A layout without a zone reads the time as UTC.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006-1-2", // a one-digit month or day ("2017-02-3"): still year, month, day
	"2006/01/02",
	"2006/1/2",
	"2006/01/02 15:04",
	"2006.01.02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	time.RFC822Z,
	time.RFC822,
	time.RFC850,
	time.ANSIC,
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006",
	"2 Jan 2006 15:04",
	"02 Jan 2006 15:04",
	"Monday 2 January 2006",
	"Mon, 2 Jan 2006",
	"02.01.2006",
	"2.1.2006",
	"2.1.2006 15:04",
}

// ParseDate reads a published date as every input reads it (file
// headers, JSON and JSONL, page metadata, the HTTP API): one of
// dateLayouts, "UTC"/"GMT" suffixes and surrounding space tolerated, a
// year from 1000 to 9999; else the whole of it as a wire stamp
// ("16:54 01/03/00"), read as cleaning reads a wire header's stamp
// (text.WireStamp): day first, the UK order — month first only when the
// first number cannot be a month and the second can be a day —, a
// two-digit year the latest one not after next year, in Europe/London
// unless a zone is stated. nil when none fits.
func ParseDate(s string) *time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	candidates := []string{s}
	for _, suffix := range []string{" UTC", " GMT"} {
		if t, ok := strings.CutSuffix(s, suffix); ok {
			candidates = append(candidates, strings.TrimSpace(t))
		}
	}
	for _, c := range candidates {
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, c); err == nil {
				if t.Year() < 1000 || t.Year() > 9999 {
					continue
				}
				return &t
			}
		}
	}
	zone, err := text.UKWireZone()
	if err != nil {
		zone = time.UTC
	}
	if t, end, ok := text.WireStamp(s, zone, time.Now().Year()); ok && end == len(s) && t.Year() >= 1000 {
		return &t
	}
	return nil
}
