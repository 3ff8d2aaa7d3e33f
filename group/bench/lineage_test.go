package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
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
		if shown < 12 {
			shown++
			t.Logf("%s: original %s; catalan %s (%s); round trip %s (%s)", cl, o.a.Role, c.a.Role, c.a.Evidence, r.a.Role, r.a.Evidence)
		}
	}
	return right, total
}

func TestLineageMTTriples(t *testing.T) {
	path := sharedData(t, "bbc-mt-catalan.jsonl")
	for _, byCluster := range []bool{true, false} {
		run, err := GroupLineage(context.Background(), path, byCluster)
		if err != nil {
			t.Fatal(err)
		}
		right, total := mtTriples(t, path, run)
		t.Logf("by cluster %v: %d of %d triples right", byCluster, right, total)
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

func TestLineageMMDSDump(t *testing.T) {
	if os.Getenv("ZZMMDS") == "" {
		t.Skip()
	}
	path := sharedData(t, "mmds2025-dev.jsonl")
	for _, byCluster := range []bool{true, false} {
		run, err := GroupLineage(context.Background(), path, byCluster)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("by cluster %v: %v", byCluster, roleCounts(run))
		for _, st := range run.Stories {
			byID := map[string]crosswire.Article{}
			for _, a := range st.Articles {
				byID[a.ID] = a
			}
			for _, a := range st.Articles {
				if a.DerivedFrom != nil && (a.Role == crosswire.RoleCopy || a.Role == crosswire.RoleRewrite || a.Role == crosswire.RoleExcerpt) {
					id, cl, _ := run.Label(a.Source)
					pid, pcl, _ := run.Label(byID[*a.DerivedFrom].Source)
					t.Logf("PAIR %v %s %s %s <- %s %s | %s", byCluster, a.Role, cl, id, pid, pcl, a.Evidence)
				}
			}
		}
	}
}
