package facts

import (
	"strings"
	"testing"
	"time"

	"crosswire"
)

// TestDateEventClause checks which event a date dates when a verb stands
// before it and a clause after a comma holds another (fictional text): the
// verb of the date's own clause, unless the date opens the clause after
// the comma.
func TestDateEventClause(t *testing.T) {
	pub := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, date, event string
	}{
		{"a verb before, a subordinate clause after",
			"Tomas Brandt resigned as chief executive of Orvik Lines on Monday, two years after he was elected.",
			"Monday", "resign"},
		{"a verb before, a clause of another event after",
			"Harwick council approved plans for a new bridge over the Lind on Tuesday, two weeks after the vote was postponed.",
			"Tuesday", "approve"},
		{"a date opening the clause after the comma",
			"Police said that, since March 3, the accounts were accessed many times.",
			"March 3", "access"},
		{"a date opening the sentence",
			"On Tuesday, Harwick council approved the new bridge.",
			"Tuesday", "approve"},
		// no known event verb before the date: the participle clause after
		// the comma is not the date's
		{"no event verb before, a participle clause after",
			"The first Lantern Hour went out in November 1987, winning its host a regional award.",
			"November 1987", ""},
		{"no event verb before, a relative clause after",
			"The ferry firm, which floated in 2011, recently announced a new route to Skarra.",
			"2011", ""},
		{"a fronted phrase naming a place",
			"In Velmar last week, the regional council announced a new ferry route.",
			"last week", "announce"},
		{"a connective before a fronted date",
			"Also on Tuesday, the Orvik central bank released its growth figures.",
			"Tuesday", "release"},
		{"a when clause telling what happened at the date",
			"The previous record was in October 2019, when 40 ferries were launched.",
			"October 2019", "launch"},
		// a date in the possessive dates the noun phrase after it
		{"a possessive date before a named phrase",
			"Harwick council said Friday’s Orvik Lines ferry delays would end by noon.",
			"Friday", "delays"},
		{"a possessive date before a verb",
			"The divers behind Monday’s rescue appear to have saved six sailors.",
			"Monday", "rescue"},
		{"a possessive date before modifiers",
			"Velmar police ended Sunday's noisy street football match, but the fans may return.",
			"Sunday", "match"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range extractText(t, tc.text, &pub) {
				if f.Kind == crosswire.KindDate && f.Span.Text == tc.date {
					if f.Period.Event != tc.event {
						t.Errorf("%q dates %q, want %q", tc.date, f.Period.Event, tc.event)
					}
					return
				}
			}
			t.Errorf("no date %q", tc.date)
		})
	}
}

// TestWeekdayModifier checks that a weekday inside a noun phrase — after an
// indefinite article or "every", or after a possessive or "the" before the
// noun it qualifies — names a recurring slot, not a calendar date, while a
// weekday with a preposition, "last", or after a verb stays a date
// (fictional text).
func TestWeekdayModifier(t *testing.T) {
	pub := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		text, day string
		date      bool
	}{
		{"Dana Keller's new Saturday night programme will start in May.", "Saturday", false},
		{"The Harwick choir sings on a Sunday morning in spring.", "Sunday", false},
		{"Ferries leave Velmar every Friday at noon.", "Friday", false},
		{"She hosts the Thursday night show on Lind Radio.", "Thursday", false},
		{"The Harwick choir sang on Sunday morning.", "Sunday", true},
		{"The ferry sailed last Friday.", "Friday", true},
		{"The council said Monday that the bridge would open.", "Monday", true},
		{"Orvik shares ended Tuesday down 3%.", "Tuesday", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := false
			for _, f := range extractText(t, tc.text, &pub) {
				if f.Kind == crosswire.KindDate && strings.Contains(f.Span.Text, tc.day) {
					got = true
				}
			}
			if got != tc.date {
				t.Errorf("%q read as a date: %v, want %v", tc.day, got, tc.date)
			}
		})
	}
}
