package goldeval

import (
	"bufio"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"crosswire/group"
	"crosswire/group/bench"
	"crosswire/pipeline"
)

// The CASIE read gold (testdata/gold/casie-drift.json, session 16): the
// discrepancies between independent reports of eight cyber events of
// casie-cyber-news.jsonl, read by a helper who did not see crosswire's
// output. It was measured once, without tuning anything on it; the floors
// are the session 16 figures (gold grouping: 1 of 9 items, high+medium
// precision 1 of 9; 5 of 9 items after the facts recall work of branch
// s16-xrecall; 6 of 9 with a name misspelt once, session 17; 7 of 9 with
// a name quoted two ways, session 19), raised as they improve, never
// lowered.
const (
	casieMatchedFloor   = 7
	casiePrecisionFloor = 0.10
)

// casieCorpus is the CASIE file under ../shared, or "" when absent.
func casieCorpus(t *testing.T) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", "casie-cyber-news.jsonl")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no real corpus: %v", err)
	}
	return p
}

// TestCASIEGoldSpans checks the gold against the corpus as
// verify_meter_drift.py does for the meter gold: every story is an event
// of the grouping gold (group/testdata/casie-events-gold.tsv) with all its
// reports listed, every span lies in its article's text on UTF-8
// boundaries, every article is one of its story's, every item has two
// values, and the stories' counts add up to the items.
func TestCASIEGoldSpans(t *testing.T) {
	corpus := casieCorpus(t)
	g, err := LoadGold(filepath.Join("..", "testdata", "gold", "casie-drift.json"))
	if err != nil {
		t.Fatal(err)
	}
	events := readEvents(t, filepath.Join("..", "..", "group", "testdata", "casie-events-gold.tsv"))
	texts := readTexts(t, corpus)
	story := map[string]map[string]bool{}
	sum := 0
	for _, s := range g.Stories {
		want := events[s.Cluster]
		if len(want) < 3 || len(s.IDs) != len(want) || s.Articles != len(want) {
			t.Errorf("story %s: %d ids, %d articles; the grouping gold has %d reports (want >= 3, all listed)", s.Cluster, len(s.IDs), s.Articles, len(want))
		}
		story[s.Cluster] = map[string]bool{}
		for _, id := range s.IDs {
			if !want[id] {
				t.Errorf("story %s: %s is not a report of the event", s.Cluster, id)
			}
			story[s.Cluster][id] = true
		}
		sum += s.Discrepancies
	}
	if sum != len(g.Items) {
		t.Errorf("stories count %d discrepancies, the gold has %d items", sum, len(g.Items))
	}
	for _, it := range g.Items {
		ids, ok := story[it.Story]
		if !ok {
			t.Errorf("%s: story %s not read", it.ID, it.Story)
			continue
		}
		for _, v := range it.Variants {
			text, ok := texts[v.Article]
			switch {
			case !ok:
				t.Errorf("%s: unknown article %s", it.ID, v.Article)
			case !ids[v.Article]:
				t.Errorf("%s: %s is not in story %s", it.ID, v.Article, it.Story)
			case v.End > len(text) || !utf8.ValidString(text[v.Start:v.End]) ||
				!utf8.RuneStart(text[v.Start]) || (v.End < len(text) && !utf8.RuneStart(text[v.End])):
				t.Errorf("%s: span %d-%d of %s is not whole characters inside its text", it.ID, v.Start, v.End, v.Article)
			}
		}
	}
}

// TestCASIEGoldRecall keeps the gold-grouping figures on the CASIE gold at
// or above the session 16 measure.
func TestCASIEGoldRecall(t *testing.T) {
	_, g, recs := casieGoldCorpus(t)
	n := 0
	for _, s := range g.Stories {
		n += len(s.IDs)
	}
	if len(recs) != n {
		t.Fatalf("%d labelled records read; the gold's stories list %d", len(recs), n)
	}
	// every span carried (72 of 72 in session 16)
	res, m := runGoldGrouping(t, g, recs, "casie-drift-precision-session16.json", 0)
	if m.Matched < casieMatchedFloor {
		t.Errorf("gold-grouping recall %d/%d below %d; missed %v", m.Matched, res.GoldItems, casieMatchedFloor, m.Missed)
	}
	if m.Judged > 0 && m.Precision < casiePrecisionFloor {
		t.Errorf("gold-grouping high+medium precision %.2f (%d/%d judged) below %.2f", m.Precision, m.True, m.Judged, casiePrecisionFloor)
	}
}

