package group

import (
	"crosswire/internal/clusterq"
	"fmt"
	"hash/crc32"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The held-out kind of issue 14's seventh round: real event coverage with
// about eleven independent reports of each event, two different events of
// one kind per topic, where none of the events formed one story when its
// reports were grouped alone. Its dev reproduction: the stories of
// meter-showbiz (wire takes and papers; also the papers of one story
// alone), the English events of mmds2025-dev with at least three English
// reports, each grouped alone and all in one run, and pairs of different
// stories of one subject (any two of their articles sharing
// MinSharedAnchors anchors: two days of one band's news, two mmds events
// naming one minister) grouped together, which must stay apart. And the
// stories of meter-showbiz as text alone (textOnly: no wire header, no
// publication time, no outlet), the closest dev kind: up to 23 versions of
// one event whose names every version holds, joined by nothing but text.

// pairARI is the adjusted Rand index and pairwise precision and recall
// of a story assignment against the records' clusters.
func pairARI(recs []corpusRecord, story map[string]string) (ari, precision, recall float64) {
	pred, truth := make([]string, len(recs)), make([]string, len(recs))
	for i, r := range recs {
		pred[i], truth[i] = story[r.ID], r.Cluster
	}
	q := clusterq.Evaluate(pred, truth)
	return q.ARI, q.PairwisePrecision, q.PairwiseRecall
}

// reportSets returns the sets of a corpus to group alone, by cluster.
type reportSets struct {
	name string
	sets map[string][]corpusRecord
	// floorWhole is how many sets must form one story alone; maxMerged how
	// many pairs of sets of one subject may merge when grouped together.
	floorWhole, maxMerged int
	floorARI              float64
}

// manyReportSets builds the reproduction's sets from the shared corpora.
func manyReportSets(t *testing.T) []reportSets {
	meter := cleaned(readCorpus(t, "meter-showbiz.jsonl"))
	mmds := readCorpus(t, "mmds2025-dev.jsonl")
	all := map[string][]corpusRecord{}
	for _, r := range meter {
		all[r.Cluster] = append(all[r.Cluster], r)
	}
	textAll := map[string][]corpusRecord{}
	for _, r := range textOnly(readCorpus(t, "meter-showbiz.jsonl")) {
		textAll[r.Cluster] = append(textAll[r.Cluster], r)
	}
	// the takes' headers without their stamps (wireStamp): the header a
	// copy saved without its transmission time keeps (clean reads it as a
	// stampless header, wireundated.go joins its series)
	stampless := map[string][]corpusRecord{}
	for _, r := range readCorpus(t, "meter-showbiz.jsonl") {
		r.Text = wireStamp.ReplaceAllString(r.Text, "$1")
		stampless[r.Cluster] = append(stampless[r.Cluster], cleaned([]corpusRecord{r})...)
	}
	papers := map[string][]corpusRecord{}
	for _, r := range meter {
		if r.Outlet != "PA" {
			papers[r.Cluster] = append(papers[r.Cluster], r)
		}
	}
	english, events := map[string][]corpusRecord{}, map[string][]corpusRecord{}
	for _, r := range mmds {
		if strings.HasPrefix(r.Cluster, "single-") {
			continue
		}
		events[r.Cluster] = append(events[r.Cluster], r)
		if language(r) == "en" {
			english[r.Cluster] = append(english[r.Cluster], r)
		}
	}
	keep := func(m map[string][]corpusRecord, n int) map[string][]corpusRecord {
		for k, g := range m {
			if len(g) < n {
				delete(m, k)
			}
		}
		return m
	}
	// floors: the figures measured with rarity by stories (storyrare.go), less
	// a margin; before it meter stories 48 of 60 whole alone, one run 0.906,
	// meter papers 27 of 37
	return []reportSets{
		// meter stories 57 → 59 of 60 at session 20 (named.go): floor 47 → 58
		{name: "meter stories", sets: keep(all, 2), floorWhole: 58, maxMerged: 8, floorARI: 0.92},
		{name: "meter papers", sets: keep(papers, 2), floorWhole: 26, maxMerged: 8, floorARI: 0.85},
		{name: "mmds English events (≥ 3 reports)", sets: keep(english, 3), floorWhole: 3, maxMerged: 3, floorARI: 0.50},
		{name: "mmds events (≥ 3 reports, any language)", sets: keep(events, 3), floorWhole: 9, maxMerged: 5, floorARI: 0.70},
		// the wire story's takes and papers without headers, dates or
		// outlets: 43 of 60 whole alone, one run 0.787 before rarity by
		// stories in the rare-anchor rule, 0.836 after; 0.819 with capitals
		// headlines read as words, 0.837 with titles and weighed leads
		// (headlinesShareTitles, eachToldWeighed), 0.845 once a lone
		// article joining by core evidence must name a member's lead's
		// who (corewho.go, session 17); 0.869 and 47 at session 17's end,
		// 0.881 and 49 at session 18's (retold.go, thinsupport.go, a
		// brief's who asked of titled briefs only: asked of untitled
		// texts it cost 0.011 here, unseen under the old floor); 0.914
		// at session 19 (the story-rarity pass's topic rule revisits
		// pairs rare by articles: a take and its substitute's pages,
		// storyrare.go); 52 of 60 whole alone and 0.917 at session 20 (a
		// short lone article joins the story of two or more reports
		// holding half its names' background weight, named.go): floor
		// 47 → 51
		// 53 of 60 and 0.929 at session 21 (a short lone page quoting a
		// report's statement, quotedfragment.go): floor 51 → 52
		{name: "meter stories as text only", sets: keep(textAll, 2), floorWhole: 52, maxMerged: 9, floorARI: 0.89},
		// the takes' headers without stamps: 52 of 60, one run 0.876 with
		// the header line read as the title; 52 and 0.904 once clean reads
		// it as a header, 54 and 0.911 with the undated series joined
		// (session 21)
		{name: "meter stories, headers without stamps", sets: keep(stampless, 2), floorWhole: 53, maxMerged: 9, floorARI: 0.89},
	}
}

// wireStamp matches a wire header's time and date stamp ("16:54
// 01/03/00: ") at the start of a line, keeping the line's indentation.
var wireStamp = regexp.MustCompile(`(?m)^([ \t]*)\d{1,2}:\d{2} \d{2}/\d{2}/\d{2}:[ \t]*`)

// TestManyReportsAlone groups each set alone, all sets of a corpus in one
// run, and every pair of sets of one subject together, and logs how many
// form one story, the one run's ARI, and how many pairs merge.
func TestManyReportsAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, tc := range manyReportSets(t) {
		t.Run(tc.name, func(t *testing.T) {
			keys := slices.Sorted(func(yield func(string) bool) {
				for k := range tc.sets {
					if !yield(k) {
						return
					}
				}
			})
			var everything []corpusRecord
			whole := 0
			var split []string
			for _, k := range keys {
				g := tc.sets[k]
				everything = append(everything, g...)
				alone := groupCorpus(t, g, nil)
				stories := map[string]bool{}
				for _, r := range g {
					stories[alone[r.ID]] = true
				}
				if len(stories) == 1 {
					whole++
				} else {
					split = append(split, k)
					// SPLITS=1: what the pair rules saw in each split set
					if os.Getenv("SPLITS") != "" {
						t.Logf("%s split alone:\n%s", k, strings.Join(aloneEvidence(t, g), "\n"))
					}
				}
			}
			ari, p, r := pairARI(everything, groupCorpus(t, everything, nil))
			// pairs of sets of one subject: two of their articles share
			// MinSharedAnchors anchors
			anchors := map[string][]uint32{}
			for _, rec := range everything {
				a := rec.article()
				anchors[rec.ID] = NewFingerprint(&a).Anchors
			}
			merged, pairs := 0, 0
			var mergedNames []string
			for i, ka := range keys {
				for _, kb := range keys[i+1:] {
					if !oneSubject(tc.sets[ka], tc.sets[kb], anchors) {
						continue
					}
					pairs++
					two := append(slices.Clone(tc.sets[ka]), tc.sets[kb]...)
					st := groupCorpus(t, two, nil)
					inA := map[string]bool{}
					for _, rec := range tc.sets[ka] {
						inA[st[rec.ID]] = true
					}
					for _, rec := range tc.sets[kb] {
						if inA[st[rec.ID]] {
							merged++
							mergedNames = append(mergedNames, ka+"+"+kb)
							break
						}
					}
				}
			}
			t.Logf("%s: %d of %d whole alone (split: %s); one run of %d articles ARI %.3f (P %.3f, R %.3f); pairs of one subject merged %d of %d: %s",
				tc.name, whole, len(keys), strings.Join(split, " "), len(everything), ari, p, r, merged, pairs, strings.Join(mergedNames, " "))
			if whole < tc.floorWhole {
				t.Errorf("%s: %d of %d sets one story alone; want ≥ %d", tc.name, whole, len(keys), tc.floorWhole)
			}
			if ari < tc.floorARI {
				t.Errorf("%s: one run ARI %.3f; want ≥ %.2f", tc.name, ari, tc.floorARI)
			}
			if merged > tc.maxMerged {
				t.Errorf("%s: %d of %d pairs of one subject merged; want ≤ %d", tc.name, merged, pairs, tc.maxMerged)
			}
		})
	}
}

