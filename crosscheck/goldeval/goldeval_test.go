package goldeval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recallFloor is the gold-grouping recall the cross-check must keep on the
// frozen meter-showbiz gold: set below the measured value with a margin,
// raised as recall improves, never lowered (measured 0.347 in session 4,
// 0.571 in session 5, 0.612 in session 5b, 0.755 in session 5e, 0.837 in
// session 6).
const recallFloor = 0.80

// precisionFloor is the target for high+medium precision over the
// reports the latest verdict file covers (session 5: 0.86 on the gold
// grouping; session 5b: 0.85, every report judged; session 6: 0.90;
// session 7: 0.90, its file extending session 6b's).
const precisionFloor = 0.80

func TestMeterGoldRecall(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "data", "meter-showbiz.jsonl")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("no real corpus: %v", err)
	}
	g, err := LoadGold(filepath.Join("..", "testdata", "gold", "meter-drift.json"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := LoadCorpus(corpus)
	if err != nil {
		t.Fatal(err)
	}
	res, m := runGoldGrouping(t, g, recs, "meter-drift-precision-session7.json", 0.05)
	if m.Recall < recallFloor {
		t.Errorf("gold-grouping recall %.3f (%d/%d) below the floor %.2f; missed %v", m.Recall, m.Matched, res.GoldItems, recallFloor, m.Missed)
	}
	if m.Judged > 0 && m.Precision < precisionFloor {
		t.Errorf("gold-grouping high+medium precision %.2f (%d/%d judged) below %.2f", m.Precision, m.True, m.Judged, precisionFloor)
	}
}

// runGoldGrouping runs the gold-grouping mode over recs with the verdicts
// of testdata/gold/<judged>, failing when more than the share
// maxUnmapped of the gold spans cannot be carried onto clean text.
func runGoldGrouping(t *testing.T, g *Gold, recs []Record, judged string, maxUnmapped float64) (*Result, ModeResult) {
	t.Helper()
	j, err := LoadJudgements(filepath.Join("..", "testdata", "gold", judged))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), Options{Gold: g, Corpus: recs, Modes: []Mode{ModeGold}, Judged: j})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.SpansMapped[MapNone]; float64(n) > maxUnmapped*float64(res.GoldSpans) {
		t.Errorf("%d of %d gold spans could not be carried onto clean text: %v", n, res.GoldSpans, res.UnmappedSpans)
	}
	return res, res.Modes[0]
}

func TestSpanMapper(t *testing.T) {
	raw := "  12:01 HEADER<\n\x19By A Writer<\nThe mayor of Port\nLorne, Ada Quist, said the fee\nrose to 40 pounds.<\nThe fee rose again.<"
	clean := "By A Writer\n\nThe mayor of Port Lorne, Ada Quist, said the fee rose to 40 pounds.<\n\nThe fee rose again.<"
	tests := []struct {
		name string
		span string // in raw, first occurrence
		want string // clean[start:end]
		last bool   // the last occurrence of want in clean, not the first
		how  string
	}{
		{"across a line break", "Port\nLorne", "Port Lorne", false, MapExact},
		{"wrapped first occurrence", "fee\nrose", "fee rose", false, MapExact},
		{"second occurrence", "fee rose", "fee rose", true, MapExact},
		{"across a control character", "<\n\x19By", "By", false, MapLoose},
		{"header not in clean text", "HEADER", "", false, MapNone},
	}
	m := newSpanMapper(raw, clean)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			at := strings.Index(raw, tc.span)
			if at < 0 {
				t.Fatalf("%q not in raw text", tc.span)
			}
			s, e, how := m.Map(at, at+len(tc.span))
			if how != tc.how {
				t.Fatalf("mapped %s, want %s", how, tc.how)
			}
			if how == MapNone {
				return
			}
			want := strings.Index(clean, tc.want)
			if tc.last {
				want = strings.LastIndex(clean, tc.want)
			}
			if clean[s:e] != tc.want || s != want {
				t.Errorf("span %d-%d %q, want %d %q", s, e, clean[s:e], want, tc.want)
			}
		})
	}
}

// TestJudgementsExtend checks that a judgements file extending another
// holds the base's verdicts followed by its own, its own replacing the
// base's on the same report.
func TestJudgementsExtend(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("base.json", `{"note":"base","judgements":[
		{"key":"number|a:1-2|b:3-4","kind":"number","verdict":"true"},
		{"key":"name|a:5-6|b:7-8","kind":"name","verdict":"false"}]}`)
	write("add.json", `{"note":"additions","extends":"base.json","judgements":[
		{"key":"name|a:5-6|b:7-8","kind":"name","verdict":"true"},
		{"key":"date|a:9-10|b:11-12","kind":"date","verdict":"false"}]}`)
	write("loop.json", `{"note":"loop","extends":"loop.json","judgements":[]}`)
	j, err := LoadJudgements(filepath.Join(dir, "add.json"))
	if err != nil {
		t.Fatal(err)
	}
	if j.Note != "additions" || len(j.Judgement) != 4 {
		t.Fatalf("note %q, %d judgements; want additions, 4", j.Note, len(j.Judgement))
	}
	for key, want := range map[string]string{"number|a:1-2|b:3-4": "true", "name|a:5-6|b:7-8": "true", "date|a:9-10|b:11-12": "false"} {
		if v, ok := j.verdict(Report{Key: key}); !ok || v != want {
			t.Errorf("verdict of %s = %q, %v; want %q", key, v, ok, want)
		}
	}
	if _, err := LoadJudgements(filepath.Join(dir, "loop.json")); err == nil {
		t.Error("a file extending itself loaded without error")
	}
}
