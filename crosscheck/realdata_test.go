package crosscheck

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosswire"
	"crosswire/facts"
)

// TestRealClusters runs facts and the Checker on the English multi-article
// events of the MMDS 2025 dev set (../shared/data, skipped when absent):
// real, independent reports of one event — a harder setting than versions
// of one story, since they may cover different days. It checks every span
// and logs the discrepancies by kind and severity (run with -v to read
// them with their aligned sentences).
func TestRealClusters(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "mmds2025-dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no real corpus: %v", err)
	}
	defer f.Close()
	clusters := map[string][]crosswire.Article{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Cluster, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		// English only: the corpus mixes English, Malay and Chinese.
		if strings.HasPrefix(r.Cluster, "single") || strings.Count(r.Text, " the ") < 5 {
			continue
		}
		clusters[r.Cluster] = append(clusters[r.Cluster], crosswire.Article{ID: r.ID, Title: r.Title, Outlet: r.ID, Text: r.Text, Role: crosswire.RoleRewrite})
	}
	var ids []string
	for id, arts := range clusters {
		if len(arts) >= 2 {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	x := facts.New()
	c := New()
	count := map[string]int{}
	for _, id := range ids {
		st := &crosswire.Story{ID: id, Articles: clusters[id]}
		fm := map[string][]crosswire.Fact{}
		for i := range st.Articles {
			fs, err := x.Extract(context.Background(), &st.Articles[i])
			if err != nil {
				t.Fatal(err)
			}
			fm[st.Articles[i].ID] = fs
		}
		if err := c.Check(context.Background(), st, fm); err != nil {
			t.Fatal(err)
		}
		assertSpans(t, st)
		for _, d := range st.Discrepancies {
			count[string(d.Kind)+"/"+string(d.Severity)]++
			if testing.Verbose() {
				t.Logf("%s: %s/%s %s\n%s", id, d.Kind, d.Severity, d.Subject, ExplainText(st, d))
			}
		}
	}
	t.Logf("%d English events with 2+ reports; discrepancies by kind/severity: %v", len(ids), count)
}
