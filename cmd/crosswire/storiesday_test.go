package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStoriesLastSeenDay: the LAST SEEN column prints a day without a
// time of day as the reports do ("2026-11-02"), not as midnight
// ("2026-11-02 00:00", session 19 QA); a time stays a time.
func TestStoriesLastSeenDay(t *testing.T) {
	tests := []struct {
		name, published, want, notWant string
	}{
		{"a day", "2026-11-02", "2026-11-02  ", "00:00"},
		{"a time", "2026-11-02T14:05:00Z", "2026-11-02 14:05", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "news.db")
			report := "Title: Depot vote\nPublished: " + tc.published + "\n\n" +
				"The Velmark council voted 19 to 4 to build a tram depot on the old gasworks site.\n"
			if err := os.WriteFile(filepath.Join(dir, "depot.txt"), []byte(report), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, serr, code := runCLI(t, "", "ingest", "--db", db, filepath.Join(dir, "depot.txt")); code != 0 {
				t.Fatalf("ingest: exit %d: %s", code, serr)
			}
			out, serr, code := runCLI(t, "", "stories", "--db", db)
			if code != 0 {
				t.Fatalf("stories: exit %d: %s", code, serr)
			}
			if !strings.Contains(out, tc.want) || tc.notWant != "" && strings.Contains(out, tc.notWant) {
				t.Errorf("stories printed\n%s\nwant %q in it, not %q", out, tc.want, tc.notWant)
			}
		})
	}
}
