package group

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"crosswire"
)

// Events with many reports (issue 14's held-out kind: about eleven
// reports an event, two events of one kind per topic). The read gold's
// events mostly have two or three reports; the ones with four or more are
// the closest dev kind, and they are the ones that split alone: every
// report of the event holds its names, so an article count makes them
// common in the event's own batch. Measured here: (a) each such event
// grouped alone, dated and undated; (b) each grouped in one run with the
// other events of its kind (the held-out's shape: ARI, and how many of
// the kind's events it merges with), and with its affair's other events
// (follow-ups, which must stay apart); (c) the stories of the other
// corpora with four or more versions (mmds events, meter stories), each
// grouped alone. Every measure uses the shipped background less all
// 1,000 CASIE articles (as TestCASIEEventsGold).

// manyReports is how many reports an event needs to count as one of many.
const manyReports = 4

// manyFigures are TestCASIEManyReports' measures of one mode.
type manyFigures struct {
	// events with manyReports or more, and how many form one story alone
	events, whole int
	// kindARI is the mean ARI of the runs of each event with its kind;
	// kindMerged and affairMerged count the other events of its kind and
	// of its affair that share a story with it in those runs
	kindARI                  float64
	kindMerged, affairMerged int
}

// TestCASIEManyReports measures the events of the CASIE read gold with
// manyReports or more reports (see above) and asserts today's figures as
// floors; SPLITS=1 logs what the pair rules saw in each event split
// alone.
func TestCASIEManyReports(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, tc := range []struct {
		name  string
		dated bool
		floor manyFigures
	}{
		// floors: the figures measured when the test was added (main at
		// b6d8db8), not to fall
		// raised by codes of one scheme (codes.go, session 15): two
		// flaws of one kind, each named by its own code, apart (kinds
		// 0.6869 → 0.6960, kind merges 5 → 4; dated 0.8558 → 0.8600)
		// raised by the protagonist rule without publication times
		// (protagonist.go, session 16: two outlets, one lead told):
		// kinds 0.6960 → 0.7123, merges unchanged
		// raised by stories joined by many thin links (thinsupport.go,
		// session 18): a hospital ransom's 2 + 3 whole alone (12 → 13),
		// kinds and merges unchanged
		// raised by one count of one thing (count.go, session 21): a
		// hospital ransom's reports and a breach's join in the kinds'
		// one run (kinds 0.7568 → 0.7634), merges unchanged
		{"undated", false, manyFigures{whole: 13, kindARI: 0.763, kindMerged: 4, affairMerged: 7}},
		// raised by rarity within an event's days (windowrare.go):
		// kinds' mean ARI 0.802 → 0.856
		// raised by one count of one thing (count.go, session 21):
		// kinds 0.8600 → 0.8720 (the hospital ransom whole in its kind)
		{"dated", true, manyFigures{whole: 13, kindARI: 0.871, kindMerged: 2, affairMerged: 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := measureManyReports(t, tc.dated)
			f := tc.floor
			if got.whole < f.whole {
				t.Errorf("%d of %d events one story alone; want ≥ %d", got.whole, got.events, f.whole)
			}
			if got.kindARI < f.kindARI {
				t.Errorf("runs with the kind: mean ARI %.3f; want ≥ %.3f", got.kindARI, f.kindARI)
			}
			if got.kindMerged > f.kindMerged || got.affairMerged > f.affairMerged {
				t.Errorf("merged: %d events of the kind, %d of the affair; want ≤ %d and ≤ %d", got.kindMerged, got.affairMerged, f.kindMerged, f.affairMerged)
			}
		})
	}
}

