package bench

import (
	"context"
	"fmt"
	"strings"

	"crosswire/group"
	"os"
	"path/filepath"
	"testing"
)

// sharedData returns the path of a file in ../shared/data, skipping the
// test when the shared data is absent (a fresh clone).
func sharedData(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data absent: %s", p)
	}
	return p
}

func TestMMDS(t *testing.T) {
	res, err := Run(context.Background(), Options{Input: sharedData(t, "mmds2025-dev.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	res.WriteTable(testWriter{t})
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }

func TestReprints(t *testing.T) {
	recs, err := ReadRecords(sharedData(t, "bbc-news-2225.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	gen, kinds := Reprints(recs, ReprintOptions{Seed: 1})
	cluster := map[string]string{}
	for _, r := range gen {
		cluster[r.ID] = r.Cluster
	}
	var lines []string
	res, err := RunRecords(context.Background(), gen, Options{Workers: 1, OnVerify: func(a, b string, e group.Edge) {
		if !e.ByAnchors || e.GapHours > 14*24 {
			return
		}
		same := cluster[a] == cluster[b]
		k := kinds[a]
		if kinds[b] != "" {
			k = kinds[b] + "/" + k
		}
		lines = append(lines, fmt.Sprintf("pair %v %s %d %.3f %.3f %.3f %v", same, k, e.SharedAnchors, e.AnchorCosine, e.AnchorContainment, e.Jaccard, e.Joined))
	}})
	if err != nil {
		t.Fatal(err)
	}
	res.WriteTable(testWriter{t})
	story := map[string]string{}
	for i, r := range gen {
		story[r.ID] = res.StoryOf[i]
	}
	kh, ka := map[VersionKind]int{}, map[VersionKind]int{}
	for id, k := range kinds {
		ka[k]++
		orig := id[:strings.Index(id, "~")]
		if story[id] == story[orig] {
			kh[k]++
		}
	}
	for k, n := range ka {
		t.Logf("recall %-12s %d/%d = %.3f", k, kh[k], n, float64(kh[k])/float64(n))
	}
	if p := os.Getenv("DIAG"); p != "" {
		os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o644)
	}
	_ = kinds
}

func TestSweep(t *testing.T) {
	if os.Getenv("SWEEP") == "" {
		t.Skip("set SWEEP=1")
	}
	recs, err := ReadRecords(sharedData(t, "bbc-news-2225.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []int64{1, 2} {
		gen, _ := Reprints(recs, ReprintOptions{Seed: seed})
		for _, c := range []float64{0.35, 0.4, 0.45, 0.5, 0.55, 0.6} {
			res, err := RunRecords(context.Background(), gen, Options{Index: group.IndexOptions{AnchorCosine: c}})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("seed %d cos %.2f: P %.3f R %.3f ARI %.4f B3 %.4f", seed, c, res.PairwisePrecision, res.PairwiseRecall, res.ARI, res.BCubedF1)
		}
	}
}

func TestExcerptDiag(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	recs, _ := ReadRecords(sharedData(t, "bbc-news-2225.jsonl"))
	gen, kinds := Reprints(recs, ReprintOptions{Seed: 1})
	byID := map[string]Record{}
	for _, r := range gen {
		byID[r.ID] = r
	}
	n := 0
	_, _ = RunRecords(context.Background(), gen, Options{Workers: 1, OnVerify: func(a, b string, e group.Edge) {
		if kinds[a] == KindExcerpt && !strings.Contains(b, "~") && strings.HasPrefix(a, b+"~") && n < 30 {
			n++
			t.Logf("%s %+v len %d/%d", a, e, len(byID[a].Text), len(byID[b].Text))
		}
	}})
	cnt := 0
	for id, k := range kinds {
		if k == KindExcerpt && cnt < 5 {
			cnt++
			t.Logf("%s: %q", id, byID[id].Text)
		}
	}
}
