package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosswire/ingest"
)

// TestBenchGroup runs `bench group` on the example corpus labelled with its
// answer key: the grouping check does must find every story and keep the
// unrelated reports apart (ARI 1), in both modes, with the documented JSON
// keys; bad input is an error.
func TestBenchGroup(t *testing.T) {
	key := loadExpected(t)
	cluster := map[string]string{}
	for _, st := range key.Stories {
		for _, f := range st.Articles {
			cluster[f] = st.Name
		}
	}
	for _, f := range key.Unrelated {
		cluster[f] = "single-" + f
	}
	var r ingest.Reader
	docs, skips := r.Read(context.Background(), []string{examplesDir})
	if len(skips) > 0 {
		t.Fatalf("skipped examples: %v", skips)
	}
	var lines []string
	for _, d := range docs {
		name := filepath.Base(d.Source)
		c, ok := cluster[name]
		if !ok {
			continue // not an article of the corpus (README, answer key)
		}
		b, err := json.Marshal(map[string]string{"id": name, "title": d.Title, "text": d.Body, "cluster": c})
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	if len(lines) != len(cluster) {
		t.Fatalf("read %d example articles, the key names %d", len(lines), len(cluster))
	}
	dir := t.TempDir()
	input := filepath.Join(dir, "examples.jsonl")
	if err := os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"batch", "stream"} {
		args := []string{"bench", "group", "--input", input, "--json"}
		if mode == "stream" {
			args = append(args, "--stream")
		}
		out, serr, code := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", mode, code, serr)
		}
		var res map[string]any
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%s: %v\n%s", mode, err, out)
		}
		for _, k := range []string{"articles", "seconds", "articles_per_s", "peak_rss_bytes", "index_bytes_per_article",
			"pairwise_precision", "pairwise_recall", "pairwise_f1", "ari", "bcubed_f1"} {
			if _, ok := res[k]; !ok {
				t.Errorf("%s: key %q missing from %s", mode, k, out)
			}
		}
		if res["mode"] != mode || res["articles"] != float64(len(lines)) {
			t.Errorf("%s: mode %v, articles %v; want %s, %d", mode, res["mode"], res["articles"], mode, len(lines))
		}
		if res["ari"] != 1.0 {
			t.Errorf("%s: ARI %v on the example corpus, want 1", mode, res["ari"])
		}
	}
	empty := filepath.Join(dir, "empty.jsonl")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, serr, code := runCLI(t, "", "bench", "group", "--input", empty); code != 1 || !strings.Contains(serr, "no articles") {
		t.Errorf("empty input: exit %d, stderr %q; want 1 and a reason", code, serr)
	}
	if _, _, code := runCLI(t, "", "bench", "group", "--input", input, "--repeat", "0"); code != 2 {
		t.Errorf("--repeat 0: exit %d, want 2", code)
	}
}

// TestBenchGroupUnread checks that `bench group` names the lines whose
// article it could not read (kept as empty articles so labels line up)
// instead of grouping them in silence.
func TestBenchGroupUnread(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in.jsonl")
	lines := `{"id":"a","text":"The ferry Sundrift ran aground off Holmvik on Sunday with 212 passengers aboard."}
{"id":"b","title":"a headline and no text"}
{"id":"c","text":"All 212 passengers of the ferry Sundrift were safe after it ran aground off Holmvik."}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", "bench", "group", "--input", in, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, in+": 1 line holds no readable article") || !strings.Contains(errOut, "in.jsonl:2: ") {
		t.Errorf("stderr does not name the unread line: %q", errOut)
	}
	var res struct {
		Articles    int    `json:"articles"`
		Unread      int    `json:"unread"`
		FirstUnread string `json:"first_unread"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Articles != 3 || res.Unread != 1 || !strings.HasSuffix(res.FirstUnread, "in.jsonl:2: JSON without text") {
		t.Errorf("articles %d unread %d first %q, want 3, 1, the second line", res.Articles, res.Unread, res.FirstUnread)
	}
}
