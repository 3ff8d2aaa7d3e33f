package main

import (
	"os"
	"path/filepath"
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
