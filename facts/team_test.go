package facts

import (
	"testing"

	"crosswire"
)

// TestTeamNames checks the two signals that a name is a body, not a
// person (fictional sports reports): a team head as its last word
// ("Harlow Rovers"), and the article writing it, or its last word, after
// "the" with no noun after it ("the Falcons now lead"); a name modifying
// a noun after "the" ("the Lund family") is no such signal.
func TestTeamNames(t *testing.T) {
	tests := []struct {
		name, text, entity string
		want               crosswire.FactKind
	}{
		{"team head", "Harlow Rovers beat Dunmore Town 3-2 on Saturday. Harlow Rovers scored twice before half-time.", "Harlow Rovers", crosswire.KindOrg},
		{"team head, club initials", "Kestrel AFC lost again on Tuesday. Kestrel AFC have not won since May.", "Kestrel AFC", crosswire.KindOrg},
		{"the before the short name", "Harbury Falcons beat Eastby on Sunday. Harbury Falcons scored three tries, and the Falcons now lead the table.", "Harbury Falcons", crosswire.KindOrg},
		{"the before a noun the name modifies", "Ada Lund arrived on Sunday. Ada Lund said the Lund family was delighted.", "Ada Lund", crosswire.KindPerson},
		{"not a leading United", "Ada Lund flew to the United Kingdom on Sunday. Ada Lund said she was delighted.", "United Kingdom", crosswire.KindPlace},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := extractText(t, tc.text, nil)
			var got crosswire.FactKind
			for _, f := range fs {
				if f.Entity != nil && f.Entity.Name == tc.entity {
					got = f.Kind
					break
				}
			}
			if got != tc.want {
				t.Errorf("%q typed %q, want %q", tc.entity, got, tc.want)
			}
		})
	}
}

// TestCountedIrregularPlural checks that an irregular plural ends the
// counted noun phrase as a regular one does, before "and" too: "killed 14
// people and forced 2,300 from their homes" counts people, not nothing.
func TestCountedIrregularPlural(t *testing.T) {
	tests := []struct{ text, span, counted string }{
		{"Flash floods killed 14 people and forced 2,300 from their homes.", "14 people", "people"},
		{"The blast killed 14 men and injured 30 others.", "14 men", "man"},
		{"The storm damaged 300 natural and man-made shelters.", "300 natural and man-made shelters", "shelter"},
	}
	for _, tc := range tests {
		fs := extractText(t, tc.text, nil)
		var found bool
		for _, f := range fs {
			if f.Number != nil && f.Span.Text == tc.span {
				found = true
				if f.Number.Counted != tc.counted {
					t.Errorf("%q counts %q, want %q", tc.span, f.Number.Counted, tc.counted)
				}
			}
		}
		if !found {
			t.Errorf("%s: no figure %q in %+v", tc.text, tc.span, fs)
		}
	}
}
