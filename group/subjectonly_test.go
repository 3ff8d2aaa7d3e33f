package group

import (
	"testing"

	"crosswire"
)

// Fictional reports for subjectOnly (subjectonly.go): a writer's biography
// of a singer that she wants stopped, and months earlier the singer's
// interview about her health. They share her given name, nickname and
// surname (one name) and no word of either account.
var (
	soBook = crosswire.Article{ID: "so-book",
		Text: `Writer Olaf Brun, whose biography of Dee Vance is due next spring, faces an injunction from Delia Vance, and lawyers demand that publishers abandon the manuscript.`}
	soHealth = crosswire.Article{ID: "so-health",
		Text: `Pop star Delia Vance, known to fans as Dee Vance, admits she feared for her health after losing weight, she reveals on television tonight.`}
	// the singer's word on the book: her name and the book's words
	soReply = crosswire.Article{ID: "so-reply",
		Text: `Pop star Delia Vance, known to fans as Dee Vance, says the injunction against the biography protects her children.`}
	// the writer and the singer named in both, no shared word: two names
	soTwo = crosswire.Article{ID: "so-two",
		Text: `Pop star Delia Vance, known to fans as Dee Vance, admits she feared for her health after losing weight, she tells Olaf Brun tonight.`}
)

// TestSubjectOnly groups the fictional reports as pairs with a background
// that knows their words: the book and the health interview share one
// name alone and stay apart; the singer's reply to the book shares the
// book's words and joins it; two names in common ask nothing.
func TestSubjectOnly(t *testing.T) {
	bg := wideBackground(soBook, soHealth, soReply, soTwo)
	for _, tc := range []struct {
		name        string
		a, b        crosswire.Article
		only, joins bool
	}{
		{"one name, no word of an account", soBook, soHealth, true, false},
		{"one name and the account's words", soBook, soReply, false, true},
		{"two names", soBook, soTwo, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, ps, joined := groupTwo(t, tc.a, tc.b, bg)
			if got := ix.subjectOnly(0, 1, ix.full[0], ix.full[1], &ps); got != tc.only {
				t.Errorf("subjectOnly = %v, want %v (topic cosine %.2f, %d shared anchors, cosine %.2f)", got, tc.only, ix.topicCosine(0, 1, &ps), ps.shared, ps.cosine)
			}
			if joined != tc.joins {
				t.Errorf("grouped as one story = %v, want %v (%+v)", joined, tc.joins, ps)
			}
		})
	}
}

// TestOneName checks the reading of shared names as one name by the
// texts' links of adjacent names.
func TestOneName(t *testing.T) {
	link := func(a, b uint32) uint64 { return uint64(a)<<32 | uint64(b) }
	for _, tc := range []struct {
		name  string
		names []uint32
		links [][]uint64
		want  bool
	}{
		{"given name and surname", []uint32{1, 2}, [][]uint64{{link(1, 2)}}, true},
		{"a nickname linked in the other text", []uint32{1, 2, 3}, [][]uint64{{link(1, 3)}, {link(2, 3)}}, true},
		{"two persons", []uint32{1, 2, 3, 4}, [][]uint64{{link(1, 2), link(3, 4)}}, false},
		{"a name never beside the others", []uint32{1, 2, 5}, [][]uint64{{link(1, 2), link(5, 9)}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := oneName(tc.names, tc.links...); got != tc.want {
				t.Errorf("oneName = %v, want %v", got, tc.want)
			}
		})
	}
}
