package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeReconcileFlag: `serve --help` is short (under 20 lines), names
// --reconcile and how to turn it off and points at the README, which
// explains the background analysis; a negative --reconcile is a usage
// error.
func TestServeReconcileFlag(t *testing.T) {
	out, serr, code := runCLI(t, "", "serve", "--help")
	if code != 0 {
		t.Fatalf("serve --help: exit %d, %s", code, serr)
	}
	if n := strings.Count(out, "\n"); n >= 20 {
		t.Errorf("serve --help is %d lines, want under 20:\n%s", n, out)
	}
	for _, want := range []string{"--reconcile", "(0: never)", "--secure-cookies", "README.md"} {
		if !strings.Contains(out, want) {
			t.Errorf("serve --help lacks %q", want)
		}
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The web UI and HTTP API", "Analysis runs in the background", "re-analyses the whole store"} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("README lacks %q, which serve --help points at", want)
		}
	}
	_, serr, code = runCLI(t, "", "serve", "--reconcile", "-1s", "--db", filepath.Join(t.TempDir(), "x.db"))
	if code != 2 || !strings.Contains(serr, "--reconcile") {
		t.Errorf("serve --reconcile -1s: exit %d, %q; want a usage error naming the flag", code, serr)
	}
}
