package clean

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"crosswire"
)

// FuzzClean checks that cleaning never panics, always yields valid UTF-8,
// and only ever records as removed text that was in the input.
func FuzzClean(f *testing.F) {
	for _, seed := range []string{
		"",
		"VESSBURG, March 14 (Norpress) — " + para1 + "\n\n" + para2 + " /NORPRESS",
		"date 2024-03-14 Vessburg — " + para1 + "\n\nSearches\n\n" + para2 + "\n\nJane Roe is a poet.\n\nFollow us at https://x.example",
		"A (b (c, editor's note) d, editor's note) e.",
		"[Editor's note: [x]] (Ed. note: (y)) z",
		"Caf\xe9\r\n\r\n\u2028—\u00a0",
		"SINGAPORE:",
		wireFirstTake, wireSecondTake, wireNewLead,
	} {
		f.Add(seed)
	}
	if files, err := filepath.Glob(filepath.Join(examplesDir, "*translation.txt")); err == nil {
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(string(data))
			}
		}
	}
	c := New(Options{Language: fixedLanguage("en")})
	f.Fuzz(func(t *testing.T, body string) {
		a, err := c.Clean(context.Background(), crosswire.Document{Source: "fuzz", Body: body})
		if err != nil {
			return
		}
		for what, s := range map[string]string{"text": a.Text, "title": a.Title} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", what, s)
			}
		}
		input := collapseSpaces(normalise(body))
		for _, r := range a.Removed {
			if strings.TrimSpace(r.Text) == "" {
				t.Fatalf("empty removal %+v", r)
			}
			if !utf8.ValidString(r.Text) {
				t.Fatalf("removal is not valid UTF-8: %q", r.Text)
			}
			if !strings.Contains(input, collapseSpaces(r.Text)) {
				t.Fatalf("removed %q (%s) was not in the input %q", r.Text, r.Reason, body)
			}
		}
		if strings.Contains(a.Text, "\n\n\n") || a.Text != strings.TrimSpace(a.Text) {
			t.Fatalf("paragraphs not normalised: %q", a.Text)
		}
	})
}
