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

// TestUsageMessages: a usage error names the command once and points at
// that command's help; --version prints the version.
func TestUsageMessages(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantErr  string
		wantHelp string
	}{
		{"check without a path", []string{"check"}, "crosswire check: give at least one PATH: a file, a directory, an http(s) URL or - for stdin", "Run 'crosswire check --help' for usage."},
		{"ingest without a path", []string{"ingest"}, "crosswire ingest: give at least one PATH: a file, a directory, an http(s) URL or - for stdin, or --reanalyze alone", "Run 'crosswire ingest --help' for usage."},
		{"bench group without input", []string{"bench", "group"}, "crosswire bench group: --input is required", "Run 'crosswire bench group --help' for usage."},
		{"unknown flag", []string{"stories", "--bogus"}, "crosswire stories: unknown flag: --bogus", "Run 'crosswire stories --help' for usage."},
		{"negative limit", []string{"stories", "--limit", "-1"}, "crosswire stories: --limit -1: want 0 (all) or more", "Run 'crosswire stories --help' for usage."},
		{"unknown command", []string{"nosuch"}, "crosswire: unknown command", "Run 'crosswire --help' for usage."},
		// a flag value with spaces left unquoted: the stray word is
		// named as an argument, not as a subcommand
		{"an unquoted flag value", []string{"stories", "--outlet", "North", "Wire"}, `crosswire stories: takes no arguments, got "Wire" (a flag value with spaces needs quotes`, "Run 'crosswire stories --help' for usage."},
		{"bench without a measure", []string{"bench"}, "crosswire bench: name a measure (group, drift, lineage, background)", "Run 'crosswire bench --help' for usage."},
		{"bench with an unknown measure", []string{"bench", "speed"}, `crosswire bench: unknown command "speed"`, "Run 'crosswire bench --help' for usage."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, serr, code := runCLI(t, "", tc.args...)
			lines := strings.Split(strings.TrimSpace(serr), "\n")
			if code != exitUsage || len(lines) != 2 || !strings.HasPrefix(lines[0], tc.wantErr) || lines[1] != tc.wantHelp {
				t.Errorf("exit %d, stderr:\n%s\nwant %d, %q then %q", code, serr, exitUsage, tc.wantErr, tc.wantHelp)
			}
			if strings.Count(lines[0], "crosswire") != 1 {
				t.Errorf("the command is named more than once: %q", lines[0])
			}
		})
	}
	out, _, code := runCLI(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "crosswire ") || !strings.Contains(out, "commit") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

// TestEncodingNamed: a Latin-1 report is decoded and says so in the
// report's encoding field; English text with stray bytes that are no
// likely charset is skipped with a reason, never passed on as mojibake.
func TestEncodingNamed(t *testing.T) {
	dir := t.TempDir()
	latin := filepath.Join(dir, "latin.txt")
	stray := filepath.Join(dir, "stray.txt")
	if err := os.WriteFile(latin, []byte("Caf\xe9 owners in S\xe3o Bento said on Monday the \x93new\x94 harbour fees were unfair."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stray, []byte("The minister said \xff\xfe the budget \xc3\x28 would rise by 4% next year."), 0o644); err != nil {
		t.Fatal(err)
	}
	out, serr, code := runCLI(t, "", "check", "--format", "json", latin, stray)
	if code != exitSkipped {
		t.Fatalf("exit %d, want %d: %s", code, exitSkipped, serr)
	}
	var rep crosswire.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Stories) != 1 || len(rep.Stories[0].Articles) != 1 {
		t.Fatalf("want the Latin-1 report alone: %.500s", out)
	}
	a := rep.Stories[0].Articles[0]
	if a.Encoding != "windows-1252" || !strings.Contains(a.Text, "Café owners in São Bento") {
		t.Errorf("article encoding %q, text %q: want windows-1252 and the text decoded", a.Encoding, a.Text)
	}
	if len(rep.Skipped) != 1 || rep.Skipped[0].Source != stray || rep.Skipped[0].Reason != "invalid UTF-8" {
		t.Errorf("skipped %v, want %s as invalid UTF-8", rep.Skipped, stray)
	}
}
