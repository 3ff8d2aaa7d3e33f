package bench

import (
	"context"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosswire"
	"crosswire/group"
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
	for _, batch := range []bool{false, true} {
		res, err := Run(context.Background(), Options{Input: sharedData(t, "mmds2025-dev.jsonl"), Stream: !batch})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("mmds batch=%v: P %.3f R %.3f F1 %.3f ARI %.4f B3 %.4f", batch, res.PairwisePrecision, res.PairwiseRecall, res.PairwiseF1, res.ARI, res.BCubedF1)
		// what grouping joins across languages must stay mostly right
		// (the false joins left are follow-ups of one affair, which
		// anchors cannot tell apart without publication times), and the
		// batch grouping — the default, what check does — must keep the
		// issue's 0.70 target; no constant was tuned on this set, so a
		// change that drops below it has lost something general
		if res.PairwisePrecision < 0.85 {
			t.Errorf("batch=%v: pairwise precision %.3f < 0.85", batch, res.PairwisePrecision)
		}
		// 0.717 before the background (issue 14): weighing a batch by
		// the background as well as by itself (so that a story's reports
		// grouped alone are judged as inside the whole file) costs mmds
		// recall — details one report names that the background knows
		// now weigh — and the 0.80 target is not met; this floor
		// guards what is left (0.664; 0.668 since rarity in a language the
		// background does not cover is counted by the collection alone;
		// 0.684 since a lone article joins an anchor-only story by the
		// summed weight of the core names it shares, coreEvidence)
		// 0.711 with the day rule; 0.734 since headlines told alike and
		// leads told across languages (headline.go, leadstold.go); 0.803
		// since stories in other languages join (crosslang.go)
		if batch && res.ARI < 0.79 {
			t.Errorf("batch: ARI %.4f < 0.79", res.ARI)
		}
	}
	// the halves of the events (CRC-32 of the label even / odd) guard
	// against having fitted the whole file
	recs, err := ReadRecords(sharedData(t, "mmds2025-dev.jsonl"), false)
	if err != nil {
		t.Fatal(err)
	}
	for h, res := range runHalves(t, "mmds", recs) {
		if res.PairwisePrecision < 0.80 {
			t.Errorf("mmds half %d: pairwise precision %.3f < 0.80", h, res.PairwisePrecision)
		}
		// the halves' ARI as measured (0.723 / 0.683; 0.691 / 0.662
		// before coreEvidence), less a margin: the 0.80 on each
		// half is not met
		// (0.759 / 0.693 with the day rule; 0.804 / 0.703 since headlines
		// and leads; 0.839 / 0.811 since stories in other languages,
		// crosslang.go)
		if floor := [2]float64{0.82, 0.79}[h]; res.ARI < floor {
			t.Errorf("mmds half %d: ARI %.4f < %.2f", h, res.ARI, floor)
		}
	}
}

