package main

import (
	"strings"
	"testing"

	"crosswire/ingest"
)

// TestCheckHelpNamesEveryFormat: check --help names every extension a
// walk reads (ingest.Extensions, one list): it left out WARC archives,
// which check reads (session 19 QA).
func TestCheckHelpNamesEveryFormat(t *testing.T) {
	out, serr, code := runCLI(t, "", "check", "--help")
	if code != 0 {
		t.Fatalf("check --help: exit %d: %s", code, serr)
	}
	for _, ext := range ingest.Extensions {
		t.Run(ext, func(t *testing.T) {
			if !strings.Contains(out, ext+" ") && !strings.Contains(out, ext+"/") && !strings.Contains(out, ext+",") {
				t.Errorf("check --help does not name %s", ext)
			}
		})
	}
}
