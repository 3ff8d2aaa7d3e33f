package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file without derivation labels has nothing to score: an error, not a
// perfect macro-F1 over zero texts.
func TestLineageWithoutLabels(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in.jsonl")
	body := `{"id":"a","cluster":"s1","text":"The harbour of Vessburg reopened on Monday after repairs to the north pier."}
{"id":"b","cluster":"s1","text":"Vessburg harbour reopened on Monday after the north pier was repaired."}
`
	if err := os.WriteFile(in, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := RunLineage(context.Background(), LineageOptions{Input: in, ByCluster: true})
	if err == nil || !strings.Contains(err.Error(), "derivation") {
		t.Errorf("error = %v, want one saying there is no derivation label", err)
	}
}
