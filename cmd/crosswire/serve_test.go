package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestServeReconcileFlag: `serve --help` explains the background analysis
// and --reconcile, and a negative --reconcile is a usage error.
func TestServeReconcileFlag(t *testing.T) {
	out, serr, code := runCLI(t, "", "serve", "--help")
	if code != 0 {
		t.Fatalf("serve --help: exit %d, %s", code, serr)
	}
	for _, want := range []string{"Analysis runs in the background", "--reconcile", "re-analyses the whole store", "--reconcile 0"} {
		if !strings.Contains(out, want) {
			t.Errorf("serve --help lacks %q", want)
		}
	}
	_, serr, code = runCLI(t, "", "serve", "--reconcile", "-1s", "--db", filepath.Join(t.TempDir(), "x.db"))
	if code != 2 || !strings.Contains(serr, "--reconcile") {
		t.Errorf("serve --reconcile -1s: exit %d, %q; want a usage error naming the flag", code, serr)
	}
}
