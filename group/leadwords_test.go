package group

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cespare/xxhash/v2"

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
				_, fa := ix.toldAlone(a, b, 1, 0)
				_, fb := ix.toldAlone(b, a, 1, 0)
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

// TestWordsRuleAsAlone judges a wire take and a paper's brief alone and
// inside a large batch of fictional market notes that name one firm and
// write a few of one brief's own words: the words rule's verdict must be
// the pair's alone (issue 14: nothing may depend on the batch). The
// firm's brief names a person the take does not (another story's who:
// apart alone); the parade's brief adds its own words to the take's lead,
// so less than a majority of its lead is told (apart alone); the control
// retells the take's lead (one story alone). Inside the batch the firm is
// a common name and the brief's own words common words: counted by the
// batch, the firm would be no one and the words weigh nothing, and both
// briefs would join the take.
func TestWordsRuleAsAlone(t *testing.T) {
	const firm = "Halvard"
	goods := []string{"barley", "copper", "wool", "timber", "salt", "tin", "flax", "amber", "cider", "peat", "slate", "hemp", "honey", "zinc", "clay"}
	notes := func(k int) []crosswire.Article {
		out := make([]crosswire.Article, k)
		for i := range out {
			out[i] = crosswire.Article{ID: fmt.Sprintf("zz-note-%03d", i), Outlet: fmt.Sprintf("Ledger %d", i%7),
				Text: fmt.Sprintf("Traders of %s said on market day %d that %s paid %d crowns a load, after fireworks and a harbour parade.", goods[i%len(goods)], i+1, firm, 10+i)}
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		brief crosswire.Article
		one   bool // one story alone
	}{
		{"a brief naming a firm the take does not", crosswire.Article{ID: "lw-take-firm", Outlet: "Evening Lamp",
			Text: `The former Lanterns singer is to play three nights at the arena for ` + firm + `, her first shows since leaving the band, her agent said.`}, false},
		{"a brief adding its own words", crosswire.Article{ID: "lw-take-parade", Outlet: "Evening Lamp",
			Text: `The former Lanterns singer is to open her shows at the arena with fireworks and a harbour parade, her agent said.`}, false},
		{"a brief retelling the take's lead", leadBrief, true},
	} {
		for _, batch := range []struct {
			name  string
			notes int
		}{
			{"alone", 0},
			{"among many notes naming the firm", 400},
		} {
			t.Run(tc.name+" "+batch.name, func(t *testing.T) {
				arts := append([]crosswire.Article{leadTake, tc.brief}, notes(batch.notes)...) // sorted by ID
				ix, roots := partitionIndex(t, arts, nil)
				if batch.notes > 0 && !ix.commonName(xxhash.Sum64String(strings.ToLower(firm))) {
					t.Fatalf("fixture: the firm is not common in the batch")
				}
				if got := roots[0] == roots[1]; got != tc.one {
					t.Errorf("one story = %v, want %v, as the pair alone", got, tc.one)
				}
			})
		}
	}
}

// commonName reports whether a capitalised word (token hash h) is a name
// common in the batch: commonNameBy with the batch's counts pooled with
// the background (the fixtures' premise that the batch makes a name
// common; no rule reads it since session 14).
func (ix *Index) commonName(h uint64) bool {
	return commonNameBy(h, ix.df)
}
