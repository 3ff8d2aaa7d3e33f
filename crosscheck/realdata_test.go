package crosscheck

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosswire"
	"crosswire/clean"
	"crosswire/facts"
)

// realCluster is one labelled event of the MMDS 2025 dev set: independent
// reports of one event by different outlets, in English, Malay and Chinese.
type realCluster struct {
	id       string
	articles []crosswire.Article
}

// loadRealClusters reads the events of the MMDS 2025 dev set with two or
// more reports, each report cleaned by package clean as the pipeline does
// (so Language is detected); CROSSCHECK_REAL_LANG=en keeps the reports of
// one language only. It skips the test when the corpus is absent.
func loadRealClusters(t *testing.T) []realCluster {
	t.Helper()
	path := filepath.Join("..", "..", "shared", "data", "mmds2025-dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no real corpus: %v", err)
	}
	defer f.Close()
	cl := clean.New(clean.Options{Log: slog.New(slog.DiscardHandler)})
	byID := map[string][]crosswire.Article{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Cluster, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(r.Cluster, "single") {
			continue
		}
		a, err := cl.Clean(context.Background(), crosswire.Document{Source: r.ID, Body: r.Text, Title: r.Title, Outlet: r.ID})
		if err != nil {
			t.Fatalf("clean %s: %v", r.ID, err)
		}
		a.ID = r.ID
		a.Role = crosswire.RoleRewrite
		if lang := os.Getenv("CROSSCHECK_REAL_LANG"); lang != "" && a.Language != lang {
			continue
		}
		byID[r.Cluster] = append(byID[r.Cluster], a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var out []realCluster
	for id, arts := range byID {
		if len(arts) >= 2 {
			out = append(out, realCluster{id: id, articles: arts})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// TestRealClusters runs facts and the Checker on every multi-report event
// of the MMDS 2025 dev set (../shared/data, skipped when absent): real,
// independent reports of one event — a harder setting than versions of one
// story, since they count different things and may cover different days.
// It checks every span and that no fact comes out of a report that is not
// in English, and logs the discrepancies by kind (run with -v to read them
// with their aligned sentences; CROSSCHECK_REAL_DUMP=FILE writes them as
// JSON lines for reading).
func TestRealClusters(t *testing.T) {
	clusters := loadRealClusters(t)
	x := facts.New()
	c := New()
	var dump *json.Encoder
	if p := os.Getenv("CROSSCHECK_REAL_DUMP"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		dump = json.NewEncoder(f)
	}
	count := map[string]int{}
	corroborated := map[string]int{}
	langs := map[string]int{}
	flagged := 0
	for _, cl := range clusters {
		st := &crosswire.Story{ID: cl.id, Articles: cl.articles}
		fm := extractAndCheck(t, x, c, st)
		for _, a := range st.Articles {
			langs[a.Language]++
			if fs := fm[a.ID]; a.Language != "" && a.Language != "en" && len(fs) > 0 {
				t.Errorf("%s (%s): %d facts from a report not in English, first %q", a.ID, a.Language, len(fs), fs[0].Value)
			}
		}
		assertSpans(t, st)
		if len(st.Discrepancies) > 0 {
			flagged++
		}
		for _, sf := range st.Facts {
			if sf.Status == crosswire.StatusCorroborated && sf.Support >= 2 {
				corroborated[string(sf.Kind)]++
			}
		}
		for _, d := range st.Discrepancies {
			count[string(d.Kind)]++
			if testing.Verbose() {
				t.Logf("%s: %s/%s %s\n%s", cl.id, d.Kind, d.Severity, d.Subject, ExplainText(st, d))
			}
			if dump != nil {
				var vs []string
				for _, v := range d.Variants {
					vs = append(vs, fmt.Sprintf("%s @ %s", v.Value, v.Sources[0].Article))
				}
				if err := dump.Encode(map[string]any{"cluster": cl.id, "kind": d.Kind, "severity": d.Severity,
					"subject": d.Subject, "variants": vs, "explain": ExplainText(st, d)}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	t.Logf("%d events with 2+ reports (languages %v); %d events with a discrepancy; discrepancies by kind: %v; facts corroborated by 2+ reports: %v",
		len(clusters), langs, flagged, count, corroborated)
}

// TestRealUnrelated pairs every event of the MMDS 2025 dev set with the
// next one and checks the pair as if it were one story, as a grouping
// mistake would present it. Reports of two different events cannot
// contradict each other, so every discrepancy found is a false alarm; it
// logs how many, by kind.
func TestRealUnrelated(t *testing.T) {
	clusters := loadRealClusters(t)
	x := facts.New()
	c := New()
	count := map[string]int{}
	for i := range clusters {
		j := (i + 1) % len(clusters)
		arts := append(append([]crosswire.Article(nil), clusters[i].articles...), clusters[j].articles...)
		st := &crosswire.Story{ID: clusters[i].id + "+" + clusters[j].id, Articles: arts}
		extractAndCheck(t, x, c, st)
		// Discrepancies between the two events only: those within one
		// event are TestRealClusters' business.
		inI := map[string]bool{}
		for _, a := range clusters[i].articles {
			inI[a.ID] = true
		}
		for _, d := range st.Discrepancies {
			sides := map[bool]bool{}
			for _, v := range d.Variants {
				for _, sp := range v.Sources {
					sides[inI[sp.Article]] = true
				}
			}
			if len(sides) == 2 {
				count[string(d.Kind)]++
				if testing.Verbose() {
					t.Logf("%s: %s/%s %s\n%s", st.ID, d.Kind, d.Severity, d.Subject, ExplainText(st, d))
				}
			}
		}
	}
	t.Logf("%d pairs of unrelated events checked as one story; false alarms across the two events by kind: %v", len(clusters), count)
}
