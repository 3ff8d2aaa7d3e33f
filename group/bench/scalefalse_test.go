package bench

import (
	"bufio"
	"context"
	"os"
	"sort"
	"strings"
	"testing"

	"crosswire/group"
)

// TestReprintsScaleFalsePairs reads what the scale set's precision counts
// as false: the bases alone (no versions, no times: the held-out figure's
// chaining, TestReprintsScaleSplit with SCALE_NOVERSIONS), grouped as one
// batch, and each pair of different labels in one predicted story put in
// a class. CASIE's articles carry no story label in the corpus file;
// scaleBase labels those the read gold of its events covers
// (../testdata/casie-events-gold.tsv) by their event, so a pair of one
// event is no false pair (session 20: 204 were counted false before),
// and the read gold tells which CASIE pairs left are one affair's other
// occasion (the follow-ups this issue is about), other events, or not
// read (each report the read gold does not cover is a story of its own).
// It logs the classes and the largest false stories; it asserts that
// the classes account for every false pair and regression bounds.
// Set SCALE=1 SCALE_FALSE=1.
func TestReprintsScaleFalsePairs(t *testing.T) {
	if os.Getenv("SCALE") == "" || os.Getenv("SCALE_FALSE") == "" {
		t.Skip("set SCALE=1 SCALE_FALSE=1 (≈ 3,600 articles)")
	}
	base, gold := scaleBase(t)
	gen, _ := Reprints(base, ReprintOptions{Seed: 1, StoryFraction: 1e-12, MaxVersions: 8, NoTimes: true})
	labelGold(gen, gold)
	var recs []Record
	for _, r := range gen {
		if !strings.Contains(r.ID, "~") {
			recs = append(recs, r)
		}
	}
	res, err := RunRecords(context.Background(), recs, Options{Index: group.IndexOptions{Background: group.NoBackground()}})
	if err != nil {
		t.Fatal(err)
	}
	event, affair := casieReadGold(t)
	classOf := func(a, b string) string {
		ca, cb := strings.HasPrefix(a, "casi-"), strings.HasPrefix(b, "casi-")
		switch {
		case ca && cb:
			ea, oka := event[strings.TrimPrefix(a, "casi-")]
			eb, okb := event[strings.TrimPrefix(b, "casi-")]
			switch {
			case !oka || !okb:
				return "CASIE, not in the read gold"
			case ea == eb:
				return "CASIE, one event (read gold)"
			case affair[ea] == affair[eb]:
				return "CASIE, one affair's other occasion"
			}
			return "CASIE, other events"
		case ca || cb:
			return "across corpora"
		}
		pa, pb := a[:4], b[:4]
		if pa != pb {
			return "across corpora"
		}
		return map[string]string{"bbc-": "BBC", "mete": "METER", "mmds": "mmds"}[pa]
	}
	members := map[string][]int{}
	for i, s := range res.StoryOf {
		members[s] = append(members[s], i)
	}
	classes := map[string]int{}
	total := 0
	for _, m := range members {
		for x := range m {
			for y := x + 1; y < len(m); y++ {
				a, b := recs[m[x]], recs[m[y]]
				if a.Cluster == b.Cluster {
					continue
				}
				total++
				classes[classOf(a.ID, b.ID)]++
			}
		}
	}
	t.Logf("bases alone without times: %d articles, %d stories, P %.4f R %.4f ARI %.4f", res.Articles, res.Stories, res.PairwisePrecision, res.PairwiseRecall, res.ARI)
	names := make([]string, 0, len(classes))
	for c := range classes {
		names = append(names, c)
	}
	sort.Slice(names, func(i, j int) bool { return classes[names[i]] > classes[names[j]] })
	sum := 0
	for _, c := range names {
		t.Logf("  %-40s %d", c, classes[c])
		sum += classes[c]
	}
	t.Logf("false pairs: %d", total)
	logFalseClusters(t, recs, res.StoryOf, 10)
	if sum != total {
		t.Errorf("classes hold %d of %d false pairs", sum, total)
	}
	// regression bounds under the session-19 figures (METER 22 false pairs,
	// 51 before reaction.go): the band's departure and next-day reaction
	// must not chain again; precision 0.6425 at session 19 with CASIE's
	// reports of one event counted false, 0.7917 with them labelled by the
	// read gold (session 20, the same partition), 0.7946 once leaving a
	// group is read as quitting (reaction.go)
	if classes["METER"] > 30 {
		t.Errorf("METER false pairs %d > 30: a day's act and the next day's reaction chain again", classes["METER"])
	}
	if res.PairwisePrecision < 0.78 {
		t.Errorf("bases alone without times: pairwise precision %.4f < 0.78", res.PairwisePrecision)
	}
}

// casieReadGold reads the CASIE read gold: article ID (without the
// corpus prefix) → event, and event → affair.
func casieReadGold(t testing.TB) (event, affair map[string]string) {
	t.Helper()
	f, err := os.Open("../testdata/casie-events-gold.tsv")
	if err != nil {
		t.Skipf("CASIE read gold absent: %v", err)
	}
	defer f.Close()
	event, affair = map[string]string{}, map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 3 {
			continue
		}
		event[fs[0]], affair[fs[1]] = fs[1], fs[2]
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return event, affair
}
