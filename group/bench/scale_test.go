package bench

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"crosswire/group"
)

// scaleBase reads every shared English corpus as one reprint base: the
// BBC and CASIE articles, METER's wire and paper texts, the English
// articles of mmds-dev (the bbc-mt-catalan originals are BBC articles
// already in it). IDs are prefixed with the corpus so they stay apart.
// Gold maps a base ID to its labelled story (METER's stories, mmds's
// events, and CASIE's events by the read gold, ../testdata/casie-events-
// gold.tsv, casieReadGold: the corpus file labels no CASIE story, and
// reports of one event are one story): their texts are versions of one
// story, not bases of their own. A CASIE report the read gold does not
// cover stays a story of its own.
func scaleBase(t testing.TB) (base []Record, gold map[string]string) {
	t.Helper()
	gold = map[string]string{}
	casieEvent, _ := casieReadGold(t)
	for _, f := range []string{"bbc-news-2225.jsonl", "casie-cyber-news.jsonl", "meter-showbiz.jsonl", "mmds2025-dev.jsonl"} {
		if only := os.Getenv("SCALE_CORPORA"); only != "" && !strings.Contains(only, f[:4]) {
			continue // diagnostics: a part of the base (e.g. "mete,mmds")
		}
		recs, err := ReadRecords(sharedData(t, f), f != "mmds2025-dev.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			if r.Cleaned != nil {
				if r.Cleaned.Language != "en" {
					continue
				}
				r.Cleaned = nil
			}
			r.ID = strings.TrimSuffix(f, ".jsonl")[:4] + "-" + r.ID
			if r.Cluster != "" && !strings.HasPrefix(r.Cluster, "single-") {
				gold[r.ID] = f + ":" + r.Cluster
			}
			if e, ok := casieEvent[strings.TrimPrefix(r.ID, "casi-")]; ok && strings.HasPrefix(r.ID, "casi-") {
				gold[r.ID] = f + ":" + e
			}
			r.Cluster, r.Published = "", ""
			base = append(base, r)
		}
	}
	return base, gold
}

// TestReprintsScale runs the reprint benchmark at the scale where
// follow-ups of one affair chain: every base article of every shared
// English corpus gets one to eight versions (≈ 20,000 articles). Its base
// is the corpora the shipped background is built from, so it is measured
// with no background (the collection's own frequencies). Set SCALE=1.
func TestReprintsScale(t *testing.T) {
	if os.Getenv("SCALE") == "" {
		t.Skip("set SCALE=1 (≈ 20,000 articles, minutes)")
	}
	base, gold := scaleBase(t)
	for _, tc := range []struct{ batch, noTimes bool }{{true, false}, {true, true}, {false, false}, {false, true}} {
		if m := os.Getenv("SCALE_MODE"); m != "" && m != fmt.Sprintf("%v/%v", tc.batch, tc.noTimes) {
			continue
		}
		gen, _ := Reprints(base, ReprintOptions{Seed: 1, StoryFraction: 1, MaxVersions: 8, NoTimes: tc.noTimes})
		labelGold(gen, gold)
		res, err := RunRecords(context.Background(), gen, Options{Stream: !tc.batch, Index: group.IndexOptions{Background: group.NoBackground()}})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("batch=%v no-times=%v: %d articles (%d bases), %d stories, P %.4f R %.4f ARI %.4f B3 %.4f, CPU %.1f s",
			tc.batch, tc.noTimes, res.Articles, len(base), res.Stories, res.PairwisePrecision, res.PairwiseRecall, res.ARI, res.BCubedF1, res.CPUSeconds)
		largest := logFalseClusters(t, gen, res.StoryOf, 6)
		if tc.batch && (res.PairwisePrecision < 0.96 || largest > 30) {
			t.Errorf("batch, no times %v: precision %.4f (want ≥ 0.96), largest false cluster %d (want ≤ 30)", tc.noTimes, res.PairwisePrecision, largest)
		}
	}
}

// labelGold gives the generated records of a labelled story's bases
// (METER's texts of one story, mmds's reports of one event) the story's
// label, and moves each base and its versions to the time of the story's
// first base: the generator dates every base on its own day of a year, and
// reports of one event are days apart, not months.
func labelGold(gen []Record, gold map[string]string) {
	first := map[string]time.Time{}      // gold story → its first base's time
	offset := map[string]time.Duration{} // base → shift
	for _, r := range gen {
		g, ok := gold[r.Cluster]
		if !ok || strings.Contains(r.ID, "~") || r.Published == "" {
			continue
		}
		t0, err := time.Parse(time.RFC3339, r.Published)
		if err != nil {
			continue
		}
		if f, ok := first[g]; ok {
			offset[r.ID] = f.Sub(t0)
		} else {
			first[g] = t0
		}
	}
	for i := range gen {
		r := &gen[i]
		base, _, _ := strings.Cut(r.ID, "~")
		if d, ok := offset[base]; ok && r.Published != "" {
			if t, err := time.Parse(time.RFC3339, r.Published); err == nil {
				r.Published = t.Add(d).Format(time.RFC3339)
			}
		}
		if g, ok := gold[r.Cluster]; ok {
			r.Cluster = g
		}
	}
}

// logFalseClusters logs the sizes of the largest predicted stories and
// how many true stories each holds, with the titles of their parts, and
// returns the size of the largest.
func logFalseClusters(t testing.TB, gen []Record, storyOf []string, n int) int {
	members := map[string][]int{}
	for i, s := range storyOf {
		members[s] = append(members[s], i)
	}
	type cl struct {
		id    string
		size  int
		parts map[string]int
	}
	var cls []cl
	for s, m := range members {
		c := cl{id: s, size: len(m), parts: map[string]int{}}
		for _, i := range m {
			c.parts[gen[i].Cluster]++
		}
		if len(c.parts) > 1 {
			cls = append(cls, c)
		}
	}
	sort.Slice(cls, func(i, j int) bool {
		if cls[i].size != cls[j].size {
			return cls[i].size > cls[j].size
		}
		return cls[i].id < cls[j].id
	})
	var sizes []string
	for i, c := range cls {
		if i < 20 {
			sizes = append(sizes, fmt.Sprintf("%d/%d", c.size, len(c.parts)))
		}
	}
	t.Logf("false clusters: %d; largest (articles/true stories): %s", len(cls), strings.Join(sizes, " "))
	title := map[string]string{}
	for _, r := range gen {
		if _, ok := title[r.Cluster]; !ok && !strings.Contains(r.ID, "~") {
			title[r.Cluster] = r.Title
		}
	}
	for i := 0; i < n && i < len(cls); i++ {
		var ps []string
		for p, k := range cls[i].parts {
			ps = append(ps, fmt.Sprintf("%s(%d) %q", p, k, title[p]))
		}
		sort.Strings(ps)
		t.Logf("  %s: %s", cls[i].id, strings.Join(ps, "; "))
	}
	if len(cls) == 0 {
		return 0
	}
	return cls[0].size
}
