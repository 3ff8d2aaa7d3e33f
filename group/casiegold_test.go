package group

import (
	"bufio"
	"crosswire"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

// The read gold of issue 14's held-out kind on text nobody tuned on: events
// covered by several outlets in casie-cyber-news.jsonl, each label decided
// by reading the articles (testdata/casie-events-gold.tsv: id, event,
// affair, kind, note; no article text; built with casie-gold-select.py as
// the candidate finder, seed 14). Events of one affair are follow-ups of
// one another (the later indictment, the post-mortem a week on); events of
// one kind are the hard negatives (two cities' ransomware attacks, two
// flaws of one product). Every measure uses the shipped background less
// all 1,000 CASIE articles, as a held-out collection is not in it.

// casieEvent is one event of the CASIE read gold.
type casieEvent struct {
	name, affair, kind string
	recs               []corpusRecord
}

// casieGold reads the gold and the CASIE articles: the gold's articles
// (Cluster = event), its events in file order, and all the articles.
func casieGold(t testing.TB) (gold []corpusRecord, events []*casieEvent, all []corpusRecord) {
	t.Helper()
	all = readCorpus(t, "casie-cyber-news.jsonl")
	byID := make(map[string]corpusRecord, len(all))
	for _, r := range all {
		byID[r.ID] = r
	}
	f, err := os.Open("testdata/casie-events-gold.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	index := map[string]*casieEvent{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) != 5 {
			t.Fatalf("casie gold: %q: want 5 columns", line)
		}
		r, ok := byID[col[0]]
		if !ok {
			t.Fatalf("casie gold: %s not in casie-cyber-news.jsonl", col[0])
		}
		r.Cluster = col[1]
		ev := index[col[1]]
		if ev == nil {
			ev = &casieEvent{name: col[1], affair: col[2], kind: col[3]}
			index[col[1]] = ev
			events = append(events, ev)
		}
		ev.recs = append(ev.recs, r)
		gold = append(gold, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return gold, events, all
}

// setDated gives the records of the events and of each set their
// publication days (dated) or not.
func setDated(dated bool, events []*casieEvent, sets ...[]corpusRecord) {
	for _, ev := range events {
		sets = append(sets, ev.recs)
	}
	for _, recs := range sets {
		for i := range recs {
			recs[i].dated = dated
		}
	}
}

// storyCount is how many stories the records fall into.
func storyCount(recs []corpusRecord, story map[string]string) int {
	seen := map[string]bool{}
	for _, r := range recs {
		seen[story[r.ID]] = true
	}
	return len(seen)
}

// storiesMeet reports whether a story holds records of both sets.
func storiesMeet(a, b []corpusRecord, story map[string]string) bool {
	inA := map[string]bool{}
	for _, r := range a {
		inA[story[r.ID]] = true
	}
	return slices.ContainsFunc(b, func(r corpusRecord) bool { return inA[story[r.ID]] })
}

// TestCASIEEventsGold measures grouping of independent English reports on
// the read gold: (a) all gold articles in one run; (b) each event with two
// or more reports grouped alone, and whether it forms the stories it forms
// inside the whole file; (c) each pair of events of one affair or one kind
// grouped together; (d) the gold articles inside the whole 1,000-article
// file. It asserts today's figures as floors (SPLITS=1 logs what the pair
// rules saw in each event split alone).
func TestCASIEEventsGold(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	// floors: the figures measured when the gold was added (main at
	// bd4dcd0; dated: at pairrare.go's addition), raised at detail.go's
	// addition (twelfth round, alone vs inside the file), not to fall; see
	// group/NOTEBOOK.md, CASIE events (read gold)
	for _, tc := range []struct {
		name  string
		dated bool
		floor casieFigures
	}{
		// raised by one statement quoted alike (quoted.go, session 10):
		// two events' reports join alone (undated and dated), and the
		// undated one run and the whole file gain
		// raised by the day rule asking occasionApart and by the
		// texts' dates standing in for publication times (leaddate.go,
		// session 13): one affair's follow-ups on the same weekday, and
		// a clinic's attack and a state agency's of a month later, apart
		// lowered by undated lone articles joining their late pair before
		// the cores (joinLoneQuoted, session 13): one more pair of one
		// kind merges as a pair (11 → 12), a report of an affair's later
		// occasion joining the core of the event's two reports that the
		// day rule's refusal had left alone; the kinds in one run gain
		// (TestCASIEManyReports: 0.637 → 0.687)
		// raised by a lone article's core-evidence join asking the
		// story's members for another occasion's figures (core.go
		// otherOccasion, session 14): an affair's follow-up apart from
		// the first report's story (one run 0.7796 → 0.7839, file
		// 0.6734 → 0.6754)
		// lowered by amounts read once (text.AmountAt, session 14): a
		// company's filing and the indictment of its intruders (one
		// affair) share a sum written "$350m" and "$350 million" and
		// merge in the one run (0.7796 → 0.7774; dated 0.8645 → 0.8622);
		// both merged: 0.7818, file 0.6754
		// raised by codes of one scheme (codes.go, session 15): reports
		// that each write codes of one scheme and none in common (two
		// flaws of one product, of two web servers, of two forum
		// products) apart: one run 0.7818 → 0.7872, the whole file
		// 0.6754 → 0.6807, kind merges 11 → 7; dated 0.8622 → 0.8657,
		// 0.8218 → 0.8253, kind merges 3 → 2
		// raised by the protagonist rule without publication times
		// (protagonist.go, session 16): an undated pair from two known
		// outlets, one lead told in the other report, leads not naming
		// only different events, joins by the rare protagonist both
		// headlines name — one run 0.7872 → 0.7928, the whole file
		// 0.6807 → 0.7035, whole alone 79 → 81 (a lab firm's and a
		// university's two reports); merges unchanged
		// raised by the months a lead names (leadmonth.go, session 17):
		// leads whose months are two or more apart part a pair, two
		// stories' cores and an edge between two stories — one run
		// 0.7928 → 0.7950, the whole file 0.7035 → 0.7100, one affair's
		// merges 25 → 23 (a firm's July and October advisories, a
		// vendor's October and December bundles)
		// raised by stories joined by many thin links (thinsupport.go,
		// session 18): two stories most of whose reports each share a
		// rare name and a lead event with the other, at the low floor,
		// join — a hospital ransom's 2 + 3 whole alone (81 → 82, as in
		// the file 77 → 78), the whole file 0.7100 → 0.7255 (events'
		// parts inside the file); one run and merges unchanged
		// raised by one count of one thing (count.go, session 21): two
		// two-report events join alone (83 → 85), the one run 0.7950 →
		// 0.8016 and the whole file 0.7752 → 0.7805 gain (precision
		// too), merges unchanged; alone as inside the file 78 → 77 —
		// one of the two (an attribution's two reports) the whole file
		// still splits, each joined there with another report of its
		// affair: the alone grouping is the gold's, the file's is not
		// raised by a lone report thin-linked to many reports of one
		// story (lonethin.go, session 22): a phishing wave's report that
		// its twelve other reports' story left alone in the run joins it
		// (two or more of them each share its who and what), and the
		// wave's explainer then tells half its story's names — the wave
		// whole in the one run as alone (one run 0.8016 → 0.8414, P .828
		// → .839, R .780 → .846; the whole file 0.7805 → 0.7995); alone,
		// as in the file and merges unchanged
		{"undated", false, casieFigures{ari: 0.841, fileARI: 0.799, whole: 85, asFile: 77, affairMerged: 23, kindMerged: 7}},
		// dated: raised by the URL's day (pubday.go); alone as inside the
		// file 78 → 76 as a date-only day's weekdays stopped reaching the
		// next day (eventday.go) and the URL's day set wrong days right:
		// three events' reports alone join where the whole file still
		// splits them by rarity (group/NOTEBOOK.md, twelfth round, dated
		// splits)
		// raised by one rare protagonist in both headlines (protagonist.go,
		// session 11): three events' reports join alone, and the one run,
		// the whole file and alone as inside it gain
		// raised by the topic rule within two days (neartopic.go,
		// session 12): three events' reports join alone (81 → 84); alone
		// as inside the file 82 → 80, as the whole file still splits
		// them — its counts make a shared name common and weigh the
		// pairs' event words lower (the batch's veto, group/NOTEBOOK.md
		// session 12)
		// raised by stories that two or more of each other's reports
		// verify with within two days (support.go, session 12): one
		// event's two parts join in the one run and the whole file
		// raised by rarity within an event's days (windowrare.go,
		// session 13): dated pairs the batch's count refused, judged as
		// the pair alone counts their names — one run 0.8540 → 0.8634,
		// the whole file 0.7873 → 0.8206, alone as inside it 80 → 81;
		// one more pair of one affair merges (10 → 11: the event grown
		// whole draws a follow-up seven days older into its core)
		// raised by the day rule asking occasionApart (session 13): the
		// worm's outbreak and an attribution, one weekday in both leads,
		// apart by their figures; both merged: one run 0.8645, the whole
		// file 0.8218, one affair's merges 9
		// lowered by amounts read once (session 14, above): 0.862
		// raised by codes of one scheme (session 15, above): 0.865
		// raised by angle pieces (angle.go, session 15): a report on one
		// side of the worm's outbreak joins its story by the headline's
		// who, inside the file and alone, the pieces kept out of the
		// story's core (the whole file 0.8253 → 0.8451, alone as inside
		// it 81 → 82; one affair's merges stay 9)
		// raised by one count of one thing (count.go, session 21): the
		// same two events join alone (84 → 86), the one run 0.8657 →
		// 0.8765, the whole file 0.8451 → 0.8532, merges unchanged;
		// alone as inside the file 82 → 81 (the attribution, as above)
		{"dated", true, casieFigures{ari: 0.876, fileARI: 0.853, whole: 86, asFile: 81, affairMerged: 9, kindMerged: 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := measureCASIE(t, tc.dated)
			f := tc.floor
			if got.ari < f.ari {
				t.Errorf("one run ARI %.3f; want ≥ %.3f", got.ari, f.ari)
			}
			if got.fileARI < f.fileARI {
				t.Errorf("ARI inside the whole file %.3f; want ≥ %.3f", got.fileARI, f.fileARI)
			}
			if got.whole < f.whole {
				t.Errorf("%d events one story alone; want ≥ %d", got.whole, f.whole)
			}
			if got.asFile < f.asFile {
				t.Errorf("%d events grouped alone as inside the whole file; want ≥ %d", got.asFile, f.asFile)
			}
			if got.affairMerged > f.affairMerged || got.kindMerged > f.kindMerged {
				t.Errorf("pairs merged: one affair %d, one kind %d; want ≤ %d and ≤ %d", got.affairMerged, got.kindMerged, f.affairMerged, f.kindMerged)
			}
		})
	}
}

// casieFigures are TestCASIEEventsGold's measures: (a) one run's ARI, (d)
// the gold's ARI inside the whole file, (b) events whole alone and grouped
// alone as inside the file, (c) pairs of events of one affair and of one
// kind that merge.
type casieFigures struct {
	ari, fileARI             float64
	whole, asFile            int
	affairMerged, kindMerged int
}

// measureCASIE measures the read gold, with the corpus's publication days
// given to the grouper when dated is set (the 14-day and 48-hour rules
// then apply).
func measureCASIE(t *testing.T, dated bool) casieFigures {
	gold, events, all := casieGold(t)
	setDated(dated, events, gold, all)
	arts := make([]*crosswire.Article, len(all))
	for i, r := range all {
		a := r.article()
		arts[i] = &a
	}
	bg := DefaultBackground().Without(arts...)
	// (a) one run over the gold
	one := groupCorpus(t, gold, bg)
	ari, p, r := pairARI(gold, one)
	t.Logf("(a) one run: %d articles, %d events, %d stories; ARI %.4f (P %.3f, R %.3f)",
		len(gold), len(events), storyCount(gold, one), ari, p, r)
	casieRefusedPairs(t, gold, events, bg)

	// (d) the gold inside the whole file
	file := groupCorpus(t, all, bg)
	fileARI, fp, fr := pairARI(gold, file)
	t.Logf("(d) inside the whole file (%d articles): gold ARI %.4f (P %.3f, R %.3f), %d stories",
		len(all), fileARI, fp, fr, storyCount(gold, file))
	casieRefusedPairs(t, labelled(all, gold), events, bg)
	// by even and odd events (file order; pairs within the half: a merge
	// of an even and an odd event shows in neither): a change that lifts
	// one half only is noise
	for half, name := range []string{"even", "odd"} {
		var sub []corpusRecord
		for i, ev := range events {
			if i%2 == half {
				sub = append(sub, ev.recs...)
			}
		}
		a1, p1, r1 := pairARI(sub, one)
		a2, p2, r2 := pairARI(sub, file)
		t.Logf("(a/d) %s events: one run ARI %.4f (P %.3f, R %.3f); inside the whole file %.4f (P %.3f, R %.3f)", name, a1, p1, r1, a2, p2, r2)
	}

	// (b) each event alone
	multi, whole, asFile, wholeInFile := 0, 0, 0, 0
	var multiHalf, wholeHalf [2]int
	var split []string
	for evIndex, ev := range events {
		if len(ev.recs) < 2 {
			continue
		}
		multi++
		multiHalf[evIndex%2]++
		alone := groupCorpus(t, ev.recs, bg)
		ids := make([]string, len(ev.recs))
		for i, rec := range ev.recs {
			ids[i] = rec.ID
		}
		if samePartition(ids, alone, file) {
			asFile++
		}
		if storyCount(ev.recs, file) == 1 {
			wholeInFile++
		}
		if n := storyCount(ev.recs, alone); n == 1 {
			whole++
			wholeHalf[evIndex%2]++
		} else {
			split = append(split, fmt.Sprintf("%s (%d reports, %d stories)", ev.name, len(ev.recs), n))
			if os.Getenv("SPLITS") != "" {
				t.Logf("%s split alone:\n%s", ev.name, strings.Join(splitPairs(t, ev.recs, bg), "\n"))
			}
		}
	}
	t.Logf("(b) alone: %d of %d events one story (inside the whole file %d); %d grouped alone as inside the file; split: %s",
		whole, multi, wholeInFile, asFile, strings.Join(split, ", "))
	t.Logf("(b) by halves: even events %d of %d one story alone, odd %d of %d", wholeHalf[0], multiHalf[0], wholeHalf[1], multiHalf[1])

	// (c) pairs of events of one affair or one kind, grouped together
	affairPairs, affairMerged, kindPairs, kindMerged := 0, 0, 0, 0
	var mergedNames []string
	for i, a := range events {
		for _, b := range events[i+1:] {
			sameAffair := a.affair == b.affair
			if !sameAffair && a.kind != b.kind {
				continue
			}
			two := append(slices.Clone(a.recs), b.recs...)
			met := storiesMeet(a.recs, b.recs, groupCorpus(t, two, bg))
			if sameAffair {
				affairPairs++
			} else {
				kindPairs++
			}
			if !met {
				continue
			}
			if sameAffair {
				affairMerged++
				mergedNames = append(mergedNames, a.name+"+"+b.name+" (affair)")
			} else {
				kindMerged++
				mergedNames = append(mergedNames, a.name+"+"+b.name+" (kind)")
			}
		}
	}
	t.Logf("(c) pairs merged: one affair %d of %d, one kind %d of %d: %s",
		affairMerged, affairPairs, kindMerged, kindPairs, strings.Join(mergedNames, ", "))

	return casieFigures{ari: ari, fileARI: fileARI, whole: whole, asFile: asFile, affairMerged: affairMerged, kindMerged: kindMerged}
}

// casieRefusedPairs logs, with PAIRS=1, what rarity by the background alone
// would add inside a batch (the gold in one run, or the whole file): each
// pair of gold articles in different stories that the batch's verify
// refuses is scored as the pair alone scores it (aloneScore: a shared name
// the background saw at most rareDF−2 times is rare, however many of the
// batch's articles hold it), and the
// pairs the rare-anchor rule would then join (MinSharedRare rare at
// EdgeAnchorCosineLow), under each of the batch's lead guards, are counted
// by whether the two are one event, one affair (follow-ups), one kind or
// unrelated. It measures the idea of weighing a shared name by the
// background's rarity instead of the batch's (group/NOTEBOOK.md, CASIE
// recall).
func casieRefusedPairs(t *testing.T, recs []corpusRecord, events []*casieEvent, bg *Background) {
	if os.Getenv("PAIRS") == "" {
		return
	}
	evOf := map[string]*casieEvent{}
	for _, ev := range events {
		evOf[ev.name] = ev
	}
	recs, arts := byID(recs)
	ix, roots := partitionIndex(t, arts, resolveBackground(bg))
	tally := map[string]int{}
	for i := range recs {
		for j := i + 1; j < len(recs); j++ {
			ci, cj := recs[i].Cluster, recs[j].Cluster
			if roots[i] == roots[j] || ci == "" || cj == "" {
				continue
			}
			a, b := uint32(i), uint32(j)
			ok, batch := ix.verify(a, b)
			if ok || batch.sameOutlet || batch.sameSlug || batch.gap > MaxGapHours || ix.cjk[a] != ix.cjk[b] {
				continue
			}
			alone := ix.aloneScore(ix.anchorList(a), ix.anchorList(b))
			if alone.shared < MinSharedAnchors || alone.rare < MinSharedRare || alone.cosine < EdgeAnchorCosineLow*anchorScale(batch.gap) {
				continue
			}
			cat := pairCategory(evOf, ci, cj)
			la, lb := &ix.leads[a], &ix.leads[b]
			agree := leadsAgree(la, lb, ix.full[a], ix.full[b], ix.notCommon)
			event := ix.sameLeadEvent(a, b)
			told := eachTold(la, lb, ix.full[a], ix.full[b]) && !otherDay(la.day, lb.day)
			for _, g := range []struct {
				name string
				ok   bool
			}{
				{"no lead guard", true},
				{"lead event in common", event},
				{"leads agree", agree},
				{"leads agree, lead event in common", agree && event},
				{"storyRareEdge's guards (agree, event, each told, no other day)", agree && event && told},
				{"lead event in common, figures agree", event && shareFigures(ix.full[a], ix.full[b])},
				{"lead event in common, one lead told", event && leadTold(la, lb, ix.full[a], ix.full[b])},
			} {
				if g.ok {
					tally[g.name+": "+cat]++
				}
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(tally)) {
		t.Logf("  refused in the batch, joined by rarity alone — %s %d", k, tally[k])
	}
}

// labelled returns the records with the gold's events as clusters (none
// for articles outside the gold).
func labelled(all, gold []corpusRecord) []corpusRecord {
	event := make(map[string]string, len(gold))
	for _, g := range gold {
		event[g.ID] = g.Cluster
	}
	out := slices.Clone(all)
	for i := range out {
		out[i].Cluster = event[out[i].ID]
	}
	return out
}

// byID returns the records sorted by ID and their articles, as
// partitionIndex's callers give them.
func byID(recs []corpusRecord) ([]corpusRecord, []crosswire.Article) {
	recs = slices.Clone(recs)
	slices.SortFunc(recs, func(a, b corpusRecord) int { return strings.Compare(a.ID, b.ID) })
	arts := make([]crosswire.Article, len(recs))
	for i, r := range recs {
		arts[i] = r.article()
	}
	return recs, arts
}

// pairCategory names how two gold events relate: one event, one affair
// (follow-ups of one story on other occasions), one kind, or different.
func pairCategory(evOf map[string]*casieEvent, ci, cj string) string {
	switch {
	case ci == cj:
		return "one event"
	case evOf[ci].affair == evOf[cj].affair:
		return "one affair"
	case evOf[ci].kind == evOf[cj].kind:
		return "one kind"
	}
	return "different"
}
