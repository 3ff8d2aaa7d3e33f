package bench

import (
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"crosswire/group"
)

// TestReprintsScaleSplit tells where the recall of TestReprintsScale goes:
// the gold pairs the batch leaves apart, split into pairs of one base and
// its versions (a story of copies) and pairs of two bases of one labelled
// story (METER's texts of one story, mmds's reports of one event:
// independent reports), with each base's versions kept with their base by
// kind. It asserts that the batch keeps each base whole at least as often
// as it keeps the independent reports of a labelled story together: the
// versions of one text are the easier half. Set SCALE=1 and SCALE_SPLIT=1
// (SCALE_MODE=true/true: without times; SCALE_NOVERSIONS=1: the bases
// alone, no versions; SCALE_CORPORA: a part of the base, see scaleBase).
func TestReprintsScaleSplit(t *testing.T) {
	if os.Getenv("SCALE") == "" || os.Getenv("SCALE_SPLIT") == "" {
		t.Skip("set SCALE=1 SCALE_SPLIT=1 (≈ 20,000 articles, minutes)")
	}
	frac0 := 1.0
	if os.Getenv("SCALE_NOVERSIONS") != "" {
		frac0 = 1e-12
	}
	gen, kinds, noTimes := scaleGenerated(t, frac0)
	res, err := RunRecords(context.Background(), gen, Options{Index: group.IndexOptions{Background: group.NoBackground()}})
	if err != nil {
		t.Fatal(err)
	}
	s := splitOf(gen, kinds, res.StoryOf)
	t.Logf("no-times=%v: ARI %.4f P %.4f R %.4f", noTimes, res.ARI, res.PairwisePrecision, res.PairwiseRecall)
	t.Logf("gold pairs within one base: %d, lost %d (%.4f); across bases of one labelled story: %d, lost %d (%.4f)",
		s.inBase, s.inBaseLost, frac(s.inBaseLost, s.inBase), s.across, s.acrossLost, frac(s.acrossLost, s.across))
	var per []string
	for _, k := range []VersionKind{KindCopy, KindExcerpt, KindAbridgement, KindRewrite, KindTranslation, KindScript} {
		per = append(per, fmt.Sprintf("%s %d/%d", k, s.kindHit[k], s.kindAll[k]))
	}
	t.Logf("versions with their base by kind: %s", strings.Join(per, ", "))
	var by []string
	for c, n := range s.acrossBy {
		if n > 0 {
			by = append(by, fmt.Sprintf("%s %d/%d", c, s.acrossLostBy[c], n))
		}
	}
	sort.Strings(by)
	t.Logf("across bases, lost/all by corpus: %s", strings.Join(by, ", "))
	t.Logf("bases split: %d of %d; labelled stories split: %d of %d", s.basesSplit, s.bases, s.labelSplit, s.labels)
	all, withScript := falsePairs(gen, kinds, res.StoryOf)
	t.Logf("pairs of different labels in one story: %d, %d of them with a script version", all, withScript)
	for _, l := range s.examples {
		t.Log("  " + l)
	}
	if frac(s.inBaseLost, s.inBase) > frac(s.acrossLost, s.across) {
		t.Errorf("a base's versions are lost more often (%.4f) than a labelled story's independent reports (%.4f)",
			frac(s.inBaseLost, s.inBase), frac(s.acrossLost, s.across))
	}
}

// choose2 is the number of pairs of n things.
func choose2(n int) int { return n * (n - 1) / 2 }

