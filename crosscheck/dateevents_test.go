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
			st := &crosswire.Story{ID: "story", Articles: []crosswire.Article{
				{ID: "wire", Outlet: "Northline", Language: "en", Text: tc.wire, Role: crosswire.RoleOriginal, Published: &wirePub},
				{ID: "later", Outlet: "Brevik Post", Language: "en", Text: tc.later, Role: crosswire.RoleRewrite, Published: &laterPub},
			}}
			extractAndCheck(t, facts.New(), New(), st)
			assertSpans(t, st)
			got := false
			for _, d := range st.Discrepancies {
				got = got || d.Kind == crosswire.DiscDate
			}
			if got != tc.conflict {
				t.Errorf("date conflict %v, want %v:%s", got, tc.conflict, dump(st))
			}
		})
	}
}
