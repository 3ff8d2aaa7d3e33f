package facts

import (
	"testing"

	"crosswire"
)

// TestSpeedsAndClockTimes checks that a speed is one figure in one unit
// however it is written, and that a time of day is a figure in minutes
// after midnight (fictional text).
func TestSpeedsAndClockTimes(t *testing.T) {
	tests := []struct {
		name, text, span, unit string
		low                    float64
	}{
		{"km an hour", "The ferry Lindorm was doing 62 kilometres an hour near the pier.", "62 kilometres an hour", "km/h", 62},
		{"km/h", "The lorry was doing 80 km/h on the ring road.", "80 km/h", "km/h", 80},
		{"fused km/h", "The lorry was doing 80km/h on the ring road.", "80km/h", "km/h", 80},
		{"km per hour", "Gusts reached 120 kilometres per hour over Vessport.", "120 kilometres per hour", "km/h", 120},
		{"miles an hour", "The car hit the wall at 50 miles an hour.", "50 miles an hour", "mph", 50},
		{"mph", "The car hit the wall at about 50mph.", "about 50mph", "mph", 50},
		{"metres per second", "The wind reached 30 metres per second on the ridge.", "30 metres per second", "m/s", 30},
		{"knots", "The trawler was making 12 knots off Kelvara.", "12 knots", "kn", 12},
		{"distance stays a distance", "The ferry sailed 62 kilometres to Kelvara.", "62 kilometres", "km", 62},
		{"24-hour clock", "The train left the tracks at 04:40 on Tuesday.", "04:40", Clock, 280},
		{"pm fused", "The hall opened at 9.15pm on Friday.", "9.15pm", Clock, 21*60 + 15},
		{"pm fused after minutes", "The hall opened at 4:40pm on Friday.", "4:40pm", Clock, 16*60 + 40},
		{"a.m. apart", "The alarm sounded at 4:40 a.m. on Friday.", "4:40 a.m.", Clock, 280},
		{"hour and pm", "Polls close at 10 pm in Vessport.", "10 pm", Clock, 22 * 60},
		{"noon am", "The ferry left at 12am from Kelvara.", "12am", Clock, 0},
		{"hours GMT", "The vote closed at 1800 GMT on Sunday.", "1800 GMT", Clock, 18 * 60},
		{"in the morning", "The ferry left Kelvara at 8.45 in the morning.", "8.45 in the morning", Clock, 8*60 + 45},
		{"in the evening", "The ferry left Kelvara at 7 in the evening.", "7 in the evening", Clock, 19 * 60},
		{"pounds and ounces", "The keeper weighed the 7lb 6oz cub at Vessport zoo.", "7lb 6oz", "lb", 7.375},
		{"pounds and ounces apart", "The cub weighed 7 lb 6 oz at birth.", "7 lb 6 oz", "lb", 7.375},
		{"ounces in words", "The cub weighed 5lb 8 ounces at birth.", "5lb 8 ounces", "lb", 5.5},
		{"pounds alone", "The cheese wheel weighed 20lbs at the Vessport fair.", "20lbs", "lb", 20},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := factAt(t, tc.text, crosswire.KindNumber, tc.span)
			if got.Number.Unit != tc.unit || got.Number.Low != tc.low {
				t.Errorf("%q: unit %q low %v, want %q %v", tc.span, got.Number.Unit, got.Number.Low, tc.unit, tc.low)
			}
		})
	}
}

// TestDecimalsAreNoClockTimes checks that figures that only look like
// times of day stay what they are.
func TestDecimalsAreNoClockTimes(t *testing.T) {
	for _, tx := range []string{
		"Turnout rose to 4.40 per cent in Vessport.",
		"The score was 3:1 after extra time.",
		"Prices rose 2.5 in March.",
		"Turnout was 9.30 in the first round.",
		"Shares fell 4.25 in the morning session in Vessport.",
	} {
		for _, f := range extractText(t, tx, nil) {
			if f.Number != nil && f.Number.Unit == Clock {
				t.Errorf("%q: clock time %q (%s)", tx, f.Span.Text, f.Value)
			}
		}
	}
}

// TestBareFigureAsSubject checks that a bare figure standing for the
// subject of the verb after it counts people, and that figures before a
// preposition-like participle or a noun keep their own reading
// (fictional text).
func TestBareFigureAsSubject(t *testing.T) {
	tests := []struct {
		name, text, span, counted string
	}{
		{"past verb", "In Harbour Park 15,000 huddled under umbrellas to watch the screen.", "15,000", "people"},
		{"irregular past", "About 3,000 fled when the dam at Ostrby gave way.", "About 3,000", "people"},
		{"participle", "There were 300 inside the hall, with another 12,000 watching giant screens nearby.", "12,000", "people"},
		{"counted noun", "About 3,000 residents fled the village.", "About 3,000 residents", "resident"},
		{"compared with", "Sales reached 300 compared with 200 a year earlier.", "300", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if f := factAt(t, tc.text, crosswire.KindNumber, tc.span); f.Number.Counted != tc.counted {
				t.Errorf("%q counts %q, want %q", tc.span, f.Number.Counted, tc.counted)
			}
		})
	}
}

// TestDayTakesSentenceYear checks that a day written without a year after
// a dated day of its sentence takes that date's year, or the next one
// when it comes earlier in the year (fictional text, no publication
// date).
func TestDayTakesSentenceYear(t *testing.T) {
	tests := []struct{ name, text, span, want string }{
		{"same year", "The last daily strip runs on January 3, 2000, and the last Sunday strip on February 13.", "February 13", "2000-02-13"},
		{"next year", "The festival runs from December 30, 1999, to January 2.", "January 2", "2000-01-02"},
		{"no dated day", "The last Sunday strip runs on February 13.", "February 13", "--02-13"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if f := factAt(t, tc.text, crosswire.KindDate, tc.span); f.Value != tc.want {
				t.Errorf("%q = %q, want %q", tc.span, f.Value, tc.want)
			}
		})
	}
}

// factAt returns the fact of kind extracted from text with the span
// words span, failing the test when there is none.
func factAt(t *testing.T, text string, kind crosswire.FactKind, span string) crosswire.Fact {
	t.Helper()
	fs := extractText(t, text, nil)
	for _, f := range fs {
		if f.Kind == kind && f.Span.Text == span {
			return f
		}
	}
	t.Fatalf("no %s fact %q in %q; facts: %v", kind, span, text, fs)
	return crosswire.Fact{}
}
