package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"crosswire"
	"crosswire/examples"
	"crosswire/group/bench"
	"crosswire/ingest"
	"crosswire/pipeline"
	"crosswire/sqlite"
)

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// exampleDocs reads the example corpus as `crosswire ingest examples/`
// does, plus extra fictional versions: an excerpt, a copy with an agency
// tail, a digest that quotes two stories, and a new two-version story.
func exampleDocs(t testing.TB) []crosswire.Document {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, examples.FS); err != nil {
		t.Fatalf("unpack examples: %v", err)
	}
	docs, skipped := (&ingest.Reader{Logger: quietLog()}).Read(context.Background(), []string{dir})
	if len(skipped) > 0 || len(docs) == 0 {
		t.Fatalf("examples: %d documents, skipped %v", len(docs), skipped)
	}
	body := map[string]string{}
	for i := range docs {
		docs[i].Source = filepath.Base(docs[i].Source)
		body[docs[i].Source] = docs[i].Body
	}
	paras := func(name string, n int) string {
		ps := strings.Split(strings.TrimSpace(body[name]), "\n\n")
		return strings.Join(ps[:min(n, len(ps))], "\n\n")
	}
	at := func(s string) *time.Time {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return &tm
	}
	lake := "The regional council of Ostfold said on Monday that the Marren Lake ferry will stop running on 14 March after " +
		"inspectors found cracks in its hull. Council chair Lotte Envik said repairs would cost 2.4 million crowns and take " +
		"until September. \"We cannot carry passengers on a boat we do not trust,\" Envik said. About 600 people use the ferry " +
		"every day, most of them commuters from Brenvik and Tallo."
	lakeRewrite := "Commuters from Brenvik and Tallo will lose their ferry on 14 March: the Ostfold council has pulled the " +
		"Marren Lake boat from service after an inspection found its hull cracked. The council chair, Lotte Envik, put the " +
		"repair bill at 2.4 million crowns, with the work lasting until September. \"We cannot carry passengers on a boat we " +
		"do not trust,\" Envik told reporters. Some 600 passengers ride the ferry daily."
	extra := []crosswire.Document{
		{Source: "extra-norland-excerpt.txt", Title: "Norland minister named", Outlet: "Harbor Post",
			Published: at("2024-11-02T09:00:00Z"), Language: "en", Body: paras("norland-minister-wire.txt", 2)},
		{Source: "extra-tarsk-copy.txt", Title: "Tarsk dam", Outlet: "Valley Times",
			Published: at("2024-09-30T18:00:00Z"), Language: "en",
			Body: body["tarsk-dam-rewrite.txt"] + "\n\nReporting by Mira Solberg; editing by Ivo Brandt."},
		{Source: "extra-digest.txt", Title: "Morning digest", Outlet: "Digest Daily",
			Published: at("2024-10-23T06:00:00Z"), Language: "en",
			Body: paras("glass-heron-wire.txt", 3) + "\n\n" + paras("tarsk-dam-wire.txt", 3)},
		{Source: "extra-lake-wire.txt", Title: "Marren Lake ferry to stop", Outlet: "Ostfold Wire",
			Published: at("2025-02-20T10:00:00Z"), Language: "en", Body: lake},
		{Source: "extra-lake-rewrite.txt", Title: "Ferry pulled from Marren Lake", Outlet: "Lakeside Herald",
			Published: at("2025-02-20T15:30:00Z"), Language: "en", Body: lakeRewrite},
	}
	return append(docs, extra...)
}

// countingStore counts the calls that read every article's text.
type countingStore struct {
	crosswire.Store
	fullReads atomic.Int64
}

func (c *countingStore) Articles(ctx context.Context) ([]crosswire.Article, error) {
	c.fullReads.Add(1)
	return c.Store.Articles(ctx)
}

