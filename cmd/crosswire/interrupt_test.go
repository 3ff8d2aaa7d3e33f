package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosswire"
	"crosswire/sqlite"
)

// fictionalReport is a short invented report for the interrupt tests.
const fictionalReport = "Title: Ferry delayed in Oremund\n\nThe ferry from Oremund to Lask was delayed by four hours on Monday after a storm, the port authority said. About 300 passengers waited in the terminal.\n"

// TestInterruptedRuns: a run stopped by Ctrl-C (its context cancelled)
// exits 130 with one line saying what it left behind, never exit 0 with a
// report of the inputs read so far, nor a chain of "context canceled".
func TestInterruptedRuns(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "ferry.txt")
	if err := os.WriteFile(report, []byte(fictionalReport), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "news.db")
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"check", []string{"check", report}, "crosswire: interrupted: no report written\n"},
		{"check json", []string{"check", "--format", "json", report}, "crosswire: interrupted: no report written\n"},
		{"ingest", []string{"ingest", "--db", db, report}, "crosswire: interrupted: nothing stored\n"},
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, serr, code := runCLIContext(t, ctx, tc.args...)
			if code != exitInterrupted || serr != tc.wantErr || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, no output, stderr %q", code, out, serr, exitInterrupted, tc.wantErr)
			}
		})
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("an ingest stopped before storing created the store: %v", err)
	}
}

// TestUnplacedArticles: a store holding articles no story holds yet (an
// ingest stopped between storing and analysing) is not listed as empty:
// stories says how many wait and how to place them, and `ingest
// --reanalyze` without a PATH places them.
func TestUnplacedArticles(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "news.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	art := crosswire.Article{ID: "f1", Hash: "f1-hash", Source: "ferry.txt", Title: "Ferry delayed in Oremund", Language: "en",
		Text: "The ferry from Oremund to Lask was delayed by four hours on Monday after a storm, the port authority said.", Removed: []crosswire.Removal{}}
	if _, _, err := st.PutArticle(ctx, art); err != nil {
		t.Fatal(err)
	}
	st.Close()

	out, serr, code := runCLI(t, "", "stories", "--db", db)
	if code != 0 || out != "no stories yet\n" || !strings.Contains(serr, "1 stored article is in no story yet") || !strings.Contains(serr, "ingest --reanalyze") {
		t.Errorf("stories: exit %d, stdout %q, stderr %q", code, out, serr)
	}
	if _, serr, code := runCLI(t, "", "ingest", "--db", db); code != exitUsage || !strings.Contains(serr, "--reanalyze alone") {
		t.Errorf("ingest without PATH: exit %d, stderr %q; want a usage error", code, serr)
	}
	if _, serr, code := runCLI(t, "", "ingest", "--db", db, "--reanalyze"); code != 0 {
		t.Fatalf("ingest --reanalyze: exit %d, stderr %q", code, serr)
	}
	out, serr, code = runCLI(t, "", "stories", "--db", db)
	if code != 0 || !strings.Contains(out, "Ferry delayed in Oremund") || serr != "" {
		t.Errorf("after --reanalyze: exit %d, stdout %q, stderr %q", code, out, serr)
	}
}

// TestStorePathProblems: a --db that names a directory, or a file in a
// directory that does not exist, is a usage error naming the path and
// what to do, given before any input is read; a store that is not a
// SQLite file is left untouched.
func TestStorePathProblems(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "ferry.txt")
	if err := os.WriteFile(report, []byte(fictionalReport), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "no-such-dir")
	tests := []struct {
		name    string
		args    []string
		code    int
		wantErr string
	}{
		{"ingest into a directory", []string{"ingest", "--db", dir, report}, exitUsage, "store " + dir + " is a directory: give --db a SQLite file (e.g. " + filepath.Join(dir, defaultDB) + ")"},
		{"stories of a directory", []string{"stories", "--db", dir}, exitUsage, "is a directory"},
		{"ingest into a missing directory", []string{"ingest", "--db", filepath.Join(missing, "news.db"), report}, exitUsage, "no directory " + missing + " to keep it in"},
		{"check --db into a missing directory", []string{"check", "--db", filepath.Join(missing, "news.db"), report}, exitUsage, "no directory " + missing},
		{"ingest into a report", []string{"ingest", "--db", report, report}, exitSkipped, "file is not a database"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, serr, code := runCLI(t, "", tc.args...)
			if code != tc.code || !strings.Contains(serr, tc.wantErr) || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and %q", code, out, serr, tc.code, tc.wantErr)
			}
		})
	}
	if got, _ := os.ReadFile(report); string(got) != fictionalReport {
		t.Errorf("the report given as --db was changed: %q", got)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("a missing directory was created: %v", err)
	}
}

// TestStdinSkipNamed: a skipped stdin input is named on stderr as the text
// report names it ("stdin", or --name), in every format; JSON keeps "-".
func TestStdinSkipNamed(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		wantErr     string
		wantOut     string
	}{
		{"empty stdin", "", []string{"check", "-"}, "crosswire: skipped stdin: empty\n", "stdin: empty"},
		{"named", "", []string{"check", "--name", "desk.txt", "-"}, "crosswire: skipped desk.txt: empty\n", "desk.txt: empty"},
		{"JSONL line, json", "{\"text\": \"The ferry from Oremund was delayed.\"}\n{\"text\": 5}\n", []string{"check", "--format", "json", "-"},
			"crosswire: skipped stdin#2: invalid JSON: field \"text\" must be a string, not number\n", `"source": "-#2"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, serr, code := runCLI(t, tc.stdin, tc.args...)
			if code != exitSkipped || !strings.HasPrefix(serr, tc.wantErr) || !strings.Contains(out, tc.wantOut) {
				t.Errorf("exit %d, stderr %q, stdout %.400q; want exit %d, stderr starting %q, stdout with %q", code, serr, out, exitSkipped, tc.wantErr, tc.wantOut)
			}
		})
	}
}