// measureManyReports measures (a) and (b) of the read gold's events with
// manyReports or more reports, dated or not.
func measureManyReports(t *testing.T, dated bool) manyFigures {
	gold, events, all := casieGold(t)
	setDated(dated, events, gold, all)
	bg := casieHeldOut(all)
	var got manyFigures
	var split []string
	kinds := map[string]bool{}
	for _, ev := range events {
		if len(ev.recs) < manyReports {
			continue
		}
		got.events++
		kinds[ev.kind] = true
		alone := groupCorpus(t, ev.recs, bg)
		if n := storyCount(ev.recs, alone); n == 1 {
			got.whole++
		} else {
			split = append(split, fmt.Sprintf("%s (%d reports, %d stories)", ev.name, len(ev.recs), n))
			if os.Getenv("SPLITS") != "" {
				t.Logf("%s split alone:\n%s", ev.name, strings.Join(splitPairs(t, ev.recs, bg), "\n"))
			}
			if os.Getenv("PAIRLINKS") != "" {
				c, j := pairAloneComponents(t, ev.recs, bg)
				t.Logf("%s: %d stories alone, %d components by pairs alone, %d stories as texts alone: %s\n%s", ev.name, n, c, storiesAsTexts(t, ev.recs, bg), strings.Join(j, " "), strings.Join(append(vetoedPairs(t, ev.recs, bg), crossEdges(t, ev.recs, bg)...), "\n"))
			}
		}
	}
	t.Logf("(a) alone: %d of %d events of ≥ %d reports one story; split: %s", got.whole, got.events, manyReports, strings.Join(split, ", "))

	// (b) each kind of a many-report event in one run: the kind's events
	// must stay apart, the many-report event whole
	var lines []string
	runs, ariSum := 0, 0.0
	for _, kind := range slices.Sorted(maps.Keys(kinds)) {
		var kin []*casieEvent
		var run []corpusRecord
		for _, ev := range events {
			if ev.kind == kind {
				kin = append(kin, ev)
				run = append(run, ev.recs...)
			}
		}
		st := groupCorpus(t, run, bg)
		ari, p, r := pairARI(run, st)
		if len(kin) > 1 {
			runs++
			ariSum += ari
		}
		var notes []string
		for i, ev := range kin {
			if len(ev.recs) >= manyReports {
				notes = append(notes, fmt.Sprintf("%s %d reports in %d stories", ev.name, len(ev.recs), storyCount(ev.recs, st)))
				if os.Getenv("PAIRLINKS") != "" && storyCount(ev.recs, st) > 1 {
					t.Logf("%s in the run of its kind:\n%s", ev.name, strings.Join(kindSplit(t, ev.recs, run, bg), "\n"))
				}
			}
			for _, o := range kin[i+1:] {
				if (len(ev.recs) >= manyReports || len(o.recs) >= manyReports) && storiesMeet(ev.recs, o.recs, st) {
					got.kindMerged++
					notes = append(notes, "merged "+ev.name+"+"+o.name)
				}
			}
		}
		lines = append(lines, fmt.Sprintf("  %s: %d events, %d articles: ARI %.3f (P %.3f, R %.3f); %s",
			kind, len(kin), len(run), ari, p, r, strings.Join(notes, ", ")))
		if os.Getenv("PAIRLINKS") != "" {
			same, other, names := storyTextPairs(t, run, st, bg)
			lines = append(lines, fmt.Sprintf("    stories as texts, pairwise: %d pairs of one event join, %d of two: %s", same, other, strings.Join(names, " ")))
		}
	}
	got.kindARI = ariSum / float64(max(runs, 1))

	// each many-report event with its affair's other events (follow-ups)
	// in one run
	for _, ev := range events {
		if len(ev.recs) < manyReports {
			continue
		}
		run := slices.Clone(ev.recs)
		var affair []*casieEvent
		for _, o := range events {
			if o != ev && o.affair == ev.affair {
				affair = append(affair, o)
				run = append(run, o.recs...)
			}
		}
		if len(affair) == 0 {
			continue
		}
		st := groupCorpus(t, run, bg)
		var met []string
		for _, o := range affair {
			if storiesMeet(ev.recs, o.recs, st) {
				got.affairMerged++
				met = append(met, o.name)
			}
		}
		lines = append(lines, fmt.Sprintf("  %s with %d events of its affair: %d stories of its own; merged with %s",
			ev.name, len(affair), storyCount(ev.recs, st), strings.Join(met, ", ")))
	}
	t.Logf("(b) kinds in one run: mean ARI %.4f over %d kinds; many-report events merged with %d events of the kind, %d of the affair:\n%s",
		got.kindARI, runs, got.kindMerged, got.affairMerged, strings.Join(lines, "\n"))
	return got
}

