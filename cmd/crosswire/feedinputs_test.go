package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckReadsFeedItems checks that check and ingest read a saved feed's
// items as reports (each item's own text), and that a feed whose items
// carry no text stays a skipped input with its reason and exit 1. Before,
// check and ingest skipped every feed with a pointer to watch.
func TestCheckReadsFeedItems(t *testing.T) {
	dir := t.TempDir()
	full := filepath.Join(dir, "courier.xml")
	if err := os.WriteFile(full, []byte(savedFeed), 0o644); err != nil {
		t.Fatal(err)
	}
	bare := filepath.Join(dir, "bare.xml")
	if err := os.WriteFile(bare, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Empty Courier</title>
<item><title>No text here</title><guid>bare-1</guid></item></channel></rss>`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		stdin    string
		args     []string
		code     int
		stdout   string // prefix
		stderrIn string
	}{
		{name: "check a feed with text", args: []string{"check", full}, code: 0, stdout: "crosswire: 2 stories from 2 articles"},
		{name: "ingest a feed with text", args: []string{"ingest", "--db", filepath.Join(dir, "n.db"), full}, code: 0, stdout: "ingested 2 new articles"},
		{name: "a feed on stdin stays skipped, with no second reason", stdin: savedFeed, args: []string{"check", "-"}, code: 1, stdout: "crosswire: 0 stories from 0 articles", stderrIn: "1 input skipped"},
		{name: "check a feed without text", args: []string{"check", bare}, code: 1, stdout: "crosswire: 0 stories from 0 articles", stderrIn: "news feed, not a report"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, serr, code := runCLI(t, tc.stdin, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, serr)
			}
			if !strings.HasPrefix(out, tc.stdout) {
				t.Errorf("stdout %q, want prefix %q", firstLine(out), tc.stdout)
			}
			if tc.stderrIn != "" && !strings.Contains(serr, tc.stderrIn) {
				t.Errorf("stderr %q, want it to contain %q", serr, tc.stderrIn)
			}
		})
	}
}

// firstLine is s up to its first newline.
func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
