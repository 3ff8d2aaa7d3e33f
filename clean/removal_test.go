package clean

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"testing"

	"crosswire"
)

// TestRemovalsPlaced cleans the example corpus and the real corpora of
// ../shared/data (when present) and checks that every removal is placed where it
// was cut: found as written in one walk (no warning), at an offset of the
// clean text, in reading order.
func TestRemovalsPlaced(t *testing.T) {
	var logged bytes.Buffer
	c := New(Options{Language: fixedLanguage("en"), Log: slog.New(slog.NewTextHandler(&logged, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	articles, removals := 0, 0
	check := func(id string, a crosswire.Article) {
		articles++
		prev := 0
		for _, rm := range a.Removed {
			removals++
			if rm.Start != rm.End || rm.Start < prev || rm.End > len(a.Text) {
				t.Errorf("%s: removal %q placed at %d–%d after %d, text of %d bytes", id, rm.Text, rm.Start, rm.End, prev, len(a.Text))
			}
			prev = rm.Start
		}
	}
	for _, f := range exampleFiles(t) {
		a, err := c.Clean(context.Background(), loadExample(t, f))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		check(f, a)
	}
	for _, name := range []string{"meter-showbiz.jsonl", "casie-cyber-news.jsonl", "bbc-news-2225.jsonl"} {
		f, err := os.Open("../../shared/data/" + name)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var r struct{ ID, Title, Text, Outlet string }
			if json.Unmarshal(sc.Bytes(), &r) != nil {
				continue
			}
			a, err := c.Clean(context.Background(), crosswire.Document{Source: r.ID, Title: r.Title, Outlet: r.Outlet, Body: r.Text})
			if err != nil {
				continue
			}
			check(r.ID, a)
		}
		f.Close()
	}
	if logged.Len() > 0 {
		t.Errorf("removals not found where they were cut:\n%s", logged.String())
	}
	t.Logf("%d articles, %d removals placed", articles, removals)
}