// TestIncrementalEqualsAnalyze feeds the example corpus and extra versions
// to Incremental in several orders and batch sizes, with a restart in the
// middle, and checks that the stored stories are exactly those Analyze
// gives for the whole set: memberships, IDs, roles, facts, discrepancies.
func TestIncrementalEqualsAnalyze(t *testing.T) {
	ctx := context.Background()
	p := pipeline.New(quietLog())
	arts, skipped := p.Clean(ctx, exampleDocs(t))
	if len(skipped) > 0 {
		t.Fatalf("clean skipped %v", skipped)
	}
	want, err := p.Analyze(ctx, arts)
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	bySource := func(a, b crosswire.Article) int { return strings.Compare(a.Source, b.Source) }
	sorted := slices.Clone(arts)
	slices.SortFunc(sorted, bySource)
	reversed := slices.Clone(sorted)
	slices.Reverse(reversed)
	shuffled := func(seed uint64) []crosswire.Article {
		s := slices.Clone(sorted)
		rand.New(rand.NewPCG(seed, 1)).Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		return s
	}
	tests := []struct {
		name  string
		order []crosswire.Article
		batch int
		// restartAfter reopens the incremental state from the store
		// after this many batches (0: never).
		restartAfter int
	}{
		{"by source, one at a time", sorted, 1, 0},
		{"reversed, one at a time, restart", reversed, 1, 7},
		{"shuffle 1, batches of 3", shuffled(1), 3, 0},
		{"shuffle 2, one at a time, restart", shuffled(2), 1, 12},
		{"shuffle 3, batches of 5, restart", shuffled(3), 5, 2},
		{"all at once", shuffled(4), len(arts), 0},
	}
	mergedSomewhere := false
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "inc.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			st := &countingStore{Store: db}
			inc, err := pipeline.NewIncremental(p, st)
			if err != nil {
				t.Fatal(err)
			}
			for i, n := 0, 0; i < len(tc.order); i, n = i+tc.batch, n+1 {
				if tc.restartAfter > 0 && n == tc.restartAfter {
					if inc, err = pipeline.NewIncremental(p, st); err != nil {
						t.Fatal(err)
					}
				}
				_, _, u, err := inc.Ingest(ctx, tc.order[i:min(i+tc.batch, len(tc.order))])
				if err != nil {
					t.Fatalf("Ingest batch %d: %v", n, err)
				}
				if len(u.Removed) > 0 {
					mergedSomewhere = true
				}
			}
			if n := st.fullReads.Load(); n != 0 {
				t.Errorf("incremental analysis read every article %d times, want 0", n)
			}
			assertStored(t, st, want)
		})
	}
	if !mergedSomewhere {
		t.Errorf("no arrival order merged two stories: the merge path went untested")
	}
}

// assertStored checks that the store holds exactly the stories want.
func assertStored(t *testing.T, st crosswire.Store, want []crosswire.Story) {
	t.Helper()
	ctx := context.Background()
	list, err := st.Stories(ctx, crosswire.StoryFilter{})
	if err != nil {
		t.Fatalf("Stories: %v", err)
	}
	if len(list) != len(want) {
		got := make([]string, len(list))
		for i, s := range list {
			got[i] = fmt.Sprintf("%s(%d)", s.ID, s.ArticleCount)
		}
		t.Errorf("stored %d stories %v, Analyze gives %d", len(list), got, len(want))
	}
	for _, w := range want {
		g, err := st.Story(ctx, w.ID)
		if err != nil {
			t.Errorf("story %s (%q, %d versions) from Analyze: %v", w.ID, w.Title, len(w.Articles), err)
			continue
		}
		if got, exp := grouping(g), grouping(w); got != exp {
			t.Errorf("story %s grouping:\n got %s\nwant %s", w.ID, got, exp)
		}
		if got, exp := analysis(t, g), analysis(t, w); got != exp {
			t.Errorf("story %s facts and discrepancies differ:\n got %s\nwant %s", w.ID, got, exp)
		}
	}
}

// weightedOverlap is the one figure of a version's Evidence that depends
// on the anchor weights of the whole collection, which every arrival
// shifts a little; stories an arrival does not touch keep the figure of
// their last analysis (see Incremental).
var weightedOverlap = regexp.MustCompile(`weighted overlap \d+%`)

// grouping renders a story's title, versions, roles and evidence.
func grouping(s crosswire.Story) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q:", s.Title)
	for _, a := range s.Articles {
		from := ""
		if a.DerivedFrom != nil {
			from = *a.DerivedFrom
		}
		ev := weightedOverlap.ReplaceAllString(a.Evidence, "weighted overlap ~%")
		fmt.Fprintf(&b, " %s=%s<%s[%s]", a.ID, a.Role, from, ev)
	}
	return b.String()
}