// casieHeldOut is the shipped background less the CASIE articles.
func casieHeldOut(all []corpusRecord) *Background {
	arts := make([]*crosswire.Article, len(all))
	for i, r := range all {
		a := r.article()
		arts[i] = &a
	}
	return DefaultBackground().Without(arts...)
}

// TestManyVersionsAlone groups alone each set of manyReports or more
// articles of the other corpora's many-report kinds (manyReportSets: meter
// stories, meter papers, mmds events, meter stories as text only) and
// asserts how many form one story.
func TestManyVersionsAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	// floors: the figures measured when the test was added (main at
	// b6d8db8), not to fall; meter papers 14 → 13 and text only 18 → 17
	// with amounts read with their glued scale words (anchor.go, session
	// 13): showbiz/07.01.00/zeta's papers each give their own sums, which
	// weighed nothing as codes and now count against the match (papers'
	// one run 0.888 → 0.917 and ten METER translations 9 → 10 of 10 by the
	// same change); text only 17 → 19 with undated stories joined by two
	// reports of each verifying across (support.go, session 14: zeta and
	// bond; meter papers keep 13, zeta whole and blackadder's lone paper
	// now facing the six-paper core instead of a two-paper one); amounts
	// read once (text.AmountAt, session 14) would split blackadder's paper
	// without a figure too (its three papers now share the one sum they
	// write three ways): merged, meter papers stay 13 (group/NOTEBOOK.md,
	// "Amounts read once")
	floor := map[string]int{
		"meter stories":                           26, // of 28; 25 before named.go (session 20: 27)
		"meter papers":                            13, // of 15
		"mmds English events (≥ 3 reports)":       0,  // of 2
		"mmds events (≥ 3 reports, any language)": 11, // of 17
		"meter stories as text only":              22, // of 28; 19 before an untitled text's sentence-initial names (startname.go); 21 before named.go (session 20: 23)
	}
	for _, tc := range manyReportSets(t) {
		t.Run(tc.name, func(t *testing.T) {
			n, whole := 0, 0
			var split []string
			for _, k := range slices.Sorted(maps.Keys(tc.sets)) {
				g := tc.sets[k]
				if len(g) < manyReports {
					continue
				}
				n++
				alone := storyCount(g, groupCorpus(t, g, nil))
				if alone == 1 {
					whole++
					continue
				}
				if os.Getenv("PAIRLINKS") != "" {
					c, _ := pairAloneComponents(t, g, nil)
					t.Logf("%s: %d stories alone, %d components by pairs alone, %d stories as texts alone\n%s", k, alone, c, storiesAsTexts(t, g, nil), strings.Join(append(vetoedPairs(t, g, nil), crossEdges(t, g, nil)...), "\n"))
				}
				split = append(split, fmt.Sprintf("%s (%d)", k, len(g)))
				if os.Getenv("SPLITS") != "" {
					t.Logf("%s split alone:\n%s", k, strings.Join(aloneEvidence(t, g), "\n"))
				}
			}
			t.Logf("%s: %d of %d sets of ≥ %d articles one story alone; split: %s", tc.name, whole, n, manyReports, strings.Join(split, " "))
			if whole < floor[tc.name] {
				t.Errorf("%s: %d of %d sets of ≥ %d articles one story alone; want ≥ %d", tc.name, whole, n, manyReports, floor[tc.name])
			}
		})
	}
}

