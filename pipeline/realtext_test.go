package pipeline_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosswire"
	"crosswire/group"
	"crosswire/group/bench"
	"crosswire/pipeline"
	"crosswire/sqlite"
)

// realSet is a labelled real corpus of ../shared/data as a user's files
// reach `crosswire ingest`: cleaned, labelled with its stories.
type realSet struct {
	name string
	arts []crosswire.Article
	gold []string // by article
	// bg is the shipped background less the set's own articles (a
	// held-out collection is not in it).
	bg *group.Background
}

// sharedData is the path of a shared corpus; the test skips when the
// shared data is absent (a fresh clone).
func sharedData(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", "data", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data absent: %s", p)
	}
	return p
}

// readRealSet reads a labelled shared corpus: keep selects the fields of
// each line a user's file gives (nil: all), relabel gives the gold label
// of a record (nil: its cluster field; "" leaves the record out), limit
// the most articles read (0: all), inBackground says which of its articles
// the shipped background was built from (nil: none).
func readRealSet(t testing.TB, name, file string, keep []string, relabel func(bench.Record) string, limit int, inBackground func(bench.Record) bool) realSet {
	t.Helper()
	data, err := os.ReadFile(sharedData(t, file))
	if err != nil {
		t.Fatal(err)
	}
	if keep != nil {
		var buf bytes.Buffer
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var r map[string]any
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			out := map[string]any{}
			for _, k := range keep {
				if v, ok := r[k]; ok {
					out[k] = v
				}
			}
			line, err := json.Marshal(out)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(append(line, '\n'))
		}
		data = buf.Bytes()
	}
	recs, err := bench.DecodeRecords(bytes.NewReader(data), file, false)
	if err != nil {
		t.Fatal(err)
	}
	s := realSet{name: name}
	for _, r := range recs {
		if r.Cleaned == nil {
			continue
		}
		label := r.Cluster
		if relabel != nil {
			label = relabel(r)
		}
		if label == "" {
			continue
		}
		s.arts = append(s.arts, r.Article())
		s.gold = append(s.gold, label)
		if limit > 0 && len(s.arts) == limit {
			break
		}
	}
	s.bg = group.DefaultBackground()
	if inBackground != nil {
		var held []*crosswire.Article
		for i := range recs {
			if inBackground(recs[i]) {
				a := recs[i].Article()
				held = append(held, &a)
			}
		}
		s.bg = s.bg.Without(held...)
	}
	return s
}

// casieGold reads the read gold of CASIE events (group/testdata): article
// ID → event.
func casieGold(t testing.TB) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "group", "testdata", "casie-events-gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) >= 2 {
			out[col[0]] = col[1]
		}
	}
	return out
}

// realSets are the corpora TestIncrementalRealText measures; limit caps
// each (0: whole files). The CASIE set is its read gold's articles
// (group/testdata/casie-events-gold.tsv).
func realSets(t *testing.T, limit int) []realSet {
	gold := casieGold(t)
	return []realSet{
		// as a user's files reach check: no outlet, no time but the
		// wire header's (group/bench's meterAsChecked)
		readRealSet(t, "meter-showbiz", "meter-showbiz.jsonl", []string{"id", "cluster", "title", "text"}, nil, limit, nil),
		readRealSet(t, "mmds-dev", "mmds2025-dev.jsonl", nil, nil, limit, nil),
		// the background holds every CASIE article and the BBC
		// originals of the translations
		readRealSet(t, "casie-gold", "casie-cyber-news.jsonl", nil, func(r bench.Record) string { return gold[r.ID] }, limit,
			func(bench.Record) bool { return true }),
		readRealSet(t, "bbc-mt-catalan", "bbc-mt-catalan.jsonl", nil, nil, limit,
			func(r bench.Record) bool { return r.ID == r.Cluster }),
	}
}

// openIncremental opens a fresh SQLite store in a temporary directory
// (closed when the test ends) and an Incremental on it.
func openIncremental(t *testing.T, p *pipeline.Pipeline) (*sqlite.Store, *pipeline.Incremental) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "inc.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	inc, err := pipeline.NewIncremental(p, db)
	if err != nil {
		t.Fatal(err)
	}
	return db, inc
}