func analysis(t *testing.T, s crosswire.Story) string {
	b, err := json.Marshal(struct {
		F []crosswire.StoryFact
		D []crosswire.Discrepancy
	}{s.Facts, s.Discrepancies})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestIncrementalDrift measures, on generated articles, how far
// incremental analysis strays from Analyze on the same set: it streams
// CROSSWIRE_DRIFT articles (e.g. 3000) in batches of 50 and counts the
// articles whose story (as a set of members) differs, and the versions
// whose role differs. Skipped unless CROSSWIRE_DRIFT is set.
func TestIncrementalDrift(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("CROSSWIRE_DRIFT"))
	if n <= 0 {
		t.Skip("set CROSSWIRE_DRIFT=N to measure drift on N generated articles")
	}
	ctx := context.Background()
	p := pipeline.New(quietLog())
	arts := newNewsGenerator(42).take(n)
	db, inc := openIncremental(t, p)
	for i := 0; i < len(arts); i += 50 {
		if _, _, _, err := inc.Ingest(ctx, arts[i:min(i+50, len(arts))]); err != nil {
			t.Fatal(err)
		}
	}
	want, err := p.Analyze(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	wantOf, roleOf := map[string]string{}, map[string]crosswire.Role{}
	for _, s := range want {
		for _, a := range s.Articles {
			wantOf[a.ID], roleOf[a.ID] = membersKey(s), a.Role
		}
	}
	list, err := db.Stories(ctx, crosswire.StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	moved, roles := 0, 0
	for _, sum := range list {
		s, err := db.Story(ctx, sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		key := membersKey(s)
		for _, a := range s.Articles {
			if wantOf[a.ID] != key {
				moved++
			} else if roleOf[a.ID] != a.Role {
				roles++
			}
		}
	}
	t.Logf("%d articles: Analyze %d stories, incremental %d; %d articles in a story that differs (%.2f%%), %d roles differ",
		n, len(want), len(list), moved, 100*float64(moved)/float64(n), roles)
}

// membersKey names a story by its sorted member IDs.
func membersKey(s crosswire.Story) string {
	ids := make([]string, len(s.Articles))
	for i, a := range s.Articles {
		ids[i] = a.ID
	}
	slices.Sort(ids)
	return strings.Join(ids, ",")
}

// wireTake is a take of fictional agency wire copy as it arrives: rules, a
// header with the filing time, page, priority, desk and slug, then the
// headline and byline on a first page, paragraphs marked "<".
func wireTake(stamp, page, slug, headline, text string) string {
	var b strings.Builder
	b.WriteString("  " + strings.Repeat("-", 60) + "\n")
	b.WriteString("      " + stamp + ": Page " + page + " (HHH) NEWS " + slug + "\n")
	b.WriteString("  " + strings.Repeat("-", 60) + "\n")
	if headline != "" {
		b.WriteString(headline + "<\n\x19By Ada Vell, Norpress News<\n")
	}
	for _, p := range strings.Split(text, "\n") {
		b.WriteString("\x19" + p + "<\n")
	}
	b.WriteString("mf\n")
	return b.String()
}

// TestIncrementalWireTakes feeds the pages and the substitute of one
// fictional wire story, and the next day's story under the same slug, to
// Incremental one take at a time, in filing order and reversed, and checks
// that it stores the stories Analyze gives: the day's takes one story, the
// next day's apart (group/wire.go).
func TestIncrementalWireTakes(t *testing.T) {
	ctx := context.Background()
	p := pipeline.New(quietLog())
	docs := []crosswire.Document{
		{Source: "p1", Body: wireTake("19:10 03/06/25", "1", "Vessburg", "PORT OF VESSBURG CLOSED AFTER SPILL",
			"Harbour master Ilse Brandvold closed the Port of Vessburg on Tuesday evening after 4,200 litres of solvent leaked from the tanker Marla Quist.\nCoastguard officer Tomas Reinholt said the spill stretched for two kilometres along the northern quay.")},
		{Source: "p2", Body: wireTake("19:45 03/06/25", "2", "Vessburg", "",
			"Fishing crews tied up their boats while divers from Kelmar checked the hull of the Marla Quist.\nThe clean-up would take days, not hours, Brandvold told residents.")},
		{Source: "sub", Body: wireTake("23:40 03/06/25", "1", "Vessburg Substitute", "VESSBURG QUAY SHUT UNTIL FRIDAY",
			"Divers found a second crack in the hull late on Tuesday, Vessburg port officials said, and the quay will stay closed until Friday.\nInsurers from Haldor Mutual are expected on Wednesday.")},
		{Source: "next", Body: wireTake("19:30 05/06/25", "1", "Vessburg", "VESSBURG REOPENS",
			"The Port of Vessburg reopened on Thursday evening, two days after 4,200 litres of solvent leaked from the tanker Marla Quist.\nHarbour master Ilse Brandvold and coastguard officer Tomas Reinholt thanked the crews of Kelmar.")},
	}
	arts, skipped := p.Clean(ctx, docs)
	if len(skipped) > 0 || len(arts) != len(docs) {
		t.Fatalf("clean: %d articles, skipped %v", len(arts), skipped)
	}
	for _, a := range arts {
		if a.Wire == nil || a.Wire.Filed == nil {
			t.Fatalf("%s: not read as a wire take: %+v", a.Source, a.Wire)
		}
	}
	want, err := p.Analyze(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	storyOf := func(stories []crosswire.Story) map[string]string {
		out := map[string]string{}
		for _, s := range stories {
			for _, a := range s.Articles {
				out[a.Source] = membersKey(s)
			}
		}
		return out
	}
	w := storyOf(want)
	if w["p1"] != w["p2"] || w["p1"] != w["sub"] || w["p1"] == w["next"] {
		t.Fatalf("Analyze: stories %v, want p1, p2, sub one story and next apart", w)
	}
	for _, reversed := range []bool{false, true} {
		order := slices.Clone(arts)
		if reversed {
			slices.Reverse(order)
		}
		db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "wire.db"))
		if err != nil {
			t.Fatal(err)
		}
		inc, err := pipeline.NewIncremental(p, db)
		if err != nil {
			t.Fatal(err)
		}
		for i := range order {
			if _, _, _, err := inc.Ingest(ctx, order[i:i+1]); err != nil {
				t.Fatal(err)
			}
		}
		list, err := db.Stories(ctx, crosswire.StoryFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var got []crosswire.Story
		for _, sum := range list {
			s, err := db.Story(ctx, sum.ID)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, s)
		}
		g := storyOf(got)
		for _, src := range []string{"p1", "p2", "sub", "next"} {
			for _, other := range []string{"p1", "p2", "sub", "next"} {
				if (g[src] == g[other]) != (w[src] == w[other]) {
					t.Errorf("reversed %v: %s and %s together %v, Analyze %v", reversed, src, other, g[src] == g[other], w[src] == w[other])
				}
			}
		}
		db.Close()
	}
}

// TestHoldersFootprintRealText measures what the holders of the anchors
// the background hardly knows cost per article on real text (1,000 CASIE
// articles, the state loaded from the store as after a restart): a share
// of the group index's budget of 1 KiB per indexed article.
func TestHoldersFootprintRealText(t *testing.T) {
	if testing.Short() {
		t.Skip("short: real-text ingest")
	}
	s := readRealSet(t, "casie", "casie-cyber-news.jsonl", nil, func(r bench.Record) string { return r.ID }, 1000,
		func(bench.Record) bool { return true })
	p := newRealPipeline(s)
	db, inc := openIncremental(t, p)
	ctx := context.Background()
	if _, _, _, err := inc.Ingest(ctx, s.arts); err != nil {
		t.Fatal(err)
	}
	restarted, err := pipeline.NewIncremental(p, db)
	if err != nil {
		t.Fatal(err)
	}
	if err := restarted.Load(ctx); err != nil {
		t.Fatal(err)
	}
	anchors, ids, bytes := pipeline.HoldersFootprint(restarted)
	perArticle := float64(bytes) / float64(len(s.arts))
	t.Logf("%d articles: holders of %d anchors, %d IDs: %d bytes, %.1f per article", len(s.arts), anchors, ids, bytes, perArticle)
	if anchors == 0 || ids < anchors {
		t.Errorf("holders of %d anchors, %d IDs: want some, each with one ID at least", anchors, ids)
	}
	if perArticle > 1024 {
		t.Errorf("holders cost %.1f bytes per article; want within the index's 1 KiB", perArticle)
	}
}