// pairAloneComponents groups every pair of recs as a batch of two and
// returns how many components the pairs that join make (PAIRLINKS=1
// diagnostics).
func pairAloneComponents(t *testing.T, recs []corpusRecord, bg *Background) (int, []string) {
	u := newUF(len(recs))
	var joined []string
	for i := range recs {
		for j := i + 1; j < len(recs); j++ {
			st := groupCorpus(t, []corpusRecord{recs[i], recs[j]}, bg)
			if st[recs[i].ID] == st[recs[j].ID] {
				joined = append(joined, recs[i].ID+"+"+recs[j].ID)
				u.union(i, j)
			}
		}
	}
	return u.count(), joined
}

// vetoedPairs lists the pairs of recs in different stories of their batch
// that join when grouped as a batch of two: the rule that joins them
// alone and what the batch's verify saw (PAIRLINKS=1 diagnostics).
func vetoedPairs(t *testing.T, recs []corpusRecord, bg *Background) []string {
	var out []string
	acrossStories(t, recs, bg, func(b *batchOf, i, j int) {
		pix, proots := partitionIndex(t, []crosswire.Article{b.arts[i], b.arts[j]}, resolveBackground(bg))
		if proots[0] != proots[1] {
			return
		}
		pok, pps := pix.verify(0, 1)
		ok, ps := b.ix.verify(uint32(i), uint32(j))
		out = append(out, fmt.Sprintf("  %s+%s: alone %q (shared %d, rare %d, cos %.2f); batch %v %q (shared %d, rare %d, story rare %d, cos %.2f, leadsApart %v)",
			b.recs[i].ID, b.recs[j].ID, joinRule(pok, &pps), pps.shared, pps.rare, pps.cosine, ok, joinRule(ok, &ps), ps.shared, ps.rare, ps.storyRare, ps.cosine, ps.leadsApart))
	})
	return out
}

// batchOf is records grouped as one batch (ID order), for diagnostics
// that read its pairs: the index, each doc's story root, the records and
// their articles.
type batchOf struct {
	ix    *Index
	roots []uint32
	recs  []corpusRecord
	arts  []crosswire.Article
}

// acrossStories groups recs as one batch (ID order) and calls fn with each
// pair i < j of it in different stories of the batch.
func acrossStories(t *testing.T, recs []corpusRecord, bg *Background, fn func(b *batchOf, i, j int)) {
	var b batchOf
	b.recs, b.arts = byID(recs)
	b.ix, b.roots = partitionIndex(t, b.arts, resolveBackground(bg))
	for i := range b.arts {
		for j := i + 1; j < len(b.arts); j++ {
			if b.roots[i] != b.roots[j] {
				fn(&b, i, j)
			}
		}
	}
}

// crossEdges lists the pairs of recs in different stories of their batch
// that the batch verifies (PAIRLINKS=1 diagnostics).
func crossEdges(t *testing.T, recs []corpusRecord, bg *Background) []string {
	var out []string
	acrossStories(t, recs, bg, func(b *batchOf, i, j int) {
		if ok, ps := b.ix.verify(uint32(i), uint32(j)); ok {
			out = append(out, fmt.Sprintf("  verified across stories %d and %d: %s+%s %q (shared %d, rare %d, cos %.2f)", b.roots[i], b.roots[j], b.recs[i].ID, b.recs[j].ID, joinRule(ok, &ps), ps.shared, ps.rare, ps.cosine))
		}
	})
	return out
}

