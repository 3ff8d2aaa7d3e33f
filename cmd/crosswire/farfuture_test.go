package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFarFutureDate checks a report dated centuries ahead (a typo, a
// broken feed): check and show flag the date, and the store orders its
// story by the time it was ingested, so 'stories' does not list it as
// last seen in the year 3000 (before, it sorted first for ever).
func TestFarFutureDate(t *testing.T) {
	dir := t.TempDir()
	future := filepath.Join(dir, "future.txt")
	text := "Title: Ferry timetable changes at Osterholm\nPublished: 3000-01-01T09:00:00Z\n\n" +
		"The Osterholm ferry will leave at 07:15 instead of 07:40 from Monday, the harbour office said. The change follows 12 complaints about missed trains.\n"
	if err := os.WriteFile(future, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	const warn = "after this run"
	out, serr, code := runCLI(t, "", "check", future)
	if code != 0 {
		t.Fatalf("check: exit %d: %s", code, serr)
	}
	if !strings.Contains(out, warn) {
		t.Errorf("check does not flag the year-3000 date:\n%s", out)
	}
	db := filepath.Join(dir, "news.db")
	if _, serr, code := runCLI(t, "", "ingest", "--db", db, future); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, serr)
	}
	list, serr, code := runCLI(t, "", "stories", "--db", db)
	if code != 0 {
		t.Fatalf("stories: exit %d: %s", code, serr)
	}
	if strings.Contains(list, "3000-") {
		t.Errorf("stories orders the story by its year-3000 date:\n%s", list)
	}
	ids := storyIDs(list)
	if len(ids) != 1 {
		t.Fatalf("stories lists %d, want 1:\n%s", len(ids), list)
	}
	shown, serr, code := runCLI(t, "", "show", "--db", db, ids[0])
	if code != 0 {
		t.Fatalf("show: exit %d: %s", code, serr)
	}
	if !strings.Contains(shown, warn) || !strings.Contains(shown, "3000-01-01 09:00") {
		t.Errorf("show does not give and flag the date:\n%s", shown)
	}
}
