package facts

import (
	"strings"
	"testing"

	"crosswire"
)

// TestSessionTwentyTwoPersons checks four readings of people and speech
// (fictional text): a capitalised occupation opening a sentence is the
// name's description, not part of the name ("Actor Ivo Lund" is Ivo
// Lund, as "actor Ivo Lund" is); an occupation glossing a name makes it
// a person ("Ada Quist, the singer behind …"); a role after a place that
// ends a prepositional phrase and goes on with a verb is a new clause's
// subject, not the place's title ("a clinic in Orsk, her agent said"); a
// speech verb followed only by where or to whom it was said reports the
// clause before it ("…, Ada Quist said in a statement."), and "is said
// to" reports nothing. want maps a span to the value of the fact of kind
// at that span ("" when there must be no such fact); quotes are keyed by
// their span with the speaker as value.
func TestSessionTwentyTwoPersons(t *testing.T) {
	type want struct {
		kind  crosswire.FactKind
		span  string
		value string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"occupation opening a sentence",
			"Actor Ivo Lund has entered a clinic. Lund thanked his fans.",
			[]want{{crosswire.KindPerson, "Ivo Lund", "Ivo Lund"}, {crosswire.KindPerson, "Actor Ivo Lund", ""}}},
		{"occupation opening a headline line",
			"Singer Ada Quist cancels tour\n\nAda Quist has cancelled her tour.",
			[]want{{crosswire.KindPerson, "Ada Quist", "Ada Quist"}, {crosswire.KindPerson, "Singer Ada Quist", ""}}},
		{"a title of office keeps its reading",
			"Mayor Ada Quist opened the bridge on Monday.",
			[]want{{crosswire.KindPerson, "Mayor Ada Quist", "Ada Quist"}}},
		{"one word after the occupation is left alone",
			"Agent Vole is the name of a children's show.",
			[]want{{crosswire.KindPerson, "Vole", ""}}},
		{"an occupation glosses a person",
			"Ada Quist, the singer behind Grey Tides, is being treated at a clinic in Orsk.",
			[]want{{crosswire.KindPerson, "Ada Quist", "Ada Quist"}}},
		{"a role after a place opens a clause",
			"Ada Quist has entered a clinic in Orsk, her agent said on Monday.",
			[]want{{crosswire.KindPerson, "Orsk, her agent", ""}, {crosswire.KindPlace, "Orsk", "Orsk"}}},
		{"an apposition after a name is still a role",
			"The pumps failed, said Ivo Lund, a spokesman for the port.",
			[]want{{crosswire.KindPerson, "Ivo Lund, a spokesman for the port", "Ivo Lund"}}},
		{"said in a statement reports the clause before",
			"Ivo Lund will stay at the clinic for 30 days, agent Ada Quist said in a statement.",
			[]want{{crosswire.KindQuote, "Ivo Lund will stay at the clinic for 30 days", "Ada Quist"}, {crosswire.KindQuote, "in a statement", ""}}},
		{"told reporters reports the clause before",
			"The mill will close in May, the owner Ada Quist told reporters.",
			[]want{{crosswire.KindQuote, "The mill will close in May", "Ada Quist"}}},
		{"said in court that still reports what follows",
			"Ada Quist said in court that the mill had closed.",
			[]want{{crosswire.KindQuote, "the mill had closed", "Ada Quist"}}},
		{"is said to reports nothing",
			"The mill owner Ada Quist is said to be weighing a bid from Vell Holdings.",
			[]want{{crosswire.KindQuote, "to be weighing a bid from Vell Holdings", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := extractText(t, tc.text, nil)
			for _, w := range tc.want {
				got := ""
				for _, f := range fs {
					if f.Kind != w.kind || f.Span.Text != w.span {
						continue
					}
					got = f.Value
					if f.Quote != nil {
						got = f.Quote.Speaker
					}
				}
				if got != w.value {
					var all []string
					for _, f := range fs {
						all = append(all, string(f.Kind)+":"+f.Span.Text+"="+f.Value)
					}
					t.Errorf("%s %q: got %q, want %q; facts: %s", w.kind, w.span, got, w.value, strings.Join(all, " | "))
				}
			}
		})
	}
}

// TestStarredIn checks that what someone starred in is a work, not a place,
// while a place after "stars" as a noun stays one (fictional text).
func TestStarredIn(t *testing.T) {
	for _, tc := range []struct {
		name, text, span string
		place            bool
	}{
		{"starred in a film", "Ivo Lund starred in Night Tide. Lund lives in Vell.", "Night Tide", false},
		{"will star in", "Ivo Lund will star in Glass Orchard next year.", "Glass Orchard", false},
		{"a name stars in", "Actor Ivo Lund now stars in Glass Orchard.", "Glass Orchard", false},
		{"stars as a noun", "The biggest stars in Vell met on Monday.", "Vell", true},
		{"lives in a place", "Ivo Lund lives in Vell.", "Vell", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := false
			for _, f := range extractText(t, tc.text, nil) {
				if f.Kind == crosswire.KindPlace && f.Span.Text == tc.span {
					got = true
				}
			}
			if got != tc.place {
				t.Errorf("%q a place: %v, want %v", tc.span, got, tc.place)
			}
		})
	}
}

// TestOccupationGlossCloses checks that a calling after a comma glosses
// the name before it only when the gloss closes or goes on with its
// complement, not when it is the subject of the clause (fictional text).
func TestOccupationGlossCloses(t *testing.T) {
	for _, tc := range []struct {
		name, text, span string
		person           bool
	}{
		{"gloss with a complement", "Ada Quist, the singer behind Grey Tides, is in a clinic.", "Ada Quist", true},
		{"gloss closed by a comma", "Ada Quist, a singer, is in a clinic.", "Ada Quist", true},
		{"the noun is a subject", "Lately, a hacker could delete the logs, he said.", "Lately", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := false
			for _, f := range extractText(t, tc.text, nil) {
				if f.Kind == crosswire.KindPerson && f.Span.Text == tc.span {
					got = true
				}
			}
			if got != tc.person {
				t.Errorf("%q a person: %v, want %v", tc.span, got, tc.person)
			}
		})
	}
}