// ingestIncrementally feeds the articles, shuffled with seed, batch at a
// time to an Incremental on a fresh SQLite store and returns each
// article's story.
func ingestIncrementally(t *testing.T, p *pipeline.Pipeline, arts []crosswire.Article, batch int, seed uint64) map[string]string {
	t.Helper()
	ctx := context.Background()
	db, inc := openIncremental(t, p)
	order := slices.Clone(arts)
	rand.New(rand.NewPCG(seed, 14)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	// an article whose content is stored already is stored once, under
	// the first one's ID
	storedAs := map[string]string{}
	regrouped := 0
	for i := 0; i < len(order); i += batch {
		part := order[i:min(i+batch, len(order))]
		ids, _, u, err := inc.Ingest(ctx, part)
		if err != nil {
			t.Fatalf("Ingest: %v", err)
		}
		regrouped += u.Regrouped
		for k, id := range ids {
			storedAs[part[k].ID] = id
		}
	}
	t.Logf("batch %d seed %d: %.1f articles regrouped per batch", batch, seed, float64(regrouped)/float64((len(order)+batch-1)/batch))
	stored, err := db.StoryIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storyOf := make(map[string]string, len(arts))
	for id, as := range storedAs {
		if st, ok := stored[as]; ok {
			storyOf[id] = st
		}
	}
	return storyOf
}

// analyse groups the articles as Analyze does (content duplicates
// analysed once: Dedupe) and returns each article's story, a duplicate
// in the story of the article it repeats.
func analyse(t *testing.T, p *pipeline.Pipeline, arts []crosswire.Article) (map[string]string, int) {
	t.Helper()
	stories, err := p.Grouper.Group(context.Background(), pipeline.Dedupe(arts))
	if err != nil {
		t.Fatal(err)
	}
	byHash := map[string]string{}
	for _, st := range stories {
		for _, a := range st.Articles {
			byHash[a.Hash] = st.ID
		}
	}
	storyOf := make(map[string]string, len(arts))
	for _, a := range arts {
		storyOf[a.ID] = byHash[a.Hash]
	}
	return storyOf, len(stories)
}

// partitionOf lists each article's story in the order of arts.
func partitionOf(arts []crosswire.Article, storyOf map[string]string) []string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = storyOf[a.ID]
		if out[i] == "" {
			out[i] = "missing:" + a.ID
		}
	}
	return out
}

// newRealPipeline is the default pipeline with the set's background.
func newRealPipeline(s realSet) *pipeline.Pipeline {
	p := pipeline.New(quietLog())
	p.Grouper = group.New(group.Options{Background: s.bg})
	return p
}

// TestIncrementalRealText ingests real articles through Incremental in
// seeded-shuffled batches (the whole file at once, as `crosswire ingest
// FILE` does on an empty store; 25 at a time; one at a time) and compares
// the stored stories with one full analysis of the same articles: the
// ARI between the two partitions and each one's ARI against the set's
// gold. Floors (measured at the test's addition, see the Incremental
// documentation): the whole file at once gives exactly the full
// analysis's stories; 25 at a time ≥ 0.99 and one at a time ≥ 0.98 ARI
// against it; and the gold ARI of incremental ingest is within 0.02 of
// the full analysis's. By default one-at-a-time runs only mmds-dev and
// the CASIE gold (about a minute in all); INCR_REAL=all runs every set
// one at a time and with seeds 2 and 3 too.
func TestIncrementalRealText(t *testing.T) {
	if testing.Short() {
		t.Skip("short: real-text ingest runs")
	}
	all := os.Getenv("INCR_REAL") == "all"
	type run struct {
		batch int // 0: the whole set at once
		seed  uint64
	}
	floor := func(batch int) float64 {
		switch {
		case batch == 0:
			return 0.9999
		case batch == 1:
			return 0.98
		}
		return 0.99
	}
	for _, s := range realSets(t, 0) {
		t.Run(s.name, func(t *testing.T) {
			runs := []run{{0, 1}, {25, 1}}
			if all || s.name == "mmds-dev" || s.name == "casie-gold" {
				runs = append(runs, run{1, 1})
			}
			if all {
				runs = append(runs, run{25, 2}, run{1, 2}, run{25, 3}, run{1, 3})
			}
			p := newRealPipeline(s)
			full, n := analyse(t, p, s.arts)
			fullP := partitionOf(s.arts, full)
			fq := bench.Evaluate(fullP, s.gold)
			t.Logf("%s: %d articles; full analysis: %d stories, gold ARI %.4f (P %.3f R %.3f)",
				s.name, len(s.arts), n, fq.ARI, fq.PairwisePrecision, fq.PairwiseRecall)
			for _, r := range runs {
				batch := r.batch
				if batch == 0 {
					batch = len(s.arts)
				}
				inc := partitionOf(s.arts, ingestIncrementally(t, p, s.arts, batch, r.seed))
				vsFull := bench.Evaluate(inc, fullP)
				iq := bench.Evaluate(inc, s.gold)
				t.Logf("%s batch %d seed %d: vs full ARI %.4f (P %.3f R %.3f); gold ARI %.4f (P %.3f R %.3f)",
					s.name, batch, r.seed, vsFull.ARI, vsFull.PairwisePrecision, vsFull.PairwiseRecall,
					iq.ARI, iq.PairwisePrecision, iq.PairwiseRecall)
				if f := floor(r.batch); vsFull.ARI < f {
					t.Errorf("%s batch %d seed %d: ARI against the full analysis %.4f; want ≥ %.4f", s.name, batch, r.seed, vsFull.ARI, f)
				}
				if iq.ARI < fq.ARI-0.02 {
					t.Errorf("%s batch %d seed %d: gold ARI %.4f; want within 0.02 of the full analysis's %.4f", s.name, batch, r.seed, iq.ARI, fq.ARI)
				}
			}
		})
	}
}
