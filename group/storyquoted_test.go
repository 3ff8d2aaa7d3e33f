package group

import (
	"strings"
	"testing"

	"crosswire"
)

// TestStoriesQuotedAlike: two fictional reports of one attack by two
// outlets (TestQuoteRule's), each reprinted twice by other sites, are two
// stories with a body (copies), which no anchor edge may join undated;
// they are one story when they quote the firm's statement alike, and stay
// two when they quote nothing in common or when the second leads with
// another event (a follow-up that recalls the statement).
func TestStoriesQuotedAlike(t *testing.T) {
	said := "we will not pay the criminals who did this"
	// the second report names more of the first's cast (the core's
	// cosine at the pair rule's low floor)
	textB := quarnelTextB + " Chief executive Mira Tovan said police in Ostmark were told at once."
	otherLead := strings.Replace(textB, "The Grelk gang has struck again, stopping work at a pump factory run by", "A pump factory of", 1)
	tests := []struct {
		name   string
		textB  string
		titleB string
		want   bool
	}{
		{"one statement quoted alike", strings.Replace(textB, "%s", said, 1), quarnelTitleB, true},
		{"no statement in common", strings.Replace(textB, "%s", "Nobody here will hand money to extortionists", 1), quarnelTitleB, false},
		{"the second leads with another event", strings.Replace(otherLead, "%s", said, 1), "Pump maker Quarnel looks to Dallin for growth", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			textA := strings.Replace(quarnelTextA, "%s", quarnelStatement, 1)
			var arts []crosswire.Article
			for i, o := range []string{"", "Reprint Daily", "Wire Mirror"} {
				arts = append(arts, crosswire.Article{ID: "a" + string(rune('0'+i)), Title: quarnelTitleA, Text: textA, Outlet: o})
			}
			for i, o := range []string{"", "Second Site", "Third Site"} {
				arts = append(arts, crosswire.Article{ID: "b" + string(rune('0'+i)), Title: tc.titleB, Text: tc.textB, Outlet: o})
			}
			arts[0].Outlet, arts[3].Outlet = "Plant Weekly", "Crime Desk"
			ix, roots := partitionIndex(t, arts, nil)
			if roots[0] != roots[1] || roots[0] != roots[2] || roots[3] != roots[4] || roots[3] != roots[5] {
				t.Fatalf("copies apart: roots %v", roots)
			}
			if !ix.worded[ix.find(0)] || !ix.worded[ix.find(3)] {
				t.Fatalf("a story of copies without a body")
			}
			if got := roots[0] == roots[3]; got != tc.want {
				t.Errorf("one story = %v, want %v (roots %v)", got, tc.want, roots)
			}
		})
	}
}