// kindSplit logs, for an event whole alone but split in a run with others,
// each of its pairs in different stories of the run: what the run's verify
// and the alone batch's verify saw (PAIRLINKS=1 diagnostics).
func kindSplit(t *testing.T, ev []corpusRecord, run []corpusRecord, bg *Background) []string {
	recs, arts := byID(run)
	ix, roots := partitionIndex(t, arts, resolveBackground(bg))
	evRecs, evArts := byID(ev)
	aix, _ := partitionIndex(t, evArts, resolveBackground(bg))
	pos := map[string]int{}
	for i, r := range recs {
		pos[r.ID] = i
	}
	var out []string
	for i := range evRecs {
		for j := i + 1; j < len(evRecs); j++ {
			x, y := pos[evRecs[i].ID], pos[evRecs[j].ID]
			if roots[x] == roots[y] {
				continue
			}
			ok, ps := ix.verify(uint32(x), uint32(y))
			aok, aps := aix.verify(uint32(i), uint32(j))
			var shared []string
			A, B := ix.anchorList(uint32(x)), ix.anchorList(uint32(y))
			forShared(A, B, func(k, _ int) bool {
				df, _ := ix.df(A[k])
				b := int(ix.bg.anchors.get(A[k]))
				ad, _ := aix.df(A[k])
				shared = append(shared, fmt.Sprintf("%d/%d/%d", df-b, ad-b, b))
				return true
			})
			out = append(out, fmt.Sprintf("  %s+%s: run %v %q (shared %d, rare %d, cos %.2f) alone %v %q (shared %d, rare %d, cos %.2f); run/alone/background %s",
				evRecs[i].ID, evRecs[j].ID, ok, joinRule(ok, &ps), ps.shared, ps.rare, ps.cosine, aok, joinRule(aok, &aps), aps.shared, aps.rare, aps.cosine, strings.Join(shared, " ")))
		}
	}
	return out
}

// storiesAsTexts groups the stories recs form in their batch as texts
// alone, each story's members' texts in one (ID order, the first member's
// title and day), and returns how many stories those texts form
// (PAIRLINKS=1 diagnostics: whether a story-level verdict as among a
// million would join the parts).
func storiesAsTexts(t *testing.T, recs []corpusRecord, bg *Background) int {
	texts, _ := storyTexts(recs, groupCorpus(t, recs, bg))
	return storyCount(texts, groupCorpus(t, texts, bg))
}

// storyTexts returns the stories of st (story by record ID) as texts, each
// its members' texts in one (ID order, the first member's title and day),
// and the members' events by story.
func storyTexts(recs []corpusRecord, st map[string]string) ([]corpusRecord, []map[string]int) {
	recs, _ = byID(recs)
	var texts []corpusRecord
	var votes []map[string]int
	at := map[string]int{}
	for _, r := range recs {
		k, ok := at[st[r.ID]]
		if !ok {
			k = len(texts)
			at[st[r.ID]] = k
			c := r
			c.ID = fmt.Sprintf("story-%03d", k)
			texts = append(texts, c)
			votes = append(votes, map[string]int{})
		} else {
			texts[k].Text += "\n\n" + r.Text
		}
		votes[k][r.Cluster]++
	}
	return texts, votes
}

// storyTextPairs groups the stories of recs' run (st) pairwise as texts
// alone (storyTexts) and counts the pairs of stories that join: of one
// event (both stories' majority event the same) or of two (PAIRLINKS=1
// diagnostics: what a story-level verdict as among a million would join in
// the one run).
func storyTextPairs(t *testing.T, recs []corpusRecord, st map[string]string, bg *Background) (same, other int, names []string) {
	texts, votes := storyTexts(recs, st)
	major := make([]string, len(texts))
	for k, v := range votes {
		best := 0
		for _, e := range slices.Sorted(maps.Keys(v)) {
			if v[e] > best {
				major[k], best = e, v[e]
			}
		}
	}
	for i := range texts {
		for j := i + 1; j < len(texts); j++ {
			g := groupCorpus(t, []corpusRecord{texts[i], texts[j]}, bg)
			if g[texts[i].ID] != g[texts[j].ID] {
				continue
			}
			if major[i] == major[j] {
				same++
			} else {
				other++
				names = append(names, major[i]+"+"+major[j])
			}
		}
	}
	return same, other, names
}
