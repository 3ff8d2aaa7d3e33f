package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestNameWithoutStdin checks that --name, which names the input read
// from -, is a usage error when no - is given: it was ignored without a
// word, and the report named the file as it was given, not as asked.
func TestNameWithoutStdin(t *testing.T) {
	f := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(f, []byte("The Vessburg ferry left 40 minutes late on Monday, the operator said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
	}{
		{"file only", "", []string{"check", "--name", "desk.txt", f}, 2},
		{"stdin", "The Lunde bridge reopened after 9 months of repairs.", []string{"check", "--name", "desk.txt", "-"}, 0},
		{"file and stdin", "The Lunde bridge reopened after 9 months of repairs.", []string{"check", "--name", "desk.txt", f, "-"}, 0},
		{"no --name", "", []string{"check", f}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, serr, code := runCLI(t, tc.stdin, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, serr)
			}
			if tc.code == 2 && !strings.Contains(serr, "--name") {
				t.Errorf("stderr %q does not name --name", serr)
			}
		})
	}
}

// TestIngestName checks that ingest takes --name as check does: the
// report piped in is stored under that name (show lists it so, not as
// "stdin"), lines of JSONL piped in are name#N, and --name without - is a
// usage error.
func TestIngestName(t *testing.T) {
	report := "The Vessburg ferry left 40 minutes late on Monday after a fault in its ramp, the operator said.\n"
	jsonl := `{"title":"Ramp fault","text":"The Vessburg ferry left 40 minutes late on Monday after a fault in its ramp, the operator said."}` + "\n" +
		`{"title":"Bridge","text":"The Lunde bridge reopened on Tuesday after 9 months of repairs costing 3 million crowns."}` + "\n"
	f := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(f, []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		want  []string // in show's text
		never string
	}{
		{"named", report, []string{"--name", "desk-note.txt", "-"}, 0, []string{"desk-note.txt"}, "stdin"},
		{"jsonl lines", jsonl, []string{"--name", "desk.jsonl", "-"}, 0, []string{"desk.jsonl#1", "desk.jsonl#2"}, "stdin"},
		{"default", report, []string{"-"}, 0, []string{"stdin"}, "desk"},
		{"no -", "", []string{"--name", "desk-note.txt", f}, 2, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "n.db")
			_, serr, code := runCLI(t, tc.stdin, append([]string{"ingest", "--db", db}, tc.args...)...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, serr)
			}
			if code == 2 {
				if !strings.Contains(serr, "--name") {
					t.Errorf("stderr %q does not name --name", serr)
				}
				return
			}
			out, serr, code := runCLI(t, "", "stories", "--db", db)
			if code != 0 {
				t.Fatalf("stories: exit %d: %s", code, serr)
			}
			var shown strings.Builder
			for _, id := range storyIDs(out) {
				o, serr, code := runCLI(t, "", "show", "--db", db, id)
				if code != 0 {
					t.Fatalf("show %s: exit %d: %s", id, code, serr)
				}
				shown.WriteString(o)
			}
			for _, w := range tc.want {
				if !strings.Contains(shown.String(), w) {
					t.Errorf("show does not name %q:\n%s", w, shown.String())
				}
			}
			if len(tc.want) > 0 && shown.Len() == 0 {
				t.Fatalf("no story shown:\n%s", out)
			}
			if strings.Contains(shown.String(), "only in "+tc.never) {
				t.Errorf("show still names %q:\n%s", tc.never, shown.String())
			}
		})
	}
}

// storyIDs are the story IDs of a stories listing, in its order.
func storyIDs(listing string) []string {
	return regexp.MustCompile(`(?m)^s[0-9a-f]{12}\b`).FindAllString(listing, -1)
}
