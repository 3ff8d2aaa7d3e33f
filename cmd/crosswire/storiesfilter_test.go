package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// stories reads its filters as the API and the UI read theirs (one
// parser): --to with a time bounds at that time (a bare day covers the
// day; a time used to be moved a day later), and a --query with no word
// to search for is a usage error (it listed every story as if it had
// matched).
func TestStoriesFilterFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	if _, serr, code := runCLI(t, "", "ingest", "--db", db, examplesDir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, serr)
	}
	list := func(args ...string) []crosswire.StorySummary {
		t.Helper()
		out, serr, code := runCLI(t, "", append([]string{"stories", "--db", db, "--json"}, args...)...)
		if code != 0 {
			t.Fatalf("stories %v: exit %d: %s", args, code, serr)
		}
		var l struct {
			Stories []crosswire.StorySummary `json:"stories"`
		}
		if err := json.Unmarshal([]byte(out), &l); err != nil {
			t.Fatal(err)
		}
		return l.Stories
	}
	all := list()
	if len(all) == 0 {
		t.Fatal("no stories")
	}
	newest := all[0]
	before := newest.LastSeen.Add(-time.Second).UTC().Format(time.RFC3339)
	for _, s := range list("--to", before) {
		if s.ID == newest.ID {
			t.Errorf("--to %s lists story %s last seen at %s", before, s.ID, newest.LastSeen)
		}
	}
	day := newest.LastSeen.UTC().Format("2006-01-02")
	found := false
	for _, s := range list("--to", day) {
		found = found || s.ID == newest.ID
	}
	if !found {
		t.Errorf("--to %s (a day) leaves out story %s last seen that day", day, newest.ID)
	}
	// A filter that matches nothing says so; "no stories (add reports …)"
	// told the user of a full store that it was empty.
	out, _, code := runCLI(t, "", "stories", "--db", db, "--outlet", "No Such Gazette")
	if code != 0 || !strings.Contains(out, "no story matches these filters") || strings.Contains(out, "add reports") {
		t.Errorf("a filter matching nothing: exit %d, %q", code, out)
	}
	_, serr, code := runCLI(t, "", "stories", "--db", db, "--query", "!!! —")
	if code != exitUsage || !strings.Contains(serr, "no word to search for") {
		t.Errorf("--query with no word: exit %d, %q; want %d and why", code, serr, exitUsage)
	}
	// --from after --to can match nothing: a usage error, as the API's
	// 400 (it said "no story matches these filters" of the days swapped).
	_, serr, code = runCLI(t, "", "stories", "--db", db, "--from", "2024-03-20", "--to", "2024-03-10")
	if code != exitUsage || !strings.Contains(serr, "is after") {
		t.Errorf("--from after --to: exit %d, %q; want %d and why", code, serr, exitUsage)
	}
}

// ingest --reanalyze with no PATH only reads the store: a store that does
// not exist (a mistyped --db) is a usage error, as for stories and show,
// instead of a new empty store created and "re-analysed".
func TestReanalyzeMissingStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "mistyped.db")
	_, serr, code := runCLI(t, "", "ingest", "--reanalyze", "--db", db)
	if code != exitUsage || !strings.Contains(serr, "no store at") {
		t.Errorf("exit %d, %q; want %d and 'no store at'", code, serr, exitUsage)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("ingest --reanalyze created %s", db)
	}
}

// ingest --reanalyze says what it did: it re-analysed the stored
// articles; alone it said "ingested 0 new articles (0 already stored, 0
// skipped)", as if nothing had happened.
func TestReanalyzeSaysSo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	if _, serr, code := runCLI(t, "", "ingest", "--db", db, examplesDir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, serr)
	}
	out, serr, code := runCLI(t, "", "ingest", "--reanalyze", "--db", db)
	if code != 0 || !regexp.MustCompile(`^re-analysed \d+ stored articles; the store holds \d+ stories\n$`).MatchString(out) {
		t.Errorf("ingest --reanalyze alone: exit %d, %q (%s)", code, out, serr)
	}
	out, _, code = runCLI(t, "", "ingest", "--reanalyze", "--db", db, examplesDir)
	if code != 0 || !regexp.MustCompile(`^ingested 0 new articles \(\d+ already stored, 0 skipped\), re-analysed \d+ stored articles; the store holds`).MatchString(out) {
		t.Errorf("ingest --reanalyze PATH: exit %d, %q", code, out)
	}
}
