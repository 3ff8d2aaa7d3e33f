package group

import (
	"context"
	"slices"
	"testing"
	"time"

	"crosswire"
)

func TestLeadMonths(t *testing.T) {
	tests := []struct {
		name, text string
		want       uint16 // bit m−1 for month m
	}{
		{"a month naming the news", "Veltro's October bundle for its Quill reader fixes 41 flaws.", 1 << 9},
		{"a date's month", "Veltro released its quarterly advisory on July 18, fixing 290 flaws.", 1 << 6},
		{"a month after a preposition is a stretch of time", "The Harrowgate Inns breach, first reported in February, reached 900 inns.", 0},
		{"a stretch between two months", "Cards used at Harrowgate Inns between September and December were copied.", 0},
		{"a date after a preposition", "The Veltro advisory, out since July 18, fixes 290 flaws.", 1 << 6},
		{"a month with its year is recalled", "The Dunmore Council attack of September 2017 cost the town dearly.", 0},
		{"a month with its day and year is recalled", "Charged on September 4, 2017, the pair were sentenced today.", 0},
		{"May without a day is a verb", "May officials at Dunmore Council decide today? Nobody knows.", 0},
		{"May beside a day", "Dunmore Council said on May 5 that its servers were back.", 1 << 4},
		{"March without a day is a noun", "March organisers at Dunmore Council blamed the weather.", 0},
		{"an abbreviation is not read", "Mac users of the Quill reader got the fix, Jan Brodsky said.", 0},
		{"beyond the lead", "Veltro fixed the flaws. " + repeatWords("word", LeadTokens) + "The October update follows.", 0},
		{"two months", "Veltro's October update follows the August update that fixed 12 flaws.", 1<<9 | 1<<7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFingerprint(&crosswire.Article{ID: "a", Title: "Veltro May Fix October Flaws", Text: tc.text})
			if f.lead.months != tc.want {
				t.Errorf("lead months %012b; want %012b", f.lead.months, tc.want)
			}
		})
	}
}

func TestMonthsApart(t *testing.T) {
	m := func(months ...int) uint16 {
		var s uint16
		for _, x := range months {
			s |= 1 << (x - 1)
		}
		return s
	}
	tests := []struct {
		name string
		a, b uint16
		want bool
	}{
		{"October and December", m(10), m(12), true},
		{"neighbouring months may hold one event's days", m(10), m(11), false},
		{"round the new year", m(12), m(1), false},
		{"January and November round the year", m(1), m(11), true},
		{"one month in common", m(7, 10), m(10), false},
		{"one near month of two", m(3, 7), m(8), false},
		{"a lead without a month", m(10), 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := monthsApart(tc.a, tc.b); got != tc.want {
				t.Errorf("monthsApart = %v; want %v", got, tc.want)
			}
			if got := monthsApart(tc.b, tc.a); got != tc.want {
				t.Errorf("monthsApart (reversed) = %v; want %v", got, tc.want)
			}
			sa, sb := storyDates{months: tc.a}, storyDates{months: tc.b}
			if got := sa.apart(&sb); got != tc.want {
				t.Errorf("storyDates.apart = %v; want %v", got, tc.want)
			}
		})
	}
}

// TestMonthsApartGroups: two undated reports of one vendor's monthly
// bundles, written alike (fictional), join when their leads name one
// month and stay apart when they name months two apart.
func TestMonthsApartGroups(t *testing.T) {
	a := crosswire.Article{ID: "a", Title: "Veltro fixes flaws in Quill reader",
		Text: "Veltro's October bundle for its Quill reader and Quill Studio fixes 41 flaws, " +
			"Veltro said. Researchers at Brannock Labs and Ostrava Security found the flaws in Quill. " +
			"Tomas Ekdahl of Brannock Labs said Quill users should update. Veltro rated 12 of the flaws critical."}
	other := func(month string) crosswire.Article {
		return crosswire.Article{ID: "b", Title: "Patch now: Quill has 41 holes",
			Text: "Anyone running Quill Studio or the Quill reader should install the " + month + " bundle from Veltro " +
				"at once: it closes 41 holes, a dozen (12) of them critical. Brannock Labs and Ostrava Security " +
				"reported them; Tomas Ekdahl, who leads the Brannock Labs team, urged people to patch."}
	}
	tests := []struct {
		name   string
		b      string
		joined bool
	}{
		{"one month", "October", true},
		{"a neighbouring month", "November", true},
		{"two months apart", "December", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosswire.Article{a, other(tc.b)}
			cl, err := New(Options{}).Partition(context.Background(), arts)
			if err != nil {
				t.Fatal(err)
			}
			if got := cl.StoryOf[0] == cl.StoryOf[1]; got != tc.joined {
				t.Errorf("joined %v; want %v", got, tc.joined)
			}
		})
	}
}

// TestBridgesMonths: an anchor edge, not both dated, does not join two
// stories whose members' leads name months apart, whichever member the
// edge leaves from; the months of a story are its members' together.
func TestBridgesMonths(t *testing.T) {
	m := func(month int) uint16 { return 1 << (month - 1) }
	tests := []struct {
		name    string
		months  [4]uint16 // docs 0 and 1 are one story, 2 and 3 one story
		dated   bool      // the edge's two articles are dated
		bridged bool
	}{
		{"October against December", [4]uint16{m(10), 0, m(12), 0}, false, true},
		{"a member with no month carries its story's", [4]uint16{0, m(10), 0, m(12)}, false, true},
		{"neighbouring months", [4]uint16{m(10), 0, m(11), 0}, false, false},
		{"one story names no month", [4]uint16{m(10), 0, 0, 0}, false, false},
		{"a month in common", [4]uint16{m(10), m(7), m(7), 0}, false, false},
		{"both dated: times decide", [4]uint16{m(10), 0, m(12), 0}, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			batch := slices.Clone(unrelatedArticles()[:4])
			if tc.dated {
				day := time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)
				batch[1].Published, batch[3].Published = &day, &day
			}
			ix, _ := partitionIndex(t, batch, nil)
			for d := range 4 {
				ix.months[ix.find(uint32(d))] = 0
			}
			for d, mo := range tc.months {
				ix.months[ix.find(uint32(d))] |= mo
			}
			ix.union(0, 1)
			ix.union(2, 3)
			if got := ix.bridges(1, 3); got != tc.bridged {
				t.Errorf("bridges = %v; want %v", got, tc.bridged)
			}
		})
	}
}
