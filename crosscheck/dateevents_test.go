package crosscheck

import (
	"time"

	"testing"

	"crosswire"
	"crosswire/facts"
)

// TestTwoDatedEventsApart checks that two dates of two different events
// the extractor read (an event verb each, of different base forms and
// different lexicon classes) are not compared because their sentences
// share the story's words: a wire's "collapsed on Tuesday" and a
// follow-up's "could return from Monday" date a collapse and a return,
// not one event told with two days (QA), when the follow-up writes the
// collapse's verb too. The same event told with two days still
// conflicts, and so does one told with a verb the other version never
// writes (a synonym the lexicon lacks, as a translation may use).
// Fictional texts.
func TestTwoDatedEventsApart(t *testing.T) {
	wirePub := time.Date(2026, 5, 13, 9, 0, 0, 0, time.UTC)   // a Wednesday
	laterPub := time.Date(2026, 5, 15, 12, 0, 0, 0, time.UTC) // the Friday after
	tests := []struct {
		name     string
		wire     string
		later    string
		conflict bool
	}{
		{"a collapse and a return", "A rail tunnel near Brevik collapsed on Tuesday night, burying 37 homes and forcing the evacuation of about 400 residents, the operator said.",
			"The Brevik council approved repair funds on Thursday, two days after the tunnel collapsed. Tunnel operator spokesman Ansel Varga said residents of the 37 buried homes near Brevik could return from Monday.", false},
		{"one rise, a synonym the lexicon lacks", "Tolls at the Brevik tunnel will rise on Monday, the operator said.",
			"Tolls at the Brevik tunnel will ascend on Tuesday, the operator said.", true},
		{"one collapse on two days", "A rail tunnel near Brevik collapsed on Tuesday night, trapping 37 workers and closing the line, the operator said.",
			"The rail tunnel near Brevik collapsed on Monday night, trapping 37 workers and closing the line, the operator said.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, n := dateConflicts(t, tc.wire, tc.later, wirePub, laterPub)
			if got := n > 0; got != tc.conflict {
				t.Errorf("date conflict %v, want %v:%s", got, tc.conflict, dump(st))
			}
		})
	}
}

// TestOneDayOffReportedOnce checks that one event's day told differently
// by two versions in several sentences ("the blast on Tuesday",
// "Tuesday's blast", "Tuesday's explosion" against Wednesday each time)
// is one date discrepancy holding every mention, not one a sentence,
// while two events each told a day off stay two. Fictional texts.
func TestOneDayOffReportedOnce(t *testing.T) {
	pub := time.Date(2026, 5, 15, 9, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		name  string
		a, b  string
		discs int
	}{
		{"one blast, three sentences",
			"A gas explosion tore through the Varnholt depot on Tuesday, injuring nine workers. Tuesday's blast was the third at the depot this year, the fire service said. Investigators said Tuesday's explosion started in a boiler room.",
			"A gas explosion tore through the Varnholt depot on Wednesday, injuring nine workers. Wednesday's blast was the third at the depot this year, the fire service said. Investigators said Wednesday's explosion started in a boiler room.",
			1},
		{"a blast and a fire, each a day off",
			"A gas explosion tore through the Varnholt depot on Tuesday, injuring nine workers. A second fire broke out at the Varnholt depot on Thursday, the fire service said.",
			"A gas explosion tore through the Varnholt depot on Wednesday, injuring nine workers. A second fire broke out at the Varnholt depot on Wednesday, the fire service said.",
			2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, n := dateConflicts(t, tc.a, tc.b, pub, pub)
			if n != tc.discs {
				t.Errorf("%d date discrepancies, want %d:%s", n, tc.discs, dump(st))
			}
		})
	}
}

// dateConflicts checks an original and a rewrite published at the given
// times as one story and counts its date discrepancies.
func dateConflicts(t *testing.T, a, b string, pubA, pubB time.Time) (*crosswire.Story, int) {
	t.Helper()
	st := &crosswire.Story{ID: "story", Articles: []crosswire.Article{
		{ID: "a", Outlet: "Northline", Language: "en", Text: a, Role: crosswire.RoleOriginal, Published: &pubA},
		{ID: "b", Outlet: "Varnholt Courier", Language: "en", Text: b, Role: crosswire.RoleRewrite, Published: &pubB},
	}}
	extractAndCheck(t, facts.New(), New(), st)
	assertSpans(t, st)
	n := 0
	for _, d := range st.Discrepancies {
		if d.Kind == crosswire.DiscDate {
			n++
		}
	}
	return st, n
}
