package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"crosswire"
)

// mtTriples checks the machine-translation triples of a run: for each
// cluster, the original is the story's original, the Catalan version a
// translation derived from it, the round trip a translation derived from
// the Catalan version, all in one story. It returns the triples right and
// all triples, and logs the first few wrong.
func mtTriples(t *testing.T, path string, run *LineageRun) (right, total int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	version := map[int]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for ln := 1; sc.Scan(); ln++ {
		var v struct {
			Version string `json:"version"`
		}
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		version[ln] = v.Version
	}
	type place struct {
		story int
		a     crosswire.Article
	}
	triples := map[string]map[string]place{}
	for si, st := range run.Stories {
		for _, a := range st.Articles {
			_, cl, _ := run.Label(a.Source)
			if triples[cl] == nil {
				triples[cl] = map[string]place{}
			}
			triples[cl][version[lineOf(a.Source)]] = place{si, a}
		}
	}
	shown := 0
	for cl, tr := range triples {
		total++
		o, ok1 := tr["original"]
		c, ok2 := tr["machine translation into Catalan"]
		r, ok3 := tr["machine translation into Catalan and back into English"]
		good := ok1 && ok2 && ok3 && o.story == c.story && c.story == r.story &&
			o.a.Role == crosswire.RoleOriginal &&
			c.a.Role == crosswire.RoleTranslation && c.a.DerivedFrom != nil && *c.a.DerivedFrom == o.a.ID &&
			r.a.Role == crosswire.RoleTranslation && r.a.DerivedFrom != nil && *r.a.DerivedFrom == c.a.ID
		if good {
			right++
			continue
		}
		if shown < 3 {
			shown++
			t.Logf("%s: original %s; catalan %s (%s); round trip %s (%s)", cl, o.a.Role, c.a.Role, c.a.Evidence, r.a.Role, r.a.Evidence)
		}
	}
	return right, total
}

// TestLineageMTTriples: on the real machine-translation triples, the
// original, its Catalan translation and the round trip derived from the
// Catalan version. Measured at 147 of 149 by cluster and 145 of 149 when
// the file is grouped as check does (145 and 143 before a round trip's
// source could be tied to the middle version through the round trip's
// rewording of it: two originals aligned with their Catalan version on
// under half their sentences); the floors leave a margin.
func TestLineageMTTriples(t *testing.T) {
	path := sharedData(t, "bbc-mt-catalan.jsonl")
	for _, tc := range []struct {
		name      string
		byCluster bool
		floor     float64
	}{
		{"gold grouping", true, 0.97},
		{"grouped as check does", false, 0.95},
	} {
		t.Run(tc.name, func(t *testing.T) {
			run, err := GroupLineage(context.Background(), path, tc.byCluster)
			if err != nil {
				t.Fatal(err)
			}
			right, total := mtTriples(t, path, run)
			t.Logf("%d of %d triples right", right, total)
			if total == 0 || float64(right) < tc.floor*float64(total) {
				t.Errorf("%d of %d triples right, want at least %.0f%%", right, total, 100*tc.floor)
			}
		})
	}
}

// TestLineageMeter scores lineage on the real wire corpus with the
// issue's mapping. Measured macro-F1 (calibration / held-out half): 0.624
// / 0.687 by cluster, 0.571 / 0.663 grouped as check does (grouping
// splits wire stories: a paper alone is an original, scored non); before
// the derivation model 0.579 / 0.647 and 0.512 / 0.610, before fact-level
// reuse 0.455 / 0.643 and 0.443 / 0.565. Floors leave a margin; no wire
// take may derive from a client's version and no translation may join two
// texts of one language.
func TestLineageMeter(t *testing.T) {
	path := sharedData(t, "meter-showbiz.jsonl")
	for _, tc := range []struct {
		name        string
		byCluster   bool
		calibration float64
		heldOut     float64
	}{
		{"gold grouping", true, 0.58, 0.66},
		{"grouped as check does", false, 0.52, 0.62},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := RunLineage(context.Background(), LineageOptions{Input: path, ByCluster: tc.byCluster})
			if err != nil {
				t.Fatal(err)
			}
			if res.WireFromClient != 0 || res.SameLanguageTranslations != 0 {
				t.Errorf("%d wire takes derived from a client, %d same-language translations; want none", res.WireFromClient, res.SameLanguageTranslations)
			}
			if res.Duplicate == 0 {
				t.Error("no duplicates found; the file has byte-identical texts")
			}
			for _, sc := range res.Scores {
				t.Logf("%s: macro-F1 %.3f (%d texts)", sc.Name, sc.MacroF1, sc.Texts)
			}
			if len(res.Scores) != 3 || res.Scores[1].MacroF1 < tc.calibration || res.Scores[2].MacroF1 < tc.heldOut {
				t.Errorf("macro-F1 below the floors %.2f / %.2f: %+v", tc.calibration, tc.heldOut, res.Scores)
			}
		})
	}
}

// TestLineageMMDS: independent reports of real events. Copies and
// rewrites between them are few: 17 by cluster, all but three (read:
// separate court and police reports sharing a formula and a line of the
// police statement, two Chinese reports of one joint ministry statement)
// reports that carry one agency's copy; 19 before a peer's reuse under
// one half needed at least half of its reused sentences verbatim (the two
// dropped, read, were separate reports of court papers), 21 before shared
// quotations stopped counting as evidence. The ceiling is the count, so
// it may not rise.
func TestLineageMMDS(t *testing.T) {
	path := sharedData(t, "mmds2025-dev.jsonl")
	run, err := GroupLineage(context.Background(), path, true)
	if err != nil {
		t.Fatal(err)
	}
	rc := roleCounts(run)
	t.Logf("roles: %v", rc)
	if n := rc[crosswire.RoleCopy] + rc[crosswire.RoleRewrite] + rc[crosswire.RoleExcerpt]; n > 17 {
		t.Errorf("%d copies, excerpts and rewrites among independent reports, want at most 17", n)
	}
	if rc[crosswire.RoleIndependent] < 60 {
		t.Errorf("%d independent reports, want at least 60", rc[crosswire.RoleIndependent])
	}
}

// roleCounts counts the roles of a run's articles.
func roleCounts(run *LineageRun) map[crosswire.Role]int {
	out := map[crosswire.Role]int{}
	for _, st := range run.Stories {
		for _, a := range st.Articles {
			out[a.Role]++
		}
	}
	return out
}

// TestLineageTableConfusion: the table shows, for each scored set, how
// many texts of each label went to each predicted class.
func TestLineageTableConfusion(t *testing.T) {
	s := newScorer("all")
	for _, lp := range [][2]string{{Wholly, Wholly}, {Partially, Non}, {Partially, Non}, {Non, Partially}, {Partially, Partially}} {
		s.add("c", lp[0], lp[1])
	}
	var b strings.Builder
	if err := (LineageResult{Scores: []LineageScore{s.score()}}).WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range [][]string{
		{"label → predicted", Wholly, Partially, Non},
		{Wholly, "1", "0", "0"},
		{Partially, "0", "1", "2"},
		{Non, "0", "1", "0"},
	} {
		found := false
		for _, line := range strings.Split(b.String(), "\n") {
			if strings.Join(strings.Fields(line), " ") == strings.Join(want, " ") {
				found = true
			}
		}
		if !found {
			t.Errorf("table lacks the row %q:\n%s", want, b.String())
		}
	}
}