// casieAloneFloor is the CASIE gold's recall with each event's reports
// grouped alone, the background less the CASIE articles as bench drift
// takes it (session 17: 5 of 9; 0 of 9 with the background holding them,
// the grouper then splitting 4 of the 8 events; 6 of 9 with a name quoted
// two ways, session 19), raised as it improves.
const casieAloneFloor = 6

// TestCASIEGoldAlone measures the CASIE gold as bench drift --alone does:
// the whole pipeline once per event, grouping weighed by the shipped
// background less the corpus (bench.LeaveOut, which must find the corpus
// among its sources), and keeps recall and high+medium precision at the
// session 17 figures.
func TestCASIEGoldAlone(t *testing.T) {
	corpus, g, recs := casieGoldCorpus(t)
	j, err := LoadJudgements(filepath.Join("..", "testdata", "gold", "casie-drift-precision-session19.json"))
	if err != nil {
		t.Fatal(err)
	}
	bg, report, err := bench.LeaveOut(context.Background(), group.DefaultBackground(), []string{corpus}, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(report) != 1 || !report[0].Source {
		t.Fatalf("the shipped background is not read as holding the CASIE corpus: %+v", report)
	}
	p := pipeline.New(slog.New(slog.DiscardHandler))
	p.Grouper = group.New(group.Options{Background: bg})
	res, err := Run(context.Background(), Options{Gold: g, Corpus: recs, Modes: []Mode{ModeAlone}, Judged: j, Pipeline: p})
	if err != nil {
		t.Fatal(err)
	}
	m := res.Modes[0]
	t.Logf("alone: %d stories, %d/%d items, %d/%d high+medium true, %d unjudged", m.Stories, m.Matched, res.GoldItems, m.True, m.Judged, m.Unjudged)
	if m.Matched < casieAloneFloor {
		t.Errorf("alone recall %d/%d below %d; missed %v", m.Matched, res.GoldItems, casieAloneFloor, m.Missed)
	}
	if m.Judged > 0 && m.Precision < casiePrecisionFloor {
		t.Errorf("alone high+medium precision %.2f (%d/%d judged) below %.2f", m.Precision, m.True, m.Judged, casiePrecisionFloor)
	}
}

// casieGoldCorpus returns the CASIE file's path, the gold and the
// gold's stories' records.
func casieGoldCorpus(t *testing.T) (string, *Gold, []Record) {
	t.Helper()
	corpus := casieCorpus(t)
	g, err := LoadGold(filepath.Join("..", "testdata", "gold", "casie-drift.json"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := LoadLabelledCorpus(corpus, g.Labels())
	if err != nil {
		t.Fatal(err)
	}
	return corpus, g, recs
}

// readEvents reads the grouping gold: event -> its article ids.
func readEvents(t *testing.T, path string) map[string]map[string]bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) < 2 {
			t.Fatalf("%s: %q: want id and event", path, line)
		}
		if out[col[1]] == nil {
			out[col[1]] = map[string]bool{}
		}
		out[col[1]][col[0]] = true
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// readTexts reads a JSONL corpus's raw text fields by id.
func readTexts(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		var r struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out[r.ID] = r.Text
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestLabelledCorpus: a corpus line with no "cluster" takes its story from
// the labels and is left out when they do not name it; a line's own
// cluster stands; without labels a missing cluster is an error.
func TestLabelledCorpus(t *testing.T) {
	lines := `{"id":"a","text":"The ferry Sundrift ran aground off Holmvik."}
{"id":"b","text":"A ferry ran aground off Holmvik on Sunday."}
{"id":"c","cluster":"own","text":"Holmvik harbour reopened."}
`
	tests := []struct {
		name    string
		labels  map[string]string
		want    map[string]string // id -> cluster
		wantErr bool
	}{
		{"labelled", map[string]string{"a": "ferry", "b": "ferry"}, map[string]string{"a": "ferry", "b": "ferry", "c": "own"}, false},
		{"one left out", map[string]string{"a": "ferry"}, map[string]string{"a": "ferry", "c": "own"}, false},
		{"no labels", nil, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs, err := readCorpus(strings.NewReader(lines), "test", tc.labels)
			if tc.wantErr {
				if err == nil {
					t.Fatal("want an error for a line with no cluster")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, r := range recs {
				got[r.ID] = r.Cluster
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for id, c := range tc.want {
				if got[id] != c {
					t.Errorf("%s: cluster %q, want %q", id, got[id], c)
				}
			}
		})
	}
}
