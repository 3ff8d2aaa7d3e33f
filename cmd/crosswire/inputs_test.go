package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