// frac is the share a of b, 0 when b is 0 (nothing to lose is nothing
// lost; ratio would say 1).
func frac(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

// split is what splitOf counts.
type split struct {
	inBase, inBaseLost, across, acrossLost int
	kindHit, kindAll                       map[VersionKind]int
	bases, basesSplit, labels, labelSplit  int
	examples                               []string
	// acrossBy and acrossLostBy split across and acrossLost by the
	// corpus of the label (the part of a gold label before ':'; the
	// generator's near-duplicate labels together)
	acrossBy, acrossLostBy map[string]int
}

// splitOf counts the gold pairs left apart by kind of pair (see
// TestReprintsScaleSplit); storyOf is each record's predicted story.
func splitOf(gen []Record, kinds map[string]VersionKind, storyOf []string) split {
	s := split{kindHit: map[VersionKind]int{}, kindAll: map[VersionKind]int{}, acrossBy: map[string]int{}, acrossLostBy: map[string]int{}}
	baseOf := func(id string) string { b, _, _ := strings.Cut(id, "~"); return b }
	story := map[string]string{}
	for i, r := range gen {
		story[r.ID] = storyOf[i]
	}
	// per labelled story: base → predicted story → count
	type cell struct{ base, pred string }
	byLabel := map[string]map[cell]int{}
	for i, r := range gen {
		if byLabel[r.Cluster] == nil {
			byLabel[r.Cluster] = map[cell]int{}
		}
		byLabel[r.Cluster][cell{baseOf(r.ID), storyOf[i]}]++
		if k, ok := kinds[r.ID]; ok {
			s.kindAll[k]++
			if storyOf[i] == story[baseOf(r.ID)] {
				s.kindHit[k]++
			}
		}
	}
	labels := make([]string, 0, len(byLabel))
	for l := range byLabel {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		cells := byLabel[l]
		baseN, predN := map[string]int{}, map[string]int{}
		basePreds := map[string]int{}
		total := 0
		for c, n := range cells {
			baseN[c.base] += n
			predN[c.pred] += n
			basePreds[c.base]++
			total += n
		}
		kept, keptIn, in := 0, 0, 0
		for _, n := range cells {
			keptIn += choose2(n)
		}
		for _, n := range predN {
			kept += choose2(n)
		}
		for b, n := range baseN {
			in += choose2(n)
			s.bases++
			if basePreds[b] > 1 {
				s.basesSplit++
				if len(s.examples) < 40 {
					s.examples = append(s.examples, describeSplit(gen, kinds, storyOf, b))
				}
			}
		}
		all := choose2(total)
		s.inBase += in
		s.inBaseLost += in - keptIn
		s.across += all - in
		s.acrossLost += (all - in) - (kept - keptIn)
		corpus, _, ok := strings.Cut(l, ":")
		if !ok {
			corpus = "near-duplicate bases" // a label of nearDuplicates: a base's ID
		}
		s.acrossBy[corpus] += all - in
		s.acrossLostBy[corpus] += (all - in) - (kept - keptIn)
		if len(baseN) > 1 {
			s.labels++
			if len(predN) > 1 {
				s.labelSplit++
			}
		}
	}
	return s
}

// describeSplit names the parts a base's versions ended in: per part its
// members' kinds and the size of the predicted story.
func describeSplit(gen []Record, kinds map[string]VersionKind, storyOf []string, base string) string {
	size := map[string]int{}
	for _, p := range storyOf {
		size[p]++
	}
	parts := map[string][]string{}
	for i, r := range gen {
		b, _, _ := strings.Cut(r.ID, "~")
		if b != base {
			continue
		}
		k := string(kinds[r.ID])
		if k == "" {
			k = "BASE"
		}
		parts[storyOf[i]] = append(parts[storyOf[i]], k)
	}
	var ps []string
	for p, ks := range parts {
		sort.Strings(ks)
		ps = append(ps, fmt.Sprintf("[%s of %d]", strings.Join(ks, " "), size[p]))
	}
	sort.Strings(ps)
	return base + ": " + strings.Join(ps, " ")
}

// falsePairs counts the pairs of one predicted story with different
// labels, and how many of them hold a script version.
func falsePairs(gen []Record, kinds map[string]VersionKind, storyOf []string) (all, withScript int) {
	type key struct {
		pred, label string
		script      bool
	}
	n := map[key]int{}
	size := map[string]int{}
	scripts := map[string]int{}
	byLabel := map[[2]string]int{}
	for i, r := range gen {
		sc := kinds[r.ID] == KindScript
		n[key{storyOf[i], r.Cluster, sc}]++
		size[storyOf[i]]++
		byLabel[[2]string{storyOf[i], r.Cluster}]++
		if sc {
			scripts[storyOf[i]]++
		}
	}
	same := map[string]int{}
	for k, c := range byLabel {
		same[k[0]] += choose2(c)
	}
	for p, sz := range size {
		all += choose2(sz) - same[p]
	}
	// false pairs without a script: pairs of non-script members of
	// different labels
	nonScript := map[string]int{}
	nonSame := map[string]int{}
	for k, c := range n {
		if !k.script {
			nonScript[k.pred] += c
			nonSame[k.pred] += choose2(c)
		}
	}
	plain := 0
	for p, m := range nonScript {
		plain += choose2(m) - nonSame[p]
	}
	return all, all - plain
}

// scaleGenerated is the scale set as the diagnostics read it: the
// reprints of scaleBase (SCALE_SAMPLE=f: a fraction f of its stories, see
// sampleStories) with storyFraction of the bases given versions, without
// times when SCALE_MODE=true/true, labelled as TestReprintsScale labels.
func scaleGenerated(t testing.TB, storyFraction float64) (gen []Record, kinds map[string]VersionKind, noTimes bool) {
	base, gold := scaleBase(t)
	if f, err := strconv.ParseFloat(os.Getenv("SCALE_SAMPLE"), 64); err == nil {
		base = sampleStories(base, gold, f)
	}
	noTimes = os.Getenv("SCALE_MODE") == "true/true"
	gen, kinds = Reprints(base, ReprintOptions{Seed: 1, StoryFraction: storyFraction, MaxVersions: 8, NoTimes: noTimes})
	labelGold(gen, gold)
	return gen, kinds, noTimes
}

// sampleStories keeps the bases of a fraction f of the stories (a base's
// labelled story, else the base itself), chosen by a hash of the story:
// the same stories at every run, whole, so that a story's pairs can be
// compared across sizes of the collection.
func sampleStories(base []Record, gold map[string]string, f float64) []Record {
	var out []Record
	for _, r := range base {
		s := r.ID
		if g, ok := gold[r.ID]; ok {
			s = g
		}
		h := fnv.New32a()
		h.Write([]byte(s))
		if float64(h.Sum32()%10000) < f*10000 {
			out = append(out, r)
		}
	}
	return out
}
