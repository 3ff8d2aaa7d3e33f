package group

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"crosswire"
)

// TestTallies reads tallies in fictional sentences: scores and votes with
// a hyphen or an en dash, unordered; not years, seasons, decimals, times,
// dates, codes or runs of three numbers.
func TestTallies(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []uint32
	}{
		{"Rovers won 3-1 at home.", []uint32{1003}},
		{"a 19–13 defeat, after leading 13 - 6", []uint32{6013, 13019}},
		{"they lost 1-3; a week later they won 3-1", []uint32{1003}},
		{"the 2004-05 season and the 1998-2001 term", nil},
		{"rates of 3.5-4 per cent, 1,200-300 jobs", nil},
		{"open 9:30-11, on 12/3-4, a F-16 and a 1-2-3 finish", nil},
		{"the Under-21 side", nil},
		{"MPs voted 310-276 for the bill.", []uint32{276310}},
	} {
		if got := tallies(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("tallies(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTallyApart reads the fictional club's reports of occasion_test.go
// grouped as a pair: two matches' scores disagree, a paper's rewrite of
// the first keeps its score, and a text without a tally says nothing.
func TestTallyApart(t *testing.T) {
	bg := occasionBackground()
	noScore := occMatch1Paper
	noScore.Title, noScore.Text = "Brandt in form", `Ilse Brandt scored twice as Harbury Rovers saw off Dunmore Athletic at Kelby Park.`
	for _, tc := range []struct {
		name  string
		a, b  crosswire.Article
		apart bool
	}{
		{"two matches of one club", occMatch1, occMatch2, true},
		{"a paper's rewrite of a match", occMatch1, occMatch1Paper, false},
		{"a report without a score", occMatch2, noScore, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, _, _ := groupTwo(t, tc.a, tc.b, bg)
			if got := ix.tallyApart(0, 1); got != tc.apart {
				t.Errorf("tallyApart = %v, want %v", got, tc.apart)
			}
		})
	}
}

// TestTalliesLongTexts reads texts of millions of dashes and digits: one
// pass each (a scan that went back over a run per dash would not end in
// the test's time), with the tallies such texts write.
func TestTalliesLongTexts(t *testing.T) {
	const n = 10 << 20 // bytes
	fill := func(unit string) string { return strings.Repeat(unit, n/len(unit)) }
	for _, tc := range []struct {
		name string
		text string
		want []uint32
	}{
		{"hyphens", fill("-"), nil},
		{"en dashes", fill("–"), nil},
		{"digits", fill("7"), nil},
		{"one number and a dash", fill("7") + "-1", nil},
		{"a dash and one number", "1-" + fill("7"), nil},
		{"numbers joined by hyphens", fill("1-"), nil},
		{"scores", fill("3-1 "), []uint32{1003}},
		{"scores with en dashes and spaces", fill("12 – 9, "), []uint32{9012}},
		{"long numbers and dashes", fill("12345-"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tallies(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("tallies = %v, want %v", got[:min(len(got), 5)], tc.want)
			}
		})
	}
}

// FuzzTallies feeds arbitrary text to tallies: no panic, sorted distinct
// tallies whose sides have at most maxTallyDigits digits, the smaller
// first, each written in the text.
func FuzzTallies(f *testing.F) {
	for _, s := range []string{"won 3-1", "a 19–13 defeat", "1-2-3", "2004-05", "9:30-11", "é3-1é", "3 - 1.", "--", "–", "1\xe2-2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := tallies(text)
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Fatalf("tallies(%q) = %v: not sorted and distinct", text, got)
		}
		for _, x := range got {
			lo, hi := x/1000, x%1000
			if lo > hi || x >= 1000*1000 {
				t.Fatalf("tallies(%q) has %d: sides %d, %d", text, x, lo, hi)
			}
			if !strings.Contains(text, strconv.Itoa(int(lo))) || !strings.Contains(text, strconv.Itoa(int(hi))) {
				t.Fatalf("tallies(%q) has %d-%d, not in the text", text, lo, hi)
			}
		}
	})
}

// TestVerifyConcurrentCaches: the batch's workers verify pairs that share
// docs, and verify fills each doc's lazily read values (lead events,
// quoted runs, tallies) on first use. Verified from many goroutines at
// once on an index whose caches are empty, a pair gets the answer it gets
// alone (run with -race to see the caches' locking).
func TestVerifyConcurrentCaches(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b crosswire.Article
		bg   *Background
		rule func(*pairScore) bool // the rule that reads a cache decides the pair
	}{
		{"two matches' tallies", occMatch1, occMatch2, nil, func(ps *pairScore) bool { return ps.occasionApart }},
		{"one statement quoted alike",
			crosswire.Article{ID: "q-a", Title: quarnelTitleA, Text: strings.Replace(quarnelTextA, "%s", quarnelStatement, 1)},
			crosswire.Article{ID: "q-b", Title: quarnelTitleB, Text: strings.Replace(quarnelTextB, "%s", "we will not pay the criminals who did this", 1)},
			nil, func(ps *pairScore) bool { return ps.byQuote }},
		// rules of session 11 read no cache today: run here so one that
		// gains a per-doc cache is raced from the start
		{"two headlines sharing nothing", haInjury, haFine, haBackground(), func(ps *pairScore) bool { return ps.occasionApart }},
		{"one protagonist in both headlines", velmoraOn("p-a", velmoraTitleA, velmoraTextA), velmoraOn("p-b", velmoraTitleB, velmoraTextB),
			nil, func(ps *pairScore) bool { return ps.byProtagonist }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, want, _ := groupTwo(t, tc.a, tc.b, tc.bg)
			if !tc.rule(&want) {
				t.Fatalf("the rule does not decide the pair: %+v", want)
			}
			ix.topics.events = newDocEvents(2) // empty again
			got := make([]pairScore, 8)
			var wg sync.WaitGroup
			for w := range got {
				wg.Go(func() { _, got[w] = ix.verify(uint32(w%2), uint32(1-w%2)) })
			}
			wg.Wait()
			for w := range got {
				if w%2 == 0 && got[w] != want {
					t.Errorf("worker %d: %+v, want %+v", w, got[w], want)
				}
				if tc.rule(&got[w]) != tc.rule(&want) {
					t.Errorf("worker %d: the rule's answer differs", w)
				}
			}
		})
	}
}

// TestTallyBase holds tallyBase to 10^maxTallyDigits: a key of two sides
// of maxTallyDigits digits must not collide with another pair's.
func TestTallyBase(t *testing.T) {
	want := 1
	for range maxTallyDigits {
		want *= 10
	}
	if tallyBase != want {
		t.Fatalf("tallyBase = %d, want 10^%d = %d", tallyBase, maxTallyDigits, want)
	}
}

// velmoraOn is a fictional report of the clinic chain's attack
// (protagonist_test.go) published on one day.
func velmoraOn(id, title, text string) crosswire.Article {
	day := time.Date(2031, 5, 12, 0, 0, 0, 0, time.UTC)
	return crosswire.Article{ID: id, Title: title, Text: text, Published: &day}
}
