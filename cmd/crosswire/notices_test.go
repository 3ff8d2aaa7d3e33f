package main

import (
	"strings"
	"testing"
)

// TestNotices checks that the notices every embedded third-party data set
// requires are printed: MITRE's designation, jieba's copyright and the
// MIT permission notice, stopwords-iso's author.
func TestNotices(t *testing.T) {
	out, errOut, code := runCLI(t, "", "notices")
	if code != 0 {
		t.Fatalf("notices: exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"The MITRE Corporation", "Sun Junyi", "Permission is hereby granted", "stopwords-iso", "Gene Diaz"} {
		if !strings.Contains(out, want) {
			t.Errorf("notices: %q missing", want)
		}
	}
	if _, _, code := runCLI(t, "", "notices", "extra"); code != 2 {
		t.Errorf("notices with an argument: exit %d, want 2", code)
	}
}
