package group

import (
	"testing"

	"crosswire"
)

// Fictional briefs of the singer's take (leadTake, leadwho_test.go). The
// first retells the take's lead in one sentence and shares a single name
// with it (the band, which no background has seen): too few anchors for
// any anchor rule, but its words are the lead's. The second is another
// story of the singer: the same name, its own news. The third tells the
// lead's words of another person.
var (
	leadBrief = crosswire.Article{ID: "lw-take-brief", Outlet: "Evening Lamp",
		Text: `The former Lanterns singer is to play three nights at the arena, her first shows since leaving the band, her agent said.`}
	leadOtherBrief = crosswire.Article{ID: "lw-take-other", Outlet: "Evening Lamp",
		Text: `The former Lanterns singer topped a readers' poll of the decade's finest voices, the magazine announced.`}
	// the take's words, another who: the band's guitarist
	leadOtherWho = crosswire.Article{ID: "lw-take-who", Outlet: "Evening Lamp",
		Text: `Former Lanterns guitarist Mara Vell is to play three nights at the arena, her first shows since leaving the band, her agent said.`}
)

func TestClientLeadToldInTake(t *testing.T) {
	for _, tc := range []struct {
		name  string
		brief crosswire.Article
		one   bool
	}{
		{"a brief retelling the take's lead", leadBrief, true},
		{"a brief of another story of the singer", leadOtherBrief, false},
		{"a brief of the take's words about another person", leadOtherWho, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosswire.Article{leadTake, tc.brief} // sorted by ID
			ix, roots := partitionIndex(t, arts, nil)
			if got := roots[0] == roots[1]; got != tc.one {
				c := newLeadWordsCache(ix)
				a, b := c.get(1), c.get(0)
				_, fa := wordsTold(a.lead, a.leadW, b.all, 0)
				_, fb := wordsTold(b.lead, b.leadW, a.all, 0)
				t.Errorf("one story = %v, want %v (brief's lead told in the take %.2f, take's in the brief %.2f, rare name shared %v)",
					got, tc.one, fa, fb, rareNameShared(a, b))
			}
		})
	}
}

func TestWordsTold(t *testing.T) {
	L := []uint32{1, 2, 3, 4}
	W := []float64{1, 1, 1, 1}
	for _, tc := range []struct {
		name string
		A    []uint32
		want bool
	}{
		{"all told", []uint32{1, 2, 3, 4, 9}, true},
		{"half and three", []uint32{1, 2, 3}, true},
		{"two of four: too few", []uint32{1, 2}, false},
		{"none", []uint32{7, 8}, false},
	} {
		if got, _ := wordsTold(L, W, tc.A, 0); got != tc.want {
			t.Errorf("%s: wordsTold = %v, want %v", tc.name, got, tc.want)
		}
	}
}
