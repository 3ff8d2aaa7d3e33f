package group

import (
	"slices"
	"testing"

	"crosswire"
)

// TestOtherDays checks when two leads, and two stories' leads, name
// different days — the guard of the story-rarity pass (storyrare.go).
func TestOtherDays(t *testing.T) {
	day := func(wd, md uint16) leadDay { return leadDay(wd<<leadDateBits | md) }
	tests := []struct {
		name string
		a, b []leadDay
		want bool
	}{
		{"no days", nil, nil, false},
		{"one story names none", []leadDay{day(2, 0)}, nil, false},
		{"same weekday", []leadDay{day(2, 0)}, []leadDay{day(2, 0)}, false},
		{"other weekday", []leadDay{day(2, 0)}, []leadDay{day(4, 0)}, true},
		{"dates win over weekdays", []leadDay{day(2, 920)}, []leadDay{day(4, 920)}, false},
		{"other date", []leadDay{day(0, 920)}, []leadDay{day(0, 921)}, true},
		{"a date and a weekday say nothing of each other", []leadDay{day(0, 920)}, []leadDay{day(3, 0)}, false},
		{"one shared day among others", []leadDay{day(2, 0), day(3, 0)}, []leadDay{day(3, 0), day(5, 0)}, false},
		{"none shared", []leadDay{day(1, 0), day(2, 0)}, []leadDay{day(4, 0), day(5, 0)}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := otherDays(tc.a, tc.b); got != tc.want {
				t.Errorf("otherDays(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
			if len(tc.a) == 1 && len(tc.b) == 1 {
				if got := otherDay(tc.a[0], tc.b[0]); got != tc.want {
					t.Errorf("otherDay(%v, %v) = %v, want %v", tc.a[0], tc.b[0], got, tc.want)
				}
			}
		})
	}
}

// TestStoryRareDecides checks the counts the rare-anchor rule counting
// stories asks of a pair (storyrare.go).
func TestStoryRareDecides(t *testing.T) {
	base := pairScore{shared: 8, rare: 1, storyRare: 4, cosine: 0.3, gap: -1}
	tests := []struct {
		name string
		edit func(*pairScore)
		want bool
	}{
		{"rare by articles and by stories make four", func(*pairScore) {}, true},
		{"too few rare by stories", func(ps *pairScore) { ps.storyRare = 2 }, false},
		{"four rare by articles: the pairwise rule's", func(ps *pairScore) { ps.rare = 4 }, false},
		{"under the low cosine bar", func(ps *pairScore) { ps.cosine = 0.2 }, false},
		{"within two days the bar is lower", func(ps *pairScore) { ps.cosine, ps.gap = 0.23, 12 }, true},
		{"too few shared", func(ps *pairScore) { ps.shared = 2 }, false},
		{"one outlet, undated", func(ps *pairScore) { ps.sameOutlet = true }, false},
		{"takes of one slug", func(ps *pairScore) { ps.sameSlug = true }, false},
		{"weeks apart", func(ps *pairScore) { ps.gap = MaxGapHours + 1 }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := base
			tc.edit(&ps)
			if got := ps.storyRareDecides(); got != tc.want {
				t.Errorf("storyRareDecides() = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestShareClass checks the lead event guard of the rare-anchor rule
// counting stories on fictional leads: two reports of one event lead with
// its verb, a follow-up with another.
func TestShareClass(t *testing.T) {
	arrest := "Police in Northbury arrested a local councillor on Tuesday after a raid on the town hall, officers said."
	arrested := "A Northbury councillor was arrested by police on Tuesday when officers raided the town hall offices."
	resigned := "The Northbury councillor at the centre of the town hall inquiry resigned from the council on Friday."
	if len(leadEvents(arrest)) == 0 {
		t.Skip("event lexicon not loaded")
	}
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"one event in other words", arrest, arrested, true},
		{"a follow-up leads with another event", arrest, resigned, false},
		{"a lead naming no event", arrest, "The Northbury town hall stands on the market square.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := shareClass(leadEvents(tc.a), leadEvents(tc.b)); got != tc.want {
				t.Errorf("shareClass(%v, %v) = %v, want %v", leadEvents(tc.a), leadEvents(tc.b), got, tc.want)
			}
		})
	}
}

// TestToldWeighed: a fictional band's six reports. The next day's report
// (d2) leads with its leader playing the guitarist's exit down by a
// comparison; the first day's report (d1) names the band, the leader and
// the guitarist — half the lead's names counted one a name, but not the
// names of its news, which only d2 and d6 (the same news) write. Weighed
// by the batch (toldWeighed), d2's lead is told in d6, not in d1.
func TestToldWeighed(t *testing.T) {
	arts := []crosswire.Article{
		{ID: "d1", Text: "Kestrel guitarist Rob Marl has quit the band after nine years, its leader Tom Vale said in Dunmore. Marl said he would rather be at home with his children. The band's label, Orrin Records, said there were no plans to replace him before the tour."},
		{ID: "d2", Text: "Kestrel leader Tom Vale has played down the exit of guitarist Rob Marl, saying it was hardly Ann Rood leaving the Harbour Singers. Vale told Sound Weekly that Marl had left in March, not at the weekend as Orrin Records said. The band is mixing its album in Dunmore."},
		{ID: "d3", Text: "Kestrel singer Tom Vale and guitarist Rob Marl played to 5,000 fans in Carrow on Friday. Vale thanked the crowd, and Marl played a solo. The show closed the band's tour."},
		{ID: "d4", Text: "Kestrel's Tom Vale has denied a feud with Rob Marl. Vale told Pell Radio that the band was fine, and Marl laughed off the story."},
		{ID: "d5", Text: "Tom Vale of Kestrel said the band would record in Dunmore with Rob Marl and a producer from Orrin Records next spring."},
		{ID: "d6", Text: "Tom Vale compared guitarist Rob Marl's exit from Kestrel to Ann Rood leaving the Harbour Singers, Sound Weekly reports. Marl left in March, Vale said."},
	}
	ix, _ := partitionIndex(t, arts, nil)
	tests := []struct {
		name           string
		other          uint32
		counted, weigh bool
	}{
		{"the day before", 0, true, false},
		{"the same news", 5, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := told(ix.leads[1].anchors, ix.full[tc.other]); got != tc.counted {
				t.Errorf("told = %v, want %v", got, tc.counted)
			}
			if got := ix.toldWeighed(1, tc.other); got != tc.weigh {
				t.Errorf("toldWeighed = %v, want %v", got, tc.weigh)
			}
			if got := ix.eachToldWeighed(1, tc.other); got != tc.weigh {
				t.Errorf("eachToldWeighed = %v, want %v", got, tc.weigh)
			}
		})
	}
}

// TestTopicEdgeAcrossStories groups real stories of meter-showbiz as text
// only (textOnly), less the pages named, alone and asserts how many
// stories they form: a take's substitute page verifies with the take by
// the topic rule with anchors rare by articles, but each has its best
// edge inside its own part of the story (the take with its papers, the
// substitute with the other late pages), so the best-edge pass drops the
// edge and only the story-rarity pass, asking the topic rule of such
// pairs too, joins the two parts (session 19).
func TestTopicEdgeAcrossStories(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	recs := textOnly(readCorpus(t, "meter-showbiz.jsonl"))
	for _, tc := range []struct {
		name, story string
		without     []string // ids of pages no rule joins (see group/NOTEBOOK.md)
		want        int
	}{
		{"a take, its papers and its substitute's pages", "showbiz/14.12.99/mccartney", []string{"PA-showbiz-141299-mccartney-mccartney4nl"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var set []corpusRecord
			for _, r := range recs {
				if r.Cluster == tc.story && !slices.Contains(tc.without, r.ID) {
					set = append(set, r)
				}
			}
			if len(set) < 2 {
				t.Fatalf("%s: %d articles", tc.story, len(set))
			}
			st := groupCorpus(t, set, nil)
			stories := map[string]bool{}
			for _, r := range set {
				stories[st[r.ID]] = true
			}
			if len(stories) != tc.want {
				t.Errorf("%s (%d articles) alone: %d stories, want %d", tc.story, len(set), len(stories), tc.want)
			}
		})
	}
}