// oneSubject reports whether two sets have articles sharing
// MinSharedAnchors anchors.
func oneSubject(a, b []corpusRecord, anchors map[string][]uint32) bool {
	for _, x := range a {
		for _, y := range b {
			n := 0
			forShared(anchors[x.ID], anchors[y.ID], func(int, int) bool { n++; return true })
			if n >= MinSharedAnchors {
				return true
			}
		}
	}
	return false
}

// textOnly returns the records cleaned as check cleans them and then read
// as text alone: the cleaned headline and body, no wire header, no
// publication time, no outlet — a wire story's takes and papers as a
// reader's pasted reports of one event (the held-out kind: many reports
// whose names every report holds, with no header to join them).
func textOnly(recs []corpusRecord) []corpusRecord {
	out := make([]corpusRecord, len(recs))
	for i, r := range cleaned(slices.Clone(recs)) {
		a := r.article()
		r.Title, r.Text, r.cleaner = a.Title, a.Text, nil
		out[i] = r
	}
	return out
}

// aloneEvidence groups a set alone and says, for each pair of articles in
// different stories, the best evidence it had: shared anchors (own count
// in the batch / background count / weight, by weight), the rare ones by
// articles and by stories (the background's count plus the number of
// stories holding it within rareDF), anchor and topic cosine, and the
// leads (each told, one told, agree, other days, events untold).
func aloneEvidence(t testing.TB, recs []corpusRecord) []string {
	t.Helper()
	recs, arts := byID(recs)
	ix, roots := partitionIndex(t, arts, resolveBackground(nil))
	holders := map[uint32]map[uint32]bool{}
	for i := range arts {
		for _, x := range ix.full[i] {
			if holders[x] == nil {
				holders[x] = map[uint32]bool{}
			}
			holders[x][roots[i]] = true
		}
	}
	bgDF := func(x uint32) int {
		if ix.bg == nil {
			return 0
		}
		return int(ix.bg.anchors.get(x))
	}
	rd := ix.rareDF()
	var out []string
	for i := range arts {
		out = append(out, fmt.Sprintf("  story %d: %s %s", roots[i], arts[i].ID, language(recs[i])))
	}
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			if roots[i] == roots[j] {
				continue
			}
			a, b := uint32(i), uint32(j)
			ok, ps := ix.verify(a, b)
			topic := 0.0
			if ix.topics != nil {
				topic = ix.topicCosine(a, b, &ps)
			}
			type sh struct {
				s string
				w float64
			}
			var shared []sh
			storyRare := 0
			forShared(ix.full[a], ix.full[b], func(x, _ int) bool {
				fp := ix.full[a][x]
				w := ix.weight(fp)
				own := int(ix.frozenOwn[fp])
				mark := ""
				if bgDF(fp)+len(holders[fp]) <= rd {
					storyRare++
					mark = "*"
				}
				shared = append(shared, sh{fmt.Sprintf("%d/%d/%.1f%s", own, bgDF(fp), w, mark), w})
				return true
			})
			slices.SortFunc(shared, func(x, y sh) int { return cmpFloat(y.w, x.w) })
			var ss []string
			for _, s := range shared {
				ss = append(ss, s.s)
			}
			la, lb := &ix.leads[a], &ix.leads[b]
			untold := ix.readsArticles() && ix.eventsUntold(a, b)
			out = append(out, fmt.Sprintf("  %s+%s: verified %v, %d shared, %d rare, %d rare by stories, cosine %.2f, topic %.2f, J %.2f C %.2f; leads each told %v, one told %v, agree %v, other days %v, events untold %v; own/bg/weight (* rare by stories) %s",
				arts[i].ID, arts[j].ID, ok, ps.shared, ps.rare, storyRare, ps.cosine, topic, ps.jaccard, ps.containment,
				eachTold(la, lb, ix.full[a], ix.full[b]), leadTold(la, lb, ix.full[a], ix.full[b]),
				leadsAgree(la, lb, ix.full[a], ix.full[b], ix.notCommon), otherDay(la.day, lb.day), untold, strings.Join(ss, " ")))
		}
	}
	return out
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TestTextOnlyHalves groups meter-showbiz as text only (textOnly) in one
// run on each half of its stories (CRC-32 of the label even / odd, as the
// bench's halves) and logs the ARI of each: a rule fitted to some stories
// shows on the other half.
func TestTextOnlyHalves(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	recs := textOnly(readCorpus(t, "meter-showbiz.jsonl"))
	for h := range 2 {
		var part []corpusRecord
		for _, r := range recs {
			if int(crc32.ChecksumIEEE([]byte(r.Cluster))%2) == h {
				part = append(part, r)
			}
		}
		ari, p, r := pairARI(part, groupCorpus(t, part, nil))
		t.Logf("meter as text only, half %d (%d articles): ARI %.3f (P %.3f, R %.3f)", h, len(part), ari, p, r)
		// 0.755 and 0.876 before rarity by stories in the rare-anchor
		// rule, 0.843 and 0.876 after (the gain is the even half's); 0.834
		// and 0.885 with capitals headlines read as words, 0.863 and 0.885
		// with titles and weighed leads; 0.885 and 0.917 at session 18,
		// 0.938 and 0.917 at session 19 (storyrare.go: the topic rule
		// revisits pairs rare by articles), 0.975 and 0.917 at session 21
		// (quotedfragment.go)
		if floor := [2]float64{0.92, 0.89}[h]; ari < floor {
			t.Errorf("meter as text only, half %d: ARI %.3f < %.2f", h, ari, floor)
		}
	}
}