// runHalves groups each half of the labelled records' stories (CRC-32 of
// the label even / odd) as check does and logs the figures: a rule fitted
// to some stories shows on the other half.
func runHalves(t *testing.T, name string, recs []Record) [2]Result {
	t.Helper()
	var halves [2][]Record
	for _, r := range recs {
		h := crc32.ChecksumIEEE([]byte(r.Cluster)) % 2
		halves[h] = append(halves[h], r)
	}
	var out [2]Result
	for h, part := range halves {
		res, err := RunRecords(context.Background(), part, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s half %d (%d articles): P %.3f R %.3f ARI %.4f", name, h, len(part), res.PairwisePrecision, res.PairwiseRecall, res.ARI)
		out[h] = res
	}
	return out
}

// noBBCBackground is the background the benchmarks built from the BBC
// articles are measured with: the shipped one's builder over the CASIE
// articles alone.
func noBBCBackground(t testing.TB) *group.Background {
	t.Helper()
	bg, err := BuildBackground(context.Background(), []string{sharedData(t, "casie-cyber-news.jsonl")}, nil, "CASIE")
	if err != nil {
		t.Fatal(err)
	}
	return bg
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }

// TestReprints runs the reprint benchmark (BBC articles with planted
// copies, excerpts, abridgements, rewrites and translation-like versions
// among untouched hard negatives) through the streaming index and the
// batch Grouper, and checks the quality target.
func TestReprints(t *testing.T) {
	recs, err := ReadRecords(sharedData(t, "bbc-news-2225.jsonl"), true)
	if err != nil {
		t.Fatal(err)
	}
	// the benchmark is built from the BBC articles: it is measured with a
	// background that does not hold them (CASIE alone), not the shipped
	// one (see group.Background)
	bg := noBBCBackground(t)
	for _, tc := range []struct {
		batch, noTimes bool
	}{{false, false}, {true, false}, {false, true}, {true, true}} {
		batch := tc.batch
		gen, kinds := Reprints(recs, ReprintOptions{Seed: 1, NoTimes: tc.noTimes})
		res, err := RunRecords(context.Background(), gen, Options{Stream: !batch, Index: group.IndexOptions{Background: bg}})
		if err != nil {
			t.Fatal(err)
		}
		story := map[string]string{}
		for i, r := range gen {
			story[r.ID] = res.StoryOf[i]
		}
		hit, all := map[VersionKind]int{}, map[VersionKind]int{}
		for id, k := range kinds {
			all[k]++
			if story[id] == story[id[:strings.Index(id, "~")]] {
				hit[k]++
			}
		}
		var per []string
		for _, k := range []VersionKind{KindCopy, KindExcerpt, KindAbridgement, KindRewrite, KindTranslation, KindScript} {
			per = append(per, fmt.Sprintf("%s %.3f", k, float64(hit[k])/float64(max(all[k], 1))))
		}
		t.Logf("batch=%v no-times=%v: %d articles, P %.3f R %.3f ARI %.4f B3 %.4f; recall by kind: %s",
			batch, tc.noTimes, res.Articles, res.PairwisePrecision, res.PairwiseRecall, res.ARI, res.BCubedF1, strings.Join(per, ", "))
		if !tc.noTimes && (res.ARI < 0.90 || res.BCubedF1 < 0.95) {
			t.Errorf("batch=%v: ARI %.4f, B-cubed F1 %.4f; want ≥ 0.90 and ≥ 0.95", batch, res.ARI, res.BCubedF1)
		}
		// without publication times the batch grouping (the default)
		// must keep follow-ups of one outlet apart as it does now (0.921;
		// a regression floor, not a target)
		if tc.noTimes && batch && res.ARI < 0.88 {
			t.Errorf("batch without times: ARI %.4f < 0.88", res.ARI)
		}
	}
}

func TestSweep(t *testing.T) {
	if os.Getenv("SWEEP") == "" {
		t.Skip("set SWEEP=1")
	}
	recs, err := ReadRecords(sharedData(t, "bbc-news-2225.jsonl"), true)
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []int64{1, 2} {
		gen, _ := Reprints(recs, ReprintOptions{Seed: seed})
		for _, batch := range []bool{false, true} {
			for _, c := range []float64{0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55} {
				res, err := RunRecords(context.Background(), gen, Options{Stream: !batch, Index: group.IndexOptions{AnchorCosine: c}})
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("seed %d batch %v cos %.2f: P %.3f R %.3f ARI %.4f B3 %.4f", seed, batch, c, res.PairwisePrecision, res.PairwiseRecall, res.ARI, res.BCubedF1)
			}
		}
	}
}

func TestThroughput(t *testing.T) {
	if os.Getenv("THROUGHPUT") == "" {
		t.Skip("set THROUGHPUT=1")
	}
	recs, err := ReadRecords(sharedData(t, "bbc-news-2225.jsonl"), true)
	if err != nil {
		t.Fatal(err)
	}
	gen, _ := Reprints(recs, ReprintOptions{Seed: 1})
	for _, stream := range []bool{false, true} {
		for _, rep := range []int{1, 10} {
			res, err := RunRecords(context.Background(), gen, Options{Repeat: rep, Stream: stream})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s repeat %d: %d articles %.2fs %.0f/s, %.2f CPU-s %.0f/CPU-s, %.0f B/article rss %d MiB", res.Mode, rep, res.Articles, res.Seconds, res.ArticlesPerS, res.CPUSeconds, res.ArticlesPerCPUS, res.IndexBytesPerArticle, res.PeakRSSBytes>>20)
		}
	}
}

// TestDecodeRecords reads benchmark lines the way check reads JSONL: field
// aliases, dates in other forms than RFC 3339, numeric IDs and labels, and
// lines without text kept as empty articles.
func TestDecodeRecords(t *testing.T) {
	in := `{"id":"a","title":"T","text":"Body one.","published":"2025-06-03T08:00:00Z","cluster":"e1"}
{"id":7,"headline":"H","body":"Body two.","date":"2025-06-03","cluster":3}

{"title":"no text","cluster":"e2"}
{"id":"d","content":"Body four.","pubdate":1748937600}
`
	recs, err := DecodeRecords(strings.NewReader(in), "in.jsonl", true)
	if err != nil {
		t.Fatal(err)
	}
	want := []Record{
		{ID: "a", Title: "T", Text: "Body one.", Published: "2025-06-03T08:00:00Z", Cluster: "e1"},
		{ID: "7", Title: "H", Text: "Body two.", Published: "2025-06-03T00:00:00Z", Cluster: "3"},
		{ID: "in.jsonl#4", Cluster: "e2", Unread: "in.jsonl:4: JSON without text"},
		{ID: "d", Text: "Body four.", Published: "2025-06-03T08:00:00Z"},
	}
	if len(recs) != len(want) {
		t.Fatalf("%d records, want %d: %+v", len(recs), len(want), recs)
	}
	for i := range want {
		if recs[i] != want[i] {
			t.Errorf("record %d: %+v, want %+v", i, recs[i], want[i])
		}
	}
	if _, err := DecodeRecords(strings.NewReader("{\"id\":\"a\"}\nnot json\n"), "bad.jsonl", true); err == nil || !strings.Contains(err.Error(), "bad.jsonl:2") {
		t.Errorf("invalid line: error %v, want one naming bad.jsonl:2", err)
	}
	// A file saved with a UTF-8 byte-order mark (as Windows tools save it)
	// reads as check reads it: the mark is not part of the first line.
	bom, err := DecodeRecords(strings.NewReader("\uFEFF{\"id\":\"b\",\"text\":\"Body.\"}\n"), "bom.jsonl", true)
	if err != nil || len(bom) != 1 || bom[0].ID != "b" || bom[0].Text != "Body." {
		t.Errorf("file with a BOM: %+v, %v; want record b", bom, err)
	}
}

// BenchmarkPartition measures the batch grouping (Grouper.Partition) of
// the reprint benchmark, 4,531 articles: fingerprints, index,
// verification, story cores.
func BenchmarkPartition(b *testing.B) {
	recs, err := ReadRecords(sharedData(b, "bbc-news-2225.jsonl"), true)
	if err != nil {
		b.Fatal(err)
	}
	gen, _ := Reprints(recs, ReprintOptions{Seed: 1})
	arts := make([]crosswire.Article, len(gen))
	for i := range gen {
		arts[i] = gen[i].Article()
	}
	g := group.New(group.Options{})
	b.ResetTimer()
	for b.Loop() {
		if _, err := g.Partition(context.Background(), arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestRunLabels reads cluster labels from a separate file: they override
// the input's own, and only labelled articles are scored.
func TestRunLabels(t *testing.T) {
	dir := t.TempDir()
	wire := "The Port of Vessburg closed on Tuesday after 4,200 litres of solvent leaked from the tanker Marla Quist, harbour master Ilse Brandvold said. The Norland Coast Guard sent three vessels and 120 staff to contain the spill near Pier 7."
	other := "The new public library in Lindhaven won the Aalborg Prize for civic architecture, its architect Teodor Saks said on Friday. The building cost 31 million crowns and holds 260,000 books."
	input := filepath.Join(dir, "in.jsonl")
	lines := fmt.Sprintf("{\"id\":\"a\",\"text\":%q,\"cluster\":\"wrong\"}\n{\"id\":\"b\",\"text\":%q}\n{\"id\":\"c\",\"text\":%q}\n", wire, wire, other)
	if err := os.WriteFile(input, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	labels := filepath.Join(dir, "labels.jsonl")
	if err := os.WriteFile(labels, []byte("{\"id\":\"a\",\"cluster\":\"port\"}\n{\"id\":\"b\",\"cluster\":\"port\"}\n{\"id\":\"c\",\"cluster\":\"library\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), Options{Input: input, Labels: labels})
	if err != nil {
		t.Fatal(err)
	}
	if res.Quality == nil || res.Labelled != 3 || res.ARI != 1 {
		t.Fatalf("labelled %d, quality %+v; want 3 articles scored, ARI 1", res.Labelled, res.Quality)
	}
	// without the labels file only a's (wrong) label counts: nothing to score in pairs
	res, err = Run(context.Background(), Options{Input: input})
	if err != nil {
		t.Fatal(err)
	}
	if res.Labelled != 1 {
		t.Errorf("labelled %d without the labels file, want 1", res.Labelled)
	}
}

// TestDecodeRecordsCleans: by default a record is cleaned as check cleans
// it, and the article grouped is the cleaned one under the record's id.
func TestDecodeRecordsCleans(t *testing.T) {
	in := `{"id":"a","title":"Harbour reopens","text":"Harbour reopens\n\nThe harbour of Vessburg reopened on Monday after repairs.\n\nRead more: subscribe to our newsletter at https://example.com/subscribe"}` + "\n"
	recs, err := DecodeRecords(strings.NewReader(in), "in.jsonl", false)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Cleaned == nil {
		t.Fatalf("records %+v: want one, cleaned", recs)
	}
	a := recs[0].Article()
	if a.ID != "a" || a.Text != recs[0].Cleaned.Text {
		t.Errorf("Article() = id %q text %q, want the cleaned article under id a", a.ID, a.Text)
	}
	if strings.Contains(a.Text, "subscribe") || !strings.Contains(a.Text, "reopened on Monday") {
		t.Errorf("cleaned text %q: want the story without the call to subscribe", a.Text)
	}
	raw, err := DecodeRecords(strings.NewReader(in), "in.jsonl", true)
	if err != nil {
		t.Fatal(err)
	}
	if raw[0].Cleaned != nil || !strings.Contains(raw[0].Article().Text, "subscribe") {
		t.Errorf("raw record was cleaned: %+v", raw[0])
	}
}
