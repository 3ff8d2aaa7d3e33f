package bench

import (
	"context"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"crosswire/group"
)

// TestReprintsScaleAlone asks whether the scale batch's lost pairs are
// lost to the batch: each labelled story's records (its bases and their
// versions) and each split base's records are grouped alone, with no
// background as the scale batch is and with the shipped one, and the
// pairs joined there are counted against the pairs the batch joins. A
// pair joined alone and apart in the batch was judged by something the
// rest of the batch brought. Set SCALE=1 SCALE_ALONE=1 (SCALE_MODE=true/true:
// without times; SCALE_CACHE=FILE keeps the batch's stories between runs).
func TestReprintsScaleAlone(t *testing.T) {
	if os.Getenv("SCALE") == "" || os.Getenv("SCALE_ALONE") == "" {
		t.Skip("set SCALE=1 SCALE_ALONE=1 (≈ 20,000 articles, minutes)")
	}
	gen, kinds, noTimes := scaleGenerated(t, 1)
	storyOf := scaleBatchStories(t, gen, noTimes)
	baseOf := func(id string) string { b, _, _ := strings.Cut(id, "~"); return b }
	byLabel := map[string][]int{}
	byBase := map[string][]int{}
	for i, r := range gen {
		byLabel[r.Cluster] = append(byLabel[r.Cluster], i)
		byBase[baseOf(r.ID)] = append(byBase[baseOf(r.ID)], i)
	}
	// pairs counts the pairs of members joined by story (across bases
	// when across, else within one base)
	pairs := func(members []int, story func(k int) string, across bool) (joined, all int) {
		for a := 0; a < len(members); a++ {
			for b := a + 1; b < len(members); b++ {
				if (baseOf(gen[members[a]].ID) != baseOf(gen[members[b]].ID)) != across {
					continue
				}
				all++
				if story(a) == story(b) {
					joined++
				}
			}
		}
		return joined, all
	}
	alone := func(members []int, bg *group.Background, basesOnly bool) ([]int, []string) {
		var recs []Record
		var kept []int
		for _, i := range members {
			if basesOnly && strings.Contains(gen[i].ID, "~") {
				continue
			}
			recs = append(recs, gen[i])
			kept = append(kept, i)
		}
		res, err := RunRecords(context.Background(), recs, Options{Index: group.IndexOptions{Background: bg}})
		if err != nil {
			t.Fatal(err)
		}
		return kept, res.StoryOf
	}
	type tally struct{ batch, noBg, defBg, all int }
	var across, basesOnly, within tally
	var flips []string
	basesWithVersions := 0 // base pairs joined alone (shipped background) with their versions beside them
	labels := make([]string, 0, len(byLabel))
	for l := range byLabel {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		m := byLabel[l]
		nb := map[string]bool{}
		for _, i := range m {
			nb[baseOf(gen[i].ID)] = true
		}
		if len(nb) < 2 {
			continue
		}
		jb, all := pairs(m, func(k int) string { return storyOf[m[k]] }, true)
		k1, s1 := alone(m, group.NoBackground(), false)
		j1, _ := pairs(k1, func(k int) string { return s1[k] }, true)
		k2, s2 := alone(m, group.DefaultBackground(), false)
		j2, _ := pairs(k2, func(k int) string { return s2[k] }, true)
		// the bases' own pairs in that run: what the versions beside
		// them change
		for a := range k2 {
			for c := a + 1; c < len(k2); c++ {
				if !strings.Contains(gen[k2[a]].ID, "~") && !strings.Contains(gen[k2[c]].ID, "~") && s2[a] == s2[c] {
					basesWithVersions++
				}
			}
		}
		across.batch += jb
		across.noBg += j1
		across.defBg += j2
		across.all += all
		// the bases alone, no versions
		k3, s3 := alone(m, group.NoBackground(), true)
		j3, a3 := pairs(k3, func(k int) string { return s3[k] }, true)
		k4, s4 := alone(m, group.DefaultBackground(), true)
		j4, _ := pairs(k4, func(k int) string { return s4[k] }, true)
		kb := k3
		jbb, _ := pairs(kb, func(k int) string { return storyOf[kb[k]] }, true)
		basesOnly.batch += jbb
		basesOnly.noBg += j3
		basesOnly.defBg += j4
		basesOnly.all += a3
		if j1 > jb && len(flips) < 30 {
			flips = append(flips, l)
		}
	}
	t.Logf("across bases of one labelled story (with versions): %d pairs; joined in the batch %d, alone (no background) %d, alone (shipped background) %d",
		across.all, across.batch, across.noBg, across.defBg)
	t.Logf("bases only: %d pairs; joined in the batch %d, alone (no background) %d, alone (shipped background) %d",
		basesOnly.all, basesOnly.batch, basesOnly.noBg, basesOnly.defBg)
	t.Logf("bases joined alone (shipped background) with their versions beside them: %d of the %d", basesWithVersions, basesOnly.all)
	t.Logf("labels joined more alone than in the batch (first 30): %s", strings.Join(flips, " "))
	// bases the batch splits: their records alone
	bases := make([]string, 0, len(byBase))
	for b := range byBase {
		bases = append(bases, b)
	}
	sort.Strings(bases)
	var ex []string
	for _, b := range bases {
		m := byBase[b]
		jb, all := pairs(m, func(k int) string { return storyOf[m[k]] }, false)
		if jb == all {
			continue
		}
		k1, s1 := alone(m, group.NoBackground(), false)
		j1, _ := pairs(k1, func(k int) string { return s1[k] }, false)
		k2, s2 := alone(m, group.DefaultBackground(), false)
		j2, _ := pairs(k2, func(k int) string { return s2[k] }, false)
		within.batch += jb
		within.noBg += j1
		within.defBg += j2
		within.all += all
		if j1 == all && len(ex) < 30 {
			ex = append(ex, describeSplit(gen, kinds, storyOf, b))
		}
	}
	t.Logf("within split bases: %d pairs; joined in the batch %d, alone (no background) %d, alone (shipped background) %d",
		within.all, within.batch, within.noBg, within.defBg)
	for _, e := range ex {
		t.Log("  whole alone, split in the batch: " + e)
	}
}

