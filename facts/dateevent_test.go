package facts

import (
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
