package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosswire"
	"crosswire/sqlite"
)

// TestSkipsOneLineEach: every skipped input is one line on stderr (no
// log line repeating it), and the files a directory walk ignores for
// their extension are summed up in one line.
func TestSkipsOneLineEach(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":       "The harbour council voted on Tuesday to close the old pier after engineers found cracks.",
		"empty.txt":   "",
		"bin.txt":     "PK\x03\x04\x00\x00data",
		"table.csv":   "a,b\n1,2\n",
		"notes.doc":   "notes",
		"NOEXT":       "no extension",
		"more.csv":    "c,d\n",
		"sub/ok.md":   "A second fictional report about the pier and its cracks.",
		"sub/x.jsonl": "{\"text\":\"A line.\"}\n{broken\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, serr, code := runCLI(t, "", "check", dir)
	if code != exitSkipped {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitSkipped, serr)
	}
	lines := strings.Split(strings.TrimSpace(serr), "\n")
	for _, src := range []string{"empty.txt", "bin.txt", "x.jsonl#2"} {
		n := 0
		for _, l := range lines {
			if strings.Contains(l, src) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s named on %d lines of stderr, want 1:\n%s", src, n, serr)
		}
	}
	if strings.Contains(serr, "level=") {
		t.Errorf("stderr holds log lines beside the skip lines:\n%s", serr)
	}
	if !strings.Contains(serr, "crosswire: ignored 4 files by extension under "+dir+": 2 .csv, 1 .doc, 1 without extension") {
		t.Errorf("no summary of the files ignored for their extension:\n%s", serr)
	}
}

// TestReadingCommandsNeedAStore: stories, show and export on a store that
// does not exist exit 2 naming the path, and create nothing.
func TestReadingCommandsNeedAStore(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"stories", []string{"stories"}},
		{"show", []string{"show", "s0123456789ab"}},
		{"export stix", []string{"export", "stix", "--all"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "typo.db")
			_, serr, code := runCLI(t, "", append(tc.args, "--db", db)...)
			if code != exitUsage || !strings.Contains(serr, db) {
				t.Errorf("exit %d, stderr %q: want %d naming %s", code, serr, exitUsage, db)
			}
			if _, err := os.Stat(db); !os.IsNotExist(err) {
				t.Errorf("%s created a store file: %v", tc.name, err)
			}
		})
	}
}

// TestShowOldStoryID: `show` of an ID a story had before it was merged
// prints the story it is now, with a note on stderr; of one that split,
// names the parts.
func TestShowOldStoryID(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "s.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	mk := func(id, text string) crosswire.Article {
		return crosswire.Article{ID: id, Hash: id + "-hash", Source: id + ".txt", Title: "Pier", Outlet: "Norpress", Language: "en", Text: text, Removed: []crosswire.Removal{}}
	}
	a, b := mk("a1", "The fictional pier in Oremund closed on Monday."), mk("b2", "Oremund's north pier closed on Monday, the council said.")
	for _, x := range []crosswire.Article{a, b} {
		if _, _, err := st.PutArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	for _, step := range []struct {
		changed []crosswire.Story
		removed []string
	}{
		{[]crosswire.Story{{ID: "s-old", Title: "Pier", Articles: []crosswire.Article{b}}}, nil},
		{[]crosswire.Story{{ID: "s-new", Title: "Pier closes", Articles: []crosswire.Article{a, b}}}, []string{"s-old"}},
	} {
		if err := st.PutStories(ctx, step.changed, step.removed); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	out, serr, code := runCLI(t, "", "show", "--db", db, "--format", "json", "s-old")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, serr)
	}
	var rep crosswire.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil || len(rep.Stories) != 1 || rep.Stories[0].ID != "s-new" {
		t.Errorf("show s-old printed %.300s (%v), want story s-new", out, err)
	}
	if !strings.Contains(serr, "story s-old is now story s-new") {
		t.Errorf("no note on stderr: %q", serr)
	}
}