// TestReprintsScaleScripts asks the pairs of the scale batch that hold a
// script version as a pair alone: each script version's pair with its
// base, when the batch leaves them apart, and each pair of script versions
// of different labels the batch puts in one story. Set SCALE=1
// SCALE_SCRIPTS=1 (SCALE_MODE, SCALE_CACHE as TestReprintsScaleAlone).
func TestReprintsScaleScripts(t *testing.T) {
	if os.Getenv("SCALE") == "" || os.Getenv("SCALE_SCRIPTS") == "" {
		t.Skip("set SCALE=1 SCALE_SCRIPTS=1")
	}
	gen, kinds, noTimes := scaleGenerated(t, 1)
	storyOf := scaleBatchStories(t, gen, noTimes)
	idx := map[string]int{}
	for i, r := range gen {
		idx[r.ID] = i
	}
	pairAlone := func(i, j int, bg *group.Background) bool {
		res, err := RunRecords(context.Background(), []Record{gen[i], gen[j]}, Options{Index: group.IndexOptions{Background: bg}})
		if err != nil {
			t.Fatal(err)
		}
		return res.StoryOf[0] == res.StoryOf[1]
	}
	apart, apartJoinDef, apartJoinNo := 0, 0, 0
	for i, r := range gen {
		if kinds[r.ID] != KindScript {
			continue
		}
		bi := idx[r.ID[:strings.Index(r.ID, "~")]]
		if storyOf[i] == storyOf[bi] {
			continue
		}
		apart++
		if pairAlone(bi, i, group.DefaultBackground()) {
			apartJoinDef++
		}
		if pairAlone(bi, i, group.NoBackground()) {
			apartJoinNo++
		}
	}
	t.Logf("script versions apart from their base: %d; the pair alone joins %d (shipped background), %d (none)", apart, apartJoinDef, apartJoinNo)
	members := map[string][]int{}
	for i, r := range gen {
		if kinds[r.ID] == KindScript {
			members[storyOf[i]] = append(members[storyOf[i]], i)
		}
	}
	wrong, wrongDef, wrongNo := 0, 0, 0
	for _, m := range members {
		for a := 0; a < len(m); a++ {
			for c := a + 1; c < len(m); c++ {
				if gen[m[a]].Cluster == gen[m[c]].Cluster || wrong >= 400 {
					continue
				}
				wrong++
				if pairAlone(m[a], m[c], group.DefaultBackground()) {
					wrongDef++
				}
				if pairAlone(m[a], m[c], group.NoBackground()) {
					wrongNo++
				}
			}
		}
	}
	t.Logf("script pairs of different labels in one story (first 400): %d; the pair alone joins %d (shipped background), %d (none)", wrong, wrongDef, wrongNo)
}

// scaleBatchStories groups gen as TestReprintsScale's batch does and
// returns each record's story; with SCALE_CACHE=FILE the stories are read
// from FILE when it exists and written to it when not.
func scaleBatchStories(t testing.TB, gen []Record, noTimes bool) []string {
	var storyOf []string
	cache := os.Getenv("SCALE_CACHE")
	if b, err := os.ReadFile(cache); cache != "" && err == nil {
		if err := json.Unmarshal(b, &storyOf); err != nil {
			t.Fatal(err)
		}
		return storyOf
	}
	res, err := RunRecords(context.Background(), gen, Options{Index: group.IndexOptions{Background: group.NoBackground()}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("batch no-times=%v: P %.4f R %.4f ARI %.4f", noTimes, res.PairwisePrecision, res.PairwiseRecall, res.ARI)
	if cache != "" {
		b, _ := json.Marshal(res.StoryOf)
		if err := os.WriteFile(cache, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return res.StoryOf
}
