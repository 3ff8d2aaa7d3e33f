package group

import (
	"slices"
	"testing"

	"crosswire"
)

func TestCalendarDays(t *testing.T) {
	tests := []struct {
		name string
		a, b uint16
		want int
	}{
		{"same day", 221, 221, 0},
		{"a month and ten days", 111, 221, 41},
		{"round the new year", 1231, 101, 1},
		{"over a leap day", 228, 301, 2},
		{"half a year", 101, 702, 183},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := calendarDays(tc.a, tc.b); got != tc.want {
				t.Errorf("calendarDays(%d, %d) = %d; want %d", tc.a, tc.b, got, tc.want)
			}
			if got := calendarDays(tc.b, tc.a); got != tc.want {
				t.Errorf("calendarDays(%d, %d) = %d; want %d", tc.b, tc.a, got, tc.want)
			}
		})
	}
}

func TestLeadDatesApart(t *testing.T) {
	day := func(weekday int8, md uint16) lead { return lead{day: leadDay(uint16(weekday)<<leadDateBits | md)} }
	recalled := day(2, 503)
	recalled.historic = true
	tests := []struct {
		name string
		a, b lead
		want bool
	}{
		{"a month and ten days apart", day(4, 111), day(3, 221), true},
		{"two weeks apart is one event's span", day(0, 301), day(0, 315), false},
		{"fifteen days apart", day(0, 301), day(0, 316), true},
		{"round the new year", day(0, 1228), day(0, 103), false},
		{"one lead without a date", day(4, 111), day(2, 0), false},
		{"weekdays alone are no dates", day(4, 0), day(2, 0), false},
		{"a date written with its year is recalled", recalled, day(0, 920), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := leadDatesApart(&tc.a, &tc.b); got != tc.want {
				t.Errorf("leadDatesApart = %v; want %v", got, tc.want)
			}
		})
	}
}

func TestStoryDatesApart(t *testing.T) {
	set := func(mds ...uint16) storyDates {
		var s storyDates
		for _, md := range mds {
			s.text.add(md)
		}
		return s
	}
	tests := []struct {
		name string
		a, b storyDates
		want bool
	}{
		{"no dates", set(), set(221), false},
		{"every date weeks apart", set(111, 112), set(221, 301), true},
		{"one date near", set(111, 220), set(221, 301), false},
		{"near round the new year", set(1225), set(102), false},
		{"lead dates apart", storyDates{lead: set(111).text}, storyDates{lead: set(221).text}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.a.apart(&tc.b); got != tc.want {
				t.Errorf("apart = %v; want %v", got, tc.want)
			}
			if got := tc.b.apart(&tc.a); got != tc.want {
				t.Errorf("apart (reversed) = %v; want %v", got, tc.want)
			}
		})
	}
}

func TestTextDates(t *testing.T) {
	tests := []struct {
		name, title, text string
		lead              uint16 // the lead's date
		want              []uint16
		historic          bool // the lead's date is written with a year
	}{
		{"lead date and a later one", "Ferry fares to rise",
			"ORLANDIA, 21 February: the ferry operator said fares will rise. The new fares start on March 3.", 221, []uint16{221, 303}, false},
		{"a date repeated once", "Ferry fares to rise",
			"Fares rise on March 3, the operator said. From March 3 a return costs more.", 303, []uint16{303}, false},
		{"none", "Ferry fares to rise", "The ferry operator said on Tuesday that fares will rise.", 0, nil, false},
		{"a lead date with its year", "Ferry operator fined",
			"The ferry operator, charged on May 3, 2016, was fined on Tuesday.", 503, []uint16{503}, true},
		{"at most maxTextDates", "Ferry timetable",
			"Sailings on 1 May, 2 May, 3 May, 4 May, 5 May, 6 May, 7 May, 8 May, 9 May and 10 May.", 501,
			[]uint16{501, 502, 503, 504, 505, 506, 507, 508}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFingerprint(&crosswire.Article{ID: "a", Title: tc.title, Text: tc.text})
			if !slices.Equal(f.lead.dates, tc.want) {
				t.Errorf("text dates %v; want %v", f.lead.dates, tc.want)
			}
			if got := f.lead.day.date(); got != tc.lead {
				t.Errorf("lead date %d; want %d", got, tc.lead)
			}
			if f.lead.historic != tc.historic {
				t.Errorf("historic %v; want %v", f.lead.historic, tc.historic)
			}
		})
	}
}
